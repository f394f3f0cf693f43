"""Quantities without a number: "years of strikes", "in a long time", "some on crutches", "more men".

Also quantities told in words ("none did so", "most voters", "several small firms", "a handful of", "a decade",
"prices rose sharply"), from our own short lists of everyday English.  Each is looked for only at a token of
its own small vocabulary and decided by looking at the words next to it, so a long text stays linear.
"""

from __future__ import annotations

import re

from medialit.text.dates import Found, Taken
from medialit.text.numeral import NOT_COUNTED, NUMBER_WORDS
from medialit.text.quantity import QUALIFIER_WORDS, qualifier_before
from medialit.text.tokens import Tokens

_VAGUE_UNITS = frozenset(
    "years months decades weeks centuries inches meters metres miles kilometers kilometres yards acres hectares".split()
)
_TIME_UNITS = frozenset("years months decades weeks centuries".split())
_VAGUE_PRONOUNS = frozenset("some many most few several".split())
# A change with a size in words ("a sharp rise"): our own short lists of everyday English.
_CHANGES = frozenset(
    "rise rises increase increases fall falls drop drops decline declines reduction reductions cut cuts growth "
    "jump surge spike slump plunge decrease decreases improvement deterioration".split()
)
_SIZES = frozenset(
    "significant substantial sharp steep dramatic huge massive big large small slight modest marked considerable "
    "rapid sudden steady gradual tiny enormous vast noticeable measurable".split()
)
_AFTER_PRONOUN = frozenset("of on in with were are have had was is remain still".split())
_IRREGULAR_PLURALS = frozenset("men women people children police troops personnel staff cattle".split())
_NOT_PLURAL = ("ss", "us", "is", "ous", "’s", "'s")
_PAIR = re.compile(r",?\s(?:not|or|and|but\snot)\s(\w+)\b")
# Words that say how many of a group ("most voters", "several small towns", "a few weeks"); "most" only right
# before its noun.  Bare "many" and "few" are left out: in editorials they mostly judge ("many reasons").
_HOW_MANY = frozenset("most few several".split())
_BEFORE_HOW_MANY = frozenset("the at that which what who".split())  # "the most votes", "what most worries"
# Before these "most" is a superlative ("the party's most loyal voters", "the poorest and most vulnerable
# pupils"), so it reaches only the next word; elsewhere it may skip one ("most young people").
_SUPERLATIVE_BEFORE = frozenset("and or a an his her its their our my your these those two three four five".split())
_NOT_NONE = frozenset("to is are was were be".split())  # "second to none", "we are none of these": no count
_NOT_NOUNS = frozenset("always perhaps across unless whereas towards afterwards besides yes".split())
# A change told by a verb and an adverb of size ("rose sharply", "changed only marginally").
_CHANGE_VERBS = frozenset(
    """rose rise rises rising risen fell fall falls falling fallen grew grow grows growing grown increased increase
    increases increasing decreased decrease decreases decreasing declined decline declines declining dropped drop
    drops dropping climbed climb climbs climbing changed change changes changing improved improve improves
    worsened worsen worsens shrank shrunk shrink shrinks expanded expand expands reduced cut slowed accelerated
    widened narrowed recovered""".split()
)
_SIZE_ADVERBS = frozenset(
    """sharply steeply dramatically significantly substantially considerably markedly slightly marginally modestly
    rapidly steadily hugely massively enormously noticeably appreciably""".split()
)
_SIZED = frozenset("higher lower greater larger smaller bigger fewer cheaper increased reduced decreased".split())
_BETWEEN_CHANGE = frozenset("only very so quite rather far".split())
_SMALL_GROUPS = {"handful": "", "couple": "", "fraction": "share"}  # after "a", before "of"
# A share after a qualifier, whatever follows it: "fewer than half voted", "just over a third said".
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_ONLY = frozenset("only just barely up down".split())  # "up a fifth": a change as a share
# "for a decade", "half a century": years as a quantity; "a year", "a month" only after a qualifier ("more
# than a year", "nearly a month"), since "a year" alone is mostly a rate or a date.
_SPAN_WORDS = {"decade": (10.0, "years"), "century": (100.0, "years"), "year": (1.0, "years"), "month": (1.0, "months")}
# A comparison with a standard ("higher than ever", "lower than average"); "more"/"better than ever" judge.
_COMPARATIVES = frozenset(
    "higher lower greater larger smaller fewer bigger faster slower cheaper dearer richer poorer older younger".split()
)
_STANDARDS = frozenset("ever before average inflation".split())
_AVERAGES = frozenset("national european eu uk us global world regional".split())
# A group counted by a noun: "a growing number of", "a large proportion of"; "the number of … has fallen".
_AMOUNTS = frozenset("number proportion percentage share amount rate".split())
_AMOUNT_SIZES = frozenset(
    """growing increasing rising large larger small smaller significant substantial high higher low lower huge
    greater bigger tiny sizeable sizable considerable record dwindling falling declining vast unprecedented
    staggering big""".split()  # "a big share of" (round 5b)
)
_BE = frozenset("is are was were be been keeps kept".split())
# After "the" only sizes that tell a change count ("the growing number of"); "the high rate of" judges as often.
_AMOUNT_TRENDS = frozenset(
    "growing increasing rising falling declining dwindling shrinking record unprecedented".split()
)
_CHANGED = frozenset(
    """rose risen fell fallen grew grown increased decreased declined dropped climbed changed shrank shrunk expanded
    reduced slowed widened narrowed doubled halved tripled trebled soared plummeted plunged jumped surged slumped
    up down spiked""".split()
)
# "the number of goats grows", "… is rising": the present tense agrees with "the number" (not "grow", which
# may be a verb of the people counted: "the number of people who grow wheat").
_CHANGED |= frozenset(
    """grows rises falls increases decreases declines drops shrinks climbs spikes surges growing rising falling
    increasing decreasing declining dropping shrinking climbing""".split()
)
_WENT = frozenset("went gone go goes come came".split())  # "went up", "has gone down"
_IN_WORDS = _HOW_MANY | _SIZE_ADVERBS | _SPAN_WORDS.keys() | _SMALL_GROUPS.keys() | _AMOUNTS | {"none", "than"}
_IN_WORDS |= {"average"} | _FRACTIONS.keys()


