"""Quantities without a number: "years of strikes", "in a long time", "some on crutches", "more men"."""

from __future__ import annotations

import re

from medialit.text.dates import Found, Taken
from medialit.text.numeral import NOT_COUNTED, NUMBER_WORDS
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
    out: list[Found] = []
    for f in sorted(candidates, key=lambda f: f.start):
        if (not out or f.start >= out[-1].end) and not taken.hit(f.start, f.end):
            out.append(f)
    return out


def _noun_after(tokens: Tokens, i: int, most: int) -> int:
    """The end of up to ``most`` words after token ``i`` ("of Russian strikes"), stopping at punctuation."""
    end = tokens.end(i)
    for j in range(i + 1, min(i + 1 + most, len(tokens.words))):
        if tokens.text[end : tokens.starts[j]].strip() or tokens.words[j] in NOT_COUNTED:
            break
        end = tokens.end(j)
    return end
