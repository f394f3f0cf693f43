"""Collect every sentence's signals from the finders' results: the inputs of the opinion score.

One pass over the cues, voice signals, attributions, quotations, statistics and dates of a ``Document``;
each sentence gets a dict {signal name: value} (names in ``opinion.LABELS``), and what the claim-type
guess needs besides the score (a forecast, anything checkable).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress, repeat
from operator import itemgetter
from typing import TYPE_CHECKING

from medialit.text import lexicon, stance_words
from medialit.text.attribution import Attribution, find_attributions
from medialit.text.cues import VOICE_KINDS, WEIGHTS, capital_signals, cue_columns, voice_arrays
from medialit.text.dates import Found, find_dates
from medialit.text.document import Document
from medialit.text.numbers import find_statistics
from medialit.text.tokens import Tokens

if TYPE_CHECKING:
    import numpy as np

MODALS = frozenset("might could would may".split())
FUTURE_WORDS = frozenset(
    "will won't won’t shall going gonna set be never only always future coming eventually soon day years".split()
)
_FIRST_PERSON = frozenset(("i", "my", "me", "myself", "mine"))
_NEGATION = frozenset("not never no nothing nobody none neither nor cannot".split()) | {"n't", "n’t"}
_COMPARISON = frozenset("more most less least than rather".split())
# Word shapes: an adverb in -ly, an adjective with an evaluative ending, a capitalised word inside a sentence
# (a name: a sign of reporting). The first two are looked for among the distinct words (Tokens.shaped).
_ADVERB = re.compile(r"\b[a-z]{3,}ly\b")
_ADVERB_SHAPE = re.compile(r"[a-z]{3,}ly")
_ADJECTIVE = re.compile(r"\b[a-z]{2,}(?:ous|ful|less|ive|able|ible|ical|ish)\b")
_ADJECTIVE_SHAPE = re.compile(r"[a-z]{2,}(?:ous|ful|less|ive|able|ible|ical|ish)")
_NAME = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[a-z]+")  # the capital first: the engine skips to one
_NOT_EVALUATIVE = frozenset(lexicon.NOT_EVALUATIVE)
_FIRST_LETTERS = frozenset("iIlLuUmMcCwW")  # of "if", "likely", "unlikely" and the MODALS
_ANYWHERE = frozenset(("acronym", "name", "past", "time"))  # signs of reporting count inside quotations too
_REPORTING = ("past", "time", "date", "statistic", "attribution", "quotation")
_WORD_KINDS = ((_FIRST_PERSON, "first_person"), (_NEGATION, "negation"), (_COMPARISON, "comparison"))
# Every kind of the author's own signals, numbered (the voice and capital signals, words, shapes, stance).
OWN_KINDS = tuple(
    dict.fromkeys(
        (*VOICE_KINDS, "emphasis", "acronym", *(kind for _, kind in _WORD_KINDS), "adverb", "adjective", "name")
        + stance_words.KIND_NAMES
    )
)
_CODES = {kind: c for c, kind in enumerate(OWN_KINDS)}
_APART = not set(OWN_KINDS) & {*WEIGHTS, "quoted_cues", "reported_cues"}  # no cue is counted under these
_VOICE_CODES = [_CODES[kind] for kind in VOICE_KINDS]  # cues' numbers of voice signals as ours
_STANCE_CODES = [_CODES[kind] for kind in stance_words.KIND_NAMES]  # stance_words' numbers as ours


@dataclass
class Findings:
    """What the finders found in a document, and each sentence's signals."""

    stats: list[Found]
    attributions: list[Attribution]
    cue_columns: list[list]  # sentence index, span, start, end, cue type, inside a quotation
    signals: list[dict[str, float]]
    future: list[bool]  # "will", "going to", or "if … might": a claim about the future
    checkable: list[int]  # statistics, dates and attributions in the sentence


