"""Statistics without a plain number: ranks, multiples, shares in words, comparisons of rates, ages.

"the world's eighth-largest economy", "top five", "prices doubled", "twice as many", "the majority of
voters", "half were elected", "more likely to", "a 59-year-old"; since round 3 also "the most-watched",
"the fastest-growing", "majority-owned", "a tenfold rise", "a record high", "the highest rate", "one of
the lowest" and "the highest level since 1990". Each is looked for only where one of its
anchor words appears in the shared tokens, and matched there, so a long text stays linear.
"""

from __future__ import annotations

import re

from medialit.text.dates import Found, Taken
from medialit.text.tokens import Tokens

_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
_ORDINAL_VALUE = {w: float(i + 1) for i, w in enumerate(_ORDINALS)}
_SUPERLATIVES = (
    "largest|biggest|highest|lowest|smallest|most|least|richest|poorest|fastest|slowest|best|worst|busiest|"
    "oldest|youngest|deadliest|strongest|weakest|longest|shortest|heaviest|cheapest|greatest"
)
_MULTIPLES = {"doubled": 2.0, "double": 2.0, "twice": 2.0, "tripled": 3.0, "triple": 3.0, "trebled": 3.0}
_MULTIPLES |= {"treble": 3.0, "quadrupled": 4.0, "halved": 0.5}
_FOLDS = {w + "fold": v for w, v in (("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0), ("ten", 10.0))}
_FOLDS |= {"hundredfold": 100.0, "thousandfold": 1000.0}
# Superlatives of measure: with "since …" or "on record" after them they rank a figure against the past.
_MEASURED = "highest|lowest|largest|biggest|smallest|fastest|slowest|deadliest|hottest|coldest|wettest|driest"
_RANKED = "most|least|best|worst|top|highest|lowest|fastest|biggest|largest"  # "most-watched", "best-selling"
_SHAPE = re.compile(
    r"(?i)(?P<rank>(?:" + "|".join(_ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))[\s-](?:" + _SUPERLATIVES + r")\b)"
    r"|(?P<top>top\s(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|\d{1,3})\b)"
    r"|(?P<multiple>(?:" + "|".join(_MULTIPLES) + r")\b(?:\sas\s(?:many|much|likely|high|fast|large|big)\b)?)"
    r"|(?P<share>(?:the|a|an)\s(?:(?:vast|slim|narrow|large|small|clear|tiny|sizeable|big)\s)?(?:majority|minority)"
    r"(?:\sof\b)?|half\b(?=\s(?:were|are|was|is|the|of|a(?!\s(?:decade|century)\b)|an|its|their|our|all|say|said|think|"
    r"believe)\b))"
    r"|(?P<likely>(?:more|less)\slikely\b)"
    r"|(?P<compound>(?:" + _RANKED + r")-[a-z]{2,20}(?:ed|ing)\b|(?:majority|minority)-[a-z]{3,20}\b)"
    r"|(?P<fold>(?:" + "|".join(_FOLDS) + r")\b)"
    r"|(?P<record>(?:record|all-time)\s(?:highs?|lows?|levels?|numbers?)\b)"
    r"|(?P<among>(?:one\sof|among)\sthe\s(?:" + _MEASURED + r")\b)"
    r"|(?P<rate>(?:" + _MEASURED + r")\s(?:rates?|proportions?|shares?|numbers?|percentages?)\b)"
    r"|(?P<since>(?:" + _MEASURED + r")\b(?:\s[\w’'-]{1,20}){0,3}?(?=\s(?:since\s\w|on\srecord\b|ever\srecorded\b)))"
    r"|(?P<age>\d{1,3}-year-old)"
)
_ANCHORS = frozenset(
    [*_ORDINALS, *_MULTIPLES, *_FOLDS, "top", "majority", "minority", "half", "likely", "year", "record", "all"]
    + _SUPERLATIVES.split("|")
    + _MEASURED.split("|")
)


def shaped_quantities(text: str, tokens: Tokens, taken: Taken) -> list[Found]:
    """Ranks, multiples, shares in words, "more likely" and ages, where no other finding sits."""
    words, starts = tokens.words, tokens.starts
    out: list[Found] = []
    end = 0
    for i in tokens.hits(_ANCHORS):
        for j in range(max(0, i - 3), i + 1):  # the match may start up to three words before its anchor
            if starts[j] < end:
                continue
            m = _SHAPE.match(text, starts[j])
            if m is None or m.end() <= starts[i] or taken.hit(m.start(), m.end()):
                continue
            found = _found(m, words[j])
            if found is not None:
                out.append(found)
                end = m.end()
            break
    return out


def _found(m: re.Match[str], first: str) -> Found | None:
    a, b = m.span()
    if m.group("rank"):
        value = _ORDINAL_VALUE.get(first, float(first) if first.isdigit() else 0.0)
        return Found(a, b, "statistic", value, value, "rank", "none")
    if m.group("top"):
        return Found(a, b, "statistic", 1.0, None, "rank", "up to")
    if m.group("multiple"):
        value = _MULTIPLES[m.group("multiple").split()[0].lower()]
        return Found(a, b, "statistic", value, value, "times", "none")
    if m.group("share"):
        share = m.group("share").lower()
        low, high = (0.5, 1.0) if "majority" in share else (0.0, 0.5) if "minority" in share else (0.5, 0.5)
        return Found(a, b, "statistic", low, high, "share", "vague" if low != high else "none")
    if m.group("compound"):
        if m.group("compound").lower().startswith(("majority", "minority")):  # "majority-owned": a share
            low, high = (0.5, 1.0) if m.group("compound")[:3].lower() == "maj" else (0.0, 0.5)
            return Found(a, b, "statistic", low, high, "share", "vague")
        return Found(a, b, "statistic", None, None, "rank", "vague")
    if m.group("fold"):
        value = _FOLDS[m.group("fold").lower()]
        return Found(a, b, "statistic", value, value, "times", "none")
    if m.group("record") or m.group("since") or m.group("among") or m.group("rate"):
        return Found(a, b, "statistic", None, None, "rank", "vague")
    if m.group("likely"):
        return Found(a, b, "statistic", None, None, "comparison of rates", "vague")
    value = float(m.group("age").split("-")[0])
    return Found(a, b, "statistic", value, value, "years of age", "none")
