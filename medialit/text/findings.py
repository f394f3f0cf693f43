"""Results of counting told without their figure: "polls show Bell ahead", "according to a new survey", "a 2019
study by the council", "Bell leads in the polls", "Bell won by a wide margin"; and poll figures told roughly:
"in single digits", "a double-digit lead", "in the low 40s", "the mid-teens", "the margin of error".

A poll, a survey, a study or official data stand behind such a sentence, but the reader is not given the number:
the course's questions for a statistic (which count? how many? who counted?) apply all the more.  Our own short
lists of everyday English.  Each shape is looked for only at a token of its own small vocabulary (the words for
research, "lead" and its kin, "margin") and decided by the few words next to it, so a long text stays linear.
"""

from __future__ import annotations

from medialit.text.dates import Found
from medialit.text.tokens import Tokens

# What counts or measures people and things.  "report" and "records" are left out: most are not counts ("a news
# report", "records show he sold it"); "analysis" is not always one ("a legal analysis"), so it is never
# introduced on its own ("an analysis by"); "figures" and "numbers" may be people or anything ("leading figures
# said", "the numbers of the houses"), so they count only right after a word that makes them data ("the latest
# figures show").
_RESEARCH = frozenset(
    "poll polls polling survey surveys study studies research census data statistics figures numbers estimates".split()
    + ["analysis", "analyses"]  # with a verb of finding or after "according to" ("a council analysis shows")
    + ["chart", "charts", "graph", "graphs"]  # "the chart shows", "Chart B shows" (round 5b, CheckThat train)
)
_CHARTS = frozenset("chart charts graph graphs".split())
_SINGULAR = frozenset("poll survey study census".split())  # "a 2019 study", "a new poll by"
_FIGURES_AFTER = frozenset(
    """the latest new official government recent published monthly annual provisional these those crime
    unemployment employment jobs trade sales migration immigration population poll polling census""".split()
)
# Verbs that tell what a count found.
_FOUND = frozenset(
    """show shows showed showing shown suggest suggests suggested suggesting found finds find reveal reveals revealed
    revealing indicate indicates indicated confirm confirms confirmed put puts documented documents""".split()
)
# Words that may stand between the research and its verb ("the poll also found", "a poll released on Monday
# shows", "studies have consistently shown").
_GAP = frozenset(
    """also have has had consistently repeatedly now just released published conducted commissioned last this
    week month year on monday tuesday wednesday thursday friday saturday sunday recently""".split()
)
_HELPERS = frozenset("also have has had consistently repeatedly now just".split())
# After "according to" or before a singular research noun ("according to a new national poll").
_BEFORE = frozenset(
    """a an the new recent latest official government published national local public opinion internal exit
    several two three independent annual large major most""".split()
)
_PHRASE_OPENERS = frozenset("of into on by from in for at among".split())  # "a survey of residents … found"
_CLAUSE_WORDS = frozenset("that which who whom whose because although though while if when where whether".split())
_INTRODUCED = frozenset("by from published released conducted commissioned carried".split())  # "a survey by"
_NOT_RESEARCH = frozenset("case pilot".split())  # "a case study of": an example, not a count
# Poll standing: "Bell leads in the polls", "Ames trails in the latest polls", "a big lead in the polls".
_STANDING = frozenset(
    """lead leads led leading ahead behind trail trails trailed trailing top tops topped topping standing""".split()
)
_POLLS = frozenset("polls polling surveys".split())
# "won by a wide margin": the size of a result.
_MARGINS = frozenset(
    """wide narrow slim large small huge big substantial comfortable razor-thin thin clear healthy decisive
    overwhelming considerable larger smaller wider narrower greater bigger""".split()
)


_MARGIN_ADVERBS = frozenset("even far much very relatively seemingly".split())
# Poll figures told roughly ("single digits": 1 to 9).
_DIGIT_RANGES = {"single": (1.0, 9.0), "double": (10.0, 99.0), "triple": (100.0, 999.0)}
_PARTS_OF_RANGE = frozenset("low mid high upper lower".split())
# "the low 40s" (a poll's share); 50s to 90s are left out: "the mid-90s" is more often a decade.
_ROUGH = frozenset(["digit", "digits", "teens", "20", "30", "40"])
_POSSESSIVES = frozenset("his her their its my your our".split())


def findings(tokens: Tokens) -> list[Found]:
    """Counts told without their figure (see the module's docstring), as vague statistics."""
    words = tokens.words
    out: list[Found] = []
    for i in tokens.hits(_RESEARCH | _POLLS | _ROUGH | {"margin", "margins"}):
        w = words[i]
        if w == "margins":
            out += _margins(tokens, i)
            continue
        if w == "margin":
            out += _margin(tokens, i)
            continue
        if w in _ROUGH:
            out += _digits(tokens, i)
            continue
        if w in _POLLS:
            out += _standing(tokens, i)
        if _name_like(tokens, i):
            continue  # "the Institute for the Study of Labor", "the Pew Research Center"
        found = (
            _according(tokens, i) or _verb_after(tokens, i) or _introduced(tokens, i) or _verb_past_phrase(tokens, i)
        )
        if found:
            out.append(found)
    return out


