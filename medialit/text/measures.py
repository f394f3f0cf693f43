"""Statistics named by what they measure, with or without a number: "the proportion of pupils", "the median
wage", "spending per head", "ranked 12th", "bottom of the league", "over the past decade", "costs soared",
"the poorest fifth", "unemployment has fallen", "the crime rate".

These are quantities a reader could look up and check, told by their measure rather than by a figure.  Our own
short lists of everyday English; each shape is looked for only at a token of its own small vocabulary and decided
by the few words next to it, so a long text stays linear.
"""

from __future__ import annotations

from collections.abc import Callable

from medialit.text.dates import Found, Taken
from medialit.text.extents import extents
from medialit.text.findings import findings
from medialit.text.numeral import NOT_COUNTED
from medialit.text.tallies import tallies
from medialit.text.tokens import Tokens

# "the proportion of …": nouns that name a measure of a group.  "share" and "rate" say less on their own
# ("the share of the blame"), so they count only with a group noun after them (a plural).  "the number of"
# alone names a count without telling it ("the number of people you can meet"): vague.py takes it only with
# a change ("the number of ferries has fallen").
_MEASURES = frozenset("proportion percentage ratio".split())
_LOOSE_MEASURES = frozenset("share rate".split())
_CENTRES = frozenset("median".split())  # "the median wage"; "the average voter" is mostly a figure of speech
# "spending per head": a rate without a figure.
_PER = frozenset("head capita person pupil patient household resident inhabitant citizen worker".split())
# Ranks without a superlative: "ranked 12th", "came last", "bottom of the league".
_ORDINAL_VALUE = {
    w: float(i + 1)
    for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
}
_ORDINALS = frozenset([*_ORDINAL_VALUE, "last"])
_PLACED = frozenset("ranked ranks rank placed came comes finish finished finishes rated ran running".split())
_RACE_SIZES = frozenset("distant close strong strongest poor disappointing respectable".split())  # "a distant third"
_TOPS = frozenset("top tops topped topping".split())
_TABLES = frozenset("league table tables rankings ranking charts chart".split())
_ENDS = frozenset("bottom top".split())
# "over the past decade": a length of time as a quantity.
_PAST = frozenset("past last previous next".split())
_SPANS = {"decade": 10.0, "century": 100.0}
_SPAN_BEFORE = frozenset("over in during for within across".split())
# "the poorest fifth", "the top tenth": a part of a population ranked by a measure.
_PARTS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_RANKED_BY = frozenset("poorest richest wealthiest top bottom lowest highest oldest youngest".split())
# Economic and social indicators: with a change verb after them ("unemployment has fallen") or as "the X rate".
_INDICATORS = frozenset(
    """unemployment inflation gdp turnout wages earnings productivity emissions exports imports output poverty
    employment borrowing numbers expectancy mortality admissions attendance enrolment enrolments enrollment toll
    debt debts deficit""".split()
)
_RATED = frozenset(
    """unemployment inflation employment crime birth death mortality suicide poverty literacy obesity
    conviction vacancy vaccination infection participation growth""".split()
    # Prices of money and of taxes ("interest rates", "a higher tax rate", "the exchange rate"), and how often
    # something works ("a low success rate"): round 5b, from PolNeAR and CheckThat train.
    + "interest tax mortgage borrowing lending deposit exchange success".split()
)
# Measures in general, which count only with a change after them ("rates have fallen", "the gap has widened").
_CHANGING = frozenset("rate rates level levels gap rating ratings".split())  # "his rating has fallen"
_MOVED = frozenset(
    """rose risen rising rises rise fell fallen falling falls fall grew grown growing grows increased increasing
    increases decreased decreasing decreases declined declining declines dropped dropping drops climbed climbing
    climbs doubled halved tripled trebled soared soaring plummeted plummeting plunged slumped stagnated stagnating
    shrank shrunk shrinking surged jumped widened widening narrowed narrowing""".split()
)
_BETWEEN_MOVE = frozenset("has have had is are was were been has also continued continues".split())
# Verbs that tell a change and its size at once ("costs soared"); "rose" alone gives no size.
_BIG_MOVES = frozenset(
    """soared soaring soar soars plummeted plummeting plummet plummets skyrocketed skyrocketing rocketed ballooned
    ballooning nosedived mushroomed spiralled spiraled""".split()
)
# What soars without being a quantity: "her spirits soared", "soaring rhetoric", "a soaring spire".
_NOT_MOVED = frozenset(
    """spirits spirit hopes heart hearts voice voices music eagle eagles bird birds imagination rhetoric prose
    ambition ambitions ceiling ceilings spire spires tower towers arches views melody vocals speech speeches
    words""".split()
)
# Before "scores of" these make the scores marks, not a count ("the test scores of pupils").
_MARKS = frozenset("the their his her its our my your test exam high low average top these those".split())
_OUTNUMBER = frozenset("outnumber outnumbers outnumbered outnumbering".split())
_NUMBER_SIZES = frozenset("large larger huge great greater record growing increasing vast big unprecedented".split())
# "for a fourth year", "for the third month": a count of times in a row ("for the second time" is left out).
_TIMES_ROW = frozenset("year month term season quarter".split())


