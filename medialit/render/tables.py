"""Tables for notebooks and handouts: whole cell texts, left-aligned, everything escaped, theme colours."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from medialit.render.highlight import safe
from medialit.render.styles import BORDER
from medialit.render.views import HTMLView

if TYPE_CHECKING:
    import pandas as pd

_CELL = f"text-align:left !important;vertical-align:top;padding:0.25em 0.6em;border-bottom:1px solid {BORDER}"


def cell_html(value: object) -> str:
    """One table cell: escaped text, or a link for a web address (http/https only)."""
    text = "" if value is None or value != value else str(value)
    if re.fullmatch(r"https?://\S+", text):
        attrs = 'target="_blank" rel="noopener noreferrer" style="word-break:break-all"'
        return f'<a href="{safe(text)}" {attrs}>{safe(text)}</a>'
    return safe(text)


def show_table(frame: pd.DataFrame, columns: list[str] | None = None, caption: str = "") -> HTMLView:
    """A DataFrame as a readable table: whole cell texts (no '…' cut-offs), left-aligned, everything escaped."""
    import pandas as pd

    from medialit.text.textio import InputProblem

    if not isinstance(frame, pd.DataFrame):
        msg = f"show_table needs a table (a pandas DataFrame), not {type(frame).__name__}."
        return HTMLView(f"<p>{safe(msg)}</p>", msg)
    if columns is not None:
        missing = [str(c) for c in columns if c not in frame.columns]
        if missing:
            problem = InputProblem(f"The table has no column {', '.join(map(repr, missing))}.")
            return HTMLView(f"<p>{safe(problem)}</p>", str(problem))
        frame = frame[list(columns)]
    head = "".join(f'<th style="{_CELL}">{safe(c)}</th>' for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{cell_html(v)}</td>' for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    title = f"<p><b>{safe(caption)}</b></p>" if caption else ""
    html = (
        f'{title}<table class="ml-table" style="border-collapse:collapse;max-width:64em;color:inherit">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )
    with pd.option_context("display.max_colwidth", None, "display.width", 250):
        text = (caption + "\n" if caption else "") + frame.to_string(index=False)
    return HTMLView(html, text)
