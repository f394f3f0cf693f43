"""Annotate any English news text by rule: sentences with a claim-type guess, attributions, statistics, cues.

``annotate(text)`` returns the same ``Annotation`` class as the human answer key (``origin="machine"``),
so a lesson can set the two side by side.  Everything runs offline on general rules and our own word
lists; nothing here was tuned to one article.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from math import exp
from operator import itemgetter
from typing import TYPE_CHECKING

from medialit.text import cues as cues_module
from medialit.text.attribution import Attribution, find_attributions, find_quotes
from medialit.text.cues import Cue, capital_signals, find_cues, voice_signals
from medialit.text.dates import Found, find_dates
from medialit.text.numbers import find_statistics
from medialit.text.schema import MACHINE_COLUMNS, Annotation, dtypes
from medialit.text.sentences import sentence_id, split_spans
from medialit.text.textio import InputProblem
from medialit.text.tokens import Tokens

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = MACHINE_COLUMNS  # the machine's side of the schema (medialit.text.schema)
OPINION_THRESHOLD = 0.35  # a sentence whose opinion_score reaches this is guessed not to be plain fact
MIXED_MIN_WORDS = 18  # a long opinionated sentence usually wraps checkable content ("mixed")
STATISTIC_WEIGHT = -0.4  # numbers and dates are signs of checkable reporting
DATE_WEIGHT = -0.15
QUESTION_WEIGHT = 0.3  # a question in the author's own voice (often rhetorical, but not always)
EXCLAMATION_WEIGHT = 0.8  # an exclamation in the author's own voice
PERSONAL_WEIGHT = 0.6  # "we", "our", "you" in the author's own voice
ARGUMENT_WEIGHT = 0.5  # "moreover", "rather than", "one must": the author argues
PREDICATE_WEIGHT = 0.5  # "is ridiculous", "seems pointless": an evaluation after a linking verb
# Each voice signal (cues.voice_signals, cues.capital_signals): its weight, and how many count in one sentence.
# Positive ones count only in the author's own words; negative ones (plain reporting) count anywhere.
VOICE_WEIGHTS = {
    "argument": (ARGUMENT_WEIGHT, 9),
    "evaluative_predicate": (PREDICATE_WEIGHT, 9),
    "we": (PERSONAL_WEIGHT, 9),
    "you": (PERSONAL_WEIGHT, 9),
    "stance": (0.6, 1),  # "I think", "in my view"
    "generic": (0.75, 1),  # "everyone", "time and again"
    "emotive": (0.8, 1),  # "despise", "we love"
    "imperative": (0.6, 1),  # "Remember that …"
    "emphasis": (0.6, 1),  # "is NOT a cure"
    "acronym": (-0.15, 2),  # NATO, CDC: named institutions
}
SCARE_QUOTE_WEIGHT = 0.0  # tried: short unattributed quotes; in news they mostly mention terms
ATTRIBUTION_WEIGHT = -0.3  # reporting who said what is itself checkable
_START = itemgetter(0)  # a cue's start offset
MODALS = frozenset("might could would may".split())
FUTURE_WORDS = frozenset(
    "will won't won’t shall going gonna set be never only always future coming eventually soon day years".split()
)


def annotate(text: str, first_paragraph: int = 1) -> Annotation:
    """Annotate ``text``: four tables with sentence ids like p01.s1 (``first_paragraph=0`` for a headline)."""
    if not isinstance(text, str):
        raise InputProblem(f"annotate() needs a string of text, not {type(text).__name__}.")
    # A long text makes millions of small objects and no reference cycles: pausing the cycle collector
    # saves it from rescanning them again and again (a fifth of the time on a 5 MB text).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _annotate(text, first_paragraph)
    finally:
        if collecting:
            gc.enable()


def _annotate(text: str, first_paragraph: int) -> Annotation:
    spans = split_spans(text, first_paragraph)
    bounds = [(s.start, s.end) for s in spans]
    ids = [sentence_id(s.paragraph, s.index) for s in spans]
    tokens = Tokens(text)
    quotes = find_quotes(text)
    dates = find_dates(text, tokens)
    stats = find_statistics(text, dates, tokens)
    attributions = find_attributions(text, bounds, tokens, quotes)
    cues = find_cues(tokens)
    starts = [s for s, _ in bounds]
    ends = [e for _, e in bounds]

    def where(pos: int) -> int:
        k = bisect_right(starts, pos) - 1
        return k if k >= 0 and pos < ends[k] else -1

    in_quote = _Inside(quotes)
    reported = _Inside(_reported_regions(attributions, bounds))
    n = len(spans)
    evidence = [0.0] * n
    future = [False] * n
    conditional = [False] * n  # "if …" counts as a prediction only with a modal ("might", "would")
    modal = [False] * n
    checkable = [0] * n
    cue_rows = []
    date_cues = [Cue(d.start, d.end, "date") for d in dates]
    # The loops below run once per cue or signal of a long text: names are bound locally, and the
    # sentence and quotation look-ups are inlined binary searches (the same as where() and _Inside.hit()).
    quoted_weight, reported_weight = cues_module.QUOTED_WEIGHT, cues_module.REPORTED_WEIGHT
    q_starts, q_ends, r_starts, r_ends = in_quote.starts, in_quote.ends, reported.starts, reported.ends
    add_row = cue_rows.append
    for start, end, cue_type, weight in sorted(cues + date_cues, key=_START):
        k = bisect_right(starts, start) - 1
        if k < 0 or start >= ends[k]:
            continue
        j = bisect_right(q_starts, start) - 1
        quoted = j >= 0 and start < q_ends[j]
        span = text[start:end]
        if quoted:
            evidence[k] += weight * quoted_weight
        else:
            j = bisect_right(r_starts, start) - 1
            evidence[k] += weight * reported_weight if j >= 0 and start < r_ends[j] else weight
            first = span.split()[0].lower()
            if first == "if":
                conditional[k] = True
            elif cue_type == "modal_future" and first in FUTURE_WORDS:
                future[k] = True  # "will", "going to", "sooner or later": a claim about the future
            elif first in ("likely", "unlikely") and text[end : end + 4] == " to ":
                future[k] = True  # "is likely to grow"
            elif first in MODALS:
                modal[k] = True
        add_row((ids[k], span, start, end, cue_type, quoted))
    counted: dict[tuple[int, str], int] = {}
    for pos, kind in voice_signals(tokens) + capital_signals(text):
        k = bisect_right(starts, pos) - 1
        if k < 0 or pos >= ends[k]:
            continue
        weight, most = VOICE_WEIGHTS[kind]
        if weight > 0:
            j = bisect_right(q_starts, pos) - 1
            if j >= 0 and pos < q_ends[j]:
                continue  # someone else's words, quoted …
            j = bisect_right(r_starts, pos) - 1
            if j >= 0 and pos < r_ends[j]:
                continue  # … or reported
        seen = counted.get((k, kind), 0)
        if seen < most:
            counted[k, kind] = seen + 1
            evidence[k] += weight
    if SCARE_QUOTE_WEIGHT:
        owned = {(a.quote_start, a.quote_end) for a in attributions}
        for qa, qb in quotes:
            k = where(qa)
            if k >= 0 and (qa, qb) not in owned and len(text[qa:qb].split()) <= 3:
                evidence[k] += SCARE_QUOTE_WEIGHT  # a short unattributed quote: scare quotes keep a distance
    for a in attributions:
        evidence[a.sentence] += ATTRIBUTION_WEIGHT
    for k, (lo, hi) in enumerate(bounds):
        tail = text[lo:hi].rstrip("”\"’' )")
        if tail.endswith(("?", "!")) and not in_quote.hit(lo + len(tail) - 1):
            evidence[k] += QUESTION_WEIGHT if tail.endswith("?") else EXCLAMATION_WEIGHT
    stat_rows = []
    for f in stats:
        k = where(f.start)
        if k >= 0:
            evidence[k] += STATISTIC_WEIGHT
            checkable[k] += 1
            stat_rows.append(_stat_row(ids[k], text, f))
    for d in dates:
        k = where(d.start)
        if k >= 0:
            evidence[k] += DATE_WEIGHT
            checkable[k] += 1
    for a in attributions:
        checkable[a.sentence] += 1
    sentence_rows = []
    threshold = OPINION_THRESHOLD
    for k, s in enumerate(spans):
        e = evidence[k]
        score = round(1.0 - exp(-e), 3) if e > 0 else 0.0  # opinion_score(), inlined
        if score < threshold:
            guess = "fact"
        else:
            guess = _guess(score, future[k] or (conditional[k] and modal[k]), checkable[k], len(s.text.split()))
        sentence_rows.append((ids[k], s.paragraph, s.start, s.end, s.text, guess, score))
    speakers = {a.sentence: a.source for a in attributions if a.continues < 0 and a.form == "direct_quote"}
    attribution_rows = [_attribution_row(ids, a, speakers) for a in attributions]
    return Annotation(
        sentences=_frame("sentences", sentence_rows),
        attributions=_frame("attributions", attribution_rows),
        statistics=_frame("statistics", stat_rows),
        cues=_frame("cues", cue_rows),
        origin="machine",
    )


def _guess(score: float, future: bool, checkable: int, n_words: int) -> str:
    """fact, prediction, mixed or opinion from the score and what else the sentence holds."""
    if score < OPINION_THRESHOLD:
        return "fact"
    if future:
        return "prediction"
    if checkable or n_words >= MIXED_MIN_WORDS:
        return "mixed"
    return "opinion"


class _Inside:
    """Answers 'is this offset inside one of these (start, end) regions?' quickly, in any order."""

    def __init__(self, regions: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(regions):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def hit(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]


def _reported_regions(attributions: list[Attribution], bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The reported words of each paraphrase: after the verb, or before it in "…, engineers warned"."""
    regions = []
    for a in attributions:
        if a.form != "paraphrase":
            continue
        lo, hi = bounds[a.sentence]
        regions.append((a.verb_end, hi) if a.start < a.verb_start else (lo, min(a.start, a.verb_start)))
    return regions


def _stat_row(sid: str, text: str, f: Found) -> tuple:
    return (sid, text[f.start : f.end], f.start, f.end, f.value_low, f.value_high, f.unit, f.qualifier)


def _attribution_row(ids: list[str], a: Attribution, speakers: dict[int, str]) -> tuple:
    who = a.source
    if a.continues >= 0:
        who = f"{speakers.get(a.continues, 'the same speaker')} (the quotation continues from {ids[a.continues]})"
    return (
        ids[a.sentence],
        a.source,
        who,
        a.source_type,
        a.reporting_verb,
        a.verb_stance,
        a.form,
        a.quote,
        a.start,
        a.end,
        a.verb_start,
        a.verb_end,
    )


def _frame(name: str, rows: list[tuple]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=COLUMNS[name])
    types = dtypes(name, "machine")
    return frame.astype(types)
