"""Annotate any English news text by rule: sentences with a claim-type guess, attributions, statistics, cues.

``annotate(text)`` returns the same ``Annotation`` class as the human answer key (``origin="machine"``),
so a lesson can set the two side by side; ``annotate_many(texts)`` does a whole batch in one pass and
adds a ``document`` column.  The text is split and tokenised once (``document.Document``) and every
finder reads the same tokens.  Everything runs offline on general rules, our own word lists and a small
weighted sum of the findings (``opinion``); nothing here was tuned to one article.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from medialit.text import opinion
from medialit.text.attribution import Attribution
from medialit.text.document import Document
from medialit.text.schema import MACHINE_COLUMNS, Annotation, dtypes
from medialit.text.signals import collect
from medialit.text.textio import InputProblem

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = MACHINE_COLUMNS  # the machine's side of the schema (medialit.text.schema)
MIXED_MIN_WORDS = 18  # a long opinionated sentence usually wraps checkable content ("mixed")
_MEMO = 200_000  # at most this many distinct sets of signals are remembered in one call


def annotate(text: str, first_paragraph: int = 1) -> Annotation:
    """Annotate ``text``: four tables with sentence ids like p01.s1 (``first_paragraph=0`` for a headline)."""
    if not isinstance(text, str):
        raise InputProblem(f"annotate() needs a string of text, not {type(text).__name__}.")
    return _run(text, first_paragraph, batch=False)


def annotate_many(texts: Iterable[str], first_paragraph: int = 1) -> Annotation:
    """Annotate many texts in one pass: every table gains a ``document`` column (0, 1, … in input order).

    Sentence ids restart in each text and offsets are into each text, exactly as ``annotate(texts[i])``
    would give them; one call costs far less than one ``annotate`` per text on short texts.
    """
    texts = list(texts)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise InputProblem(f"annotate_many() needs strings of text; item {i} is {type(t).__name__}.")
    return _run(texts, first_paragraph, batch=True)


def _run(texts: str | list[str], first_paragraph: int, batch: bool) -> Annotation:
    # A long text makes millions of small objects and no reference cycles: pausing the cycle collector
    # saves it from rescanning them again and again (a fifth of the time on a 5 MB text).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _annotate(Document(texts, first_paragraph), batch)
    finally:
        if collecting:
            gc.enable()


def _annotate(doc: Document, batch: bool) -> Annotation:
    found = collect(doc)
    text = doc.text
    stat_rows = []
    for f, k in zip(found.stats, doc.sentences_of([f.start for f in found.stats])):
        if k >= 0:
            stat_rows.append((k, text[f.start : f.end], f.start, f.end, f.value_low, f.value_high, f.unit, f.qualifier))
    threshold = opinion.model()["threshold"]
    judged: dict[tuple, tuple[float, str, bool]] = {}  # signals already weighed: many sentences share them
    checkable, future = found.checkable, found.future
    guesses: list[str] = []
    scores: list[float] = []
    pulled: list[str] = []
    guess, score_of, pulls_of = guesses.append, scores.append, pulled.append
    # Each sentence's signals in order (the order of equal pulls decides what the signals column shows).
    keys = map(tuple, map(dict.items, found.signals))
    for key, s, is_future, is_checkable in zip(keys, found.signals, future, checkable):
        seen = judged.get(key)
        if seen is None:
            score, pulls = opinion.score(s)
            seen = (round(score, 3), opinion.describe(pulls), score < threshold)
            if len(judged) < _MEMO:
                judged[key] = seen
        if seen[2]:
            guess("fact")
        elif is_future:
            guess("prediction")
        elif is_checkable or s["words"] * 20 >= MIXED_MIN_WORDS:
            guess("mixed")
        else:
            guess("opinion")
        score_of(seen[0])
        pulls_of(seen[1])
    n = len(doc.starts)
    tables = {  # each table as columns; the first column is the sentence index of each row
        "sentences": [range(n), doc.paragraphs, doc.starts, doc.ends, doc.texts, guesses, scores, pulled],
        "attributions": _columns(_attribution_rows(doc, found.attributions)),
        "statistics": _columns(stat_rows),
        "cues": found.cue_columns,
    }
    return Annotation(**{name: _frame(name, cols, doc, batch) for name, cols in tables.items()}, origin="machine")


def _columns(rows: list[tuple]) -> list:
    """Rows turned into columns (none for no rows)."""
    return list(zip(*rows))


_PRONOUNS = frozenset(("he", "she"))
_RESOLVE_WITHIN = 3  # a pronoun points back at most this many sentences, and only inside one text


def _attribution_rows(doc: Document, attributions: list[Attribution]) -> list[tuple]:
    """One row per attribution; ``source_who`` resolves "he"/"she" to the person named just before, if safe.

    Safe means: a named person was the source of the latest attribution with a named source, a few
    sentences back at most, in the same text; otherwise "he" stays "he".
    """
    speakers = {a.sentence: a.source for a in attributions if a.continues < 0 and a.form == "direct_quote"}
    rows = []
    last: tuple[int, str] | None = None  # (sentence, name) of the latest named person who was a source
    for a in attributions:
        who = a.who or a.source
        if a.continues >= 0:
            name = speakers.get(a.continues, "the same speaker")
            who = f"{name} (the quotation continues from {doc.ids[a.continues]})"
        elif a.source.lower() in _PRONOUNS and last is not None:
            k, name = last
            if a.sentence - k <= _RESOLVE_WITHIN and doc.same_text(k, a.sentence):
                who = f"{name} (“{a.source}” points back to {doc.ids[k]})"
        elif a.source_type == "named_person":
            last = (a.sentence, a.source)
        row = (a.sentence, a.source, who, a.source_type, a.reporting_verb, a.verb_stance, a.form, a.quote)
        rows.append((*row, a.start, a.end, a.verb_start, a.verb_end))
    return rows


_OFFSETS = {  # the offset columns of each table, shifted to be offsets into each text of a batch
    "sentences": (2, 3),
    "attributions": (8, 9, 10, 11),
    "statistics": (2, 3),
    "cues": (2, 3),
}


def _frame(name: str, columns: list, doc: Document, batch: bool) -> pd.DataFrame:
    """One table from its columns; the first (a sentence index) becomes the id (and document, in a batch).

    Built column by column from NumPy arrays: for millions of rows this is several times faster than
    a DataFrame made from row tuples, with the same dtypes (string columns are inferred as before).
    """
    import numpy as np
    import pandas as pd

    names = COLUMNS[name]
    types = dtypes(name, "machine")
    if not columns or not len(columns[0]):
        empty = pd.DataFrame([], columns=["document", *names] if batch else names)
        return empty.astype(types | ({"document": "int64"} if batch else {}))
    rows = columns[0]
    ids = doc.ids
    data: dict[str, Sequence] = {names[0]: ids if isinstance(rows, range) else list(map(ids.__getitem__, rows))}
    for column, values in zip(names[1:], columns[1:]):
        data[column] = values
    if batch:
        document = doc.document if isinstance(rows, range) else list(map(doc.document.__getitem__, rows))
        shift = [doc.offsets[d] for d in document]
        for c in _OFFSETS[name]:
            data[names[c]] = [v - s if v >= 0 else v for v, s in zip(data[names[c]], shift)]
        data = {"document": document, **data}
        types = types | {"document": "int64"}
    return pd.DataFrame({c: np.array(v, dtype=types.get(c, object)) for c, v in data.items()})
