"""Find statistics (numbers that state a quantity) in any English text, with character offsets.

Dates are kept apart: "in August 2024" is a date, "over three years" is a quantity and "three years ago"
is a date again.  Every pattern is linear (no nested repetition over overlapping characters), so even a
10 MB text cannot make a regular expression hang.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from medialit.text.dates import Found, Taken, find_dates
from medialit.text.measures import measured_quantities
from medialit.text.numeral import (
    _ARTICLE,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    NOT_COUNTED,
    NUMBER_WORDS,
    NUMERAL,
    RATE_WORDS,
    SCALES,
    SUFFIX_SCALES,
    WORD_VALUES,
    numeral_value,
)
from medialit.text.quantity import MEASURE_UNITS, QUALIFIER_WORDS, UNIT_AFTER, qualifier_before
from medialit.text.shapes import shaped_quantities
from medialit.text.tokens import Tokens
from medialit.text.vague import vague_quantities

_SCALE_AFTER = re.compile(r"(?i)\s?(hundred|thousand|million|billion|trillion|bn|mn|trn|tn)s?\b")
_CURRENCY_AFTER = re.compile(rf"(?i)\s(?:US\s)?({CURRENCY_WORDS})\b")
_RANGE = re.compile(r"(?i)\s?(?:-|–|to\b|and\b)\s?(?:(?:around|about|nearly|almost|near|roughly)\s)?(?=[\d$€£a-z])")
_RATE = re.compile(rf"(?i)\s(?:per|a|an|each|every)\s({RATE_WORDS})\b")
# What each of those can open with (after its optional or single white space), both cases: a cheap exact test
# before the match. A character beyond ASCII is always tried (case-insensitive matching folds a few into ASCII).
_SCALE_FIRST = frozenset("hHtTmMbB")
_UNIT_FIRST = frozenset("%" + "".join(w[0] + w[0].upper() for w in MEASURE_UNITS.split("|")))
_CURRENCY_FIRST = frozenset("uU" + "".join(w[0] + w[0].upper() for w in CURRENCY_WORDS.split("|")))
_RANGE_FIRST = frozenset("-–tTaA")
_RATE_FIRST = frozenset("pPaAeE")


def _opens(text: str, at: int, firsts: frozenset[str], space_needed: bool = False) -> bool:
    """Whether a pattern that starts with white space (optional unless ``space_needed``) and then one of
    ``firsts`` can match at ``at``."""
    c = text[at : at + 1]
    if c.isspace():
        c = text[at + 1 : at + 2]
    elif space_needed:
        return False
    return c in firsts or c > "\x7f"


_START = attrgetter("start")  # the order of the statistics
_COUNTED = re.compile(r"\s(?:of\s)?([a-z][a-z’'\-]{1,30})\b")
_AGO = re.compile(r"(?i)\s(?:ago|later|earlier)\b")
_MEASURE_SET = frozenset(MEASURE_UNITS.split("|"))
_ONE_OF = re.compile(  # "one of Putin's limousines" (a count out of several), not "one of the most …"
    r"\sof\s(?!the\s(?:most|least|best|worst|\w+est)\b)(?:[\w’'\-]+\s){0,3}?[\w’'\-]+?(?<![’'])s\b"
)
_ONE_X_IN = re.compile(  # "one child in four", "one pupil in every five"
    r"\s([a-z][a-z\-]{1,20})\sin\s(?:every\s)?(?i:([1-9]\d{0,2}|two|three|four|five|six|seven|eight|nine|ten|twenty|"
    r"fifty))\b(?![.,]\d)"
)
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|rise|rises|fell|fallen|falls|grew|grown|dropped|declined|increased|decreased|plummeted|"
    r"plunged|soared|jumped|climbed|slipped|slid|surged|sank|shrank|shrunk|went|moved|changed|cut|raised|lowered|"
    r"reduced|slowed|accelerated|doubled|halved|tumbled|collapsed)\b(?:\s\w+){0,2}\s?$"
)
_GROWS = frozenset("%-–")
_JUST_ONE = ("only ", "just ", "not ", "exactly ", "merely ")
_AGE = re.compile(r"(?i)\b(?:his|her|their|its|my|your|our)\s(?:early\s|mid[\s-]|late\s)?$")


@dataclass
class _Grown:
    """A number grown to the right; ``split`` is where a change "from X to Y" divides into two values."""

    end: int
    low: float
    high: float | None
    unit: str
    ranged: bool
    first_end: int = -1
    second_start: int = -1
    second_qualifier: str = ""
    score: bool = False  # "voted 5-2", "won 3-1": two counts of one contest, not a range


def _extend(text: str, m: re.Match[str], value: float, unit: str) -> _Grown:
    """Grow a number to the right: scale, second end of a range, unit, thing counted and rate."""
    g = _Grown(m.end(), value, None, unit, False)
    nxt = text[g.end : g.end + 1]
    if not (nxt.isspace() or nxt.isalpha() or nxt in _GROWS):
        return g  # every pattern below starts with a space, a letter, "%" or a dash: nothing can grow
    if m.group("num") and not m.group("suf"):
        s = _SCALE_AFTER.match(text, g.end, g.end + 14) if _opens(text, g.end, _SCALE_FIRST) else None
        if s:
            g.low *= SCALES.get(s.group(1).lower(), SUFFIX_SCALES.get(s.group(1).lower(), 1.0))
            g.end = s.end()
    u = UNIT_AFTER.match(text, g.end, g.end + 24) if _opens(text, g.end, _UNIT_FIRST) else None
    if u and not g.unit:
        g.unit, g.end = _unit_name(u.group(1)), u.end()
    c = _CURRENCY_AFTER.match(text, g.end, g.end + 24) if _opens(text, g.end, _CURRENCY_FIRST, True) else None
    if c and not g.unit:
        g.unit, g.end = c.group(1).lower(), c.end()
    r = _RANGE.match(text, g.end, g.end + 20) if _opens(text, g.end, _RANGE_FIRST) else None
    if r:
        other = NUMERAL.match(text, r.end(), r.end() + 60)
        shift = 0
        if other is None and text[r.end() - 1 : r.end()] == "-":  # "20-30%": NUMERAL will not start after "-"
            other, shift = NUMERAL.match(text[r.end() : r.end() + 60]), r.end()
        if other and (other.group("num") or other.group("words")):
            core = numeral_value(other)
            connector = text[g.end : r.end()].strip().lower()
            if core and _is_score(text, g, r, other, shift + other.end(), core):
                g.high, g.score, g.end = core[0], True, shift + other.end()
                return g
            if core and (connector != "and" or qualifier_before(text, m.start())[0] == "between"):
                g.first_end, g.second_start = (
                    g.end,
                    r.start() + len(text[r.start() : r.end()]) - len(text[r.start() : r.end()].lstrip(" -–").lstrip()),
                )
                second = qualifier_before(text, shift + other.start(), outer=False)
                if second[0]:
                    g.second_start, g.second_qualifier = second[1], second[0]
                else:
                    g.second_start = shift + other.start()
                g.high, g.ranged = core[0], True
                g.unit = g.unit or core[2]  # "5-10%": the unit written once, after the second end
                g.end = shift + other.end()
                s = _SCALE_AFTER.match(text, g.end, g.end + 14) if other.group("num") else None
                if s:
                    g.high *= SCALES.get(s.group(1).lower(), SUFFIX_SCALES.get(s.group(1).lower(), 1.0))
                    g.end = s.end()
                u = UNIT_AFTER.match(text, g.end, g.end + 24)
                if u:
                    g.unit, g.end = g.unit or _unit_name(u.group(1)), u.end()
                raw = float(other.group("num").replace(",", "")) if other.group("num") else 0.0
                if g.low == value and raw and g.high > raw and value <= raw and m.group("num") and not m.group("suf"):
                    g.low = value * g.high / raw  # "5-10bn", "5 to 10 million": the scale is written once
    if not text[g.end : g.end + 1].isspace():
        return g  # the thing counted and the rate both start with a space
    if not g.unit:
        c = _COUNTED.match(text, g.end, g.end + 40)
        if c and c.group(1).lower() not in NOT_COUNTED:
            g.unit, g.end = c.group(1), c.end()
    rate = _RATE.match(text, g.end, g.end + 16) if _opens(text, g.end, _RATE_FIRST, True) else None
    if rate and g.unit:
        g.unit, g.end = f"{g.unit} per {rate.group(1).lower()}", rate.end()
    return g


# Qualifiers written after the number, and the qualifier before it that says the same.
_AFTER_WORDS = {"or more": "at least", "or over": "at least", "at least": "at least", "at most": "at most"}
_AFTER_WORDS |= {"or less": "at most", "or fewer": "at most", "or so": "about"}
_QUALIFIER_AFTER = re.compile(r"(?i)\s(" + "|".join(_AFTER_WORDS) + r")\b")


def _is_score(
    text: str, g: _Grown, r: re.Match[str], other: re.Match[str], end: int, core: tuple[float, bool, str]
) -> bool:
    """Whether "A-B" (a dash between, no spaces) is a score or a vote: whole counts under 1,000 with no unit, the
    first not below the second ("voted 5-2", "won 3-1", "a 217-212 vote"). A range runs up ("20-30 minutes");
    "1939-45" is a span of years. ``end`` is where the second number ends; ``core`` its value, kind and unit."""
    second, unit = core[0], core[2]
    return (
        r.group(0) in ("-", "–")
        and not g.unit
        and not unit
        and bool(other.group("num"))
        and g.low == int(g.low)
        and second == int(second)
        and 0 <= second <= g.low < 1000
        and not text[end : end + 1].isalnum()
    )


def _unit_name(raw: str) -> str:
    raw = raw.lower()
    if raw in ("%", "percent", "per cent"):
        return "percent"
    return {"km": "kilometers", "year": "years", "month": "months", "week": "weeks", "day": "days"}.get(raw, raw)


def find_statistics(text: str, dates: list[Found] | None = None, tokens: Tokens | None = None) -> list[Found]:
    """Numbers that state a quantity, each grown to its qualifier, range, unit and rate."""
    tokens = tokens or Tokens(text)
    dates = find_dates(text, tokens) if dates is None else dates
    taken = Taken(dates)
    found: list[Found] = []
    pos = 0
    for i in tokens.hits(NUMBER_WORDS, digits=True):
        at = token_start = tokens.starts[i]
        if at < pos:
            continue
        if text[max(0, at - 3) : at] == "US$":
            at -= 3
        elif at and text[at - 1] in CURRENCY_SIGNS:
            at -= 1
        elif at >= 2 and text[at - 1].isspace() and (text[at - 2] in "aAn" or text[at - 1] == "\n"):
            article = _ARTICLE.search(text[max(0, at - 4) : at])  # "a hundred", "a third of"
            at -= len(article.group(1)) + 1 if article else 0
        m = NUMERAL.match(text, at)
        core = numeral_value(m) if m is not None else None
        if core is None and at != token_start:  # "a five-year plan": "a five" is no number, "five" is
            m = NUMERAL.match(text, token_start)
            core = numeral_value(m) if m is not None else None
        if m is None or core is None or m.start() < pos or taken.hit(m.start(), m.end()):
            continue
        value, vague, unit = core
        suffix = (m.group("suf") or "").lower()
        start = m.start("cur") if m.group("cur") else m.start()
        if m.group("words") and text[m.start() : m.start() + 1].isspace():
            start = m.start() + 1
        if suffix == "s":  # "in his 70s" is an age; "the 1990s" was taken as a date already
            before = text[max(0, m.start() - 16) : m.start()]
            age = _AGE.search(before)
            if not age:
                continue
            found.append(
                Found(
                    m.start() - len(before) + age.start(),
                    m.end(),
                    "statistic",
                    value,
                    value + 9,
                    "years of age",
                    "range",
                )
            )
            pos = m.end()
            continue
        g = _extend(text, m, value, unit)
        if text[g.end : g.end + 1].isspace() and _AGO.match(text, g.end, g.end + 9):
            continue  # "three years ago" is a date; find_dates reports it
        words = (m.group("words") or "").lower()
        one_in = _ONE_X_IN.match(text, m.end()) if words == "one" else None
        if one_in:  # "one child in four": a share with its noun between
            bottom = one_in.group(2).lower()
            g.low, g.high = 1 / (float(bottom) if bottom.isdigit() else WORD_VALUES[bottom]), None
            g.unit, g.end = "share", one_in.end()
        elif words == "one" and _ONE_OF.match(text, m.end()):
            g.unit, g.end = "", m.end()  # "one of Putin's limousines": one out of several
            g.end = _ONE_OF.match(text, m.end()).end()
        elif words in ("one", "zero") and not g.ranged and not g.unit.startswith(("percent", "share")):
            if g.unit not in _MEASURE_SET and not (
                g.unit and text[max(0, start - 8) : start].lower().endswith(_JUST_ONE)
            ):  # "only one bakery" counts; "one bakery" is a determiner
                continue  # "one soldier", "one of the most": a determiner, not a statistic
        if g.score:  # "voted 5-2", "by 2-1": two counts side by side, one statistic with no single value
            said, q_start = qualifier_before(text, start, outer=False)  # "by nearly 2-1", "more than 2-1"
            unit = f"a score, vote or ratio, {g.low:.0f} to {g.high:.0f}"
            found.append(Found(q_start, g.end, "statistic", None, None, unit, QUALIFIER_WORDS.get(said, "none")))
            pos = g.end
            continue
        number_start = start
        qualifier, q_start = qualifier_before(text, start, outer=g.ranged)
        if qualifier in ("from", "between") and not g.ranged:
            qualifier, q_start = "", start
        if qualifier.startswith("from") and (
            g.second_qualifier or _CHANGE_BEFORE.search(text[max(0, q_start - 40) : q_start])
        ):  # "fell from around 5 percent to near zero": two values, not a range
            own, own_start = qualifier_before(text, number_start, outer=False)
            own = "" if own == "from" else own
            first_start = own_start if own else number_start
            found.append(
                Found(first_start, g.first_end, "statistic", g.low, g.low, g.unit, QUALIFIER_WORDS.get(own, "none"))
            )
            found.append(
                Found(
                    g.second_start,
                    g.end,
                    "statistic",
                    g.high,
                    g.high,
                    g.unit,
                    QUALIFIER_WORDS.get(g.second_qualifier, "none"),
                )
            )
            pos = g.end
            continue
        qualifier = qualifier.split()[-1] if qualifier.startswith(("from ", "between ")) else qualifier
        if not qualifier and not g.ranged and text[g.end : g.end + 1] == " ":
            after = _QUALIFIER_AFTER.match(text, g.end)  # "five years at most", "£2 million or more"
            if after:
                qualifier, g.end = _AFTER_WORDS[after.group(1).lower()], after.end()
                c = None if g.unit else _COUNTED.match(text, g.end, g.end + 40)  # "12 or fewer boats"
                if c and c.group(1).lower() not in NOT_COUNTED:
                    g.unit, g.end = c.group(1), c.end()
        if qualifier:
            start = q_start
        name = "range" if g.ranged else QUALIFIER_WORDS.get(qualifier, "none")
        if name == "none" and (vague or (words.split() or [""])[0] == "several"):
            name = "several" if words.startswith("several") else "vague"
        found.append(_valued(start, g, name, vague, qualifier))
        pos = g.end
    found += shaped_quantities(text, tokens, Taken(found + dates))
    found += vague_quantities(text, tokens, Taken(found + dates))
    return sorted(found + measured_quantities(text, tokens, Taken(found + dates)), key=_START)


def _valued(start: int, g: _Grown, name: str, vague: bool, qualifier: str) -> Found:
    """The Found for one number, with the low and high values its qualifier allows."""
    low, high = g.low, g.low if g.high is None else g.high
    if vague:  # "hundreds of" is 200 to 999; "several millions" is 3 to 9.99 million
        base = low / 2
        low, high = (3 * base if qualifier == "several" else low), 10 * base - 1
        return Found(start, g.end, "statistic", low, high, g.unit, "several" if qualifier == "several" else "vague")
    if name == "up to":
        return Found(start, g.end, "statistic", None, low, g.unit, name)
    if name == "over":
        return Found(start, g.end, "statistic", low, None, g.unit, name)
    return Found(start, g.end, "statistic", min(low, high), max(low, high), g.unit, name)
