"""Numbers as written in English news: digits, number words, fractions and shares, with their values.

``NUMERAL`` matches one number where a statistic may start ("2,000", "$4.5bn", "one in five", "two-thirds",
"tens of thousands"); ``numeral_value`` reads its value and unit.  Shared by ``numbers`` and ``vague``.
"""

from __future__ import annotations

import re

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {w: float(i) for i, w in enumerate(_SMALL)} | {w: float(20 + 10 * i) for i, w in enumerate(_TENS)}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0}
VAGUE_PLURALS = {"tens": 20.0, "scores": 40.0}  # only before "of": "tens of thousands"
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12}
SUFFIX_UNITS = {
    "%": "percent",
    "pc": "percent",
    "km": "kilometers",
    "kg": "kilograms",
    "mg": "milligrams",
    "mm": "millimeters",
    "cm": "centimeters",
    "lb": "pounds (weight)",
    "lbs": "pounds (weight)",
    "ft": "feet",
    "mph": "miles per hour",
    "kph": "kilometers per hour",
    "kw": "kilowatts",
    "mw": "megawatts",
    "gw": "gigawatts",
    "kwh": "kilowatt hours",
    "twh": "terawatt hours",
}
CURRENCY_SIGNS = {"$": "US dollars", "US$": "US dollars", "€": "euros", "£": "pounds", "¥": "yen", "₴": "hryvnias"}
CURRENCY_SIGNS["₽"] = "rubles"
CURRENCY_WORDS = (
    "dollars|euros|pounds sterling|pounds|yuan|renminbi|rubles|roubles|hryvnias|hryvnia|yen|rupees|francs|"
    "pesos|shekels|lira|won|dinars|rand"
)
RATE_WORDS = "day|week|month|year|hour|minute|second|person|capita|head|household|family|vote"
# Words that cannot be the thing counted right after a number ("five to eight assaults" counts assaults).
NOT_COUNTED = frozenset(
    """a an the and or but nor of to in on at by for from with as than that which who whom whose this these
    those it its is are was were be been being has have had do does did will would shall should can could may
    might must not no per each every all some any into onto over under about after before since until during
    while when where why how if so then there their they them he she we you i me my our your his her him us
    also only just even more most less least very too out up down off again further once percent ago later
    earlier according""".split()
)
_NUMWORD = r"(?:" + "|".join(_TENS + _SMALL[::-1]) + r"|hundreds?|thousands?|millions?|billions?|trillions?|dozens?)"

NUMBER_WORDS = frozenset(
    [*_SMALL, *_TENS, *SCALES, *(w + "s" for w in SCALES), "tens", "scores", "half"]
    + "third thirds quarter quarters fifth fifths sixth sixths seventh sevenths eighth eighths".split()
    + "ninth ninths tenth tenths".split()
)
_ARTICLE = re.compile(r"(?:^|\W)([Aa]n?)\s$")
NUMERAL = re.compile(
    r"(?:(?P<cur>US\$|[$€£¥₴₽])\s?)?(?<![\w.,/\-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<suf>%|[A-Za-z]{1,4}\b)|(?P<ratio>\s(?:in(?:\severy)?|out\sof(?:\severy)?)\s\d{1,3}\b(?![.,]\d)))?"
    r"|(?i:\b(?P<frac>(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]"
    r"(?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))(?=\s(?:of|more|fewer|less)\b)|"
    r"\b(?P<frac2>(?:one|two|three|four|five|six|seven|eight|nine)-(?:thirds?|quarters?|fifths?|tenths?))\b"
    r"|\b(?P<half>half)(?=\s(?:of\b|as\s(?:many|much|likely|often)\b))"
    r"|(?<=\bby\s)(?P<fracby>(?:(?:a|an|one|two|three)[\s-](?:thirds?|quarters?|fifths?|tenths?)|half)\b(?!-)"
    r"(?!\s(?:party|parties|person|people|way|time|times|place|country|countries|round|term|wave|world|hour|past)\b)))"
    r"|(?i:\b(?P<words>(?:an?\s|(?:tens|scores)\sof\s(?=hundreds|thousands|millions|billions))?"
    + _NUMWORD
    + r"(?:(?:-|\s{1,3}(?:and\s{1,3})?|\sof\s(?=(?:hundreds|thousands|millions|billions)\b))"
    + _NUMWORD
    + r")*)\b"
    r"(?P<wratio>\s(?:in(?:\severy)?|out\sof(?:\severy)?)\s(?:" + "|".join(_TENS + _SMALL[::-1]) + r"|\d+)\b)?)"
)
_NUMBER_SPLIT = re.compile(r"[\s-]+")