def measured_quantities(text: str, tokens: Tokens, taken: Taken) -> list[Found]:
    """Quantities named by their measure, where no other finding sits (see the module's docstring)."""
    candidates: list[Found] = []
    for finder in _FINDERS:
        candidates += finder(tokens)
    return taken.free(candidates)


def _vague(tokens: Tokens, a: int, b: int, unit: str) -> Found:
    return Found(tokens.starts[a], tokens.end(b), "statistic", None, None, unit, "vague")


def _plural_after(tokens: Tokens, i: int, most: int) -> int:
    """The index of a plural noun among the ``most`` words after token ``i`` ("of young pupils"), or -1."""
    for j in range(i + 1, min(i + 1 + most, len(tokens.words))):
        w = tokens.words[j]
        if not tokens.spaced(j - 1, j) or w in NOT_COUNTED or w < "a":
            return -1
        if w in ("people", "men", "women", "children") or (
            w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))
        ):
            return j
    return -1


def _measure_nouns(tokens: Tokens) -> list[Found]:
    """ "the proportion of pupils", "the number of pupils who …", "the median wage"."""
    out = []
    for i in tokens.hits(_MEASURES | _LOOSE_MEASURES | _CENTRES):
        w, prev, nxt = tokens.words[i], tokens.word_at(i - 1), tokens.word_at(i + 1)
        if prev != "the" or not tokens.spaced(i - 1, i) or not nxt:
            continue
        if w in _CENTRES:
            if nxt >= "a" and nxt not in NOT_COUNTED and tokens.spaced(i, i + 1):
                out.append(_vague(tokens, i - 1, i + 1, w))
            continue
        if nxt != "of" or not tokens.spaced(i, i + 1):
            continue
        group = _plural_after(tokens, i + 1, 3)
        if group > 0:
            out.append(_vague(tokens, i - 1, group, w))
        elif w in _MEASURES and tokens.word_at(i + 2) >= "a":
            out.append(_vague(tokens, i - 1, i + 2, w))
    return out


def _per_unit(tokens: Tokens) -> list[Found]:
    """ "spending per head", "GDP per capita": a rate told without its figure."""
    out = []
    for i in tokens.hits({"per"}):
        nxt, prev = tokens.word_at(i + 1), tokens.word_at(i - 1)
        if nxt in _PER and i and prev >= "a" and prev not in NOT_COUNTED and tokens.spaced(i - 1, i):
            if tokens.spaced(i, i + 1):
                out.append(_vague(tokens, i - 1, i + 1, f"per {nxt}"))
    return out


