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
_MEASURED += "|poorest|richest|wealthiest|busiest"  # "one of the poorest towns", "the world's richest man"
_PLACES = "world|country|nation|continent|planet|city|region|europe|britain|england|america|history"  # "the world's"
_MAJORITY_SIZES = (
    "vast|slim|narrow|large|small|clear|tiny|sizeable|big|overwhelming|huge|substantial|comfortable|absolute"
)
_MAJORITY_SIZES += "|outright|working|growing|shrinking|dwindling"
# What a superlative of measure is ranked against: the past ("since 1990", "on record") or a place ("in Europe").
_AGAINST = r"since\s\w|on\srecord\b|ever\b|of\sany\b|in\s(?:the\s)?"
_AGAINST += r"(?:world|europe|country|uk|eu|oecd|west|region|city|county|state|nation|history)\b"
_AGAINST += r"|in\s(?:[\w’'-]{1,20}\s){1,2}history\b"  # "the deadliest flood in Millbrook history" (round 5b)
_RANKED = "most|least|best|worst|top|highest|lowest|fastest|biggest|largest"  # "most-watched", "best-selling"
_SHAPE = re.compile(
    r"(?i)(?P<rank>(?:" + "|".join(_ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))[\s-](?:" + _SUPERLATIVES + r")\b)"
    r"|(?P<top>top\s(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|\d{1,3})\b)"
    r"|(?P<multiple>(?:"
    + "|".join(_MULTIPLES)
    + r")\b(?![\s-]digits?\b)(?:\sas\s(?:many|much|likely|high|fast|large|big)\b)?)"
    r"|(?P<share>(?:the|a|an)\s(?:(?:" + _MAJORITY_SIZES + r")\s)?(?:majority|minority)"
    r"(?:\sof\b)?|half\b(?=\s(?:were|are|was|is|the|of|a(?!\s(?:decade|century)\b)|an|its|their|our|all|say|said|think|"
    r"believe)\b))"
    r"|(?P<likely>(?:more|less)\slikely\b)"
    r"|(?P<age>\d{1,3}-year-old)"
)
# Round 3's shapes are a second pattern, tried only at the few anchors that can start them (a long
# alternation costs time at every position it is tried).
_MORE = re.compile(
    r"(?i)(?P<compound>(?:" + _RANKED + r")-[a-z]{2,20}(?:ed|ing)\b|(?:majority|minority)-[a-z]{3,20}\b)"
    r"|(?P<fold>(?:" + "|".join(_FOLDS) + r")\b)"
    r"|(?P<record>(?:record|all-time)\s(?:highs?|lows?|levels?|numbers?|turnout|profits?|losses|sums?|amounts?|crowds?)\b"
    r"|record-(?:breaking|setting)\b)"
    r"|(?P<row>(?:" + "|".join(_ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))\s(?:(?:consecutive|successive|straight)\b|"
    r"(?:year|month|week|day|quarter|time)\sin\sa\srow\b|(?:year|month|season|quarter)\srunning\b))"
    r"|(?P<place>(?:" + _PLACES + r")['’]s\s(?:" + _MEASURED + r")\b)"
    r"|(?P<among>(?:one\sof|among)\sthe\s(?:" + _MEASURED + r")\b)"
    r"|(?P<rate>(?:" + _MEASURED + r")\s(?:rates?|proportions?|shares?|numbers?|percentages?)\b)"
    r"|(?P<since>(?:" + _MEASURED + r")\b(?:\s[\w’'-]{1,20}){0,3}?(?=\s(?:" + _AGAINST + r")))"
)
_HYPHENED = frozenset(("all", "year"))
_COMPOUND_FIRST = frozenset(_RANKED.split("|") + ["majority", "minority"])
_MEASURED_SET = frozenset(_MEASURED.split("|"))
_SUPERLATIVE_SET = frozenset(_SUPERLATIVES.split("|"))
_IN_A_ROW = frozenset("consecutive successive straight".split())
_ANCHORS = frozenset(
    [*_ORDINALS, *_MULTIPLES, *_FOLDS, "top", "majority", "minority", "half", "likely", "year", "record", "all"]
    + list(_IN_A_ROW)
    + _SUPERLATIVES.split("|")
    + _MEASURED.split("|")
)


