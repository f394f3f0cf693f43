"""From annotation tables to spans: which rows become which highlighted spans, placed by their offsets.

A ``Document`` is the text being shown, cut into sentences with their offsets. ``annotation_spans`` turns
the four annotation tables (the answer key's or the machine's) into ``Span``s of the style table: cues by
family (a date is a date, never an opinion cue), sources and reporting verbs, numbers, and quotations.
A row is drawn where its offsets say; a row whose offsets do not hold its words in this text is reported,
not drawn somewhere else.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from medialit.render.highlight import Sentence, Span
from medialit.render.styles import CUE_STYLE, CUE_TAG, SOURCE_TAG, STYLES

# Highlight layers a caller can ask for: name -> (what one span is called in the summary, its styles).
LAYERS = {
    "cues": ("cue word", [k for k in STYLES if k.startswith("cue_")]),
    "attributions": ("source", ["source", "verb"]),
    "statistics": ("number", ["statistic"]),
    "dates": ("date", ["date"]),
    "quotes": ("quotation", ["quote"]),
}
DEFAULT_LAYERS = ("cues", "attributions", "statistics")


@dataclass(frozen=True)
class Document:
    """A text and its sentences; ``text`` holds every sentence at its offset."""

    text: str
    sentences: list[Sentence]  # in text order

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def text_at(self, start: int, end: int) -> str | None:
        """The text from ``start`` to ``end`` if it lies inside one sentence, else None."""
        k = bisect_right(self._starts, start) - 1
        if k < 0 or end > self.sentences[k].end:
            return None
        s = self.sentences[k]
        return s.text[start - s.start : end - s.start]


def _str(value: object) -> str:
    return "" if value is None or value != value else str(value)


def document_from_text(text: str, frame: Any) -> Document:
    """A document from a full text and its sentence table (with start and end offsets into that text)."""
    sentences = [
        Sentence(
            _str(r["sentence_id"]),
            int(r["paragraph"]),
            _str(r.get("part", "body")) or "body",
            int(r["start"]),
            text[int(r["start"]) : int(r["end"])],
        )
        for r in frame.to_dict("records")
    ]
    return Document(text, sorted(sentences, key=lambda s: s.start))


def document_from_table(frame: Any) -> Document:
    """A document from a sentence table alone: sentences stay at their offsets if it has them, else follow on."""
    rows = frame.to_dict("records")
    texts = [_str(r.get("text")) for r in rows]
    placed = "start" in frame.columns and "end" in frame.columns
    if placed:
        try:
            bounds = [(int(r["start"]), int(r["end"])) for r in rows]
        except (TypeError, ValueError):
            placed = False
        else:
            ends = sorted(bounds)
            placed = all(e - s == len(t) for (s, e), t in zip(bounds, texts)) and all(
                a[1] <= b[0] for a, b in zip(ends, ends[1:])
            )
    if not placed:
        bounds, pos = [], 0
        for t in texts:
            bounds.append((pos, pos + len(t)))
            pos += len(t) + 1
    chars = [" "] * max([e for _, e in bounds] + [0])
    for (s, _), t in zip(bounds, texts):
        chars[s : s + len(t)] = t
    sentences = [
        Sentence(_str(r.get("sentence_id")), _int(r.get("paragraph"), 1), _str(r.get("part")) or "body", s, t)
        for r, (s, _), t in zip(rows, bounds, texts)
    ]
    return Document("".join(chars), sorted(sentences, key=lambda s: s.start))


def _int(value: object, default: int = -1) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def _rows(annotation: object, table: str) -> list[dict]:
    """One table of an Annotation (or of a dict of tables) as records; [] when it is missing."""
    if annotation is None:
        return []
    frame = annotation.get(table) if isinstance(annotation, dict) else getattr(annotation, table, None)
    if frame is None or not hasattr(frame, "to_dict") or not hasattr(frame, "columns"):
        return []
    return frame.to_dict("records")  # a table without verb offsets draws no verbs


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class _Collector:
    """Gathers spans, skipping duplicates, and remembers the rows that could not be placed."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.spans: list[Span] = []
        self.lost: list[str] = []
        self._seen: set[tuple[int, int, str, str]] = set()

    def add(self, row: dict, words: str, keys: tuple[str, str], style: str, tag: str, title: str, layer: str) -> None:
        start, end = _int(row.get(keys[0])), _int(row.get(keys[1]))
        found = self.doc.text_at(start, end) if 0 <= start < end else None
        if found is None or (words and not _same(found, words)):
            if words:
                self.lost.append(f"{_str(row.get('sentence_id'))}: {words}")
            return
        if (start, end, style, tag) not in self._seen:  # two rows may share a span (one verb, two sources)
            self._seen.add((start, end, style, tag))
            self.spans.append(Span(start, end, style, tag, title, layer))


def annotation_spans(annotation: object, layers: tuple[str, ...], doc: Document) -> tuple[list[Span], list[str]]:
    """The spans of ``layers`` from an annotation, placed in ``doc``; and the rows that could not be placed."""
    out = _Collector(doc)
    if "cues" in layers or "dates" in layers:
        for r in _rows(annotation, "cues"):
            kind = _str(r.get("cue_type"))
            style = CUE_STYLE.get(kind, "cue_judgement")
            layer = "dates" if style == "date" else "cues"
            if layer in layers:
                tag = CUE_TAG.get(kind, kind.replace("_", " "))
                out.add(r, _str(r.get("span")), ("start", "end"), style, tag, _str(r.get("note")), layer)
    if "attributions" in layers:
        for r in _rows(annotation, "attributions"):
            source, quote = _str(r.get("source")) or _str(r.get("span")), _str(r.get("quote"))
            if source and source != quote:  # a quotation continued: no source words in this sentence
                tag = SOURCE_TAG.get(_str(r.get("source_type")), "source")
                out.add(r, source, ("start", "end"), "source", tag, _str(r.get("source_who")), "attributions")
            verb = _str(r.get("reporting_verb"))
            if verb and verb.lower() not in ("none", "-"):
                tag = "loaded verb" if _str(r.get("verb_stance")) == "loaded" else "verb"
                title = _str(r.get("verb_note"))
                out.add(r, verb, ("verb_start", "verb_end"), "verb", tag, title, "attributions")
    if "statistics" in layers:
        for r in _rows(annotation, "statistics"):
            qualifier = _str(r.get("qualifier"))
            tag = qualifier if qualifier and qualifier != "none" else "number"
            title = _str(r.get("reader_question")) or f"unit: {_str(r.get('unit')) or 'not stated'}"
            out.add(r, _str(r.get("span")), ("start", "end"), "statistic", tag, title, "statistics")
    if "quotes" in layers:
        from medialit.text.attribution import find_quotes

        for start, end in find_quotes(doc.text):  # a quotation may run over sentences: one piece in each
            for s in doc.sentences:
                row = {"start": max(start, s.start), "end": min(end, s.end)}
                if row["start"] < row["end"]:
                    out.add(row, "", ("start", "end"), "quote", "", "a quotation: someone else's words", "quotes")
    return out.spans, out.lost
