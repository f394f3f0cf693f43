"""The words of attribution: reporting verbs and speech nouns, and how to find and type a source phrase.

General rules, not a list of names: a reporting verb's source is the noun phrase before it (or after it,
in "said Smith"); its type is guessed from the words of the phrase (the course's own source classes).
"""

from __future__ import annotations

import re
from collections import deque

# Reporting verbs by lemma; the second field says whether the verb itself takes a side ("loaded").
_NEUTRAL = """say tell add ask write note state report explain announce comment respond reply confirm answer
mention remark observe declare describe recall recount predict estimate testify post tweet call suggest
indicate show find reveal argue believe think expect film photograph agree conclude continue advise inform
remind cite quote discuss learn hear decide plan want wish intend seek support oppose favor favour prefer endorse
question doubt worry wonder feel know consider recognise recognize propose recommend highlight assure proclaim
refuse decline apologise apologize thank request put point sum speak talk""".split()
_LOADED = """warn admit claim insist accuse dismiss allege concede confess boast brag complain lament deny
reject slam blast decry condemn criticise criticize praise hail urge demand threaten vow pledge promise contend
assert acknowledge blame mock ridicule scoff sneer rant fume whine gloat quip joke mutter shout scream cry
fear hope caution stress emphasise emphasize back denounce attack defend yell""".split()
_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "writes", "writing", "written"],
    "find": ["found", "finds", "finding"],
    "think": ["thought", "thinks", "thinking"],
    "show": ["showed", "shows", "showing", "shown"],
    "cry": ["cried", "cries"],
    "hear": ["heard", "hears", "hearing"],
    "feel": ["felt", "feels", "feeling"],
    "know": ["knew", "knows", "known", "knowing"],
    "seek": ["sought", "seeks", "seeking"],
    "put": ["puts", "putting"],
    "speak": ["spoke", "speaks", "speaking", "spoken"],
    "see": ["sees", "saw", "seeing"],
    "make": ["makes", "made", "making"],
    "back": ["backed", "backs", "backing"],
}
_DOCUMENT_WORDS = frozenset(
    """report reports study studies data figures footage recordings recording survey poll polls analysis
    documents document records statistics research images video videos photos evidence estimates assessment
    intelligence satellite tests investigation review audit census""".split()
)
# Verbs too common in other senses; they report only with a document or a named subject.
_WEAK = frozenset(
    """show find indicate reveal suggest believe think expect fear hope call describe want wish feel know wonder
    consider doubt plan seek intend prefer favor favour support oppose back learn hear decide agree highlight maintain
    imagine anticipate suspect assume presume understand realize realise remember sense regard view deem envision
    disagree encourage underscore reflect portray depict concur welcome see pronounce""".split()
)
_NOT_SUBJECT_END = frozenset(
    """the a an of and or but his her its their our my your this that these those no any some with by for from
    in on to at through without into than as is are was were be been being it he she they we i you who which
    what when while because if so not also very more most less""".split()
)
# A word before a verb form that shows it is a noun or an infinitive ("the claim", "amid fears", "to explain").
_NOUN_BEFORE = frozenset(
    """to the a an his her their its of our my your this that these those amid over about with without despite
    for from by in on at into under after before no any some such growing own new public private""".split()
)
_PASSIVE_BEFORE = frozenset("was were been being is are be".split())
_PARTICIPLES = frozenset("said told seen heard shown written found thought spotted observed".split())
_PERCEIVED = frozenset("seen heard spotted filmed photographed observed reported recorded".split())
_CLAUSE_START = frozenset("he she they it we i you there this that".split())
_PERSONS = frozenset("he she they".split())  # pronouns that stand for people who can think or want
_PRONOUNS = frozenset("he she they it we i you this that these those there who which one".split())
# Words between a subject and its reporting verb ("Smith has repeatedly said"), skipped to find the subject.
_SKIP_WORDS = (
    "also recently publicly privately openly bluntly even reportedly repeatedly previously later then has have had "
    "was were is are will would might could may should must can did does do not never already once just first "
    "further too allegedly angrily quickly flatly loudly quietly simply again often frequently".split()
    + "went as far as to|went so far as to|has gone as far as to|went on to|go as far as to|has been|have been|"
    "had been".split("|")
)
_SKIP_BEFORE = re.compile(r"(?:,?\s(?:" + "|".join(w.replace(" ", r"\s") for w in _SKIP_WORDS) + r"|\w+ly)\b)+\s?$")
_SKIP_LAST = frozenset(w.split()[-1] for w in _SKIP_WORDS)  # a cheap test before the search
_BOUNDARY = re.compile(
    r"(?:<[^<>]{0,200}>|[;:()\[\]<>—–“”\"]|''|,\s|\s-\s|\b(?:that|which|who|whom|while|when|because|but|if|what|after|before|since|"
    r"although|though|whereas|where|whether|why|how|so|yet|as)\s)"
)
_LEADING = re.compile(
    r"^(?:(?:but|and|yet|so|as|meanwhile|however|even|still|now|then|also|instead|moreover|indeed|similarly|"
    r"yesterday|today|earlier|later|recently|separately|privately|publicly|in\sfact|in\sturn|for\sits\spart|"
    r"for\shis\spart|for\sher\spart),?\s)+",
    re.IGNORECASE,
)
# Nouns that attribute words to someone named after them: "according to X", "a talking point from X".
_NOMINAL_HEADS = frozenset(
    """according words point claim statement remarks comments warning admission assessment estimate argument
    message line view position""".split()
)
# Up to sixteen words, one space between them, up to a stop, a clause word or the end. Every word but the last
# needs a space after it, so the engine cannot split a long word into many pieces (that backtracking made one
# failing match on a long unbroken word take seconds); a stop word counts only at a word's start.
_AFTER_SOURCE = re.compile(
    r"\s?((?:[\w’'.\-/&]+\s){0,15}?[\w’'.\-/&]+(?![\w’'.\-/&])\s?)(?=[,.;:!?”\"()—–]|\b(?:that|who|which|on|in|at|is|"
    r"are|was|were|has|have|had|said|says|told|tells|wrote|writes|added|adds)\b|$)"
)
_AUX = frozenset(
    """is are was were has have had will would could can may might should must isn’t aren’t wasn’t weren’t hasn’t
    haven’t won’t can’t couldn’t didn’t doesn’t don’t isn't aren't wasn't hasn't won't can't does do did""".split()
)
_CLAUSE_AUX = re.compile(
    r"(?i)\s(?:that\b|(?:[\w’'.\-]+\s){0,6}?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|"
    r"must|isn’t|isn't|aren’t|wasn’t|weren’t|hasn’t|haven’t|won’t|can’t|couldn’t|didn’t|doesn’t|remains|lacks|"
    r"did|does|do)\b)"
)


