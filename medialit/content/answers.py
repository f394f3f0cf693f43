"""A learner's answer in the key's form: case, spaces, quote styles, synonyms and numbers normalised.

So that fair answers are accepted: "Named person", "named-person" and "named" all mean ``named_person``;
"1,200", "1.2k" and 1200 are one number; "person" (which kind?) is recognised as ambiguous.
"""

from __future__ import annotations

import math
import re
import unicodedata

# Synonyms a learner may fairly type for each label, by vocabulary (all written normalised, see norm_label).
# The key's label -> the words a learner reads, for every vocabulary with a code a reader would not know.
# "fact" reads as "checkable": a learner must never take the key's "fact" to mean "true".
PLAIN_LABELS: dict[str, str] = {
    "fact": "checkable",
    "named_person": "named person",
    "role_only": "role only",
    "organisation": "organisation",
    "anonymous": "anonymous",
    "vague_group": "vague group",
    "document_or_footage": "documents or footage",
    "author_witness": "author as witness",
    "direct_quote": "direct quote",
    "partial_quote": "partial quote",
    "modal_future": "future or advice",
    "mind_reading": "mind-reading",
    "rhetorical_even": 'rhetorical "even"',
}
SYNONYMS: dict[str, dict[str, str]] = {
    "claim_type": {
        "checkable": "fact",
        "checkable_fact": "fact",
        "checkable_claim": "fact",
        "facts": "fact",
        "factual": "fact",
        "a_fact": "fact",
        "opinions": "opinion",
        "an_opinion": "opinion",
        "judgement": "opinion",
        "judgment": "opinion",
        "predictions": "prediction",
        "forecast": "prediction",
        "a_prediction": "prediction",
        "mix": "mixed",
        "a_mix": "mixed",
        "both": "mixed",
    },
    "source_type": {
        "named": "named_person",
        "named_source": "named_person",
        "role": "role_only",
        "by_role": "role_only",
        "role_only_person": "role_only",
        "organization": "organisation",
        "org": "organisation",
        "anon": "anonymous",
        "anonymous_person": "anonymous",
        "unnamed": "anonymous",
        "vague": "vague_group",
        "document": "document_or_footage",
        "documents": "document_or_footage",
        "footage": "document_or_footage",
        "document_footage": "document_or_footage",
        "documents_or_footage": "document_or_footage",
        "author": "author_witness",
        "witness": "author_witness",
        "author_as_witness": "author_witness",
    },
    "form": {
        "direct": "direct_quote",
        "direct_quotation": "direct_quote",
        "partial": "partial_quote",
        "partial_quotation": "partial_quote",
        "paraphrased": "paraphrase",
        "indirect": "paraphrase",
        "reported_speech": "paraphrase",
        "characterization": "characterisation",
    },
    "verb_stance": {"loaded_verb": "loaded", "neutral_verb": "neutral"},
    "findable": {"y": "yes", "n": "no", "partially": "partly", "part": "partly"},
    # lesson 04 asks for a cue's family; naming a kind of that family (or a short form) means the family
    "cue_family": {
        "loaded": "loaded_language",
        "loaded_word": "loaded_language",
        "intensifier": "loaded_language",
        "metaphor": "loaded_language",
        "rhetorical_even": "loaded_language",
        "even": "loaded_language",
        "sure": "sure_or_unsure",
        "unsure": "sure_or_unsure",
        "sure_or_not": "sure_or_unsure",
        "certainty": "sure_or_unsure",
        "certainty_word": "sure_or_unsure",
        "hedge": "sure_or_unsure",
        "mind_reader": "mind_reading",
        "mindreading": "mind_reading",
        "future": "future_and_advice",
        "future_word": "future_and_advice",
        "modal_future": "future_and_advice",
        "advice": "future_and_advice",
        "recommendation": "future_and_advice",
        "future_or_advice": "future_and_advice",
    },
    "qualifier": {
        "up_to": "up to",
        "upto": "up to",
        "no_qualifier": "none",
        "approximately": "about",
        "near": "nearly",
        "almost": "nearly",
        "more_than": "over",
    },
}

