"""Who does what a sentence reports when the verb has no subject of its own beside it: the sentence's subject.

"Cruz won Iowa, saying …" (the sentence's subject speaks), "But a few days later, Bell changed her mind, telling …"
(the first name after the openers), "Declaring that the pier is safe, the mayor left …" (the subject after an
opening participle's clause), "Bell went on to say …" (the subject of the word before "to").
``candidates.verb_candidates`` asks these for "…, saying", "by saying", "and says" and "to" + a verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from medialit.text.document import Document
from medialit.text.reporting import _AUX, _CLAUSE_START, DETERMINERS, IS_CONTRACTED, VERB_LEMMAS
from medialit.text.sources import _NOT_OPENING, _OPENER_WORDS, _subject_before, antecedent

# A name of two to four capitalised words (not an opener): "Peter Orszag", "Sen. Ann Bell", "Mr. Bell".
_NAMED = re.compile(r"(?:[A-Z][a-z]*\.?\s)+[A-Z][\w’'\-]+$")
_COUNT_WORDS = frozenset("one another several every two three four five".split())  # "One man in Millbrook"
_NOT_SUBJECT_START = frozenset(
    """after before when while if as since because although though in on at for with by from to during despite amid
    following like unlike without under over among""".split()
)
_DATELINE = re.compile(
    r"[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}(?:,\s[\w.]+(?:\s[\w.]+)?)?(?:\s\([A-Z]+\))?\s[—–―-]+\s"
)
_RELATIVES = frozenset("which who where whose".split())
_AFTER_OPENING = frozenset("to at in on with about by from after before during for of the a an his her their".split())
_TITLES = frozenset("mr mrs ms dr sen rep gov gen lt col st jr sgt capt prof rev".split())
_OPENERS = frozenset("but and yet so still also now then however meanwhile instead".split())


def _initial(text: str, a: int, b: int) -> bool:
    """Whether the word at ``text[a:b]`` is one capital letter, an initial ("Donald J. Trump")."""
    return b - a == 1 and text[a].isupper()


def _after_opening(doc: Document, i: int, k: int) -> tuple[int, int] | None:
    """The subject after an opening participle's clause ("Declaring that the pier is safe, the mayor left")."""
    text, s_hi = doc.text, doc.bounds[k][1]
    comma = text.find(", ", doc.tokens.starts[i], min(s_hi, doc.tokens.starts[i] + 200))
    if comma < 0:
        return None
    tokens = doc.tokens
    last = bisect_left(tokens.starts, s_hi) - 1
    src = _sentence_subject(doc, last, comma + 2) if last > i else None
    if src is None:
        return None
    after = bisect_left(tokens.starts, src[1])  # the word after the subject must be its verb
    w = tokens.words[after] if after <= last else ""
    return src if w in _AUX or w in VERB_LEMMAS or w.endswith("ed") else None


def _main_subject(doc: Document, i: int, s_lo: int) -> tuple[int, int] | None:
    """The sentence's subject, or the first name after its openers when what opens it is a time or a place set off
    by a comma ("But a few days later, Bell reversed …", "Here in Millbrook, Bell spoke …")."""
    src = _sentence_subject(doc, i, s_lo)
    if src is not None and _NAMED.match(doc.text, src[0], src[1]) and not names_no_one(doc.text, src):
        return src  # "Peter Orszag, Obama’s former aide, decamped …": the name, not the one in its aside
    if src is None or opens_no_subject(doc.text, src) or names_no_one(doc.text, src):
        found = clause_subject(doc.text, s_lo, doc.tokens.starts[i])
        if found is not None and names_no_one(doc.text, found):
            found = None  # "Hours later, …": a time is no clause's subject either
        if found is None and src is not None and names_no_one(doc.text, src):
            comma = doc.text.find(", ", src[1], doc.tokens.starts[i])  # "Also Monday, Bell and Ames sent …, seeking":
            found = _sentence_subject(doc, i, comma + 2) if 0 <= comma < src[1] + 40 else None  # after the time
            return None if found is None or names_no_one(doc.text, found) else found
        return found or src
    return src