def _ranks(tokens: Tokens) -> list[Found]:
    """ "ranked 12th", "came last", "12th place", "bottom of the league", "the league table"."""
    out, words = [], tokens.words
    for i in tokens.hits(_PLACED | _ENDS | _TABLES | _TOPS | {"place"}):
        w, nxt = words[i], tokens.word_at(i + 1)
        if w in _TOPS and nxt == "the" and tokens.word_at(i + 2) in _TABLES and tokens.word_at(i + 3) not in _TABLES:
            if tokens.spaced(i, i + 1) and tokens.spaced(i + 1, i + 2):  # "tops the table", "topped the charts"
                out.append(_vague(tokens, i, i + 2, "rank"))
        elif w == "place" or w in _PLACED and nxt in ("in", "a"):
            out += _placed(tokens, i)
        elif w in _PLACED and i + 1 < len(words) and tokens.spaced(i, i + 1):
            after = tokens.word_at(i + 2)
            if nxt == "last" and after >= "a" and after not in ("in", "of", "among", "out", "place", "for"):
                continue  # "came last Thursday", "came last week": a date, not a rank
            if nxt in _ORDINALS and nxt != "first" or nxt < "a" and after in ("st", "nd", "rd", "th"):
                end = i + 2 if nxt < "a" else i + 1
                out.append(_vague(tokens, i, end, "rank"))
        elif w in _ENDS and nxt == "of" and tokens.word_at(i + 2) == "the" and tokens.word_at(i + 3) in _TABLES:
            out.append(_vague(tokens, i, i + 3, "rank"))
        elif w == "league" and nxt in ("table", "tables") and tokens.spaced(i, i + 1):
            out.append(_vague(tokens, i, i + 1, "rank"))
    return out


def _placed(tokens: Tokens, i: int) -> list[Found]:
    """ "a second-place finish", "in fourth place", "came in third", "finished a distant sixth" (a race's result);
    not "in the first place" (an idiom) or "the last place I looked"."""
    words = tokens.words
    if words[i] == "place":
        prev = tokens.word_at(i - 1)
        if prev not in _ORDINALS or tokens.text[tokens.end(i - 1) : tokens.starts[i]] not in (" ", "-"):
            return []
        if tokens.text[tokens.end(i - 1)] == " " and tokens.word_at(i - 2) in ("the", "a", "an", "this", "that"):
            return []  # "in the first place", "the last place I looked": no race
        return [_vague(tokens, i - 1, i, "rank")]
    j = i + 1
    if words[j] == "in":  # "came in third"
        j += 1
    elif tokens.word_at(j + 1) in _RACE_SIZES:  # "finished a distant sixth"
        j += 2
    if tokens.word_at(j) in _ORDINALS - {"first", "last"} and all(tokens.spaced(k - 1, k) for k in range(i + 1, j + 1)):
        return [_vague(tokens, i, j, "rank")]
    return []


def _past_span(tokens: Tokens) -> list[Found]:
    """ "over the past decade", "in the last century": a length of time, not a date."""
    out = []
    for i in tokens.hits(_SPANS.keys()):
        if i >= 3 and tokens.words[i - 1] in _PAST and tokens.words[i - 2] == "the":
            if tokens.words[i - 3] in _SPAN_BEFORE and all(tokens.spaced(j - 1, j) for j in range(i - 2, i + 1)):
                value = _SPANS[tokens.words[i]]
                out.append(Found(tokens.starts[i - 3], tokens.end(i), "statistic", value, value, "years", "none"))
    return out


def _ranked_parts(tokens: Tokens) -> list[Found]:
    """ "the poorest fifth of households", "the top tenth": a part of a group ranked by a measure."""
    out = []
    for i in tokens.hits(_PARTS.keys()):
        if i >= 2 and tokens.words[i - 1] in _RANKED_BY and tokens.words[i - 2] == "the" and tokens.spaced(i - 1, i):
            value = _PARTS[tokens.words[i]]
            out.append(Found(tokens.starts[i - 2], tokens.end(i), "statistic", value, value, "share", "none"))
    return out


def _indicators(tokens: Tokens) -> list[Found]:
    """ "unemployment has fallen", "inflation is rising", "the crime rate": a measure that is published."""
    out, words = [], tokens.words
    for i in tokens.hits(_INDICATORS | _CHANGING):
        w = words[i]
        if w in ("rate", "rates") and tokens.word_at(i - 1) in _RATED and tokens.spaced(i - 1, i):
            out.append(_vague(tokens, i - 1, i, "rate"))
            continue
        for j in range(i + 1, min(i + 4, len(words))):
            if not tokens.spaced(j - 1, j):
                break
            up = words[j] in ("up", "down") and words[j - 1] in ("is", "are", "was", "were")  # "turnout is up"
            if words[j] in _MOVED or up and tokens.word_at(j + 1) not in ("to", "for", "against"):
                out.append(_vague(tokens, i, j, "change (no number)"))
                break
            if words[j] not in _BETWEEN_MOVE:
                break
    return out