def collect(doc: Document) -> Findings:
    """Run every finder once on ``doc`` and gather each sentence's signals."""
    import numpy as np

    text, tokens, starts, ends = doc.text, doc.tokens, doc.starts, doc.ends
    dates = find_dates(text, tokens)
    stats = find_statistics(text, dates, tokens)
    attributions = find_attributions(doc)
    cues = cue_columns(tokens)
    n = len(doc.starts)
    signals: list[dict[str, float]] = [{} for _ in range(n)]
    future = [False] * n
    conditional = [False] * n  # "if …" counts as a prediction only with a modal ("might", "would")
    modal = [False] * n
    in_quote = _Inside(doc.quotes)
    reported = _Inside(_reported_regions(attributions, doc.bounds))
    found = _in_order(cues, dates)  # the cues and the dates, as Cue tuples would sort
    table = _weigh_cues(found, doc, in_quote, reported, signals)
    # What a cue's first word says about the sentence (only the author's own words count).
    columns = (table[c] for c in (0, 1, 3, 4))
    for k, span, end, cue_type in compress(zip(*columns), _worth_a_look(table, tokens)):
        first = span.split()[0].lower()
        if first == "if":
            conditional[k] = True
        elif cue_type == "modal_future" and first in FUTURE_WORDS:
            future[k] = True  # "will", "going to", "sooner or later": a claim about the future
        elif first in ("likely", "unlikely") and text[end : end + 4] == " to ":
            future[k] = True  # "is likely to grow"
        elif first in MODALS:
            modal[k] = True
    # The author's own signals, as (offsets, kind numbers) in the order they are counted.
    at = tokens.start_array()
    offsets, kinds = voice_arrays(tokens)
    own = [(offsets, np.asarray(_VOICE_CODES, dtype=np.int64)[kinds]), _listed(capital_signals(text))]
    own += [(at[tokens.hit_array(words)], _CODES[kind]) for words, kind in _WORD_KINDS]
    own.append((np.asarray([a for a, _ in tokens.shaped(_ADVERB_SHAPE, _ADVERB)], dtype=np.int64), _CODES["adverb"]))
    adjectives = [a for a, w in tokens.shaped(_ADJECTIVE_SHAPE, _ADJECTIVE) if w not in _NOT_EVALUATIVE]
    own.append((np.asarray(adjectives, dtype=np.int64), _CODES["adjective"]))
    own.append((_names(tokens), _CODES["name"]))
    offsets, kinds = stance_words.find_arrays(tokens)
    own.append((offsets, np.asarray(_STANCE_CODES, dtype=np.int64)[kinds]))
    own_counts = _own_counts(own, doc, in_quote, reported)
    for k, kind, count in own_counts:  # each (sentence, kind) once
        s = signals[k]
        s[kind] = count if _APART else s.get(kind, 0) + count
    # The signs of reporting, counted per sentence by NumPy; each adds one new name to a sentence's signals, so
    # the order of names in each sentence is that of adding them one at a time, in this order.
    checkable = _count_in(signals, "attribution", [a.sentence for a in attributions])
    for k in doc.sentences_of(doc.q_starts):
        if k >= 0:
            signals[k]["quotation"] = 1
    checkable += _count_in(signals, "statistic", doc.sentences_of([f.start for f in stats]))
    checkable += _count_in(signals, "date", doc.sentences_of([f.start for f in dates]))
    closers, hit = "”\"’' )", in_quote.hit
    if n:  # only a sentence that ends in "?", "!" or a closing mark can be a question or an exclamation
        last = tokens._codepoints()[np.asarray(ends, dtype=np.int64) - 1]
        asks = np.isin(last, [ord(c) for c in closers + "?!"]).tolist()
        for s, lo, hi in compress(zip(signals, starts, ends), asks):
            end = lo + len(text[lo:hi].rstrip(closers)) if text[hi - 1] in closers else hi  # slice only if needed
            mark = text[end - 1] if end > lo else ""
            if (mark == "?" or mark == "!") and not hit(end - 1):
                s["question" if mark == "?" else "exclamation"] = 1
    for s, spaces in zip(signals, map(str.count, doc.texts, repeat(" "))):
        s["words"] = (spaces + 1) / 20  # a sentence's text has one space between words
    for k in [k for k, kind, _ in own_counts if kind == "present"]:  # the sentences with "present" (count >= 1)
        s = signals[k]
        if not any(map(s.get, _REPORTING)):
            s["general"] = 1  # "is", "are" and no sign of a report: a statement about how things are
    future = [f or (c and m) for f, c, m in zip(future, conditional, modal)]
    return Findings(stats, attributions, table, signals, future, checkable.tolist())


