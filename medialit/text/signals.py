"""Collect every sentence's signals from the finders' results: the inputs of the opinion score.

One pass over the cues, voice signals, attributions, quotations, statistics and dates of a ``Document``;
each sentence gets a dict {signal name: value} (names in ``opinion.LABELS``), and what the claim-type
guess needs besides the score (a forecast, anything checkable).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING

from medialit.text import lexicon, stance_words
from medialit.text.attribution import Attribution, find_attributions
from medialit.text.cues import Cue, capital_signals, find_cues, voice_signals
from medialit.text.dates import Found, find_dates
from medialit.text.document import Document
from medialit.text.numbers import find_statistics

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


@dataclass
class Findings:
    """What the finders found in a document, and each sentence's signals."""

    stats: list[Found]
    attributions: list[Attribution]
    cue_rows: list[tuple]  # (sentence index, span, start, end, cue type, inside a quotation)
    signals: list[dict[str, float]]
    future: list[bool]  # "will", "going to", or "if … might": a claim about the future
    checkable: list[int]  # statistics, dates and attributions in the sentence


def collect(doc: Document) -> Findings:
    """Run every finder once on ``doc`` and gather each sentence's signals."""
    text, tokens, starts, ends = doc.text, doc.tokens, doc.starts, doc.ends
    dates = find_dates(text, tokens)
    stats = find_statistics(text, dates, tokens)
    attributions = find_attributions(doc)
    cues = find_cues(tokens)
    n = len(doc.starts)
    signals: list[dict[str, float]] = [{} for _ in range(n)]
    future = [False] * n
    conditional = [False] * n  # "if …" counts as a prediction only with a modal ("might", "would")
    modal = [False] * n
    checkable = [0] * n
    in_quote = _Inside(doc.quotes)
    reported = _Inside(_reported_regions(attributions, doc.bounds))
    found = sorted(cues + [Cue(d.start, d.end, "date") for d in dates])
    cue_rows = _weigh_cues(found, doc, in_quote, reported, signals)
    # What a cue's first word says about the sentence (only the author's own words count).
    for k, span, _start, end, cue_type, quoted in cue_rows:
        if quoted or not (cue_type == "modal_future" or span[0] in _FIRST_LETTERS):
            continue  # no word below starts with another letter
        first = span.split()[0].lower()
        if first == "if":
            conditional[k] = True
        elif cue_type == "modal_future" and first in FUTURE_WORDS:
            future[k] = True  # "will", "going to", "sooner or later": a claim about the future
        elif first in ("likely", "unlikely") and text[end : end + 4] == " to ":
            future[k] = True  # "is likely to grow"
        elif first in MODALS:
            modal[k] = True
    first_person = [(tokens.starts[i], "first_person") for i in tokens.hits(_FIRST_PERSON)]
    negation = [(tokens.starts[i], "negation") for i in tokens.hits(_NEGATION)]
    comparison = [(tokens.starts[i], "comparison") for i in tokens.hits(_COMPARISON)]
    shapes = [(at, "adverb") for at, _ in tokens.shaped(_ADVERB_SHAPE, _ADVERB)]
    shapes += [(at, "adjective") for at, w in tokens.shaped(_ADJECTIVE_SHAPE, _ADJECTIVE) if w not in _NOT_EVALUATIVE]
    shapes += [(m.start(), "name") for m in _NAME.finditer(text)]
    own = voice_signals(tokens) + capital_signals(text) + first_person + negation + comparison + shapes
    own += stance_words.find(tokens)
    for k, kind, count in _own_counts(own, doc, in_quote, reported):
        s = signals[k]
        s[kind] = s.get(kind, 0) + count
    for a in attributions:
        s = signals[a.sentence]
        s["attribution"] = s.get("attribution", 0) + 1
        checkable[a.sentence] += 1
    for qa, _ in doc.quotes:
        k = doc.sentence_at(qa)
        if k >= 0:
            signals[k]["quotation"] = 1
    for found, name in [(stats, "statistic"), (dates, "date")]:
        for k in doc.sentences_of([f.start for f in found]):
            if k >= 0:
                s = signals[k]
                s[name] = s.get(name, 0) + 1
                checkable[k] += 1
    closers, hit = "”\"’' )", in_quote.hit
    for s, lo, hi, words in zip(signals, starts, ends, doc.texts):
        end = lo + len(text[lo:hi].rstrip(closers)) if text[hi - 1] in closers else hi  # slice only if needed
        mark = text[end - 1] if end > lo else ""
        if (mark == "?" or mark == "!") and not hit(end - 1):
            s["question" if mark == "?" else "exclamation"] = 1
        s["words"] = (words.count(" ") + 1) / 20  # a sentence's text has one space between words
        if s.get("present") and not any(map(s.get, _REPORTING)):
            s["general"] = 1  # "is", "are" and no sign of a report: a statement about how things are
    future = [f or (c and m) for f, c, m in zip(future, conditional, modal)]
    return Findings(stats, attributions, cue_rows, signals, future, checkable)