def _sentence_subject(doc: Document, i: int, s_lo: int) -> tuple[int, int] | None:
    """The words that open the sentence before its first verb ("The judge rubbed …"): up to five, no comma."""
    tokens, text = doc.tokens, doc.text
    dateline = _DATELINE.match(text, s_lo, tokens.starts[i])  # "MILLBROOK, Ont. — …": the place, not the subject
    first = j = bisect_left(tokens.starts, dateline.end() if dateline else s_lo)
    while j < i and tokens.words[j] in _OPENERS:  # "Yet she …", "But then he …"
        first = j = j + 1
    for _ in range(3):  # "Despite his standing, Clinton …", "Speaking at the pier, which …, Bell …": after commas
        w = tokens.words[j] if j < i else ""
        opening = j == first and w.endswith(("ing", "ed")) and j + 1 < i and tokens.words[j + 1] in _AFTER_OPENING
        if not (w in _NOT_SUBJECT_START or w in _RELATIVES or opening):
            break  # not "Speaking at the pier, …" nor "Asked about it, …"
        comma = text.find(", ", tokens.starts[j], tokens.starts[i])
        if comma < 0 or comma > tokens.starts[j] + 100:
            return None
        first = j = bisect_left(tokens.starts, comma + 2)
    if j >= i or tokens.words[j] in _NOT_SUBJECT_START or tokens.words[j] in _RELATIVES:
        return None
    limit = 6  # words; an initial does not count ("Senate Leader Harry M. Reid", "Rep. Ann B. Bell")
    while j <= i and j - first < limit:  # up to the reporting verb itself, which ends the subject at the latest
        w = tokens.words[j]
        if j > first and (w in _AUX or w in VERB_LEMMAS or w.endswith("ed")):
            break  # the first verb
        if j > first and text[tokens.starts[j]].islower() and text[tokens.starts[j - 1]].isupper():
            before = tokens.words[j - 1]
            if before.endswith(("’s", "'s")) and j - 1 < first + 3 and before[:-2] not in IS_CONTRACTED:
                pass  # "Trump’s campaign", "Andrean High’s principal": a possessive opens a noun phrase
            elif j - 1 > first or (tokens.words[first] not in DETERMINERS and tokens.words[first] not in _COUNT_WORDS):
                break  # a lower-case word after a name: "Mayor Olga Fenwick won …" (but "The judge …", "One man …")
        gap = text[tokens.end(j - 1) : tokens.starts[j]].strip(" -") if j > first else ""
        initial = gap == "." and _initial(text, tokens.starts[j - 1], tokens.end(j - 1))
        if gap and not (gap == "." and tokens.words[j - 1] in _TITLES or initial):
            break  # punctuation: the subject ended ("Morton Blackwell, founder of …"), but not "Mr. Bell", "J. Bell"
        limit += initial
        j += 1
    if j == first or j - first >= limit:
        return None
    return tokens.starts[first], tokens.end(j - 1)


# A name just before an age: "Ann Bell, 58, who lives …, says" (the subject finder stops at the age).
_NAME_BEFORE_AGE = re.compile(r"(?<![\w’'])(?:[A-Z][\w.’'\-]*\s){0,3}[A-Z][\w.’'\-]*,\s$")
_AGE = re.compile(r"\d{1,3},\s")


def _name_before_age(text: str, src: tuple[int, int], s_lo: int) -> tuple[int, int]:
    """A source that starts with an age ("58", "22, of Millbrook") taken back to the name before it."""
    a, b = src
    if not _AGE.match(text, a):  # an age set off by commas, not "Bell, 39 have said"
        return src
    window = text[max(s_lo, a - 60) : a]
    m = _NAME_BEFORE_AGE.search(window)
    return (a - len(window) + m.start(), b) if m else src


_RELATIVE_SUBJECTS = DETERMINERS | frozenset("he she they it i we you no one many some most few all both each".split())


def _with_antecedent(text: str, src: tuple[int, int], s_lo: int) -> tuple[int, int]:
    """ "Voters who backed the plan warned": the words after a restrictive "who" (no comma) are what the voters
    did, so the source takes back the words "who" stands for ("Voters who backed the plan"); not when a subject
    of its own follows "who" ("a mayor who many voters oppose")."""
    a, b = src
    if text[a - 6 : a - 5] == "," or text[a:b].split(" ", 1)[0].lower() in _RELATIVE_SUBJECTS:
        return src
    near = antecedent(text, s_lo, a - 4)
    return (near[0], b) if near else src


_PURPOSE_PRONOUNS = frozenset(("he", "she", "they"))


