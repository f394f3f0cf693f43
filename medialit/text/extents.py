"""Quantities told by a part, a span, a count of times or a size: "half her staff", "Half Bell's ferries", "a
quarter-century of work", "the fifth fare rise this year", "its third rate cut", "large sums of money", and a
count's result told in words: "voters were evenly split".

A share of a named group, a length of time and a how-many-th change are all counts a reader could check, told
in words.  Our own short lists of everyday English.  Each shape is looked for only at a token of its own small
vocabulary ("half", "century", an ordinal) and decided by the few words next to it, so a long text stays linear.
"""

from __future__ import annotations

from medialit.text.dates import Found
from medialit.text.numeral import NOT_COUNTED
from medialit.text.tokens import Tokens

# Third persons only: "half my hearing" is left out (a speaker's own, seen once in an assumption unit of the
# Webis tune part, the only unit there this shape reached; so tune is no independent check of this choice).
_POSSESSIVES = frozenset("his her their its".split())
# "half his age" is a share too; "half the time" is found elsewhere; these after "half" are no group.
_NOT_HALVED = NOT_COUNTED | frozenset("way point hearted heartedly".split())
# "a quarter-century", "a half-century": 25 and 50 years, as "a decade" is 10.
_CENTURY_PARTS = {"quarter": 25.0, "half": 50.0}
_AFTER_SPAN = frozenset("ago later earlier before after old".split())  # "a quarter-century ago": a date
# "the fifth fare rise this year", "its third rate cut": how many times a measure has changed.
_NTH = {w: float(i + 2) for i, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split())}
_CHANGE_NOUNS = frozenset("rise increase hike cut reduction fall drop decline".split())
_BEFORE_NTH = frozenset("the its their this our".split())  # not "a third cut on his hand", "her second fall"
_BARE_CHANGES = frozenset("rise increase hike reduction decline".split())  # "cut", "fall", "drop" need a word before


# "large sums of money", "a huge sum of cash", "large numbers of voters": a count or an amount told by its size.
# "vast amounts of" was tried and left out: on the Webis tune part it reached one assumption unit and nothing else.
_SUM_SIZES = frozenset(
    "large larger huge vast substantial considerable enormous significant hefty sizeable sizable record".split()
)


# "voters were evenly split", "opinion is closely divided": a count's result told in words ("deeply divided"
# is left out: a figure of speech for a quarrel, not a count).
_EVENLY = frozenset("evenly equally closely narrowly".split())


def extents(tokens: Tokens) -> list[Found]:
    """Shares of a named group, parts of a century, how-many-th changes, sums by their size and even splits (see
    the module's docstring)."""
    out: list[Found] = []
    words = tokens.words
    for i in tokens.hits({"half", "century", "sum", "sums", "numbers", "split", "divided", *_NTH}):
        w = words[i]
        if w in ("split", "divided"):
            if i and words[i - 1] in _EVENLY and _gap(tokens, i - 1, i) == " ":
                out.append(Found(tokens.starts[i - 1], tokens.end(i), "statistic", None, None, "split", "vague"))
        elif w in ("sum", "sums", "numbers"):
            out += _sums(tokens, i)
        elif w == "half":
            out += _half_of(tokens, i)
        elif w == "century":
            out += _part_century(tokens, i)
        else:
            out += _nth_change(tokens, i)
    return out


def _gap(tokens: Tokens, a: int, b: int) -> str:
    return tokens.text[tokens.end(a) : tokens.starts[b]]


def _sums(tokens: Tokens, i: int) -> list[Found]:
    """ "large sums of money", "a huge sum of cash", "large numbers of voters"; not "the sum of its parts" or "sums
    up" ("numbers" only in the plural: "a large number of" is vague.py's)."""
    if tokens.word_at(i - 1) not in _SUM_SIZES or tokens.word_at(i + 1) != "of" or _gap(tokens, i - 1, i) != " ":
        return []
    if _gap(tokens, i, i + 1) != " " or (tokens.words[i] == "sum") != (tokens.word_at(i - 2) in ("a", "an")):
        return []
    first = i - 2 if tokens.words[i] == "sum" else i - 1
    unit = "number" if tokens.words[i] == "numbers" else "amount"  # "sums" are amounts
    return [Found(tokens.starts[first], tokens.end(i + 1), "statistic", None, None, unit, "vague")]


def _half_of(tokens: Tokens, i: int) -> list[Found]:
    """ "half her staff", "Half Bell's ferries": half of a group named by whose it is ("half the …" and "half of"
    are found by the share shapes)."""
    nxt = tokens.word_at(i + 1)
    if not nxt or _gap(tokens, i, i + 1) != " " or (i and _gap(tokens, i - 1, i) == "-"):
        return []
    whose = nxt in _POSSESSIVES
    if not whose:
        name = tokens.text[tokens.starts[i + 1]].isupper() and nxt.endswith(("'s", "’s"))  # "Half Bell's ferries"
        if not name:
            return []
    noun = i + 2
    if tokens.word_at(noun) in _NOT_HALVED or tokens.word_at(noun) < "a" or _gap(tokens, i + 1, noun) != " ":
        return []
    return [Found(tokens.starts[i], tokens.end(noun), "statistic", 0.5, 0.5, "share", "none")]


def _part_century(tokens: Tokens, i: int) -> list[Found]:
    """ "a quarter-century of work", "a half century in office": a length of time (not "a quarter-century ago")."""
    part = tokens.word_at(i - 1)
    if part not in _CENTURY_PARTS or _gap(tokens, i - 1, i) not in ("-", " ") or tokens.word_at(i - 2) != "a":
        return []
    if _gap(tokens, i - 2, i - 1) != " " or tokens.word_at(i + 1) in _AFTER_SPAN:
        return []
    value = _CENTURY_PARTS[part]
    return [Found(tokens.starts[i - 2], tokens.end(i), "statistic", value, value, "years", "none")]


def _nth_change(tokens: Tokens, i: int) -> list[Found]:
    """ "the fifth fare rise this year", "its third interest rate cut": the ordinal, up to two words of what
    changed, then a noun of change, all joined by single spaces."""
    if tokens.word_at(i - 1) not in _BEFORE_NTH or _gap(tokens, i - 1, i) != " ":
        return []
    for j in range(i + 1, min(i + 4, len(tokens.words))):
        if _gap(tokens, j - 1, j) != " " or tokens.words[j] < "a":
            return []
        if tokens.words[j] in _CHANGE_NOUNS and (j > i + 1 or tokens.words[j] in _BARE_CHANGES):
            value = _NTH[tokens.words[i]]
            return [Found(tokens.starts[i - 1], tokens.end(j), "statistic", value, value, "times", "none")]
        if tokens.text[tokens.starts[j]].isupper() or tokens.words[j] in NOT_COUNTED:
            return []
    return []