def vague_quantities(text: str, tokens: Tokens, taken: Taken) -> list[Found]:
    """Quantities without a number: "years of strikes", "in a long time", "some on crutches", "more men"."""
    words, starts = tokens.words, tokens.starts
    candidates: list[Found] = []

    def add(start: int, end: int, unit: str) -> None:
        candidates.append(Found(start, end, "statistic", None, None, unit, "vague"))

    for i in tokens.hits(_CHANGES):  # "a sharp rise", "a significant reduction": a change of a size, in words
        if i < 2 or words[i - 1] not in _SIZES or words[i - 2] not in ("a", "an"):
            continue
        if text[tokens.end(i - 2) : starts[i]] != f" {text[starts[i - 1] : tokens.end(i - 1)]} ":
            continue  # one space between the three words
        add(starts[i - 2], tokens.end(i), "change (no number)")
    for i in tokens.hits(_VAGUE_UNITS | _VAGUE_PRONOUNS | {"more", "fewer", "time", "while"}):
        w, nxt = words[i], (words[i + 1] if i + 1 < len(words) else "")
        prev = words[i - 1] if i else ""
        start, end = starts[i], tokens.end(i)
        if w in ("time", "while"):
            if prev not in ("long", "short"):
                continue
            first = i - 1
            if first and words[first - 1] == "a":
                first -= 1
            if first and words[first - 1] in ("in", "for", "after", "over"):
                first -= 1
            add(starts[first], end, "time (no unit)")  # "in a long time"
        elif w in _VAGUE_UNITS:
            if prev < "a" or prev in NUMBER_WORDS or prev in ("a", "an", "the", "per", "last", "next", "this"):
                continue
            if w in _TIME_UNITS and nxt != "of" and prev not in ("for", "in", "after", "over"):
                continue  # "years" alone is too loose; "years of war" or "for years" is a quantity
            if prev in ("for", "in", "after", "over") and w in _TIME_UNITS:
                start = starts[i - 1]
            if prev in ("mere", "only", "just", "few") and i:
                start = starts[i - 1]
            pair = _PAIR.match(text, end, end + 16)
            if pair and pair.group(1).lower() in _VAGUE_UNITS:
                end = pair.end()  # "meters, not miles"
            elif nxt == "of":
                end = _noun_after(tokens, i + 1, 2)
            add(start, end, w)
        elif w in _VAGUE_PRONOUNS:
            if nxt not in _AFTER_PRONOUN or (w == "some" and prev in ("for", "and")) or i + 2 >= len(words):
                continue
            if text[tokens.end(i) : starts[i + 1]].strip():
                continue  # "some, …": punctuation between
            add(start, tokens.end(i + 2), "")
        elif nxt and (nxt.endswith("s") and not nxt.endswith(_NOT_PLURAL) or nxt in _IRREGULAR_PLURALS):
            if prev in ("no", "any", "the", "much", "far", "even", "ever") or nxt == "than" or nxt in NOT_COUNTED:
                continue
            add(start, tokens.end(i + 1), nxt)
    candidates += _word_quantities(text, tokens)
    return taken.free(candidates)


