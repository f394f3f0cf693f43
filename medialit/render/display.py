"""HTML views of a text for notebooks: everything from the text is escaped before display."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

BASE_CSS = """
<style>
.ml-article {font-family: Georgia, 'Times New Roman', serif; line-height: 1.6; max-width: 46em;}
.ml-article p {margin: 0 0 0.8em 0;}
.ml-article .ml-pno {font-family: monospace; font-size: 0.8em; color: #555; margin-right: 0.4em;}
.ml-article .ml-sid {font-family: monospace; font-size: 0.75em; color: #555;
  border: 1px solid #bbb; border-radius: 3px; padding: 0 0.2em; margin-right: 0.2em;}
.ml-article .ml-headline {font-size: 1.3em; font-weight: bold;}
.ml-article .ml-note {font-style: italic;}
.ml-credit {font-size: 0.85em; color: #444;}
</style>
"""


class HTMLView:
    """A piece of HTML that Jupyter renders, with a plain-text fallback for terminals and static pages."""

    def __init__(self, html: str, text: str) -> None:
        self.html = html
        self.text = text

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text


class WidgetWithFallback:
    """Base for widget views: ``box`` shows live in Jupyter; static text and HTML stand in everywhere else."""

    box: Any

    def static_text(self) -> str:
        raise NotImplementedError

    def static_html(self) -> str:
        raise NotImplementedError

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        data = dict(self.box._repr_mimebundle_(**kwargs) or {})
        data["text/plain"] = self.static_text()
        data["text/html"] = self.static_html()
        return data

    def __repr__(self) -> str:
        return self.static_text()


def numbered_article_html(sentences: pd.DataFrame, credit: str = "") -> str:
    """The text as HTML paragraphs, each sentence preceded by its id (e.g. p03.s2), all escaped."""
    parts = [BASE_CSS, '<div class="ml-article">']
    for paragraph, rows in sentences.groupby("paragraph", sort=True):
        kind = rows["part"].iloc[0] if "part" in rows.columns else "body"
        css = {"headline": "ml-headline", "author_note": "ml-note"}.get(kind, "")
        body = " ".join(
            f'<span class="ml-sid" title="sentence {escape(sid)}">{escape(sid)}</span>{escape(text)}'
            for sid, text in zip(rows["sentence_id"], rows["text"])
        )
        parts.append(f'<p class="{css}"><span class="ml-pno">¶{int(paragraph)}</span>{body}</p>')
    parts.append("</div>")
    if credit:
        parts.append(f'<p class="ml-credit">{escape(credit)}</p>')
    return "\n".join(parts)


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
    return HTMLView(numbered_article_html(sentences, credit), numbered_article_text(sentences))


# --- Highlighted views: cues, attributions and numbers -------------------------------------------

# Each layer: a distinct underline style AND a text tag AND an Okabe-Ito colour (colour is never the only signal).
LAYERS = {
    "cues": {
        "name": "Cue word",
        "tag": "cue",
        "about": "words that show a stance: loaded words, hedges, certainty, mind-reading, predictions",
        "style": "solid underline",
        "colour": "#D55E00",  # vermillion
        "css": "border-bottom:2px solid #D55E00;padding-bottom:1px;",
        "open": "⟨",
        "close": "⟩",
    },
    "attributions": {
        "name": "Source",
        "tag": "source",
        "about": "who the claim comes from, and the reporting verb",
        "style": "dashed underline",
        "colour": "#0072B2",  # blue
        "css": "border-bottom:2px dashed #0072B2;padding-bottom:5px;",
        "open": "⟪",
        "close": "⟫",
    },
    "statistics": {
        "name": "Number",
        "tag": "number",
        "about": "a number, with its qualifier",
        "style": "double underline",
        "colour": "#009E73",  # bluish green
        "css": "border-bottom:4px double #009E73;padding-bottom:9px;",
        "open": "⟦",
        "close": "⟧",
    },
}
_HL_CSS = (
    "<style>.ml-hl{line-height:2.3;} .ml-tag{font-family:sans-serif;font-size:0.68em;color:#333;"
    "margin:0 0.25em 0 0.1em;white-space:nowrap;} .ml-legend{font-family:sans-serif;font-size:0.9em;"
    "border:1px solid #ccc;padding:0.3em 0.8em;margin-bottom:0.8em;max-width:46em;}"
    " .ml-legend li{margin:0.5em 0;}</style>"
)


def _tag(layer: str, row: dict, part: str = "") -> str:
    """The short text label shown after a highlighted span, e.g. '[cue: loaded]'."""
    if layer == "cues":
        kind = str(row.get("cue_type", "") or "").replace("_", " ")
        return f"[cue: {kind}]" if kind else "[cue]"
    if layer == "attributions":
        if part == "verb":
            stance = str(row.get("verb_stance", "") or "")
            return f"[reporting verb: {stance}]" if stance else "[reporting verb]"
        kind = str(row.get("source_type", "") or "").replace("_", " ")
        return f"[source: {kind}]" if kind else "[source]"
    qualifier = str(row.get("qualifier", "") or "")
    return f"[number: {qualifier}]" if qualifier and qualifier != "none" else "[number]"


def _find(text: str, span: str) -> tuple[int, int] | None:
    """Where ``span`` occurs verbatim in ``text`` (exact first, then ignoring case)."""
    if not span:
        return None
    pos = text.find(span)
    if pos < 0:
        pos = text.lower().find(span.lower())
    return (pos, pos + len(span)) if pos >= 0 else None


def _marks_for(layer: str, rows: list[dict], text: str) -> tuple[list[tuple[int, int, str, str, str]], list[str]]:
    """(start, end, layer, tag, title) for every span of ``rows`` found in ``text``, plus spans not found."""
    marks, missing = [], []
    for row in rows:
        pieces = []
        if layer == "attributions":
            source = str(row.get("span", "") or row.get("source", "") or "")
            if source and source != str(row.get("quote", "") or ""):  # a quotation continued: no source words here
                pieces.append((source, ""))
            verb = str(row.get("reporting_verb", "") or "")
            if verb and verb.lower() not in ("none", "-"):
                pieces.append((verb, "verb"))
        else:
            pieces.append((str(row.get("span", "") or ""), ""))
        for span, part in pieces:
            where = _find(text, span)
            if where is None:
                if span:
                    missing.append(span)
                continue
            title = str(row.get("note", "") or row.get("verb_note", "") or row.get("reader_question", "") or "")
            mark = (where[0], where[1], layer, _tag(layer, row, part), title)
            if all(m[:4] != mark[:4] for m in marks):  # two rows may share a span (one verb, two sources)
                marks.append(mark)
    return marks, missing


def _render_sentence(text: str, marks: list[tuple[int, int, str, str, str]]) -> tuple[str, str]:
    """One sentence as HTML and as text, with every mark underlined, bracketed and tagged."""
    order = list(LAYERS)
    cuts = sorted({0, len(text)} | {m[0] for m in marks} | {m[1] for m in marks})
    html, plain = [], []
    for a, b in zip(cuts, cuts[1:]):
        active = sorted((m for m in marks if m[0] <= a and m[1] >= b), key=lambda m: order.index(m[2]), reverse=True)
        opening = sorted((m for m in marks if m[0] == a), key=lambda m: -m[1])  # longest opens first
        plain += [LAYERS[m[2]]["open"] for m in opening]
        seg = escape(text[a:b])
        for m in reversed(active):  # innermost first: cues inside sources inside numbers
            title = f' title="{escape(m[4], quote=True)}"' if m[4] else ""
            seg = f'<span class="ml-hl-{m[2]}" style="{LAYERS[m[2]]["css"]}"{title}>{seg}</span>'
        html.append(seg)
        plain.append(text[a:b])
        for m in sorted((m for m in marks if m[1] == b), key=lambda m: -m[0]):  # innermost closes first
            html.append(f'<sup class="ml-tag ml-tag-{m[2]}">{escape(m[3])}</sup>')
            plain.append(LAYERS[m[2]]["close"] + m[3])
    return "".join(html), "".join(plain)


def legend_html(layers: tuple[str, ...]) -> str:
    """The legend: for each layer its sample underline, its tag and what it marks."""
    items = []
    for layer in layers:
        spec = LAYERS[layer]
        sample = f'<span style="{spec["css"]}">{escape(spec["name"].lower())}</span>'
        items.append(
            f"<li>{sample}<sup class='ml-tag'>[{escape(spec['tag'])}: …]</sup> "
            f"<b>{escape(spec['name'])}</b> ({escape(spec['style'])}): {escape(spec['about'])}</li>"
        )
    return f'<div class="ml-legend" role="note"><b>Legend</b><ul>{"".join(items)}</ul></div>'


def legend_text(layers: tuple[str, ...]) -> str:
    """The legend as plain text."""
    lines = ["Legend:"]
    for layer in layers:
        spec = LAYERS[layer]
        lines.append(f"  {spec['open']}…{spec['close']}[{spec['tag']}: …] {spec['name']}: {spec['about']}")
    return "\n".join(lines)


def _rows(annotation: object, layer: str) -> list[dict]:
    if annotation is None:
        return []
    frame = annotation.get(layer) if isinstance(annotation, dict) else getattr(annotation, layer, None)
    if frame is None or not hasattr(frame, "to_dict"):
        return []
    return frame.to_dict("records")


def highlight(
    sentences_or_text: object = None,
    key_or_annotation: object = None,
    layers: tuple[str, ...] = ("cues", "attributions", "statistics"),
    sentence_ids: list[str] | tuple[str, ...] | None = None,
) -> HTMLView:
    """The op-ed (or any text) with cues, sources and numbers underlined, tagged and explained in a legend.

    ``sentences_or_text``: None for the op-ed, a sentence table, or a string. ``key_or_annotation``: an
    Annotation (or a dict of its tables); None means the op-ed's answer key. Only spans found verbatim in
    a sentence are highlighted. Everything from the text is escaped, so pasted HTML shows as text.
    """
    from medialit.text.textio import InputProblem, check_text

    bad = [layer for layer in layers if layer not in LAYERS]
    if bad:
        msg = f"Unknown layer(s) {', '.join(map(repr, bad))}; choose from {', '.join(LAYERS)}."
        return HTMLView(f"<p>{escape(msg)}</p>", msg)
    layers = tuple(layers)
    credit, notes = "", []
    if sentences_or_text is None:
        from medialit.content.article import load_article

        article = load_article()
        sentences, credit = article.sentences, article.credit
        if key_or_annotation is None:
            try:
                from medialit.content.key import answer_key

                key_or_annotation = answer_key()
            except (OSError, ValueError, KeyError) as err:
                notes.append(f"The answer key could not be loaded ({err}), so nothing is highlighted.")
    elif isinstance(sentences_or_text, str):
        from medialit.text.sentences import sentence_table

        try:
            sentences = sentence_table(check_text(sentences_or_text))
        except InputProblem as problem:
            return HTMLView(f"<p>{escape(str(problem))}</p>", str(problem))
    else:
        sentences = sentences_or_text
    if sentence_ids is not None:
        sentences = sentences[sentences["sentence_id"].isin(list(sentence_ids))]
    by_sentence: dict[str, list[tuple[str, dict]]] = {}
    for layer in layers:
        for row in _rows(key_or_annotation, layer):
            by_sentence.setdefault(str(row.get("sentence_id", "")), []).append((layer, row))
    html = [BASE_CSS, _HL_CSS, legend_html(layers), '<div class="ml-article ml-hl">']
    text = [legend_text(layers), ""]
    missing: list[str] = []
    counts = dict.fromkeys(layers, 0)
    paragraph_col = "paragraph" if "paragraph" in sentences.columns else None
    groups = sentences.groupby(paragraph_col, sort=True) if paragraph_col else [(1, sentences)]
    for paragraph, rows in groups:
        kind = rows["part"].iloc[0] if "part" in rows.columns else "body"
        css = {"headline": "ml-headline", "author_note": "ml-note"}.get(kind, "")
        body = []
        for sid, sentence in zip(rows["sentence_id"], rows["text"]):
            marks: list[tuple[int, int, str, str, str]] = []
            for layer in layers:
                found, lost = _marks_for(
                    layer, [r for lay, r in by_sentence.get(str(sid), []) if lay == layer], sentence
                )
                marks += found
                missing += [f"{sid}: {s}" for s in lost]
                counts[layer] += len(found)
            h, t = _render_sentence(str(sentence), marks)
            body.append(f'<span class="ml-sid">{escape(str(sid))}</span>{h}')
            text.append(f"[{sid}] {t}")
        html.append(f'<p class="{css}"><span class="ml-pno">¶{escape(str(paragraph))}</span>{" ".join(body)}</p>')
    html.append("</div>")
    summary = "Highlighted: " + ", ".join(f"{counts[layer]} × {LAYERS[layer]['name'].lower()}" for layer in layers)
    if missing:
        notes.append(f"{len(missing)} span(s) were not found word for word in their sentence and are not shown.")
    for line in [summary, *notes]:
        html.append(f'<p class="ml-credit">{escape(line)}</p>')
        text.append(line)
    if credit:
        html.append(f'<p class="ml-credit">{escape(credit)}</p>')
        text.append(credit)
    return HTMLView("\n".join(html), "\n".join(text))


# --- A chart without matplotlib: HTML bars with the numbers written out --------------------------


def bar_chart(
    rows: list[tuple[str, float, str]],
    title: str = "",
    unit: str = "",
    caption: str = "",
    out_of: float | list[float] | None = None,
    colour: str | None = None,
) -> HTMLView:
    """A horizontal bar chart of (label, value, note) rows; each value is also written as text.

    ``out_of`` (one total, or one per row, e.g. the learners who answered) scales each bar to its own total
    and writes "6 of 12 (50 %)"; without it bars scale to the largest value. ``colour`` gives every bar one
    colour (use it unless colour means something); without it bars cycle through the Okabe-Ito palette.
    """
    totals = out_of if isinstance(out_of, (list, tuple)) else [out_of] * len(rows)
    top = max([float(v) for _, v, _ in rows] + [0.0]) or 1.0
    colours = (colour,) if colour else ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
    html = [f'<div class="ml-chart" style="font-family:sans-serif;max-width:46em"><p><b>{escape(title)}</b></p>']
    text = [title] if title else []
    for i, ((label, value, note), total) in enumerate(zip(rows, totals)):
        shown = f"{float(value):,.0f}" if float(value) == int(float(value)) else f"{float(value):,}"
        if total is not None:
            share = float(value) / float(total) if float(total) else 0.0
            shown = f"{shown} of {float(total):,.0f} ({share:.0%})"
        else:
            share = float(value) / top
        share = min(max(share, 0.0), 1.0)
        words = escape(f"{label}: {shown} {unit}".strip(), quote=True)
        bar = f"background:{colours[i % len(colours)]};height:1em;width:{round(share * 100, 1)}%;min-width:2px"
        html.append(
            '<div style="display:flex;align-items:center;margin:0.25em 0">'
            f'<div style="width:15em;flex:none;font-size:0.9em">{escape(label)}</div>'
            f'<div style="flex:1"><div role="img" aria-label="{words}" style="{bar}"></div></div>'
            '<div style="width:10em;flex:none;text-align:right;padding-left:0.5em">'
            f"<b>{escape(shown)}</b> {escape(unit)}</div></div>"
        )
        if note:
            html.append(f'<div style="margin:0 0 0.5em 15em;font-size:0.8em;color:#444">{escape(note)}</div>')
        bars = "█" * max(1, round(share * 30))
        text.append(f"{label:<32} {bars:<30} {shown} {unit}" + (f"  ({note})" if note else ""))
    if caption:
        html.append(f'<p class="ml-credit" style="font-size:0.85em;color:#444">{escape(caption)}</p>')
        text.append(caption)
    html.append("</div>")
    return HTMLView("".join(html), "\n".join(text))


def _cell_html(value: object) -> str:
    """One table cell: escaped text, or a link for a web address (http/https only)."""
    text = "" if value is None or value != value else str(value)
    if re.fullmatch(r"https?://\S+", text):
        href = escape(text, quote=True)
        attrs = 'target="_blank" rel="noopener noreferrer" style="word-break:break-all"'
        return f'<a href="{href}" {attrs}>{escape(text)}</a>'
    return escape(text)


def show_table(frame: pd.DataFrame, columns: list[str] | None = None, caption: str = "") -> HTMLView:
    """A DataFrame as a readable table: whole cell texts (no '…' cut-offs), left-aligned, everything escaped."""
    import pandas as pd

    if columns is not None:
        frame = frame[columns]
    cell = "text-align:left !important;vertical-align:top;padding:0.25em 0.6em;border-bottom:1px solid #ddd"
    head = "".join(f'<th style="{cell}">{escape(str(c))}</th>' for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f'<td style="{cell}">{_cell_html(v)}</td>' for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    title = f"<p><b>{escape(caption)}</b></p>" if caption else ""
    html = (
        f'{title}<table class="ml-table" style="border-collapse:collapse;max-width:64em">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )
    with pd.option_context("display.max_colwidth", None, "display.width", 250):
        text = (caption + "\n" if caption else "") + frame.to_string(index=False)
    return HTMLView(html, text)