def _weigh_cues(
    found: list[Cue], doc: Document, quoted: _Inside, reported: _Inside, signals: list[dict[str, float]]
) -> list[tuple]:
    """Add each cue's weight to its sentence's signals; the cue rows (sentence, span, start, end, type, quoted).

    A cue counts under its own type in the author's words, as "quoted_cues" inside a quotation (even with
    no weight) and as "reported_cues" in reported speech; a cue across a sentence break does not count.
    The sums are made by NumPy in the order of the cues, so they and each sentence's order of signals are
    exactly those of adding one cue at a time.
    """
    import numpy as np

    text = doc.text
    rows, names, weights = [], [], []
    for (start, end, cue_type, weight), k, inside, in_quote, in_reported in zip(
        found, *_places(found, doc, quoted, reported)
    ):
        if inside:
            rows.append((k, text[start:end], start, end, cue_type, in_quote))
            if in_quote:
                names.append("quoted_cues")
            elif not weight:
                names.append("")  # counts nowhere
            else:
                names.append("reported_cues" if in_reported else cue_type)
            weights.append(weight)
    if not rows:
        return rows
    labels = list(dict.fromkeys(names))
    code = {name: c for c, name in enumerate(labels)}
    sentence = np.fromiter(map(itemgetter(0), rows), dtype=np.int64, count=len(rows))
    kind = np.fromiter(map(code.__getitem__, names), dtype=np.int64, count=len(rows))
    keep = kind != code[""] if "" in code else np.ones(len(rows), dtype=bool)
    pairs = sentence[keep] * len(labels) + kind[keep]
    unique, first, inverse = np.unique(pairs, return_index=True, return_inverse=True)
    sums = np.zeros(len(unique))
    np.add.at(sums, inverse, np.asarray(weights, dtype=np.float64)[keep])  # in order, one at a time
    order = np.argsort(first, kind="stable")
    k_of, which = np.divmod(unique[order], len(labels))
    for k, name, total in zip(k_of.tolist(), map(labels.__getitem__, which.tolist()), sums[order].tolist()):
        signals[k][name] = total
    return rows


def _places(cues: list[Cue], doc: Document, quoted: _Inside, reported: _Inside) -> tuple[list, ...]:
    """For each cue: its sentence, whether it lies wholly inside it, inside a quotation, in reported speech
    (one NumPy search for all of them instead of three binary searches for each)."""
    import numpy as np

    if not cues:
        return [], [], [], []
    pos = np.fromiter(map(itemgetter(0), cues), dtype=np.int64, count=len(cues))
    end = np.fromiter(map(itemgetter(1), cues), dtype=np.int64, count=len(cues))
    starts, ends = doc.arrays()
    if not len(starts):
        return [-1] * len(cues), [False] * len(cues), [False] * len(cues), [False] * len(cues)
    k = np.searchsorted(starts, pos, side="right") - 1
    inside = (k >= 0) & (end <= ends[np.maximum(k, 0)])
    return k.tolist(), inside.tolist(), quoted.hits(pos).tolist(), reported.hits(pos).tolist()


def _own_counts(own: list[tuple[int, str]], doc: Document, quoted: _Inside, reported: _Inside) -> list[tuple]:
    """(sentence, kind, how many) of the signals in ``own`` that count, in the order each kind first
    appears in a sentence (the order of a sentence's signals decides ties in its ``signals`` column).

    A signal counts inside a sentence, and outside quotations and reported speech unless its kind counts
    anywhere. The same as one look-up per signal, done by NumPy for all at once.
    """
    import numpy as np

    if not own:
        return []
    kinds = list(map(itemgetter(1), own))
    names = list(dict.fromkeys(kinds))
    code = {name: c for c, name in enumerate(names)}
    pos = np.fromiter(map(itemgetter(0), own), dtype=np.int64, count=len(own))
    kind = np.fromiter(map(code.__getitem__, kinds), dtype=np.int64, count=len(kinds))
    starts, ends = doc.arrays()
    k = np.searchsorted(starts, pos, side="right") - 1
    keep = (k >= 0) & (pos < ends[np.maximum(k, 0)]) if len(starts) else np.zeros(len(pos), dtype=bool)
    anywhere = np.isin(kind, [code[name] for name in _ANYWHERE if name in code])
    keep &= anywhere | ~(quoted.hits(pos) | reported.hits(pos))
    pairs = k[keep] * len(names) + kind[keep]
    unique, first, counts = np.unique(pairs, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    unique, counts = unique[order], counts[order]
    sentence, which = np.divmod(unique, len(names))
    return list(zip(sentence.tolist(), map(names.__getitem__, which.tolist()), counts.tolist()))


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