def words_value(words: str) -> tuple[float, bool]:
    """The value of number words ("two hundred and five" -> 205) and whether they are vague ("hundreds")."""
    total, current, vague = 0.0, 0.0, False
    low = words.lower()
    for w in [low] if low.isalpha() else _NUMBER_SPLIT.split(low):  # one word: nothing to split
        if w in ("and", "of", "a", "an", ""):
            continue
        if w in WORD_VALUES:
            current += WORD_VALUES[w]
            continue
        plural = w.endswith("s") and w[:-1] in SCALES
        if w in VAGUE_PLURALS:
            current, vague = current + VAGUE_PLURALS[w], True
            continue
        scale = SCALES[w[:-1] if plural else w]
        vague = vague or plural
        base = current or (2.0 if plural else 1.0)
        if scale == 100:
            current = base * 100
        else:
            total, current = total + base * scale, 0.0
    return total + current, vague


def _number(word: str) -> float:
    return float(word) if word[0].isdigit() else WORD_VALUES.get(word.lower(), 0.0)


def numeral_value(m: re.Match[str]) -> tuple[float, bool, str] | None:
    """Value, vagueness and unit of one number match; None when it is not a quantity (F-16, 5G)."""
    ratio, wratio, num, words = m.group("ratio", "wratio", "num", "words")  # one call for the four groups
    ratio = ratio or wratio
    if ratio:  # "one in five", "3 out of 4": a share
        top = _number((num or words).replace(",", ""))
        bottom = _number(ratio.split()[-1])
        return (top / bottom if bottom else top), False, "share"
    if num:
        value = float(num.replace(",", ""))
        raw_suffix, cur = m.group("suf", "cur")
        suffix = (raw_suffix or "").lower()
        unit = CURRENCY_SIGNS.get(cur or "", "")
        if suffix in SUFFIX_SCALES:
            return value * SUFFIX_SCALES[suffix], False, unit
        if suffix in SUFFIX_UNITS:
            return value, False, unit or SUFFIX_UNITS[suffix]
        if raw_suffix in ("C", "ml") and not unit:  # "2C" of warming, "330ml": a measure
            return value, False, "degrees Celsius" if raw_suffix == "C" else "millilitres"
        if suffix == "p" and value < 100 and not unit:  # "50p", "8.5p": pence (not "1080p", a screen)
            return value, False, "pence"
        if suffix and suffix != "s":  # "70s" is kept for the age/decade check
            return None
        return value, False, unit
    if words:
        value, vague = words_value(words)
        lowered = words.lower()
        if lowered.split()[0] in ("a", "an") and not any(s in lowered for s in SCALES):
            return None
        return value, vague, ""
    frac = (m.group("frac") or m.group("frac2") or m.group("fracby") or "").lower()
    if frac == "half":  # "fell by half"
        return 0.5, False, "share"
    if frac:
        first, second = _NUMBER_SPLIT.split(frac)[:2]
        top = 1.0 if first in ("a", "an") else WORD_VALUES[first]
        bottom = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
        bottom |= {"ninth": 9, "tenth": 10}
        return top / bottom[second.rstrip("s") if second != "halves" else "half"], False, "share"
    return 0.5, False, "share"