def _count_in(signals: list[dict[str, float]], name: str, sentences: list[int]) -> np.ndarray:
    """Set ``name`` in the signals of each sentence to how often it is among ``sentences`` (-1: none), where it
    is; the counts of all the sentences."""
    import numpy as np

    at = np.asarray(sentences, dtype=np.int64)
    counts = np.bincount(at[at >= 0], minlength=len(signals))
    for k, count in zip(np.flatnonzero(counts).tolist(), counts[counts > 0].tolist()):
        signals[k][name] = count
    return counts


def _in_order(cues: tuple[list, ...], dates: list[Found]) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
    """The cues' columns and the dates (type "date", no weight) together, sorted as their Cue tuples would be
    (start, end, type, weight): offsets, ends, types and weights."""
    import numpy as np

    at = np.asarray(cues[0] + [d.start for d in dates], dtype=np.int64)
    stop = np.asarray(cues[1] + [d.end for d in dates], dtype=np.int64)
    types = cues[2] + ["date"] * len(dates)
    weights = np.asarray(cues[3] + [0.0] * len(dates), dtype=np.float64)
    rank = {name: r for r, name in enumerate(sorted(set(types)))}
    ranks = np.fromiter(map(rank.__getitem__, types), dtype=np.int64, count=len(types))
    order = np.lexsort((weights, ranks, stop, at))
    return at[order], stop[order], list(map(types.__getitem__, order.tolist())), weights[order]


def _weigh_cues(
    found: tuple[np.ndarray, np.ndarray, list[str], np.ndarray],
    doc: Document,
    quoted: _Inside,
    reported: _Inside,
    signals: list[dict[str, float]],
) -> list[list]:
    """Add each cue's weight to its sentence's signals; the cue table's columns (sentence, span, start, end,
    type, inside a quotation) for the cues that lie wholly inside a sentence.

    A cue counts under its own type in the author's words, as "quoted_cues" inside a quotation (even with
    no weight) and as "reported_cues" in reported speech; a cue across a sentence break does not count.
    The sums are made by NumPy in the order of the cues, so they and each sentence's order of signals are
    exactly those of adding one cue at a time.
    """
    import numpy as np

    pos, end, types, weights = found
    if not len(pos) or not len(doc.starts):
        return [[], [], [], [], [], []]
    text = doc.text
    starts, ends = doc.arrays()
    k = np.searchsorted(starts, pos, side="right") - 1
    inside = (k >= 0) & (end <= ends[np.maximum(k, 0)])
    keep = np.flatnonzero(inside)
    k, pos, end, weights = k[keep], pos[keep], end[keep], weights[keep]
    types = list(map(types.__getitem__, keep.tolist()))
    in_quote = quoted.hits(pos)
    in_reported = reported.hits(pos)
    # Where each cue counts: its type, "quoted_cues", "reported_cues", or nowhere (no weight).
    labels = list(dict.fromkeys(types))
    code = {name: c for c, name in enumerate(labels)}
    kind = np.fromiter(map(code.__getitem__, types), dtype=np.int64, count=len(types))
    plain = ~in_quote & (weights != 0)
    kind = np.where(in_quote, len(labels), np.where(plain & in_reported, len(labels) + 1, kind))
    labels += ["quoted_cues", "reported_cues"]
    counted = in_quote | plain
    pairs = k[counted] * len(labels) + kind[counted]
    unique, first, inverse = np.unique(pairs, return_index=True, return_inverse=True)
    sums = np.zeros(len(unique))
    np.add.at(sums, inverse, weights[counted])  # in order, one at a time
    order = np.argsort(first, kind="stable")
    k_of, which = np.divmod(unique[order], len(labels))
    for s, name, total in zip(k_of.tolist(), map(labels.__getitem__, which.tolist()), sums[order].tolist()):
        signals[s][name] = total
    at, stop = pos.tolist(), end.tolist()
    return [k.tolist(), list(map(text.__getitem__, map(slice, at, stop))), at, stop, types, in_quote.tolist()]


