"""The question bank: prompts, hints and expected answers, looked up in the answer key where they concern the op-ed.

Questions live in ``data/questions.json``. An answer about the op-ed is never written there: the
question holds a reference (table, row match, field) into ``answer_key()``, so the key stays the
single source of truth. This module also normalises learners' answers (case, spaces, quote styles,
synonyms, numbers written as "1,200" or "2.4 million") so fair answers are accepted.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

KINDS = ("choice", "multi", "span", "number", "open")
USES = ("exercise", "practice", "check")  # "check": an item of the skills check (data/skills_check.json)

# Synonyms a learner may fairly type for each label, by vocabulary (all written normalised, see norm_label).
SYNONYMS: dict[str, dict[str, str]] = {
    "claim_type": {
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
    """How an option is shown on a button or in a revealed answer: "named_person" -> "named person"."""
    return option.replace("_", " ")


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


@dataclass(frozen=True)
class KeyRef:
    """A pointer into the answer key or evidence(): rows of ``table`` matching ``match``, value(s) of ``field``."""

    table: str
    match: dict[str, Any]
    field: str
    many: bool = False
    scale: float | None = None  # multiply the key's number (e.g. a monthly figure x 12)

    def resolve(self, annotation: Any = None) -> Any:
        """The value (or, with ``many``, the sorted list of values) this reference points to."""
        if self.table == "evidence":  # what outside sources found (medialit/data/evidence.csv)
            from medialit.content.key import evidence

            frame = evidence()
        elif self.table == "argument":  # lesson 08: which claims carry the thesis and which way they lean
            from medialit.content.argument import argument_map

            frame = argument_map()
        else:
            if annotation is None:
                from medialit.content.key import answer_key

                annotation = answer_key()
            frame = annotation.table(self.table)
        mask = None
        for col, want in self.match.items():
            cond = frame[col].isin(want) if isinstance(want, list) else frame[col] == want
            mask = cond if mask is None else mask & cond
        rows = frame[mask] if mask is not None else frame
        if self.many:
            return sorted({str(v) for v in rows[self.field]})
        if len(rows) != 1:
            raise LookupError(f"key reference {self.describe()} matches {len(rows)} rows, not 1")
        value = rows.iloc[0][self.field]
        value = value.item() if hasattr(value, "item") else value
        return float(value) * self.scale if self.scale is not None else value

    def describe(self) -> str:
        where = ", ".join(f"{k}={v!r}" for k, v in self.match.items())
        times = f" x {self.scale:g}" if self.scale is not None else ""
        return f"{self.table}[{where}].{self.field}{times}"


@dataclass(frozen=True)
class Question:
    """One question of the bank (see data/questions.json for the fields)."""

    id: str
    lesson: int
    use: str
    kind: str
    prompt: str
    hint: str
    vocab: str | None = None
    sentence_id: str | None = None
    options: tuple[str, ...] = ()
    answer: Any = None
    answer_key: KeyRef | None = None
    rationale: str = ""
    rationale_key: KeyRef | None = None
    tolerance: float = 0.0
    accept: tuple[str, ...] = ()
    model_answer: str = ""
    rubric: tuple[str, ...] = ()
    notes: tuple[tuple[str, KeyRef], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def variable(self) -> str:
        """The name of the answer variable in the notebooks, e.g. ``answer_01_3``."""
        return "answer_" + self.id.replace(".", "_")

    def expected(self) -> Any:
        """The expected answer: from the key when the question points there, else the literal."""
        return self.answer_key.resolve() if self.answer_key is not None else self.answer

    def rationale_text(self) -> str:
        """Why the answer is what it is: the key's rationale (if referenced) followed by ours."""
        parts = []
        if self.rationale_key is not None:
            try:
                parts.append(str(self.rationale_key.resolve()).strip())
            except (LookupError, OSError, KeyError, ValueError):
                pass
        if self.rationale:
            parts.append(self.rationale)
        return " ".join(p for p in parts if p)

    def explanation(self) -> list[tuple[str, str]]:
        """What to show once the answer is known: ("Why", ...) and labelled notes from the key."""
        sections = []
        why = self.rationale_text()
        if why:
            sections.append(("Why", why))
        for label, ref in self.notes:
            try:
                text = str(ref.resolve()).strip()
            except (LookupError, OSError, KeyError, ValueError):
                continue
            if text:
                sections.append((label, text))
        return sections

    def choices(self) -> tuple[str, ...]:
        """The options a learner picks from (the vocabulary's labels when none are listed)."""
        if self.options:
            return self.options
        from medialit.content import key

        vocab = {
            "claim_type": key.CLAIM_TYPES,
            "source_type": key.SOURCE_TYPES,
            "form": key.FORMS,
            "verb_stance": key.VERB_STANCES,
            "findable": key.FINDABLE,
            "qualifier": key.QUALIFIERS,
            "cue_type": key.CUE_TYPES,
        }
        return tuple(vocab.get(self.vocab or "", ()))

    def sentence_text(self) -> str:
        """The op-ed sentence the question is about ('' if none)."""
        if self.extra.get("sentence"):  # a pack's question carries its own article's sentence
            return str(self.extra["sentence"])
        if not self.sentence_id:
            return ""
        from medialit.content.article import load_article

        s = load_article().sentences.set_index("sentence_id")["text"]
        return str(s.get(self.sentence_id, ""))