def _forms(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma]]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    double = lemma in ("admit", "quip", "slam", "regret", "brag", "plan", "prefer", "chat", "blog")
    past = lemma + lemma[-1] + "ed" if double else lemma + "ed"
    ing = lemma + lemma[-1] + "ing" if double else lemma + "ing"
    return [lemma, lemma + "s", past, ing]


VERB_LEMMAS = {form: (lemma, "neutral") for lemma in _NEUTRAL for form in _forms(lemma)}
VERB_LEMMAS |= {form: (lemma, "loaded") for lemma in _LOADED for form in _forms(lemma)}
# More verbs of speech, thought and intention (our own list, general English).
_MORE_NEUTRAL = """express reiterate repeat echo signal hint imply portray depict characterize characterise envision
imagine anticipate speculate suspect assume presume maintain underscore counter retort rebut dispute muse ponder relay
convey outline summarize summarise clarify concur tout applaud welcome commend congratulate laud press plead implore
inquire reaffirm corroborate contradict refute understand realize realise remember sense regard view deem reason posit
theorize surmise disagree reassure guarantee label dub encourage pronounce assail voice see make issue release
refer offer""".split()
_MORE_LOADED = """rail bemoan deplore regret resent chide scold rebuke berate lambaste castigate deride disparage
belittle taunt disavow repudiate renounce downplay exaggerate protest object mourn lecture preach dread brand
tease""".split()
VERB_LEMMAS |= {f: (lemma, "neutral") for lemma in _MORE_NEUTRAL for f in _forms(lemma)}
VERB_LEMMAS |= {f: (lemma, "loaded") for lemma in _MORE_LOADED for f in _forms(lemma)}
VERB_LEMMAS["sounding"] = VERB_LEMMAS["sounded"] = VERB_LEMMAS["sound"] = VERB_LEMMAS["sounds"] = ("sound", "loaded")
# Forms that are far more often nouns or adverbs in news ("the state", "a tweet", "back", "thanks to").
for _form in """state states tweet attack attacks support thank thanks question questions request requests
    quote quotes back sum sums wish express echo echoes signal signals hint hints
    counter counters dispute disputes outline outlines welcome welcoming press pressing view views regard regarding
    object objects protest protests brand brands label labels sense reason reasons railing guarantee guarantees
    encouraging repeat voice voices voicing""".split():
    VERB_LEMMAS.pop(_form, None)