def _noun_after(tokens: Tokens, i: int, most: int) -> int:
    """The end of up to ``most`` words after token ``i`` ("of Russian strikes"), stopping at punctuation."""
    end = tokens.end(i)
    for j in range(i + 1, min(i + 1 + most, len(tokens.words))):
        if tokens.text[end : tokens.starts[j]].strip() or tokens.words[j] in NOT_COUNTED:
            break
        end = tokens.end(j)
    return end


def _plural(word: str) -> bool:
    """Whether a lower-case word looks like a plural noun ("voters", "people"), by its ending only."""
    if word in _IRREGULAR_PLURALS:
        return True
    return word.endswith("s") and not word.endswith(_NOT_PLURAL) and word not in NOT_COUNTED and word not in _NOT_NOUNS


def _word_quantities(text: str, tokens: Tokens) -> list[Found]:
    """Quantities in words: "none", "most voters", "a handful of", "a decade", "rose sharply"."""
    words, starts = tokens.words, tokens.starts
    n = len(words)
    out: list[Found] = []

    def joined(a: int, b: int) -> bool:  # only spaces (and quotation marks) between tokens a and b
        return not text[tokens.end(a) : starts[b]].strip(" \"“”'‘’")

    for i in tokens.hits(_IN_WORDS):
        w = words[i]
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < n else ""
        if w == "none":  # "none did so", "none of them"; not "second to none", "none the wiser"
            if prev not in _NOT_NONE and nxt != "the" and not text[starts[i] + 4 : starts[i] + 5].isalpha():
                out.append(Found(starts[i], tokens.end(i), "statistic", 0.0, 0.0, "", "none"))
        elif w in _HOW_MANY:
            if (prev in _BEFORE_HOW_MANY and w == "most") or i + 1 >= n or (w == "few" and prev not in ("a", "very")):
                continue
            first = i - 1 if prev in ("a", "very") and w == "few" else i  # "a few", "very few"
            possessive = prev.endswith(("'s", "’s")) or text[starts[i] - 2 : starts[i] - 1] in (
                "'",
                "’",
            )  # "Bell’s most"
            most = 4 if w != "most" else 1 if prev in _SUPERLATIVE_BEFORE or possessive else 2
            most = 1 if prev == "very" else most  # "very few adults"; "very few support Mrs Bell" is no count
            for j in range(i + 1, min(n, i + 1 + most)):
                if not joined(j - 1, j) or text[tokens.end(j - 1) : starts[j]] != " ":
                    break
                if _plural(words[j]):
                    out.append(Found(starts[first], tokens.end(j), "statistic", None, None, words[j], "vague"))
                    break
                if words[j] in NOT_COUNTED or words[j] < "a" or words[j].endswith("ly"):
                    break
        elif w in _SMALL_GROUPS:  # "a handful of voters", "a fraction of the cost", "a couple of weeks"
            first = i - 2 if prev in _SIZES and i >= 2 and words[i - 2] == "a" else i - 1  # "a tiny fraction of"
            if words[first] == "a" and nxt == "of" and joined(first, first + 1) and joined(i - 1, i):
                unit = _SMALL_GROUPS[w]
                out.append(Found(starts[first], _group_after(tokens, i + 1), "statistic", None, None, unit, "vague"))
        elif w == "than":
            end = _standard(tokens, i) if prev in _COMPARATIVES and joined(i - 1, i) else -1
            if end > 0:
                out.append(Found(starts[i - 1], end, "statistic", None, None, "comparison", "vague"))
            elif prev in ("faster", "slower") and i >= 2 and words[i - 2] in _CHANGE_VERBS and joined(i - 2, i - 1):
                if joined(i - 1, i):  # "rose faster than wages": one change measured against another
                    out.append(Found(starts[i - 2], tokens.end(i), "statistic", None, None, "comparison", "vague"))
        elif w == "average":  # "on average, pupils walk more": a finding about a whole group
            if prev == "on":
                out.append(Found(starts[i - 1], tokens.end(i), "statistic", None, None, "average", "vague"))
        elif w in _AMOUNTS:
            if nxt != "of" or i < 1:
                continue
            if prev in _AMOUNT_SIZES and i >= 2 and words[i - 2] in ("a", "an"):  # "a growing number of pupils"
                out.append(Found(starts[i - 2], _group_after(tokens, i + 1), "statistic", None, None, w, "vague"))
            elif prev in _AMOUNT_TRENDS and i >= 2 and words[i - 2] == "the":  # "the growing number of goats"
                out.append(Found(starts[i - 2], _group_after(tokens, i + 1), "statistic", None, None, w, "vague"))
            elif prev == "the":  # "the number of ferries has fallen"
                end = _changed_after(tokens, i + 2)
                if end > 0:
                    out.append(Found(starts[i - 1], end, "statistic", None, None, w, "vague"))
        elif w in _FRACTIONS:
            out += _qualified_share(tokens, i)
        elif w in _SPAN_WORDS and prev == "a" and joined(i - 1, i):  # "for a decade", "more than a year"
            out += _time_span(tokens, i)
        elif nxt in _SIZED and joined(i, i + 1):  # "significantly higher", "sharply reduced"
            out.append(Found(starts[i], tokens.end(i + 1), "statistic", None, None, "change (no number)", "vague"))
        else:  # "rose sharply", "changed only marginally"
            verb = i - 2 if prev in _BETWEEN_CHANGE and i >= 2 else i - 1
            if verb >= 0 and words[verb] in _CHANGE_VERBS and joined(verb, verb + 1) and joined(i - 1, i):
                out.append(Found(starts[verb], tokens.end(i), "statistic", None, None, "change (no number)", "vague"))
    return out