def _ref(data: dict[str, Any] | None) -> KeyRef | None:
    if not data:
        return None
    scale = data.get("scale")
    return KeyRef(
        data["table"],
        dict(data.get("match", {})),
        data["field"],
        bool(data.get("many", False)),
        float(scale) if scale is not None else None,
    )


def _question(raw: dict[str, Any]) -> Question:
    known = {f for f in Question.__dataclass_fields__}
    return Question(
        id=raw["id"],
        lesson=int(raw["lesson"]),
        use=raw.get("use", "exercise"),
        kind=raw["kind"],
        prompt=raw["prompt"],
        hint=raw["hint"],
        vocab=raw.get("vocab"),
        sentence_id=raw.get("sentence_id"),
        options=tuple(raw.get("options", ())),
        answer=raw.get("answer"),
        answer_key=_ref(raw.get("answer_key")),
        rationale=raw.get("rationale", ""),
        rationale_key=_ref(raw.get("rationale_key")),
        tolerance=float(raw.get("tolerance", 0.0)),
        accept=tuple(raw.get("accept", ())),
        model_answer=raw.get("model_answer", ""),
        rubric=tuple(raw.get("rubric", ())),
        notes=tuple((n["label"], _ref(n["key"])) for n in raw.get("notes", ())),
        extra={k: v for k, v in raw.items() if k not in known},
    )


@lru_cache(maxsize=2)
def _bank(name: str = "questions.json") -> dict[str, Any]:
    with resources.files("medialit.content").joinpath("data", name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def load_questions() -> dict[str, Question]:
    """All questions by id: the lessons' (questions.json), then the skills check's (skills_check.json)."""
    raw = [*_bank()["questions"], *_bank("skills_check.json")["questions"]]
    return {q["id"]: _question(q) for q in raw}


def get_question(qid: object) -> Question | None:
    """The question with id ``qid`` (None if there is none)."""
    if not isinstance(qid, str):
        return None
    question = load_questions().get(qid)
    if question is None and qid.startswith("pack."):  # a question made from an article pack's key
        from medialit.content.pack_questions import pack_question

        question = pack_question(qid)
    return question


def lesson_titles() -> dict[int, str]:
    """Lesson number -> title, for the lessons the bank covers."""
    return {int(k): v for k, v in _bank()["lessons"].items()}


def class_labelling() -> dict[str, Any]:
    """The whole-class first read: which paragraphs learners label, in which lesson, into which saved set.

    ``discussed_before_labelling`` lists the sentences of the stretch that the course discusses before
    learners label it (empty when the labelling is a cold first read), so the teacher view can say
    whether the class's labels were independent. tests/test_lesson_01.py keeps it true.
    """
    return dict(_bank()["class_labelling"])


def question_table() -> Any:
    """The bank as a DataFrame (id, lesson, use, kind, sentence, prompt) for teachers."""
    import pandas as pd

    rows = [
        {"id": q.id, "lesson": q.lesson, "use": q.use, "kind": q.kind, "sentence_id": q.sentence_id, "prompt": q.prompt}
        for q in load_questions().values()
    ]
    return pd.DataFrame(rows)