def _names(tokens: Tokens) -> np.ndarray:
    """``[m.start() for m in _NAME.finditer(text)]``: a capital A-Z, a lower-case a-z after it, and a space
    before it after a letter a-z, a comma or a semicolon; such a capital always starts a token."""

    points, at = tokens._codepoints(), tokens.start_array()
    at = at[tokens.capitals() & (at >= 2)]
    at = at[at + 1 < len(points)]
    before = points[at - 2]
    fits = (points[at] >= 65) & (points[at] <= 90) & (points[at - 1] == 32)
    fits &= ((before >= 97) & (before <= 122)) | (before == 44) | (before == 59)
    return at[fits & (points[at + 1] >= 97) & (points[at + 1] <= 122)]


def _worth_a_look(columns: list[list], tokens: Tokens) -> list[bool]:
    """Which cues of the table's columns may say something about the future or a condition: in the author's
    words, and a "modal_future" cue or one whose first letter is that of "if", "likely" or a modal."""
    import numpy as np

    if not columns[0]:
        return []
    first = tokens._codepoints()[np.asarray(columns[2], dtype=np.int64)]
    letters = np.isin(first, [ord(c) for c in _FIRST_LETTERS])
    future = np.fromiter((t == "modal_future" for t in columns[4]), dtype=bool, count=len(columns[4]))
    return (~np.asarray(columns[5], dtype=bool) & (letters | future)).tolist()


def _listed(pairs: list[tuple[int, str]]) -> tuple[np.ndarray, np.ndarray]:
    """(offset, kind) pairs as an array of offsets and one of kind numbers (``_CODES``)."""
    import numpy as np

    offsets = np.fromiter(map(itemgetter(0), pairs), dtype=np.int64, count=len(pairs))
    return offsets, np.fromiter(map(_CODES.__getitem__, map(itemgetter(1), pairs)), dtype=np.int64, count=len(pairs))


def _own_counts(own: list[tuple], doc: Document, quoted: _Inside, reported: _Inside) -> list[tuple]:
    """(sentence, kind, how many) of the signals in ``own`` that count, in the order each kind first
    appears in a sentence (the order of a sentence's signals decides ties in its ``signals`` column).

    ``own`` holds (offsets, kind number or numbers) in the order the signals are counted. A signal counts
    inside a sentence, and outside quotations and reported speech unless its kind counts anywhere. The
    same as one look-up per signal, done by NumPy for all at once.
    """
    import numpy as np

    pos = np.concatenate([offsets for offsets, _ in own])
    if not len(pos):
        return []
    kind = np.concatenate([np.broadcast_to(np.asarray(kinds, dtype=np.int64), offsets.shape) for offsets, kinds in own])
    starts, ends = doc.arrays()
    k = np.searchsorted(starts, pos, side="right") - 1
    keep = (k >= 0) & (pos < ends[np.maximum(k, 0)]) if len(starts) else np.zeros(len(pos), dtype=bool)
    anywhere = np.isin(kind, [_CODES[name] for name in _ANYWHERE])
    keep &= anywhere | ~(quoted.hits(pos) | reported.hits(pos))
    width = len(OWN_KINDS)
    pairs = k[keep] * width + kind[keep]
    unique, first, counts = np.unique(pairs, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    unique, counts = unique[order], counts[order]
    sentence, which = np.divmod(unique, width)
    return list(zip(sentence.tolist(), map(OWN_KINDS.__getitem__, which.tolist()), counts.tolist()))


def sentence_signals(texts: list[str]) -> list[tuple[int, dict[str, float]]]:
    """(text index, signals) of every sentence of a batch of texts: what tools/train_opinion.py fits on."""
    doc = Document(texts)
    return list(zip(doc.document, collect(doc).signals))


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

    def hits(self, positions: np.ndarray) -> np.ndarray:
        """``hit`` for a NumPy array of offsets, as a boolean array."""
        import numpy as np

        if not self.starts:
            return np.zeros(len(positions), dtype=bool)
        k = np.searchsorted(np.asarray(self.starts, dtype=np.int64), positions, side="right") - 1
        return (k >= 0) & (positions < np.asarray(self.ends, dtype=np.int64)[np.maximum(k, 0)])


def _reported_regions(attributions: list[Attribution], bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The reported words of each paraphrase: after the verb, or before it in "…, engineers warned"."""
    regions = []
    for a in attributions:
        if a.form != "paraphrase":
            continue
        lo, hi = bounds[a.sentence]
        regions.append((a.verb_end, hi) if a.start < a.verb_start else (lo, min(a.start, a.verb_start)))
    return regions