def _big_moves(tokens: Tokens) -> list[Found]:
    """ "costs soared", "sales plummeted", "women outnumber men": a change or comparison with its size."""
    out = []
    for i in tokens.hits(_BIG_MOVES | _OUTNUMBER):
        nxt = tokens.word_at(i + 1)
        if nxt in _NOT_MOVED or tokens.word_at(i - 1) in _NOT_MOVED or tokens.word_at(i - 2) in _NOT_MOVED:
            continue
        if nxt in ("from", "to", "by", "above", "past") or nxt and nxt < "a":
            continue  # "plummeted from around 5 percent": the figures after it are the statistics
        out.append(_vague(tokens, i, i, "change (no number)"))
    return out


def _real_terms(tokens: Tokens) -> list[Found]:
    """ "wages fell in real terms", "a real-terms cut": a change measured against prices."""
    out, words = [], tokens.words
    for i in tokens.hits({"terms"}):
        if i >= 1 and words[i - 1] == "real" and tokens.text[tokens.end(i - 1) : tokens.starts[i]] in (" ", "-"):
            first = i - 2 if i >= 2 and words[i - 2] == "in" and tokens.spaced(i - 2, i - 1) else i - 1
            out.append(_vague(tokens, first, i, "change (no number)"))
    return out


def _multi(tokens: Tokens) -> list[Found]:
    """ "a multimillion-pound bridge", "multibillion": an amount of money told by its scale alone."""
    scales = {"multimillion": 1e6, "multibillion": 1e9, "multitrillion": 1e12}
    out = []
    for i in tokens.hits(scales.keys()):
        value = 2 * scales[tokens.words[i]]
        out.append(Found(tokens.starts[i], tokens.end(i), "statistic", value, None, "", "over"))
    return out


def _scores_of(tokens: Tokens) -> list[Found]:
    """ "scores of people": tens of them, a vague count (not "the scores of pupils", which are marks)."""
    out, words = [], tokens.words
    for i in tokens.hits({"scores"}):
        prev = tokens.word_at(i - 1)
        if (
            tokens.word_at(i + 1) != "of"
            or prev in _MARKS
            or prev.endswith(("'s", "’s"))
            or not tokens.spaced(i, i + 1)
        ):
            continue
        group = _plural_after(tokens, i + 1, 2)
        if group > 0:
            out.append(Found(tokens.starts[i], tokens.end(group), "statistic", 40.0, 99.0, words[group], "vague"))
    return out


def _for_a_nth(tokens: Tokens) -> list[Found]:
    """ "for a fourth year", "for the third month": the how-many-th time in a row something happens."""
    out, words = [], tokens.words
    for i in tokens.hits(_ORDINALS - {"first", "last"}):
        if i >= 2 and words[i - 2] == "for" and words[i - 1] in ("a", "the") and tokens.word_at(i + 1) in _TIMES_ROW:
            if tokens.spaced(i - 1, i) and tokens.spaced(i, i + 1):
                value = _ORDINAL_VALUE[words[i]]
                out.append(Found(tokens.starts[i - 2], tokens.end(i + 1), "statistic", value, value, "times in a row"))
    return out


def _in_numbers(tokens: Tokens) -> list[Found]:
    """ "goats crossed in large numbers", "in record numbers": a count told by its size."""
    out, words = [], tokens.words
    for i in tokens.hits({"numbers"}):
        if i >= 2 and words[i - 1] in _NUMBER_SIZES and words[i - 2] == "in" and tokens.spaced(i - 2, i - 1):
            out.append(_vague(tokens, i - 2, i, "number"))
    return out


_FINDERS: list[Callable[[Tokens], list[Found]]] = [
    _measure_nouns,
    _per_unit,
    _ranks,
    _past_span,
    _ranked_parts,
    _indicators,
    _big_moves,
    _for_a_nth,
    _real_terms,
    _multi,
    _scores_of,
    findings,
    _in_numbers,
    extents,
    tallies,
]
