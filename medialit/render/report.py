"""A standalone HTML page of a text with every machine finding highlighted, and a legend.

Colour is never the only signal: each kind of finding has its own underline or border style and a
small text label after it.  Colours come from the Okabe-Ito palette (safe for colour-blind readers).
Every piece of the text is HTML-escaped, so a ``<script>`` in an article shows up as plain text.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from medialit.content.key import Annotation

# kind: (css class, label shown after the words, explanation for the legend)
MARKS = {
    "statistic": ("ml-stat", "number", "a statistic: a number or amount (solid blue underline)"),
    "date": ("ml-date", "date", "a date or time (dotted black underline)"),
    "source": ("ml-source", "source", "who is quoted or cited (green box)"),
    "verb": ("ml-verb", "says", "the reporting verb: how the words are reported (double green underline)"),
    "quote": ("ml-quote", "quote", "a quotation: someone else's words (italic, grey background)"),
    "loaded": ("ml-loaded", "loaded", "loaded word: a judgement or emotion (wavy vermillion underline)"),
    "mind_reading": ("ml-mind", "mind-reading", "claims to know someone's thoughts or motives (wavy vermillion)"),
    "metaphor": ("ml-metaphor", "metaphor", "figurative language (wavy purple underline)"),
    "intensifier": ("ml-intens", "intensifier", "turns the volume up (double orange underline)"),
    "certainty": ("ml-certain", "certainty", "claims certainty (thick orange underline)"),
    "rhetorical_even": ("ml-even", "even", "'even' that signals surprise or escalation (double orange underline)"),
    "hedge": ("ml-hedge", "hedge", "softens or leaves room (dashed sky-blue underline)"),
    "modal_future": ("ml-future", "future", "about the future or a condition (dashed sky-blue underline)"),
    "recommendation": ("ml-advice", "advice", "tells someone what to do (thick purple underline)"),
}
PAGE_CSS = """
body {font-family: Georgia, 'Times New Roman', serif; max-width: 48em; margin: 2em auto; padding: 0 1em;
  color: #111; background: #fff;}
h1 {font-size: 1.4em;}
"""
# Scoped to .ml-annotation so that, inside a notebook, it styles nothing else on the page.
CSS = """
.ml-annotation {font-family: Georgia, 'Times New Roman', serif; line-height: 1.9; color: #111; max-width: 48em;}
.ml-annotation h2 {font-size: 1.15em; margin-top: 1.5em;}
.ml-annotation .ml-text p {margin: 0 0 1em 0;}
.ml-annotation .ml-sid {font-family: monospace; font-size: 0.72em; color: #444; border: 1px solid #999;
  border-radius: 3px; padding: 0 0.2em; margin-right: 0.25em;}
.ml-annotation .ml-claim {font-family: sans-serif; font-size: 0.7em; border: 1px solid #444; border-radius: 3px;
  padding: 0 0.25em; margin-left: 0.25em; white-space: nowrap;}
.ml-annotation .ml-claim-opinion {background: #ffe6cc; font-weight: bold;}
.ml-annotation .ml-claim-mixed {background: #fff3cd; font-style: italic;}
.ml-annotation .ml-claim-prediction {background: #e0f0ff;}
.ml-annotation .ml-tag {font-family: sans-serif; font-size: 0.62em; vertical-align: super; color: #222;
  margin: 0 0.1em;}
.ml-annotation .ml-stat {border-bottom: 3px solid #0072B2;}
.ml-annotation .ml-date {border-bottom: 2px dotted #000;}
.ml-annotation .ml-source {outline: 2px solid #009E73; outline-offset: 1px;}
.ml-annotation .ml-verb {text-decoration: underline double #009E73;}
.ml-annotation .ml-quote {font-style: italic; background: #eeeeee;}
.ml-annotation .ml-loaded, .ml-annotation .ml-mind {text-decoration: underline wavy #D55E00;
  text-decoration-thickness: 2px;}
.ml-annotation .ml-metaphor {text-decoration: underline wavy #CC79A7; text-decoration-thickness: 2px;}
.ml-annotation .ml-intens, .ml-annotation .ml-even {text-decoration: underline double #E69F00;}
.ml-annotation .ml-certain {text-decoration: underline solid #E69F00; text-decoration-thickness: 4px;}
.ml-annotation .ml-hedge, .ml-annotation .ml-future {text-decoration: underline dashed #56B4E9;
  text-decoration-thickness: 2px;}
.ml-annotation .ml-advice {text-decoration: underline solid #CC79A7; text-decoration-thickness: 4px;}
.ml-annotation table {border-collapse: collapse; font-size: 0.9em;}
.ml-annotation td, .ml-annotation th {border: 1px solid #bbb; padding: 0.2em 0.5em; text-align: left;
  vertical-align: top;}
.ml-annotation .ml-note {font-size: 0.85em; color: #333;}
"""
_SURROGATE = re.compile("[\ud800-\udfff]")


def _safe(text: str) -> str:
    """HTML-escape text and replace lone surrogates, which cannot be written as UTF-8."""
    return _SURROGATE.sub("\ufffd", escape(text, quote=True))


def _marks(text: str, annotation: Annotation) -> list[tuple[int, int, str, str]]:
    """Every finding as (start, end, kind, tooltip) with offsets into the annotated text."""
    from medialit.text.attribution import find_quotes

    out = set()
    for r in annotation.statistics.itertuples():
        out.add((r.start, r.end, "statistic", f"statistic; unit: {r.unit or 'not stated'}; qualifier: {r.qualifier}"))
    for r in annotation.cues.itertuples():
        out.add((r.start, r.end, r.cue_type, r.cue_type.replace("_", " ")))
    for r in annotation.attributions.itertuples():
        if r.reporting_verb:  # rows without a verb continue a quotation: the quote mark shows them
            out.add((r.start, r.end, "source", f"source ({r.source_type.replace('_', ' ')}); form: {r.form}"))
            out.add((r.verb_start, r.verb_end, "verb", f"reporting words ({r.verb_stance})"))
    out |= {(a, b, "quote", "quotation") for a, b in find_quotes(text)}
    return sorted(out)


def annotation_fragment(text: str, annotation: Annotation) -> str:
    """The highlighted text with its legend as one HTML block (scoped CSS, no scripts) for a page or a notebook."""
    rows = annotation.sentences
    marks = _marks(text, annotation)
    active: list[tuple[int, int, str, str]] = []
    nxt = 0
    paragraphs: dict[int, list[str]] = {}
    for r in rows.itertuples():  # sentences come in text order: a sliding window keeps this linear
        while nxt < len(marks) and marks[nxt][0] < r.end:
            active.append(marks[nxt])
            nxt += 1
        active = [m for m in active if m[1] > r.start]
        body = _highlight(text, r.start, r.end, [m for m in active if m[0] < r.end])
        claim = (
            f'<span class="ml-claim ml-claim-{_safe(r.claim_type)}" title="machine guess and opinion score">'
            f"{_safe(r.claim_type)} {r.opinion_score:.2f}</span>"
        )
        paragraphs.setdefault(r.paragraph, []).append(
            f'<span class="ml-sid">{_safe(r.sentence_id)}</span>{body}{claim}'
        )
    text_html = "\n".join(f"<p>{' '.join(parts)}</p>" for _, parts in sorted(paragraphs.items()))
    if not paragraphs:
        text_html = '<p class="ml-note">The text is empty: there is nothing to highlight.</p>'
    counts = (
        f"{len(rows)} sentences, {len(annotation.statistics)} statistics, "
        f"{len(annotation.attributions)} attributions, {len(annotation.cues)} cues"
    )
    fragment = f"""<div class="ml-annotation">
<style>{CSS}</style>
<p class="ml-note">Found by medialit's rule-based annotator: {counts}. A machine guess, not a verdict:
check every highlight yourself. Each sentence ends with the machine's guess (fact, opinion, prediction or mixed)
and its opinion score from 0 to 1.</p>
{legend_html()}
<h2>The text</h2>
<div class="ml-text">
{text_html}
</div>
</div>"""
    return _SURROGATE.sub("\ufffd", fragment)


def annotation_html(text: str, annotation: Annotation, title: str = "What the machine found") -> str:
    """A complete, self-contained HTML page (inline CSS, no scripts, no links) of ``text`` and its findings."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_safe(title)}</title>
<style>{PAGE_CSS}</style>
</head>
<body>
<h1>{_safe(title)}</h1>
{annotation_fragment(text, annotation)}
</body>
</html>
"""


class AnnotationView:
    """Shows the highlighted text in a notebook (HTML), with a plain-text summary elsewhere."""

    def __init__(self, text: str, annotation: Annotation) -> None:
        self.text, self.annotation = text, annotation

    def _repr_html_(self) -> str:
        return annotation_fragment(self.text, self.annotation)

    def __repr__(self) -> str:
        a = self.annotation
        return (
            f"<annotated text: {len(a.sentences)} sentences, {len(a.statistics)} statistics, "
            f"{len(a.attributions)} attributions, {len(a.cues)} cues>"
        )


def show_annotation(text: str, annotation: Annotation | None = None) -> AnnotationView:
    """Display ``text`` with the machine's findings highlighted (annotating it first if needed)."""
    if annotation is None:
        from medialit.text.annotator import annotate

        annotation = annotate(text)
    return AnnotationView(text, annotation)


def legend_html() -> str:
    """The legend: each style with its label and meaning, so no reader has to rely on colour."""
    items = "\n".join(
        f'<tr><td><span class="{css}">example</span><span class="ml-tag">{_safe(label)}</span></td>'
        f"<td>{_safe(label)}</td><td>{_safe(meaning)}</td></tr>"
        for css, label, meaning in MARKS.values()
    )
    return (
        '<h2>Legend</h2>\n<table class="ml-legend"><thead><tr><th>looks like</th><th>label</th><th>meaning</th>'
        f"</tr></thead>\n<tbody>\n{items}\n</tbody></table>"
    )


def _highlight(text: str, lo: int, hi: int, marks: list[tuple[int, int, str, str]]) -> str:
    """Text between lo and hi as escaped HTML, each mark wrapped in its style and followed by its label."""
    cuts = sorted({lo, hi} | {m[0] for m in marks if lo < m[0] < hi} | {m[1] for m in marks if lo < m[1] < hi})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        chunk = _safe(text[a:b].replace("\n", " "))
        for m in marks:
            if m[0] < b and m[1] > a:
                chunk = f'<span class="{MARKS[m[2]][0]}" title="{_safe(m[3])}">{chunk}</span>'
        out.append(chunk)
        out += [f'<span class="ml-tag">{_safe(MARKS[m[2]][1])}</span>' for m in marks if m[1] == b]
    return "".join(out)
