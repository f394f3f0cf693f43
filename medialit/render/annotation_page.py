"""The machine annotator's findings on a text: a standalone HTML page, and the same view in a notebook.

``medialit annotate --format html`` writes ``annotation_html``; lessons 06 and 07 show ``show_annotation``.
Both draw through the one highlighter and style table, so a source or a number looks as it does in
the lessons and handouts. Each sentence ends with the machine's guess and its opinion score. Every piece
of the text is HTML-escaped, so a ``<script>`` in an article shows up as plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.render.highlight import draw_paragraphs, legend_html, safe
from medialit.render.marks import LAYERS, annotation_spans, document_from_text
from medialit.render.styles import BORDER_STRONG, PANEL, STYLE_BLOCK, STYLES, TEXT

if TYPE_CHECKING:
    from medialit.text.schema import Annotation

PAGE_LAYERS = tuple(LAYERS)  # cues, sources and verbs, numbers, dates, quotations
# The standalone page has no JupyterLab: the theme variables fall back to their light values.
PAGE_CSS = f"""
body {{font-family: Georgia, 'Times New Roman', serif; max-width: 48em; margin: 2em auto; padding: 0 1em;
  color: {TEXT}; background: var(--jp-layout-color0, #ffffff);}}
h1 {{font-size: 1.4em;}}
"""
# Scoped to .ml-annotation so that, inside a notebook, it styles nothing else on the page.
CLAIM_CSS = f"""<style>
.ml-annotation {{line-height: 1.9; max-width: 48em;}}
.ml-annotation h2 {{font-size: 1.15em; margin-top: 1.5em;}}
.ml-annotation .ml-claim {{font-family: sans-serif; font-size: 0.7em; border: 1px solid {BORDER_STRONG};
  border-radius: 3px; padding: 0 0.25em; margin-left: 0.25em; white-space: nowrap; color: {TEXT};}}
.ml-annotation .ml-claim-opinion {{font-weight: bold; background: {PANEL};}}
.ml-annotation .ml-claim-mixed {{font-style: italic; background: {PANEL};}}
.ml-annotation .ml-claim-prediction {{border-style: dashed;}}
.ml-annotation .ml-about {{font-size: 0.85em; line-height: 1.5;}}
</style>"""


def _claims(annotation: Annotation) -> dict[str, tuple[str, str]]:
    """After each sentence: the machine's guess (checkable, opinion, prediction, mixed) and its opinion score."""
    out = {}
    guess_col = "claim_type_guess" if "claim_type_guess" in annotation.sentences.columns else "claim_type"
    for r in annotation.sentences.to_dict("records"):
        guess = str(r.get(guess_col, "") or "")
        score = r.get("opinion_score")
        label = "checkable" if guess == "fact" else guess  # "fact" never reads as "true"
        shown = f"{label} {float(score):.2f}" if isinstance(score, (int, float)) else label
        if shown:
            html = (
                f'<span class="ml-claim ml-claim-{safe(guess)}" title="machine guess and opinion score">'
                f"{safe(shown)}</span>"
            )
            out[str(r["sentence_id"])] = (html, f" {{{shown}}}")
    return out


def annotation_parts(text: str, annotation: Annotation) -> tuple[str, str]:
    """The highlighted text with its legend as one HTML block (no scripts), and the same as plain text."""
    doc = document_from_text(text, annotation.sentences)
    spans, _ = annotation_spans(annotation, PAGE_LAYERS, doc)
    body, lines = draw_paragraphs(doc.sentences, spans, after=_claims(annotation))
    if not doc.sentences:
        body = '<p class="ml-about">The text is empty: there is nothing to highlight.</p>'
    counts = (
        f"{len(annotation.sentences)} sentences, {len(annotation.statistics)} statistics, "
        f"{len(annotation.attributions)} attributions, {len(annotation.cues)} cues"
    )
    about = (
        f"Found by medialit's rule-based annotator: {counts}. A machine guess, not a verdict: check every "
        "highlight yourself. Each sentence ends with the machine's guess (checkable, opinion, prediction or mixed) "
        "and its opinion score from 0 to 1."
    )
    used = {s.style for s in spans}
    styles = [k for k in STYLES if k in used] or list(STYLES)
    html = (
        f'<div class="ml-view ml-hl ml-annotation">{CLAIM_CSS}<p class="ml-about">{safe(about)}</p>\n'
        f'{legend_html(styles)}\n<h2>The text</h2>\n<div class="ml-text">\n{body}\n</div>\n</div>'
    )
    return STYLE_BLOCK + html, "\n".join([about, *lines])


def annotation_fragment(text: str, annotation: Annotation) -> str:
    """The highlighted text with its legend as one HTML block, for a page or a notebook."""
    return annotation_parts(text, annotation)[0]


def annotation_html(text: str, annotation: Annotation, title: str = "What the machine found") -> str:
    """A complete, self-contained HTML page (inline CSS, no scripts, no links) of ``text`` and its findings."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{safe(title)}</title>
<style>{PAGE_CSS}</style>
</head>
<body>
<h1>{safe(title)}</h1>
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


def show_annotation(text: str, annotation: Annotation | None = None) -> object:
    """Display ``text`` with the machine's findings highlighted (annotating it first if needed).

    A text that is not a string, or is empty, gives a short message instead of a traceback.
    """
    from medialit.render.views import HTMLView
    from medialit.text.textio import InputProblem, check_text

    try:
        text = check_text(text)
        if annotation is None:
            from medialit.text.annotator import annotate

            annotation = annotate(text)
        elif not hasattr(annotation, "sentences") or "start" not in annotation.sentences.columns:
            raise InputProblem("show_annotation needs the machine's annotation of this text: annotate(text).")
    except InputProblem as problem:
        return HTMLView(f"<p>{safe(problem)}</p>", str(problem))
    return AnnotationView(text, annotation)