# Words a learner may type that fit more than one label: the check asks which one is meant (no try is used up).
AMBIGUOUS: dict[str, dict[str, tuple[str, ...]]] = {
    "source_type": {
        "person": ("named_person", "role_only", "anonymous"),
        "a_person": ("named_person", "role_only", "anonymous"),
        "people": ("named_person", "role_only", "anonymous", "vague_group"),
        "group": ("vague_group", "organisation"),
        "a_group": ("vague_group", "organisation"),
    },
    "form": {
        "quote": ("direct_quote", "partial_quote"),
        "quotation": ("direct_quote", "partial_quote"),
        "quoted": ("direct_quote", "partial_quote"),
        "a_quote": ("direct_quote", "partial_quote"),
    },
}

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'"})
_NUMBER_WORDS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
_SID = re.compile(r"p0*(\d+)\s*\.\s*s0*(\d+)")


def is_unanswered(answer: object) -> bool:
    """True for the placeholders a blank exercise holds: ``...``, None, '' or an empty collection."""
    if answer is ... or answer is None:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    if isinstance(answer, (list, tuple, set, frozenset)):
        return len(answer) == 0
    return False


def norm_text(value: str) -> str:
    """Lower-case text with straight quotes, single spaces and no surrounding quotes or end punctuation."""
    text = unicodedata.normalize("NFKC", value).translate(_QUOTES).replace("\u00a0", " ")
    text = " ".join(text.split()).strip().lower()
    for _ in range(3):
        text = text.strip(" .,;:!?").strip("\"'").strip()
    return text


def norm_label(value: str, vocab: str | None = None) -> str:
    """A label as the key writes it ("named person" -> "named_person"), synonyms mapped."""
    text = norm_text(value)
    label = re.sub(r"[\s\-]+", "_", text)
    table = SYNONYMS.get(vocab or "", {})
    if label in table:
        return table[label]
    if vocab == "qualifier":  # qualifiers are written with spaces in the key ("up to")
        return table.get(label, text)
    return label


def ambiguous_labels(value: str, vocab: str | None) -> tuple[str, ...]:
    """The labels a loose word could mean ("person" -> named_person, role_only, anonymous); () if it is not one."""
    return AMBIGUOUS.get(vocab or "", {}).get(norm_label(value, vocab), ())


def option_label(option: str) -> str:
    """How an option is shown on a button or in a revealed answer: "named_person" -> "named person", "fact" ->
    "checkable" (``PLAIN_LABELS``)."""
    return PLAIN_LABELS.get(option, option.replace("_", " "))


def norm_sentence_id(value: str) -> str:
    """A sentence id written loosely ("P8.S3", "p08 .s3") in the key's form ("p08.s3")."""
    m = _SID.fullmatch(norm_text(value).replace(" ", ""))
    return f"p{int(m.group(1)):02d}.s{int(m.group(2))}" if m else norm_text(value)


def parse_number(value: object) -> float | None:
    """A number from an int, a float or a string such as "1,200", "2.4 million" or "80%" (None if not one)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:  # an int too big for a float
            return None
        return number if math.isfinite(number) else None  # nan and inf are not answers
    if not isinstance(value, str):
        return None
    text = norm_text(value).replace("\u202f", "").replace("_", "").replace("%", " ").replace("percent", " ")
    m = re.fullmatch(r"([-+]?[\d,\s]*\.?\d+)\s*([a-z]*)", text.strip())
    if not m:
        return None
    digits = re.sub(r"[,\s]", "", m.group(1))
    if "," in m.group(1) and not re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", m.group(1).replace(" ", "")):
        return None  # "1,2" is ambiguous; ask for a plain number
    try:
        number = float(digits)
    except ValueError:
        return None
    word = m.group(2)
    if word and word not in _NUMBER_WORDS:
        return None
    return number * _NUMBER_WORDS.get(word, 1.0)
