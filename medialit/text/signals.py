"""Collect every sentence's signals from the finders' results: the inputs of the opinion score.

One pass over the cues, voice signals, attributions, quotations, statistics and dates of a ``Document``;
each sentence gets a dict {signal name: value} (names in ``opinion.LABELS``), and what the claim-type
guess needs besides the score (a forecast, anything checkable).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from medialit.text import lexicon, stance_words
from medialit.text.attribution import Attribution, find_attributions
from medialit.text.cues import Cue, capital_signals, find_cues, voice_signals
from medialit.text.dates import Found, find_dates
from medialit.text.document import Document
from medialit.text.numbers import find_statistics

MODALS = frozenset("might could would may".split())
FUTURE_WORDS = frozenset(
    "will won't won’t shall going gonna set be never only always future coming eventually soon day years".split()
)
_FIRST_PERSON = frozenset(("i", "my", "me", "myself", "mine"))
_NEGATION = frozenset("not never no nothing nobody none neither nor cannot".split()) | {"n't", "n’t"}
_COMPARISON = frozenset("more most less least than rather".split())
# Word shapes: an adverb in -ly, an adjective with an evaluative ending, a capitalised word inside a sentence
# (a name: a sign of reporting). C-level regular expressions, so a long text stays fast.
_ADVERB = re.compile(r"\b[a-z]{3,}ly\b")
_ADJECTIVE = re.compile(r"\b[a-z]{2,}(?:ous|ful|less|ive|able|ible|ical|ish)\b")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")
_NOT_EVALUATIVE = frozenset(lexicon.NOT_EVALUATIVE)
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
    negation = [(tokens.starts[i], "negation") for i in tokens.hits(_NEGATION)]
    comparison = [(tokens.starts[i], "comparison") for i in tokens.hits(_COMPARISON)]
    shapes = [(m.start(), "adverb") for m in _ADVERB.finditer(text)]
    shapes += [(m.start(), "adjective") for m in _ADJECTIVE.finditer(text) if m.group() not in _NOT_EVALUATIVE]
    shapes += [(m.start(), "name") for m in _NAME.finditer(text)]
    own = voice_signals(tokens) + capital_signals(text) + first_person + negation + comparison + shapes
    own += stance_words.find(tokens)
    for pos, kind in own:
        k = bisect_right(starts, pos) - 1
        if k < 0 or pos >= ends[k]:
            continue
        if kind not in _ANYWHERE:
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
    for found, name in [(stats, "statistic"), (dates, "date")]:
        for k in doc.sentences_of([f.start for f in found]):
            if k >= 0:
                s = signals[k]
                s[name] = s.get(name, 0) + 1
                checkable[k] += 1
    for k, (lo, hi, words) in enumerate(zip(starts, ends, doc.texts)):
        end = lo + len(text[lo:hi].rstrip("”\"’' )")) if text[hi - 1] in "”\"’' )" else hi  # slice only if needed
        mark = text[end - 1] if end > lo else ""
        if mark in ("?", "!") and not in_quote.hit(end - 1):
            signals[k]["question" if mark == "?" else "exclamation"] = 1
        signals[k]["words"] = (words.count(" ") + 1) / 20  # a sentence's text has one space between words
        s = signals[k]
        if s.get("present") and not any(s.get(name) for name in _REPORTING):
            s["general"] = 1  # "is", "are" and no sign of a report: a statement about how things are
        future[k] = future[k] or (conditional[k] and modal[k])
    return Findings(stats, attributions, cue_rows, signals, future, checkable)


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


def _reported_regions(attributions: list[Attribution], bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The reported words of each paraphrase: after the verb, or before it in "…, engineers warned"."""
    regions = []
    for a in attributions:
        if a.form != "paraphrase":
            continue
        lo, hi = bounds[a.sentence]
        regions.append((a.verb_end, hi) if a.start < a.verb_start else (lo, min(a.start, a.verb_start)))
    return regions
