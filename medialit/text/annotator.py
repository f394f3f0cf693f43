"""Annotate any English news text by rule: sentences with a claim-type guess, attributions, statistics, cues.

``annotate(text)`` returns the same ``Annotation`` class as the human answer key (``origin="machine"``),
so a lesson can set the two side by side; ``annotate_many(texts)`` does a whole batch in one pass and
adds a ``document`` column.  The text is split and tokenised once (``document.Document``) and every
finder reads the same tokens.  Everything runs offline on general rules, our own word lists and a small
weighted sum of the findings (``opinion``); nothing here was tuned to one article.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from medialit.text import opinion
from medialit.text.attribution import Attribution, find_attributions
from medialit.text.cues import Cue, capital_signals, find_cues, voice_signals
from medialit.text.dates import Found, find_dates
from medialit.text.document import Document
from medialit.text.numbers import find_statistics
from medialit.text.schema import MACHINE_COLUMNS, Annotation, dtypes
from medialit.text.textio import InputProblem

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = MACHINE_COLUMNS  # the machine's side of the schema (medialit.text.schema)
MIXED_MIN_WORDS = 18  # a long opinionated sentence usually wraps checkable content ("mixed")
MODALS = frozenset("might could would may".split())
FUTURE_WORDS = frozenset(
    "will won't won’t shall going gonna set be never only always future coming eventually soon day years".split()
)
_FIRST_PERSON = frozenset(("i", "my", "me", "myself", "mine"))


def annotate(text: str, first_paragraph: int = 1) -> Annotation:
    """Annotate ``text``: four tables with sentence ids like p01.s1 (``first_paragraph=0`` for a headline)."""
    if not isinstance(text, str):
        raise InputProblem(f"annotate() needs a string of text, not {type(text).__name__}.")
    return _run(Document(text, first_paragraph), batch=False)


def annotate_many(texts: Iterable[str], first_paragraph: int = 1) -> Annotation:
    """Annotate many texts in one pass: every table gains a ``document`` column (0, 1, … in input order).

    Sentence ids restart in each text and offsets are into each text, exactly as ``annotate(texts[i])``
    would give them; one call costs far less than one ``annotate`` per text on short texts.
    """
    texts = list(texts)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise InputProblem(f"annotate_many() needs strings of text; item {i} is {type(t).__name__}.")
    return _run(Document(texts, first_paragraph), batch=True)


def _run(doc: Document, batch: bool) -> Annotation:
    # A long text makes millions of small objects and no reference cycles: pausing the cycle collector
    # saves it from rescanning them again and again (a fifth of the time on a 5 MB text).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _annotate(doc, batch)
    finally:
        if collecting:
            gc.enable()


def _annotate(doc: Document, batch: bool) -> Annotation:
    text, tokens, ids, starts, ends = doc.text, doc.tokens, doc.ids, doc.starts, doc.ends
    dates = find_dates(text, tokens)
    stats = find_statistics(text, dates, tokens)
    attributions = find_attributions(doc)
    cues = find_cues(tokens)
    n = len(doc.spans)
    signals: list[dict[str, float]] = [{} for _ in range(n)]
    future = [False] * n
    conditional = [False] * n  # "if …" counts as a prediction only with a modal ("might", "would")
    modal = [False] * n
    checkable = [0] * n
    in_quote = _Inside(doc.quotes)
    reported = _Inside(_reported_regions(attributions, doc.bounds))
    # The loops below run once per cue or signal of a long text: names are bound locally, and the
    # sentence and quotation look-ups are inlined binary searches (the same as _Inside.hit()).
    q_starts, q_ends, r_starts, r_ends = in_quote.starts, in_quote.ends, reported.starts, reported.ends
    cue_rows = []
    add_row = cue_rows.append
    for start, end, cue_type, weight in sorted(cues + [Cue(d.start, d.end, "date") for d in dates]):
        k = bisect_right(starts, start) - 1
        if k < 0 or end > ends[k]:
            continue  # between sentences, or a phrase across a sentence break
        j = bisect_right(q_starts, start) - 1
        quoted = j >= 0 and start < q_ends[j]
        span = text[start:end]
        s = signals[k]
        if quoted:
            s["quoted_cues"] = s.get("quoted_cues", 0.0) + weight
        else:
            j = bisect_right(r_starts, start) - 1
            name = "reported_cues" if j >= 0 and start < r_ends[j] else cue_type
            if weight:
                s[name] = s.get(name, 0.0) + weight
            first = span.split()[0].lower()
            if first == "if":
                conditional[k] = True
            elif cue_type == "modal_future" and first in FUTURE_WORDS:
                future[k] = True  # "will", "going to", "sooner or later": a claim about the future
            elif first in ("likely", "unlikely") and text[end : end + 4] == " to ":
                future[k] = True  # "is likely to grow"
            elif first in MODALS:
                modal[k] = True
        add_row((k, span, start, end, cue_type, quoted))
    first_person = [(tokens.starts[i], "first_person") for i in tokens.hits(_FIRST_PERSON)]
    own = voice_signals(tokens) + capital_signals(text) + first_person
    for pos, kind in own:
        k = bisect_right(starts, pos) - 1
        if k < 0 or pos >= ends[k]:
            continue
        if kind != "acronym":
            j = bisect_right(q_starts, pos) - 1
            if j >= 0 and pos < q_ends[j]:
                continue  # someone else's words, quoted …
            j = bisect_right(r_starts, pos) - 1
            if j >= 0 and pos < r_ends[j]:
                continue  # … or reported
        s = signals[k]
        s[kind] = s.get(kind, 0) + 1
    for a in attributions:
        s = signals[a.sentence]
        s["attribution"] = s.get("attribution", 0) + 1
        checkable[a.sentence] += 1
    for qa, _ in doc.quotes:
        k = doc.sentence_at(qa)
        if k >= 0:
            signals[k]["quotation"] = 1
    stat_rows = []
    for found, name in [(stats, "statistic"), (dates, "date")]:
        for f in found:
            k = doc.sentence_at(f.start)
            if k >= 0:
                s = signals[k]
                s[name] = s.get(name, 0) + 1
                checkable[k] += 1
                if name == "statistic":
                    stat_rows.append(_stat_row(k, text, f))
    sentence_rows = []
    threshold = opinion.model()["threshold"]
    for k, span in enumerate(doc.spans):
        s = signals[k]
        lo, hi = span.start, span.end
        tail = text[lo:hi].rstrip("”\"’' )")
        if tail.endswith(("?", "!")) and not in_quote.hit(lo + len(tail) - 1):
            s["question" if tail.endswith("?") else "exclamation"] = 1
        n_words = len(span.text.split())
        s["words"] = n_words / 20
        score, pulls = opinion.score(s)
        if score < threshold:
            guess = "fact"
        elif future[k] or (conditional[k] and modal[k]):
            guess = "prediction"
        elif checkable[k] or n_words >= MIXED_MIN_WORDS:
            guess = "mixed"
        else:
            guess = "opinion"
        sentence_rows.append((k, doc.paragraphs[k], lo, hi, span.text, guess, round(score, 3), opinion.describe(pulls)))
    speakers = {a.sentence: a.source for a in attributions if a.continues < 0 and a.form == "direct_quote"}
    attribution_rows = [_attribution_row(ids, a, speakers) for a in attributions]
    tables = {
        "sentences": sentence_rows,
        "attributions": attribution_rows,
        "statistics": stat_rows,
        "cues": cue_rows,
    }
    return Annotation(**{name: _frame(name, rows, doc, batch) for name, rows in tables.items()}, origin="machine")


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


def _stat_row(k: int, text: str, f: Found) -> tuple:
    return (k, text[f.start : f.end], f.start, f.end, f.value_low, f.value_high, f.unit, f.qualifier)


def _attribution_row(ids: list[str], a: Attribution, speakers: dict[int, str]) -> tuple:
    who = a.source
    if a.continues >= 0:
        who = f"{speakers.get(a.continues, 'the same speaker')} (the quotation continues from {ids[a.continues]})"
    row = (a.sentence, a.source, who, a.source_type, a.reporting_verb, a.verb_stance, a.form, a.quote)
    return (*row, a.start, a.end, a.verb_start, a.verb_end)


_OFFSETS = {  # the offset columns of each table, shifted to be offsets into each text of a batch
    "sentences": (2, 3),
    "attributions": (8, 9, 10, 11),
    "statistics": (2, 3),
    "cues": (2, 3),
}


def _frame(name: str, rows: list[tuple], doc: Document, batch: bool) -> pd.DataFrame:
    """One table; each row's first field (a sentence index) becomes its id (and document, in a batch)."""
    import pandas as pd

    ids, document, offsets = doc.ids, doc.document, doc.offsets
    columns = COLUMNS[name]
    if batch:
        cols = _OFFSETS[name]
        out = []
        for row in rows:
            d = document[row[0]]
            shift = offsets[d]
            fields = list(row)
            fields[0] = ids[row[0]]
            for c in cols:
                if fields[c] >= 0:
                    fields[c] -= shift
            out.append((d, *fields))
        columns = ["document", *columns]
    else:
        out = [(ids[row[0]], *row[1:]) for row in rows]
    types = dtypes(name, "machine") | ({"document": "int64"} if batch else {})
    return pd.DataFrame(out, columns=columns).astype(types)
