"""Find dates and times in any English text (August 2024, late April, the 1990s, Days later, 9 a.m.).

Dates are reported as cues, apart from statistics: "in August 2024" is a date, "over three years" a
quantity.  Full patterns run only where a cheap token test says a date may start, so a 10 MB text
stays fast and no pattern can hang.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from medialit.text.quantity import UNIT_AFTER, qualifier_before
from medialit.text.tokens import Tokens

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_MONTHS_FULL = "January|February|March|April|June|July|August|September|October|November|December"
_MONTHS_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
_PART = r"(?:(?:early|mid|late|the (?:end|start|beginning|middle) of)[\s-]{1,2})?"
_DATE = re.compile(
    "|".join(
        [
            # 3 March 2025, March 3, 2025, late March, March 2025, in May 2025, Mar. 3
            rf"\b{_PART}(?:{_DAY}\s)?(?:{_MONTHS_FULL})\b(?:\s{_DAY}\b)?(?:,?\s{_YEAR}\b)?",
            rf"\bMay\s(?:{_DAY}|{_YEAR})\b(?:,?\s{_YEAR}\b)?",
            rf"\b(?:{_DAY}\s)?{_MONTHS_ABBR}\s?\d{{1,4}}\b(?:,?\s{_YEAR}\b)?",
            # seasons and parts of a year or decade: spring 2023, late 2024, mid-2023, the 1990s, early 2020s
            rf"(?i:\b(?:spring|summer|autumn|fall|winter)(?:\sof)?\s{_YEAR}\b)",
            rf"(?i:\b(?:early|mid|late|the\s(?:end|start|beginning|middle)\sof)[\s-]{{1,2}}){_YEAR}s?\b",
            rf"(?<![\w.,$€£¥\-]){_YEAR}(?:s\b|\s?(?:-|–|to)\s?(?:{_YEAR}|\d\d)\b)",
            r"(?i:\bthe\s)'\d0s\b",
            # centuries, numeric dates and clock times
            r"(?i:\b\d{1,2}(?:st|nd|rd|th)[\s-]century\b)",
            r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b",
            r"(?i:\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b))|\b\d{1,2}:\d\d\b",
            # relative dates and weekdays
            r"(?i:\b(?:yesterday|today|tonight|tomorrow)\b)",
            r"(?i:\b(?:last|next|this|earlier this|later this)\s(?:week|weekend|month|year|spring|summer|autumn|fall"
            r"|winter|morning|afternoon|evening|century|decade)\b)",
            r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            r"(?i:\b(?:(?:\d+|a|an|a few|few|several|" + "|".join(_SMALL[1:] + _TENS) + r")\s)?"
            r"(?:days?|weeks?|months?|years?|decades?)\s(?:ago|later|earlier)\b)",
        ]
    )
)
_MAY = re.compile(  # "May" is a month only with a date word around it (not the verb "may")
    rf"\b(?:in|on|by|of|since|until|till|from|through|during|early|late|mid|last|next|this)\s(?P<may>May\b)"
    rf"(?:\s{_DAY}\b)?(?:,?\s{_YEAR}\b)?"
)
# Tokens where a date may start; the full patterns then run anchored there only.
DATE_WORDS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday yesterday today
    tonight tomorrow ago later earlier week weekend month year spring summer autumn fall winter morning
    afternoon evening century decade""".split()
)
_BARE_YEAR = re.compile(rf"(?<![\w.,$€£¥\-]){_YEAR}(?![\w,.%]\d|\d|%)")


class Found(NamedTuple):
    """One finding: a statistic (kind "statistic") or a date (kind "date"), with offsets into the text."""

    start: int
    end: int
    kind: str
    value_low: float | None = None
    value_high: float | None = None
    unit: str = ""
    qualifier: str = "none"


def _anchored(pattern: re.Pattern[str], text: str, starts: list[int], at: int) -> re.Match[str] | None:
    """The longest match of ``pattern`` that starts at one of ``starts`` and runs past ``at``."""
    best = None
    for start in starts:
        m = pattern.match(text, start)
        if m and m.end() > at and (best is None or m.end() - m.start() > best.end() - best.start()):
            best = m
    return best


_DATE_PREFIXES = frozenset(
    "early mid late the end start beginning middle of last next this a an few several".split()
    + "day days week weeks month months year years decade decades".split()
    + _SMALL
    + _TENS
)
_UNIT_WORDS = frozenset("week weekend month year spring summer autumn fall winter morning afternoon evening".split())
_AGO_WORDS = frozenset("ago later earlier".split())


def _date_may_start(words: list[str], i: int, first_char: str) -> bool:
    """A cheap test that token ``i`` can belong to a date, before the full patterns run."""
    w = words[i]
    if w < "a":
        return True
    if w in _AGO_WORDS:
        return i > 0 and words[i - 1].rstrip("s") in ("day", "week", "month", "year", "decade")
    if w in _UNIT_WORDS or w in ("century", "decade"):
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        return prev in ("last", "next", "this") or nxt < "a" or w in ("century", "decade") and prev < "a"
    if w in ("yesterday", "today", "tonight", "tomorrow"):
        return True
    return first_char.isupper()  # month and weekday names are capitalised