def _purpose_subject(doc: Document, i: int, s_lo: int) -> tuple[int, int] | None:
    """Who does "to" + a verb of speech said for a purpose ("Bell stood up at the meeting to say …", "Bell came on the
    show to talk about …"): the sentence's subject, when it is a name or he / she / they."""
    if i > 1 and doc.tokens.words[i - 2] in _NOT_PURPOSE:
        return None  # "hard to say", "a place to offer support", "anything to apologize for": no one does it
    src = _main_subject(doc, i, s_lo)
    if src is None:
        return None
    first = doc.text[src[0] : src[1]].split(" ", 1)[0]
    if first.lower().replace("’", "'") in _NOT_PURPOSE_SUBJECTS or _CLAUSE_BREAK.search(
        doc.text, src[1], doc.tokens.starts[i]
    ):
        return None  # "Ukraine is gaining — and the mayor would be wise to recognize it": another clause's subject
    return src if first[:1].isupper() and first.lower() not in DETERMINERS or first in _PURPOSE_PRONOUNS else None


_NOT_PURPOSE = frozenset(
    """hard easy difficult tough impossible possible time place position way reason need needs something anything
    nothing much more enough too questions question requests request pressure have has had having got is are was
    were be going allowed supposed scheduled set due until""".split()
)
_CLAUSE_BREAK = re.compile(r"[—–;:]|\s(?:and|but|or|while|because|so)\s")
_NOT_PURPOSE_SUBJECTS = frozenset("it it's its whether well there this that what here how why when if".split())


# Words before "to" + a reporting verb whose subject is the speaker: "went on to say", "was quick to point out",
# "declined to say", "took to Twitter to declare"; and verbs whose object speaks: "led critics to ask".
_CONTROL = frozenset(
    """on quick willing unwilling refused refuses refusing declined declines declining decided decides wanted wants
    want tried tries trying sought seeks chose chooses continued continues began begins started starts hoped hopes
    planned plans promised promises vowed vows threatened threatens agreed agrees offered offers likely unlikely
    sure ready eager able unable seemed seems appeared appears happy reluctant careful moved rushed twitter stage
    opportunity occasion chance""".split()
) | frozenset(  # more verbs and words whose subject does the infinitive (our own list, general English)
    """begin begun beginning chose chosen choosing yet continuing attempt attempted
    attempting attempts struggled struggling hesitated failed fails failing managed manages dared vowing pledged
    pledging refuse refusing prefer preferred prefers intend intends intended intending planning hoping aimed aims
    aiming expected interjected""".split()
)
_CAUSE = frozenset(
    """led leads leading prompted prompts prompting forced forces urged urges asked asks pushed pushes allowed allows
    caused causes encouraged encourages pressed pressured convinced persuaded inspired invited""".split()
)


def infinitive_source(doc: Document, i: int, s_lo: int) -> tuple[int, int] | None:
    """Who speaks in "to" + a reporting verb at token ``i``: the subject of the verb or word before "to"
    ("Bell went on to say", "Bell was quick to point out") or the object of a verb that makes someone speak
    ("the timing led critics to ask"); None for any other infinitive ("a plan to explain")."""
    tokens, text = doc.tokens, doc.text
    words, starts = tokens.words, tokens.starts
    j = i - 2  # the word before "to"
    if j < 0 or starts[j] < s_lo:
        return None
    if words[j] in _CONTROL:
        first = j - 1 if words[j] == "on" and j and words[j - 1] in ("went", "goes", "go", "going") else j
        if words[j] == "on" and first == j:
            return None
        if words[j] in ("twitter", "stage", "opportunity", "occasion", "chance"):  # "took to Twitter to say"
            first = next((n for n in range(j - 1, max(j - 4, 0), -1) if words[n] in ("took", "used", "seized")), -1)
            if first < 0:
                return None
        return _subject_before(text, s_lo, starts[first])
    for n in range(j - 1, max(j - 5, -1), -1):  # "led some Republicans to say": the words after the verb
        if starts[n] < s_lo or words[n] in ("to", "and", "but"):
            return None
        if words[n] in _CAUSE:
            lo, hi = tokens.end(n) + 1, tokens.end(j)
            return (lo, hi) if "," not in text[lo:hi] and text[lo:hi].strip() else None
    return None


