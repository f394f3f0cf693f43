"""Find statistics (numbers that state a quantity) in any English text, with character offsets.

Dates are kept apart: "in August 2024" is a date, "over three years" is a quantity and "three years ago"
is a date again.  Every pattern is linear (no nested repetition over overlapping characters), so even a
10 MB text cannot make a regular expression hang.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medialit.text.dates import Found, Taken, find_dates
from medialit.text.quantity import MEASURE_UNITS, QUALIFIER_WORDS, UNIT_AFTER, qualifier_before
from medialit.text.tokens import Tokens

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
_CORE = re.compile(
    r"(?:(?P<cur>US\$|[$€£¥₴₽])\s?)?(?<![\w.,/\-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<suf>%|[A-Za-z]{1,4}\b)|(?P<ratio>\s(?:in|out\sof)\s\d{1,3}\b(?![.,]\d)))?"
    r"|(?i:\b(?P<frac>(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]"
    r"(?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))(?=\sof\b)|"
    r"\b(?P<frac2>(?:one|two|three|four|five|six|seven|eight|nine)-(?:thirds?|quarters?|fifths?|tenths?))\b"
    r"|\b(?P<half>half)(?=\sof\b))"
    r"|(?i:\b(?P<words>(?:an?\s|(?:tens|scores)\sof\s(?=hundreds|thousands|millions|billions))?"
    + _NUMWORD
    + r"(?:(?:-|\s{1,3}(?:and\s{1,3})?|\sof\s(?=(?:hundreds|thousands|millions|billions)\b))"
    + _NUMWORD
    + r")*)\b"
    r"(?P<wratio>\s(?:in|out\sof)\s(?:" + "|".join(_TENS + _SMALL[::-1]) + r"|\d+)\b)?)"
)
_SCALE_AFTER = re.compile(r"(?i)\s?(hundred|thousand|million|billion|trillion|bn|mn|trn|tn)s?\b")
_CURRENCY_AFTER = re.compile(rf"(?i)\s(?:US\s)?({CURRENCY_WORDS})\b")
_RANGE = re.compile(r"(?i)\s?(?:-|–|to\b|and\b)\s?(?:(?:around|about|nearly|almost|near|roughly)\s)?(?=[\d$€£a-z])")
_RATE = re.compile(rf"(?i)\s(?:per|a|an|each|every)\s({RATE_WORDS})\b")
_COUNTED = re.compile(r"\s(?:of\s)?([a-z][a-z’'\-]{1,30})\b")
_AGO = re.compile(r"(?i)\s(?:ago|later|earlier)\b")
_MEASURE_SET = frozenset(MEASURE_UNITS.split("|"))
_ONE_OF = re.compile(  # "one of Putin's limousines" (a count out of several), not "one of the most …"
    r"\sof\s(?!the\s(?:most|least|best|worst|\w+est)\b)(?:[\w’'\-]+\s){0,3}?[\w’'\-]+?(?<![’'])s\b"
)
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|rise|rises|fell|fallen|falls|grew|grown|dropped|declined|increased|decreased|plummeted|"
    r"plunged|soared|jumped|climbed|slipped|slid|surged|sank|shrank|shrunk|went|moved|changed|cut|raised|lowered|"
    r"reduced|slowed|accelerated|doubled|halved|tumbled|collapsed)\b(?:\s\w+){0,2}\s?$"
)
_AGE = re.compile(r"(?i)\b(?:his|her|their|its|my|your|our)\s(?:early\s|mid[\s-]|late\s)?$")
_NUMBER_SPLIT = re.compile(r"[\s-]+")


def words_value(words: str) -> tuple[float, bool]:
    """The value of number words ("two hundred and five" -> 205) and whether they are vague ("hundreds")."""
    total, current, vague = 0.0, 0.0, False
    for w in _NUMBER_SPLIT.split(words.lower()):
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


def _core_value(m: re.Match[str]) -> tuple[float, bool, str] | None:
    """Value, vagueness and unit of one number match; None when it is not a quantity (F-16, 5G)."""
    ratio = m.group("ratio") or m.group("wratio")
    if ratio:  # "one in five", "3 out of 4": a share
        top = _number((m.group("num") or m.group("words")).replace(",", ""))
        bottom = _number(ratio.split()[-1])
        return (top / bottom if bottom else top), False, "share"
    if m.group("num"):
        value = float(m.group("num").replace(",", ""))
        suffix = (m.group("suf") or "").lower()
        unit = CURRENCY_SIGNS.get(m.group("cur") or "", "")
        if suffix in SUFFIX_SCALES:
            return value * SUFFIX_SCALES[suffix], False, unit
        if suffix in SUFFIX_UNITS:
            return value, False, unit or SUFFIX_UNITS[suffix]
        if suffix and suffix != "s":  # "70s" is kept for the age/decade check
            return None
        return value, False, unit
    if m.group("words"):
        words = m.group("words")
        value, vague = words_value(words)
        lowered = words.lower()
        if lowered.split()[0] in ("a", "an") and not any(s in lowered for s in SCALES):
            return None
        return value, vague, ""
    frac = (m.group("frac") or m.group("frac2") or "").lower()
    if frac:
        first, second = _NUMBER_SPLIT.split(frac)[:2]
        top = 1.0 if first in ("a", "an") else WORD_VALUES[first]
        bottom = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
        bottom |= {"ninth": 9, "tenth": 10}
        return top / bottom[second.rstrip("s") if second != "halves" else "half"], False, "share"
    return 0.5, False, "share"


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


def _extend(text: str, m: re.Match[str], value: float, unit: str) -> _Grown:
    """Grow a number to the right: scale, second end of a range, unit, thing counted and rate."""
    g = _Grown(m.end(), value, None, unit, False)
    if m.group("num") and not m.group("suf"):
        s = _SCALE_AFTER.match(text, g.end, g.end + 14)
        if s:
            g.low *= SCALES.get(s.group(1).lower(), SUFFIX_SCALES.get(s.group(1).lower(), 1.0))
            g.end = s.end()
    u = UNIT_AFTER.match(text, g.end, g.end + 24)
    if u and not g.unit:
        g.unit, g.end = _unit_name(u.group(1)), u.end()
    c = _CURRENCY_AFTER.match(text, g.end, g.end + 24)
    if c and not g.unit:
        g.unit, g.end = c.group(1).lower(), c.end()
    r = _RANGE.match(text, g.end, g.end + 20)
    if r:
        other = _CORE.match(text, r.end(), r.end() + 60)
        if other and (other.group("num") or other.group("words")):
            core = _core_value(other)
            connector = text[g.end : r.end()].strip().lower()
            if core and (connector != "and" or qualifier_before(text, m.start())[0] == "between"):
                g.first_end, g.second_start = (
                    g.end,
                    r.start() + len(text[r.start() : r.end()]) - len(text[r.start() : r.end()].lstrip(" -–").lstrip()),
                )
                second = qualifier_before(text, other.start(), outer=False)
                if second[0]:
                    g.second_start, g.second_qualifier = second[1], second[0]
                else:
                    g.second_start = other.start()
                g.high, g.ranged = core[0], True
                g.end = other.end()
                s = _SCALE_AFTER.match(text, g.end, g.end + 14) if other.group("num") else None
                if s:
                    g.high *= SCALES.get(s.group(1).lower(), SUFFIX_SCALES.get(s.group(1).lower(), 1.0))
                    g.end = s.end()
                u = UNIT_AFTER.match(text, g.end, g.end + 24)
                if u:
                    g.unit, g.end = g.unit or _unit_name(u.group(1)), u.end()
    if not g.unit:
        c = _COUNTED.match(text, g.end, g.end + 40)
        if c and c.group(1).lower() not in NOT_COUNTED:
            g.unit, g.end = c.group(1), c.end()
    rate = _RATE.match(text, g.end, g.end + 16)
    if rate and g.unit:
        g.unit, g.end = f"{g.unit} per {rate.group(1).lower()}", rate.end()
    return g


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
        else:
            article = _ARTICLE.search(text[max(0, at - 4) : at])  # "a hundred", "a third of"
            at -= len(article.group(1)) + 1 if article else 0
        m = _CORE.match(text, at) or _CORE.match(text, token_start)
        if m is None or m.start() < pos or taken.hit(m.start(), m.end()):
            continue
        core = _core_value(m)
        if core is None:
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
        if _AGO.match(text, g.end, g.end + 9):
            continue  # "three years ago" is a date; find_dates reports it
        words = (m.group("words") or "").lower()
        if words == "one" and _ONE_OF.match(text, m.end()):
            g.unit, g.end = "", m.end()  # "one of Putin's limousines": one out of several
            g.end = _ONE_OF.match(text, m.end()).end()
        elif words in ("one", "zero") and not g.ranged and not g.unit.startswith(("percent", "share")):
            if g.unit not in _MEASURE_SET:
                continue  # "one soldier", "one of the most": a determiner, not a statistic
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
        if qualifier:
            start = q_start
        name = "range" if g.ranged else QUALIFIER_WORDS.get(qualifier, "none")
        if name == "none" and (vague or (words.split() or [""])[0] == "several"):
            name = "several" if words.startswith("several") else "vague"
        found.append(_valued(start, g, name, vague, qualifier))
        pos = g.end
    return sorted(found + _vague_quantities(text, tokens, Taken(found + dates)), key=lambda f: f.start)


_VAGUE_UNITS = frozenset(
    "years months decades weeks centuries inches meters metres miles kilometers kilometres yards acres hectares".split()
)
_TIME_UNITS = frozenset("years months decades weeks centuries".split())
_VAGUE_PRONOUNS = frozenset("some many most few several".split())
_AFTER_PRONOUN = frozenset("of on in with were are have had was is remain still".split())
_IRREGULAR_PLURALS = frozenset("men women people children police troops personnel staff cattle".split())
_NOT_PLURAL = ("ss", "us", "is", "ous", "’s", "'s")
_PAIR = re.compile(r",?\s(?:not|or|and|but\snot)\s(\w+)\b")


def _vague_quantities(text: str, tokens: Tokens, taken: Taken) -> list[Found]:
    """Quantities without a number: "years of strikes", "in a long time", "some on crutches", "more men"."""
    words, starts = tokens.words, tokens.starts
    candidates: list[Found] = []

    def add(start: int, end: int, unit: str) -> None:
        candidates.append(Found(start, end, "statistic", None, None, unit, "vague"))

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