def find_dates(text: str, tokens: Tokens | None = None) -> list[Found]:
    """Date and time expressions: August 2024, late April, the 1990s, Days later, yesterday, 9 a.m."""
    tokens = tokens or Tokens(text)
    found: list[Found] = []
    end = 0
    words, starts = tokens.words, tokens.starts
    for i in tokens.hits(DATE_WORDS, digits=True):
        at = starts[i]
        if at < end or not _date_may_start(words, i, text[at]):
            continue
        first = i
        # Step back over words that can open a date ("early", "the", "3" before "March"); a date that would
        # start at an earlier number was already tried from that number, so a digit never steps over digits.
        digit = words[i] < "a"
        while first > max(0, i - 3) and (words[first - 1] in _DATE_PREFIXES or (words[first - 1] < "a" and not digit)):
            first -= 1
        if first == i and digit:
            end_digits = at + len(words[i])
            nxt = words[i + 1] if i + 1 < len(words) and starts[i + 1] == end_digits + 1 else ""
            if not _may_follow_digits(text, end_digits, len(words[i]) == 4, nxt):
                continue  # "5.", "12,", "14 percent": no date pattern goes on from digits this way
        m = _anchored(_DATE, text, starts[first : i + 1], at)
        if m is None and words[i] == "may":  # "in May": only a "may" token can end this pattern's first part
            m = _anchored(_MAY, text, starts[i - 1 : i], at)
        if m is None:
            continue
        start = m.start("may") if m.re is _MAY else m.start()
        if start < end:
            continue
        found.append(Found(start, m.end(), "date"))
        end = m.end()
    taken = Taken(found)
    for i in tokens.hits((), digits=True):
        if len(tokens.words[i]) != 4:
            continue
        m = _BARE_YEAR.match(text, tokens.starts[i])
        if m is None or taken.hit(m.start(), m.end()):
            continue
        qualifier, _ = qualifier_before(text, m.start())
        after = text[m.end() : m.end() + 24]
        if (qualifier and qualifier not in ("from", "between")) or UNIT_AFTER.match(after):
            continue  # "over 2000 percent", "1500 square miles": a quantity
        if _counted_after(tokens, i):
            continue  # "2000 jobs were lost": a count of people or things, not a year
        found.append(Found(m.start(), m.end(), "date"))
    return sorted(found, key=lambda f: f.start)


# Nouns that a number before them counts and a year before them hardly ever names ("1800 schools"; but "the
# 2016 elections", "2010 levels" are years), and the words after which a number is a year all the same.
_COUNTED_NOUNS = frozenset(
    """people jobs workers deaths homes houses children pupils students patients beds troops soldiers families
    households refugees migrants teachers nurses doctors officers staff residents members employees volunteers
    passengers prisoners civilians schools hospitals shops businesses""".split()
)
_YEAR_BEFORE = frozenset("in since by until till from the of before after during between and or".split())


def _counted_after(tokens: Tokens, i: int) -> bool:
    """Whether the four digits at token ``i`` count the noun right after them ("2000 jobs were lost")."""
    words = tokens.words
    if i + 1 >= len(words) or words[i + 1] not in _COUNTED_NOUNS or (i and words[i - 1] in _YEAR_BEFORE):
        return False
    return tokens.text[tokens.end(i) : tokens.starts[i + 1]] == " "


def _may_follow_digits(text: str, end: int, four: bool, nxt: str) -> bool:
    """Whether a date pattern can go on after a run of digits that ends at ``end`` (a cheap test).

    Every date that starts with digits goes on with a letter ("5th", "9am", "1990s"), one of ``/ - – :``,
    a dot and a digit ("3.4.2025"), or one space and then a month, "a.m."/"pm", a unit of time ("3 years
    ago"), or a dash or "to" after a year ("2019 to 2021").  ``nxt`` is the word right after that space.
    """
    c = text[end : end + 1]
    if c == ".":
        return text[end + 1 : end + 2].isdigit()
    if c.isspace():
        if text[end + 1 : end + 2] in ("-", "–"):
            return four
        return nxt in _AFTER_DIGITS or (four and nxt == "to")
    return not c or c.isalpha() or c in "/-–:"


_AFTER_DIGITS = frozenset(
    _MONTHS_FULL.lower().split("|")
    + "jan feb mar apr jun jul aug sep sept oct nov dec a p am pm".split()
    + "day days week weeks month months year years decade decades".split()
)


class Taken:
    """Spans already claimed (they do not overlap each other), to test a new span with a binary search."""

    def __init__(self, spans: list[Found]) -> None:
        self.spans = sorted((f.start, f.end) for f in spans)
        self.starts = [a for a, _ in self.spans]

    def hit(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and self.spans[k][1] > start:
            return True
        return k + 1 < len(self.spans) and self.spans[k + 1][0] < end

    def free(self, candidates: list[Found]) -> list[Found]:
        """The candidates, left to right, that overlap no span taken and no candidate kept before them."""
        out: list[Found] = []
        for f in sorted(candidates, key=lambda f: f.start):
            if (not out or f.start >= out[-1].end) and not self.hit(f.start, f.end):
                out.append(f)
        return out