def _between(tokens: Tokens, a: int, b: int) -> str:
    return tokens.text[tokens.end(a) : tokens.starts[b]]


def _capital(tokens: Tokens, i: int) -> bool:
    return 0 <= i < len(tokens.words) and tokens.text[tokens.starts[i]].isupper()


def _name_like(tokens: Tokens, i: int) -> bool:
    """A research word inside a name: written with a capital (not at a sentence's start) and followed by a capital
    or "of" / "for" ("the Institute for the Study of Labor")."""
    if not _capital(tokens, i) or _sentence_start(tokens, i):
        return False
    return _capital(tokens, i + 1) or tokens.word_at(i + 1) in ("of", "for")


def _sentence_start(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` opens the text or follows a sentence end, a colon or an opening quotation mark."""
    return i == 0 or any(c in '.!?:\n"“' for c in _between(tokens, i - 1, i))


def _finding(tokens: Tokens, a: int, b: int) -> Found:
    return Found(tokens.starts[a], tokens.end(b), "statistic", None, None, "finding (no figure)", "vague")


def _according(tokens: Tokens, i: int) -> Found | None:
    """ "according to a new poll", "according to official figures"."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens.word_at(j) in _BEFORE and tokens.spaced(j, j + 1):
        j -= 1
    if j >= 1 and tokens.word_at(j) == "to" and tokens.word_at(j - 1) == "according" and tokens.spaced(j, j + 1):
        if _figures_ok(tokens, i):
            return _finding(tokens, j - 1, i)
    return None


def _figures_ok(tokens: Tokens, i: int) -> bool:
    """ "figures" and "numbers" are data only after a word such as "the" or "crime", or after a name and before
    the verb ("Treasury figures show"); not "leading figures suggest"."""
    if tokens.words[i] not in ("figures", "numbers"):
        return True
    name = i >= 1 and not _sentence_start(tokens, i - 1) and _capital(tokens, i - 1)  # "the Treasury figures"
    return tokens.word_at(i - 1) in _FIGURES_AFTER or name and tokens.word_at(i + 1) in _FOUND


def _verb_after(tokens: Tokens, i: int) -> Found | None:
    """ "polls show", "the survey also found", "a poll released on Monday shows", "studies have shown"."""
    if not _figures_ok(tokens, i):
        return None
    gap, last = 0, i  # the span ends at the verb, or at the research word when a date may stand between
    if tokens.words[i] in _CHARTS and _label(tokens, i + 1):
        last = i + 1  # "Chart B shows", "graph 2 shows": the chart's label
    for j in range(last + 1, min(i + 5, len(tokens.words))):
        if not tokens.spaced(j - 1, j):
            return None
        w = tokens.words[j]
        if w in _FOUND:
            if tokens.words[i] in ("figures", "numbers") and j != i + 1:
                return None
            return _finding(tokens, i, j if last == j - 1 else i)
        if w not in _GAP or gap == 3:
            return None
        gap += 1
        last = j if w in _HELPERS and last == j - 1 else last
    return None


def _label(tokens: Tokens, i: int) -> bool:
    """A chart's label: one capital letter or a number of up to two digits, one space after the word."""
    if i >= len(tokens.words) or not tokens.spaced(i - 1, i):
        return False
    label = tokens.text[tokens.starts[i] : tokens.end(i)]
    return (len(label) == 1 and label.isupper()) or (label.isdigit() and len(label) <= 2)


def _verb_past_phrase(tokens: Tokens, i: int) -> Found | None:
    """ "a survey of 500 residents found", "research by the council shows": the verb after what was counted or by
    whom, up to ten words on in the same clause (the span is the research word: a figure or date may stand
    between)."""
    words = tokens.words
    if words[i] in ("figures", "numbers"):
        return None  # as in _verb_after, these are data only with the verb right after them
    if tokens.word_at(i + 1) not in _PHRASE_OPENERS or not tokens.spaced(i, i + 1):
        return None
    for j in range(i + 2, min(i + 12, len(words))):
        gap = _between(tokens, j - 1, j)
        number = gap in (",", ".") and words[j - 1] < "a" and words[j] < "a"  # "1,000", "4.5"
        if not (gap == " " or number) or words[j] in _CLAUSE_WORDS:
            return None  # punctuation, or a new clause
        if words[j] in _FOUND and tokens.word_at(j + 1) not in ("us", "me", "you"):  # not "shows us who we are"
            return _finding(tokens, i, i)
    return None


def _introduced(tokens: Tokens, i: int) -> Found | None:
    """ "a 2019 study", "the 2011 census", "a new survey by the council", "a recent poll commissioned by …"."""
    words = tokens.words
    if words[i] not in _SINGULAR:
        return None
    prev = tokens.word_at(i - 1)
    if prev in _NOT_RESEARCH or not tokens.spaced(i - 1, i):
        return None
    year = len(prev) == 4 and prev.isdigit() and tokens.word_at(i - 2) in ("a", "an", "the")
    det = prev in _BEFORE or (
        tokens.word_at(i - 2) in _BEFORE and tokens.spaced(i - 2, i - 1) and (prev >= "a" or _capital(tokens, i - 1))
    )
    if year or (det and tokens.word_at(i + 1) in _INTRODUCED and tokens.spaced(i, i + 1)):
        return _finding(tokens, i, i if year else i + 1)
    return None


def _standing(tokens: Tokens, i: int) -> list[Found]:
    """ "leads in the polls", "is ahead in the latest polls", "trails Bell in polling", "a big lead in the polls"."""
    j = i - 1
    while j >= 0 and i - j <= 4 and tokens.word_at(j) in _BEFORE and tokens.spaced(j, j + 1):
        j -= 1
    if tokens.word_at(j) == "of" and tokens.word_at(j - 1) == "top" and tokens.word_at(j - 2) == "the":
        return [Found(tokens.starts[j - 2], tokens.end(i), "statistic", None, None, "poll standing", "vague")]
    if tokens.word_at(j) not in ("in", "on") or not tokens.spaced(j, j + 1):
        return []
    for k in range(j - 1, max(-1, j - 5), -1):  # the standing word up to three words before "in"
        if tokens.text[tokens.end(k) : tokens.starts[k + 1]].strip():
            return []
        if tokens.words[k] in _STANDING:
            return [Found(tokens.starts[k], tokens.end(i), "statistic", None, None, "poll standing", "vague")]
    return []


def _margin(tokens: Tokens, i: int) -> list[Found]:
    """ "by a wide margin", "by an even greater margin": the size of a result, told in words; "the margin of
    error" of a poll."""
    if tokens.word_at(i + 1) == "of" and tokens.word_at(i + 2) == "error" and tokens.spaced(i, i + 1):
        return [Found(tokens.starts[i], tokens.end(i + 2), "statistic", None, None, "margin of error", "vague")]
    a = i - 3 if tokens.word_at(i - 2) in _MARGIN_ADVERBS else i - 2  # "by an even greater margin"
    if tokens.word_at(i - 1) in _MARGINS and tokens.word_at(a) in ("a", "an") and tokens.word_at(a - 1) == "by":
        if all(tokens.spaced(j - 1, j) for j in range(a, i + 1)):
            return [Found(tokens.starts[a - 1], tokens.end(i), "statistic", None, None, "margin", "vague")]
    return []


def _digits(tokens: Tokens, i: int) -> list[Found]:
    """ "in single digits", "a double-digit lead", "in the low 40s", "the mid-teens": a figure told roughly."""
    words, w = tokens.words, tokens.words[i]
    prev = tokens.word_at(i - 1)
    if w in ("digit", "digits"):
        if prev not in _DIGIT_RANGES or _between(tokens, i - 1, i) not in (" ", "-"):
            return []
        low, high = _DIGIT_RANGES[prev]
        first = i - 2 if tokens.word_at(i - 2) in _PARTS_OF_RANGE and tokens.spaced(i - 2, i - 1) else i - 1
        return [Found(tokens.starts[first], tokens.end(i), "statistic", low, high, "", "range")]
    if prev not in _PARTS_OF_RANGE or _between(tokens, i - 1, i) not in (" ", "-"):
        return []
    age = tokens.word_at(i - 2) in _POSSESSIVES and tokens.spaced(i - 2, i - 1)  # "his mid-20s" is an age
    first, unit = (i - 2, "years of age") if age else (i - 1, "")
    if w == "teens":  # "the mid-teens": 13 to 19
        return [Found(tokens.starts[first], tokens.end(i), "statistic", 13.0, 19.0, unit, "range")]
    if tokens.word_at(i + 1) == "s" and i + 1 < len(words) and tokens.starts[i + 1] == tokens.end(i):
        low = float(w)  # "the low 40s": 40 to 49
        return [Found(tokens.starts[first], tokens.end(i + 1), "statistic", low, low + 9, unit, "range")]
    return []


def _margins(tokens: Tokens, i: int) -> list[Found]:
    """ "won young voters by large margins", "by even wider margins": the size of several results (round 5b)."""
    a = i - 2 if tokens.word_at(i - 2) in _MARGIN_ADVERBS else i - 1
    if tokens.word_at(i - 1) in _MARGINS and tokens.word_at(a - 1) == "by":
        if all(tokens.spaced(j - 1, j) for j in range(a, i + 1)):
            return [Found(tokens.starts[a - 1], tokens.end(i), "statistic", None, None, "margin", "vague")]
    return []