# A name or "he" / "she" / "they" that opens a clause (after the sentence's start, a comma or "But") and is
# followed by a lower-case word: the subject of the main clause in "On Thursday, after the vote, Bell spoke, …".
_CLAUSE_SUBJECT = re.compile(
    r"(?<![\w’'.\-])((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s)?(?:[A-Z][\w’'\-]+\s){0,3}[A-Z][\w’'\-]+|[Hh]e|[Ss]he|"
    r"[Tt]hey)\s(?=[a-z])"
)
_OPENING_WORDS = ("But ", "And ", "Yet ", "Then ", "Now ", "So ")
_NOT_CLAUSE_SUBJECT = frozenset(_NOT_OPENING) | frozenset(
    """The A An It Its This These Those There Here His Her Their Our My Your Some Many Most Both All Each Every
    No Not Even Only Just As If Though Although Because Ever Also Meanwhile However Instead But And Yet So
    One Another Several Two Three Four Five""".split()
)
_NOT_AFTER_SUBJECT = _CLAUSE_START | frozenset(
    "of in on at to for with from by and or but who which whose that as".split()
)


_NOT_A_SUBJECT = frozenset(_NOT_OPENING) | frozenset(
    "Ever Here Once Even Only Just As If Though Although Because Also Meanwhile However Instead".split()
)


def opens_no_subject(text: str, src: tuple[int, int]) -> bool:
    """Whether a sentence's first words ``src`` are a time, a place or a clause rather than who did something:
    "Ever since …", "Here in Millbrook", "Later", or words set off by a comma ("But a few days later, …")."""
    return text[src[1] : src[1] + 1] == "," or text[src[0] : src[1]].split(" ", 1)[0] in _NOT_A_SUBJECT


_NO_ONE = (_NOT_A_SUBJECT - frozenset(("This", "That"))) | _OPENER_WORDS  # "That forecast" may be who


def names_no_one(text: str, src: tuple[int, int]) -> bool:
    """Whether a sentence's first words ``src`` open with a time or an aside ("Monday", "Also Monday", "Even",
    "Last year", "Recently", "Two weeks after"), so they cannot be who speaks."""
    words = text[src[0] : src[1]].split(" ", 2)
    if len(words) > 1 and words[0].lower() in _COUNT_WORDS and words[1].rstrip("s") in _TIME_UNITS:
        return True  # "Two weeks after the vote, …", "One month earlier"
    if words[0].lower().rstrip("s") in _TIME_UNITS and (len(words) == 1 or words[1] in ("later", "earlier", "ago")):
        return True  # "Hours later, the council met, saying …"
    lone = words[0] if len(words) == 1 else ""
    return words[0] in _NO_ONE or lone.lower() in _SENTENCE_ADVERBS or (lone.endswith("ly") and lone.islower())


# Adverbs that open a sentence ("Recently, Bell …"); a list, since names end in -ly too ("Kelly", "Schlafly").
_SENTENCE_ADVERBS = frozenset(
    """recently publicly privately initially usually shortly finally eventually ultimately separately similarly
    specifically originally previously currently increasingly notably apparently clearly interestingly importantly
    significantly unfortunately fortunately surprisingly ironically predictably reportedly typically generally
    traditionally historically nationally locally internationally politically personally frankly honestly""".split()
)


_TIME_UNITS = frozenset("day night week month year decade hour minute".split()) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning evening afternoon".split()
)


def clause_subject(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """The subject of the main clause before ``at`` when the sentence opens with times, places or a clause set off
    by commas: "Bell" in "On Thursday, after the vote, Bell spoke to the crowd, saying …" (the first name or
    he / she / they after the start, a comma or "But" that a lower-case verb-like word follows)."""
    for m in _CLAUSE_SUBJECT.finditer(text, max(lo, at - 300), at):
        start = m.start(1)
        if (
            start != lo
            and text[start - 2 : start] != ", "
            and not text[max(lo, start - 5) : start].endswith(_OPENING_WORDS)
        ):
            continue  # not where a clause opens ("Ever since she …")
        first = m.group(1).split(" ", 1)[0]
        after = text[m.end() : m.end() + 20].split(" ", 1)[0].lower()
        if first in _NOT_CLAUSE_SUBJECT or after in _NOT_AFTER_SUBJECT:
            continue
        return m.start(1), m.end(1)
    return None


def _predicate(text: str, src: tuple[int, int]) -> bool:
    """Whether a source found before an -ing verb opens with a verb of its own ("issued a statement", "has drawn
    huge crowds"): then it is what someone did, not who did it, and the -ing verb belongs to the subject."""
    first = text[src[0] : src[1]].split(" ", 1)[0]
    return first in VERB_LEMMAS or first in _AUX or (first.endswith("ed") and first.isalpha() and first.islower())
