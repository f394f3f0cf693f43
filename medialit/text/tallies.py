"""A race's tally told without a figure: "a commanding lead in delegates", "her delegate lead", "fourth in the
delegate count", "the vote totals", "won the most seats", "Bell won narrowly", "Bell is well ahead".

A lead in delegates or seats is a count compared with another count: a reader can ask how big and who counted.
Our own short lists of everyday English (round 5b, chosen by reading PolNeAR train, where such leads are common
in reports of primaries).  A change of a published measure with no size ("a drop in turnout", "a rise in
hourly earnings") was tried and left out: on the Webis tune part it reached two assumption units and nothing
else, as earlier rounds found for a change without a size.  Each shape is looked for only at a token of its own
small vocabulary and decided by the few words next to it, so a long text stays linear.
"""

from __future__ import annotations

from medialit.text.dates import Found
from medialit.text.tokens import Tokens

# What a race is counted in, and the words for its tally ("the delegate count", "a seat tally").
_COUNTED = frozenset("delegate delegates vote votes seat seats superdelegates".split())
_TALLY = frozenset("lead leads count counts total totals tally tallies".split())
_AHEAD = frozenset("lead leads advantage edge".split())  # "a lead in delegates", "an edge among superdelegates"
_BETWEEN = frozenset("pledged elected electoral popular".split())  # "a lead in pledged delegates"
# "won the most seats", "won narrowly": a result's size or rank in words.
_WON = frozenset("won win wins winning".split())
_RACE_COUNTS = frozenset("delegates votes seats states wards districts contests primaries".split())
# "Bell is well ahead", "Ames trails far behind": a race's standing with its size in words ("just ahead of
# Tuesday's vote" is a time, so "just" is left out).
_STANDING_SIZES = frozenset("well far comfortably narrowly slightly solidly firmly".split())
# Only after a verb of standing or before "of" ("well ahead of Ames"): "left the past far behind" is no race.
_STANDS = frozenset(
    """is are was were be been being too trails trailed trailing lags lagged lagging sits sat stays stayed remains
    remained finished finish finishes started start starts running ran runs""".split()
)
_WON_BY = frozenset("narrowly handily easily comfortably decisively overwhelmingly convincingly".split())


def tallies(tokens: Tokens) -> list[Found]:
    """Leads and tallies of a race (see the module's docstring)."""
    out: list[Found] = []
    for i in tokens.hits(_COUNTED | _WON | {"ahead", "behind"}):
        if tokens.words[i] in ("ahead", "behind"):
            before = tokens.word_at(i - 2)
            stands = before in _STANDS or before.endswith(("'s", "’s")) or tokens.word_at(i + 1) == "of"
            if tokens.word_at(i - 1) in _STANDING_SIZES and tokens.spaced(i - 1, i) and stands:
                out.append(Found(tokens.starts[i - 1], tokens.end(i), "statistic", None, None, "standing", "vague"))
        elif tokens.words[i] in _WON:
            out += _won(tokens, i)
        else:
            out += _tally(tokens, i)
    return out


def _tally(tokens: Tokens, i: int) -> list[Found]:
    """ "her delegate lead", "the vote count" (singular + a tally word); "a lead in (pledged) delegates"."""
    w = tokens.words[i]
    if w in ("delegate", "vote", "seat") and tokens.word_at(i + 1) in _TALLY and tokens.spaced(i, i + 1):
        return [Found(tokens.starts[i], tokens.end(i + 1), "statistic", None, None, "tally", "vague")]
    if w not in ("delegates", "votes", "seats", "superdelegates"):
        return []
    j = i - 1
    while j >= i - 2 and tokens.word_at(j) in _BETWEEN:
        j -= 1
    if tokens.word_at(j) in ("in", "among") and tokens.word_at(j - 1) in _AHEAD and tokens.spaced(j - 1, i):
        return [Found(tokens.starts[j - 1], tokens.end(i), "statistic", None, None, "lead", "vague")]
    return []


def _won(tokens: Tokens, i: int) -> list[Found]:
    """ "won the most seats" (a rank of counts), "won narrowly" (a margin in words); not "won the most praise"."""
    if tokens.word_at(i + 1) == "the" and tokens.word_at(i + 2) == "most" and tokens.word_at(i + 3) in _RACE_COUNTS:
        if tokens.spaced(i, i + 3):
            return [Found(tokens.starts[i + 1], tokens.end(i + 3), "statistic", None, None, "rank", "vague")]
    if tokens.word_at(i + 1) in _WON_BY and tokens.spaced(i, i + 1):
        return [Found(tokens.starts[i], tokens.end(i + 1), "statistic", None, None, "margin", "vague")]
    return []
