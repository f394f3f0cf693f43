"""What lessons call to show a text: the numbered op-ed (``show_article``) and highlighted text (``highlight``).

Both draw through the one highlighter (``medialit.render.highlight``) with the one style table
(``medialit.render.styles``). Everything from the text is escaped before display.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from medialit.render.charts import bar_chart  # noqa: F401  (re-exported: older imports)
from medialit.render.highlight import draw_paragraphs, legend_html, legend_text, safe
from medialit.render.marks import DEFAULT_LAYERS, LAYERS, Document, annotation_spans
from medialit.render.styles import STYLE_BLOCK, STYLES
from medialit.render.tables import show_table  # noqa: F401  (re-exported: older imports)
from medialit.render.views import HTMLView, WidgetWithFallback  # noqa: F401  (re-exported: older imports)

if TYPE_CHECKING:
    import pandas as pd


def _message(text: str) -> HTMLView:
    """A short message to the learner instead of a traceback."""
    return HTMLView(f'<p class="ml-problem">{safe(text)}</p>', text)


def numbered_article_html(sentences: pd.DataFrame, credit: str = "") -> str:
    """The text as HTML paragraphs, each sentence preceded by its id (e.g. p03.s2), all escaped."""
    from medialit.render.marks import document_from_table

    body, _ = draw_paragraphs(document_from_table(sentences).sentences, [])
    credit_html = f'<p class="ml-credit">{safe(credit)}</p>' if credit else ""
    return f'{STYLE_BLOCK}<div class="ml-view ml-article">\n{body}\n{credit_html}</div>'


def numbered_article_text(sentences: pd.DataFrame) -> str:
    """The same view as plain text: one line per sentence with its id."""
    return "\n".join(f"[{sid}] {text}" for sid, text in zip(sentences["sentence_id"], sentences["text"]))


def show_article(sentences: pd.DataFrame | None = None) -> HTMLView:
    """Display the op-ed (or any sentence table) with paragraph and sentence numbers."""
    credit = ""
    if sentences is None:
        from medialit.content.article import load_article

        article = load_article()
        sentences, credit = article.sentences, article.credit
    elif not _is_sentence_table(sentences):
        return _message("show_article needs a table of sentences (sentence_id and text), or nothing for the op-ed.")
    return HTMLView(numbered_article_html(sentences, credit), numbered_article_text(sentences))


def _is_sentence_table(value: object) -> bool:
    columns = getattr(value, "columns", None)
    return columns is not None and hasattr(value, "to_dict") and {"sentence_id", "text"} <= set(columns)


def _names(value: object, what: str, example: str) -> tuple[str, ...]:
    """A tuple of names from a string or a list of strings, or InputProblem saying what was expected."""
    from medialit.text.textio import InputProblem

    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable) and not isinstance(value, (bytes, dict)):
        items = tuple(value)
        if all(isinstance(i, str) for i in items):
            return items
    raise InputProblem(f"{what} should be a list of names in quotes, like {example}.")


def _document(sentences_or_text: object) -> tuple[Document, str, bool]:
    """The document to draw, its credit line, and whether it is the op-ed; InputProblem for anything else."""
    from medialit.render.marks import document_from_table, document_from_text
    from medialit.text.textio import InputProblem, check_text

    if sentences_or_text is None:
        from medialit.content.article import load_article

        article = load_article()
        return document_from_text(article.text, article.sentences), article.credit, True
    if isinstance(sentences_or_text, str):
        from medialit.text.sentences import sentence_table

        text = check_text(sentences_or_text)
        return document_from_text(text, sentence_table(text)), "", False
    if _is_sentence_table(sentences_or_text):
        return document_from_table(sentences_or_text), "", False
    raise InputProblem(
        "highlight needs a text in quotes, a table of sentences (with sentence_id and text), or nothing for "
        f"the op-ed; it got {type(sentences_or_text).__name__}."
    )


def highlighted(
    sentences_or_text: object = None,
    key_or_annotation: object = None,
    layers: object = DEFAULT_LAYERS,
    sentence_ids: object = None,
) -> tuple[str, str]:
    """The highlighted text as an HTML body (no style block) and as plain text; InputProblem for bad input."""
    from medialit.text.textio import InputProblem

    chosen = _names(layers, "layers", '("cues",)')
    bad = [layer for layer in chosen if layer not in LAYERS]
    if bad:
        raise InputProblem(f"Unknown layer(s) {', '.join(map(repr, bad))}; choose from {', '.join(LAYERS)}.")
    wanted = None if sentence_ids is None else set(_names(sentence_ids, "sentence_ids", '["p01.s1"]'))
    if key_or_annotation is not None and not isinstance(key_or_annotation, dict):
        if not any(hasattr(key_or_annotation, t) for t in ("cues", "attributions", "statistics")):
            raise InputProblem(
                "The second argument should be an annotation (from annotate() or answer_key()) or a dict of "
                f"its tables, not {type(key_or_annotation).__name__}."
            )
    doc, credit, oped = _document(sentences_or_text)
    notes = []
    if oped and key_or_annotation is None:
        try:
            from medialit.content.key import answer_key

            key_or_annotation = answer_key()
        except (OSError, ValueError, KeyError) as err:
            notes.append(f"The answer key could not be loaded ({err}), so nothing is highlighted.")
    spans, lost = annotation_spans(key_or_annotation, chosen, doc)
    shown = [s for s in doc.sentences if wanted is None or s.sentence_id in wanted]
    spans = [s for s in spans if any(t.start <= s.start < t.end for t in shown)]
    lost = [line for line in lost if wanted is None or line.split(":")[0] in wanted]
    body, lines = draw_paragraphs(shown, spans)
    used = {s.style for s in spans}
    styles = [k for k in STYLES if k in used] or [k for layer in chosen for k in LAYERS[layer][1]]
    counts = {layer: sum(1 for s in spans if s.layer == layer) for layer in chosen}
    summary = "Highlighted: " + ", ".join(f"{n} × {LAYERS[layer][0]}" for layer, n in counts.items())
    if lost:
        notes.append(f"{len(lost)} span(s) are not shown: their offsets (start, end) do not hold their words here.")
    footer = [summary, *notes] + ([credit] if credit else [])
    html = (
        f'<div class="ml-view ml-hl">{legend_html(styles)}<div class="ml-text">\n{body}\n</div>'
        + "".join(f'<p class="ml-credit">{safe(line)}</p>' for line in footer)
        + "</div>"
    )
    return html, "\n".join([legend_text(styles), "", *lines, *footer])


def highlight(
    sentences_or_text: object = None,
    key_or_annotation: object = None,
    layers: tuple[str, ...] | list[str] | str = DEFAULT_LAYERS,
    sentence_ids: list[str] | tuple[str, ...] | None = None,
) -> Any:
    """The op-ed (or any text) with cues, sources and numbers lined, tagged and explained in a legend.

    ``sentences_or_text``: None for the op-ed, a sentence table, or a string. ``key_or_annotation``: an
    Annotation (or a dict of its tables); None means the op-ed's answer key. ``layers``: any of cues,
    attributions, statistics, dates, quotes. Spans are placed by their character offsets; a span whose
    words are not at its place is reported, not drawn. Everything is escaped, so pasted HTML shows as text.
    A wrong argument gives a short message, never a traceback.
    """
    from medialit.text.textio import InputProblem

    try:
        html, text = highlighted(sentences_or_text, key_or_annotation, layers, sentence_ids)
    except InputProblem as problem:
        return _message(str(problem))
    return HTMLView(STYLE_BLOCK + html, text)