def shaped_quantities(text: str, tokens: Tokens, taken: Taken) -> list[Found]:
    """Ranks, multiples, shares in words, "more likely" and ages, where no other finding sits."""
    words, starts = tokens.words, tokens.starts
    out: list[Found] = []
    end = 0
    for i in tokens.hits(_ANCHORS):
        if (
            words[i] in _HYPHENED
            and text[starts[i] - 1 : starts[i]] != "-"
            and text[tokens.end(i) : tokens.end(i) + 1] != "-"
        ):
            continue  # "all" and "year" anchor only "all-time" and "59-year-old": a cheap test first
        for pattern, js in ((_SHAPE, _shape_starts(tokens, i)), (_MORE, _more_starts(tokens, i))):
            m = None
            for j in js:  # the match may start up to three words before its anchor
                if starts[j] < end:
                    continue
                m = pattern.match(text, starts[j])
                if m is None or m.end() <= starts[i] or taken.hit(m.start(), m.end()):
                    m = None
                    continue
                out.append(_found(m, words[j]))
                end = m.end()
                break
            if m is not None:
                break
    return out


def _shape_starts(tokens: Tokens, i: int) -> range | list[int]:
    """The tokens where a ``_SHAPE`` match anchored at token ``i`` can start: a cheap test before the pattern."""
    w, words = tokens.words[i], tokens.words
    if w in _SUPERLATIVE_SET and w not in _ORDINAL_VALUE:  # only "third largest", "21st-biggest"
        prev = words[i - 1] if i else ""
        if prev in _ORDINAL_VALUE:
            return [i - 1]
        return [i - 2] if prev in ("st", "nd", "rd", "th") and i >= 2 and words[i - 2] < "a" else []
    if w in ("majority", "minority"):  # "the majority", "a vast majority"
        return range(max(0, i - 2), i)
    if w in ("likely", "year"):  # "more likely", "59-year-old"
        return [i - 1] if i else []
    return [i] if w in _ORDINAL_VALUE or w in _MULTIPLES or w in ("top", "half") else []


def _more_starts(tokens: Tokens, i: int) -> list[int]:
    """The tokens where a round-3 shape anchored at token ``i`` can start (none for most anchors)."""
    w, text = tokens.words[i], tokens.text
    if w in _MEASURED_SET:  # "one of the highest", "the world's largest", "highest rate", "highest since"
        return list(range(max(0, i - 3), i + 1))
    if w in _IN_A_ROW:  # "5th consecutive": the digits are two tokens back
        return [i - 2] if i >= 2 and tokens.words[i - 2] < "a" else []
    if w in _COMPOUND_FIRST:
        return [i] if text[tokens.end(i) : tokens.end(i) + 1] == "-" else []
    return [i] if w in _FOLDS or w in _ORDINAL_VALUE or w in ("record", "all") else []


def _found(m: re.Match[str], first: str) -> Found:
    """The Found for one match of ``_SHAPE`` or ``_MORE`` (its named group says which shape it is)."""
    a, b = m.span()
    kind, said = m.lastgroup or "", m.group().lower()
    if kind in ("rank", "row"):  # "the third-largest"; "the third consecutive", "the fifth year in a row"
        value = _ORDINAL_VALUE.get(first, float(first) if first.isdigit() else 0.0)
        return Found(a, b, "statistic", value, value, "rank" if kind == "rank" else "times in a row", "none")
    if kind == "top":
        return Found(a, b, "statistic", 1.0, None, "rank", "up to")
    if kind in ("multiple", "fold"):
        value = _MULTIPLES[said.split()[0]] if kind == "multiple" else _FOLDS[said]
        return Found(a, b, "statistic", value, value, "times", "none")
    if kind == "share" or said.startswith(("majority-", "minority-")):  # "majority-owned": a share
        low, high = (0.5, 1.0) if "majority" in said else (0.0, 0.5) if "minority" in said else (0.5, 0.5)
        return Found(a, b, "statistic", low, high, "share", "vague" if low != high else "none")
    if kind == "likely":
        return Found(a, b, "statistic", None, None, "comparison of rates", "vague")
    if kind == "age":
        value = float(said.split("-")[0])
        return Found(a, b, "statistic", value, value, "years of age", "none")
    return Found(a, b, "statistic", None, None, "rank", "vague")  # compound, record, place, among, rate, since