SPEECH_NOUNS = {
    w: "neutral"
    for w in """statement statements remarks comments view views assessment words answer answers response
    responses reply explanation description argument arguments proposal proposals
    belief beliefs suggestion suggestions prediction predictions""".split()
}
SPEECH_NOUNS |= {
    w: "loaded"
    for w in """claim claims warning warnings threat threats admission accusation accusations promise promises assertion
    assertions allegation allegations contention insistence denial denials criticism complaint complaints pledge pledges
    vow vows demand demands boast boasts plea pleas rhetoric opposition""".split()
}


def _clean_source(raw: str) -> str:
    raw = _LEADING.sub("", raw.strip(" ,") + " ").strip(" ,")
    words = raw.split()
    if len(words) > 9 and " and " in raw:
        raw = raw.rsplit(" and ", 1)[1]
        words = raw.split()
    if len(words) > 14:
        raw = " ".join(words[-6:])
    last = raw.rsplit(" ", 1)[-1]
    if last.endswith(".") and last.count(".") == 1 and len(last) > 3:
        raw = raw[:-1]  # a full stop, not an abbreviation such as "Jr." or "U.S."
    return raw


_RELATIVE = re.compile(r"(?i)(?:who|whose|which|whom|where|when)\b")
_COORDINATED = re.compile(r"(?:,\sbut|\bbut|\band)\s(?:\w+ly\s)?$")
_LEADING_NAME = re.compile(r"(?:[A-Z][\w’'.\-]*\s){1,4}(?=[a-z])")


def _span(lo: int, raw: str, start: int) -> tuple[int, int] | None:
    cleaned = _clean_source(raw)
    if not cleaned:
        return None
    offset = lo + start + raw.find(cleaned)
    return offset, offset + len(cleaned)


_NEAR = (32, 120)  # look for a boundary this close to the verb first


def _last_boundary(text: str, end: int) -> int:
    """Where the last clause boundary (``_BOUNDARY``) in ``text[:end]`` ends, or 0 if there is none.

    The same as the end of the last of ``_BOUNDARY.finditer(text, 0, end)``, but it first scans only the
    last characters: a scan that starts later finds the same matches once it is past the first few
    characters (the patterns are short, and a tag ends with ``>``, a boundary of its own), so a match found
    well inside the short window is the last one.  Only when there is none does the whole window get scanned.
    """
    for near in _NEAR:
        if end <= near:
            break
        last = deque(_BOUNDARY.finditer(text, end - near, end), maxlen=1)  # keeps only the last match
        if last and last[0].start() >= end - near + 12:
            return last[0].end()
    last = deque(_BOUNDARY.finditer(text, 0, end), maxlen=1)
    return last[0].end() if last else 0


def _drop_party(left: str) -> str:
    """``left`` without a short bracket at its end: "Sen. Ann Bell (D-Ore.)" -> "Sen. Ann Bell"."""
    if not left.endswith(")"):
        return left
    j = left.rfind("(", max(0, len(left) - 40))
    if j <= 0 or left[j - 1] != " " or ")" in left[j:-1]:
        return left
    return left[:j].rstrip()


