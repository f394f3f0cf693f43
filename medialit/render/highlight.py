"""The one highlighter: draws (start, end, style, tag) spans over a text as escaped HTML and as plain text.

Spans are placed by character offsets into a document (the op-ed, or any text), never by searching for
their words. Overlapping and nested spans are both drawn: each piece of text is wrapped in every span
that covers it, and an outer span's line sits further below the text than an inner one's, so nested
lines stay apart. Each span ends with a short text tag, so colour is never the only signal. How each
style looks comes from ``medialit.render.styles``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from medialit.render.styles import CUE_STYLE, CUE_TAG, SOURCE_TAG, STYLES

_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACE = str.maketrans({"\n": " ", "\r": " ", "\t": " "})  # same length: offsets stay valid


def safe(text: object) -> str:
    """HTML-escape text (quotes too) and replace lone surrogates, which cannot be written as UTF-8."""
    return _SURROGATE.sub("\ufffd", escape(str(text), quote=True))


@dataclass(frozen=True)
class Span:
    """One highlighted span: offsets into the document, a style name from ``STYLES``, its tag and tooltip."""

    start: int
    end: int
    style: str
    tag: str = ""
    title: str = ""
    layer: str = ""  # the highlight layer it belongs to (cues, attributions, …), for counts


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document: its id, paragraph, kind (headline, body, author_note), start and text."""

    sentence_id: str
    paragraph: int
    part: str
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def nesting_levels(spans: list[Span]) -> dict[Span, int]:
    """1 for a span with no shorter span overlapping it, else one more than the deepest such span."""
    order = sorted(spans, key=lambda s: (s.end - s.start, s.start))
    level: dict[Span, int] = {}
    for i, span in enumerate(order):
        inner = [level[o] for o in order[:i] if o.start < span.end and span.start < o.end]
        level[span] = 1 + max(inner, default=0)
    return level


def draw_sentence(sentence: Sentence, spans: list[Span]) -> tuple[str, str]:
    """One sentence as HTML and as plain text, every span lined, bracketed and tagged (all text escaped)."""
    lo, hi = sentence.start, sentence.end
    local = [s for s in spans if s.start < hi and s.end > lo and s.end > s.start]
    level = nesting_levels(local)
    cuts = sorted({lo, hi} | {max(lo, s.start) for s in local} | {min(hi, s.end) for s in local})
    html: list[str] = []
    plain: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = sentence.text[a - lo : b - lo].translate(_SPACE)
        opening = sorted((s for s in local if max(lo, s.start) == a), key=lambda s: -s.end)  # longest first
        plain += [STYLES[s.style].brackets[0] for s in opening]
        plain.append(piece)
        chunk = safe(piece)
        for s in sorted((s for s in local if s.start < b and s.end > a), key=lambda s: level[s]):
            title = f' title="{safe(s.title)}"' if s.title else ""
            css = STYLES[s.style].css(level[s])
            chunk = f'<span class="ml-mark ml-m-{s.style}" style="{css}"{title}>{chunk}</span>'
        html.append(chunk)
        for s in sorted((s for s in local if min(hi, s.end) == b), key=lambda s: -s.start):  # inner closes first
            if s.end > hi:  # it goes on in the next sentence: its tag comes where it ends
                continue
            html.append(f'<sup class="ml-tag ml-tag-{s.style}">[{safe(s.tag)}]</sup>' if s.tag else "")
            plain.append(STYLES[s.style].brackets[1] + (f"[{s.tag}]" if s.tag else ""))
    return "".join(html), "".join(plain)


def draw_paragraphs(
    sentences: list[Sentence], spans: list[Span], after: dict[str, tuple[str, str]] | None = None
) -> tuple[str, list[str]]:
    """The document as HTML paragraphs (each sentence after its id badge) and as one text line per sentence.

    ``after`` maps a sentence id to (html, text) shown after that sentence, e.g. the machine's guess.
    """
    ordered = sorted(spans, key=lambda s: s.start)
    paragraphs: dict[int, list[str]] = {}
    kinds: dict[int, str] = {}
    lines = []
    nxt, active = 0, []
    for s in sorted(sentences, key=lambda s: s.start):  # a sliding window over the spans keeps this linear
        while nxt < len(ordered) and ordered[nxt].start < s.end:
            active.append(ordered[nxt])
            nxt += 1
        active = [m for m in active if m.end > s.start]
        html, text = draw_sentence(s, active)
        extra_html, extra_text = (after or {}).get(s.sentence_id, ("", ""))
        sid = safe(s.sentence_id)
        paragraphs.setdefault(s.paragraph, []).append(
            f'<span class="ml-sid" title="sentence {sid}">{sid}</span>{html}{extra_html}'
        )
        kinds.setdefault(s.paragraph, s.part)
        lines.append(f"[{s.sentence_id}] {text}{extra_text}")
    css = {"headline": "ml-headline", "author_note": "ml-note"}
    html = "\n".join(
        f'<p class="{css.get(kinds[p], "")}"><span class="ml-pno">¶{safe(p)}</span>{" ".join(parts)}</p>'
        for p, parts in sorted(paragraphs.items())
    )
    return html, lines


def _legend_tags(style: str) -> list[str]:
    """The tags a style's spans can carry, for the legend."""
    if style.startswith("cue_"):
        return [CUE_TAG[c] for c, s in CUE_STYLE.items() if s == style]
    if style == "source":
        return list(SOURCE_TAG.values())
    if style == "verb":
        return ["verb", "loaded verb"]
    if style == "statistic":
        return ["number", "up to", "nearly", "…"]
    return [STYLES[style].tag] if STYLES[style].tag else []


def legend_html(styles: list[str] | tuple[str, ...]) -> str:
    """The legend: for each style a sample of its line, its tags, its name, its line in words and its meaning."""
    items = []
    for key in styles:
        style = STYLES[key]
        sample = f'<span class="ml-sample ml-m-{key}" style="{style.css()}">{safe(style.name.lower())}</span>'
        tags = _legend_tags(key)
        tag_text = f"<sup class='ml-tag'>[{safe(tags[0])}]</sup>" if tags else ""
        which = f" Tags: {safe(', '.join(tags))}." if len(tags) > 1 else ""
        items.append(
            f"<li>{sample}{tag_text} <b>{safe(style.name)}</b> ({safe(style.look)}): {safe(style.legend)}.{which}</li>"
        )
    return f'<div class="ml-legend" role="note"><b>Legend</b><ul>{"".join(items)}</ul></div>'


def legend_text(styles: list[str] | tuple[str, ...]) -> str:
    """The legend as plain text: brackets, tags and meaning of each style."""
    lines = ["Legend:"]
    for key in styles:
        style = STYLES[key]
        tags = _legend_tags(key)
        opening, closing = style.brackets
        tag = f"[{tags[0]}]" if tags else ""
        which = f" Tags: {', '.join(tags)}." if len(tags) > 1 else ""
        lines.append(f"  {opening}…{closing}{tag} {style.name} ({style.look}): {style.legend}.{which}")
    return "\n".join(lines)