def _group_after(tokens: Tokens, i: int) -> int:
    """The end of the group after "of" at token ``i``: up to its first plural ("of small shops") or three words."""
    end = _noun_after(tokens, i, 3)
    for j in range(i + 1, min(i + 4, len(tokens.words))):
        if tokens.starts[j] >= end:
            break
        if _plural(tokens.words[j]):
            return tokens.end(j)
    return end


def _standard(tokens: Tokens, i: int) -> int:
    """Where the standard after "than" at token ``i`` ends ("ever", "the national average", "in 2010"), or -1."""
    words, n = tokens.words, len(tokens.words)
    nxt = [words[j] if j < n else "" for j in range(i + 1, i + 4)]
    if nxt[0] in _STANDARDS:
        return tokens.end(i + 1)
    if nxt[0] == "the" and (nxt[1] == "average" or nxt[1] in _AVERAGES and nxt[2] == "average"):
        return tokens.end(i + 2 if nxt[1] == "average" else i + 3)
    if nxt[0] == "any" and nxt[1] == "other" or nxt[0] == "at" and nxt[1] == "any":
        return tokens.end(i + 2)
    if nxt[0] == "in" and nxt[1] < "a" or nxt[0] in ("last", "a") and nxt[1] in ("year", "decade"):
        return tokens.end(i)  # "higher than in 2010", "than a year ago": the date is a date of its own
    return -1


def _changed_after(tokens: Tokens, i: int) -> int:
    """The end of a change verb within ten words of token ``i`` in the same clause ("… has fallen"), or -1."""
    words, starts, text = tokens.words, tokens.starts, tokens.text
    for j in range(i, min(i + 10, len(words))):
        if any(c in ".;:!?" for c in text[tokens.end(j - 1) : starts[j]]):
            return -1
        w = words[j]
        if w in _CHANGED and (w not in ("up", "down") or words[j - 1] in _WENT):
            if w.endswith("ing") and words[j - 1] not in _BE:
                continue  # "… or increasing the fare": a verb of its own, not "the number is rising"
            return tokens.end(j)
    return -1


def _time_span(tokens: Tokens, i: int) -> list[Found]:
    """ "a decade", "half a century", "nearly a decade", "more than a year" at token ``i`` (after "a")."""
    words, starts = tokens.words, tokens.starts
    value, unit = _SPAN_WORDS[words[i]]
    first = i - 1
    if first and words[first - 1] == "half":
        first, value = first - 1, value / 2
    word, where = qualifier_before(tokens.text, starts[first])
    name = QUALIFIER_WORDS.get(word, "none")
    if name == "none" and words[i] in ("year", "month"):
        return []
    start = where if word in QUALIFIER_WORDS else starts[first]
    low, high = (None, value) if name == "up to" else (value, None) if name == "over" else (value, value)
    return [Found(start, tokens.end(i), "statistic", low, high, unit, name)]


def _qualified_share(tokens: Tokens, i: int) -> list[Found]:
    """ "fewer than half", "just over a third", "barely a quarter": a share with a qualifier before it."""
    words, starts = tokens.words, tokens.starts
    first = i - 1 if i and words[i - 1] in ("a", "an") else i
    if first == i and words[i] != "half":
        return []  # "third" alone is an ordinal
    word, where = qualifier_before(tokens.text, starts[first])
    name = QUALIFIER_WORDS.get(word, "")
    if not name and not (first and words[first - 1] in _ONLY):
        return []
    value = _FRACTIONS[words[i]]
    start = where if name else starts[first - 1]
    low, high = (None, value) if name == "up to" else (value, None) if name == "over" else (value, value)
    return [Found(start, tokens.end(i), "statistic", low, high, "share", name or "none")]