def _subject_before(text: str, lo: int, verb: int) -> tuple[int, int] | None:
    """Offsets of the noun phrase that is the subject of a reporting verb at ``verb`` (sentence from ``lo``)."""
    s_lo, lo = lo, max(lo, verb - 300)  # a subject sits close to its verb; a bounded window keeps this linear
    left = text[lo:verb]
    last_word = (left[-40:].rsplit(None, 1) or [""])[-1] if left[-1:].isspace() or left[-1:].isalnum() else ""
    if last_word in _SKIP_LAST or last_word.endswith("ly"):  # else _SKIP_BEFORE cannot match: skip the search
        skip = _SKIP_BEFORE.search(left, max(0, len(left) - 120))
        if skip:
            left = left[: skip.start()]
    left = _drop_party(left.rstrip())
    if left.endswith(","):  # "Keith Kellogg, President Trump's special envoy to Ukraine, said"
        inner = _drop_party(left[:-1])
        comma = inner.rfind(", ")
        if comma < 0:
            return None
        start = _last_boundary(inner, comma)
        appositive = inner[comma + 2 :]
        if _RELATIVE.match(appositive):  # "Fenwick, who has led the town since 2019, told"
            end = comma
        elif _BOUNDARY.search(appositive) or len(appositive.split()) > 10:
            name = _OPENING_NAME.match(text, s_lo, verb)  # "Ann Bell, a baker who …, and a friend of …, said"
            return (name.start(1), name.end(1)) if name else None
        else:
            end = len(inner)
        return _span(lo, left[start:end], start)
    start = _last_boundary(left, len(left))
    found = _span(lo, left[start:], start)
    if found is None and _COORDINATED.search(text[lo:verb]):  # "Putin pretends …, but secretly acknowledges"
        name = _LEADING_NAME.match(text, lo, verb)
        if name:
            return _span(lo, name.group(0), 0)
    return found


# A name that opens the sentence and is followed by a comma: "Ann Bell, …" or "But Sen. Ann Bell, …".
_OPENING_NAME = re.compile(
    r"(?:(?:But|And|Yet|So)\s)?((?:[A-Z][\w’'.\-]*\s){0,4}[A-Z][\w’'.\-]*)(?:\s\([^()]{1,30}\))?,\s"
)


def _source_after(text: str, at: int, hi: int) -> tuple[int, int] | None:
    m = _AFTER_SOURCE.match(text, at, hi)
    if not m or not m.group(1).strip() or m.group(1).split(None, 1)[0].lower() in _CLAUSE_START:
        return None  # "said he would go" is a clause, not a source
    return _span(m.start(1), m.group(1), 0)


_NOT_SOURCE_END = _NOT_SUBJECT_END - _PRONOUNS  # made once, not at every call


def _valid_source(source: str, lemma: str) -> bool:
    words = source.lower().replace("’", "'").split()
    if words in (["his"], ["her"], ["their"]):
        return lemma in SPEECH_NOUNS  # "his statement", "their claims"
    if not words or words[-1].strip(".,") in _NOT_SOURCE_END:
        return False
    if lemma in _WEAK:
        if lemma in ("show", "find", "indicate", "reveal") and not (_DOCUMENT_WORDS & set(words)):
            return False
        if len(words) == 1 and words[0] in _PRONOUNS and words[0] not in _PERSONS:
            return False  # "it shows", "this suggests"; but "she believes", "they want"
        if words[0] in ("i", "we", "you"):
            return False  # the author's own view is not an attribution
    return True


def source_type(source: str, verb: str, kind: str = "verb") -> str:
    """A guess at the kind of source (key.SOURCE_TYPES) from the words of the source phrase."""
    words = source.split()
    lowered = source.lower()
    if kind == "witness":
        return "author_witness"
    if kind == "passive" and verb.lower() not in _PERCEIVED:
        return "anonymous"  # "is expected to", "was asked": someone unnamed expects or asks
    if kind == "passive" or verb.lower() in ("filmed", "photographed", "films", "film"):
        return "document_or_footage"
    if not words:
        return "anonymous"
    if _DOCUMENT_WORDS & set(lowered.replace(",", " ").split()):
        return "document_or_footage"
    if words[0].lower() in ("one", "another", "a", "an", "someone", "somebody"):
        return "anonymous"
    last = words[-1].strip(".,")
    if len(words) == 1 and last.lower() in ("his", "her"):
        return "role_only"  # a person the sentence does not name
    if last[:1].isupper() and last.lower() not in _ORGANISATION_WORDS:
        return "named_person"
    if _ORGANISATION_WORDS & set(lowered.split()):
        return "organisation"
    if last.lower().endswith("s") and not last[:1].isupper():
        return "vague_group"
    return "role_only"


_ORGANISATION_WORDS = frozenset(
    """ministry government council agency committee department office kremlin company bank party army police
    university institute organisation organization union court parliament congress commission newspaper
    magazine league pentagon administration corporation group network fund board""".split()
)
