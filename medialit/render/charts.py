"""A chart without matplotlib: HTML bars with every value also written out as text."""

from __future__ import annotations

import re

from medialit.render.highlight import safe
from medialit.render.styles import PALETTE, TEXT_SOFT, colour, palette_css
from medialit.render.views import HTMLView

BAR_HUES = ("blue", "orange", "green", "purple", "sky", "vermillion")


def _hue(name: str) -> str:
    """CSS for a bar colour: a palette name follows the theme; a colour the caller gives is kept as given."""
    if name in PALETTE:
        return colour(name)
    return name if re.fullmatch(r"#[0-9A-Fa-f]{3,8}|[a-z]{3,20}", name) else colour("blue")


def _note(note: object) -> str:
    """A row's note as text: nothing for None, False or a missing value (NaN)."""
    return "" if note is None or note is False or note != note else str(note)


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
    and writes "6 of 12 (50%)"; without it bars scale to the largest value. ``colour`` gives every bar one
    colour (use it unless colour means something): a palette name (follows the theme) or a CSS colour.
    Without it bars cycle through the palette.
    """
    try:
        rows = [(str(label), float(value), _note(note)) for label, value, note in rows]
        totals = list(out_of) if isinstance(out_of, (list, tuple)) else [out_of] * len(rows)
        totals = [None if t is None else float(t) for t in totals]
    except (TypeError, ValueError):
        msg = "bar_chart needs a list of (label, number, note) rows, e.g. [('drones', 1200, '')]."
        return HTMLView(f"<p>{safe(msg)}</p>", msg)
    hues = [_hue(colour)] if colour else [_hue(name) for name in BAR_HUES]
    top = max([v for _, v, _ in rows] + [0.0]) or 1.0
    html = [
        f"<style>{palette_css('.ml-chart')}</style>",
        f'<div class="ml-chart" style="font-family:sans-serif;max-width:46em"><p><b>{safe(title)}</b></p>',
    ]
    text = [title] if title else []
    for i, ((label, value, note), total) in enumerate(zip(rows, totals)):
        shown = f"{value:,.0f}" if value == int(value) else f"{value:,}"
        if total is not None:
            share = value / total if total else 0.0
            shown = f"{shown} of {total:,.0f} ({share:.0%})"
        else:
            share = value / top
        share = min(max(share, 0.0), 1.0)
        words = safe(f"{label}: {shown} {unit}".strip())
        hue = hues[i % len(hues)]
        bar = f"background:{hue};height:1em;width:{round(share * 100, 1)}%;min-width:2px"
        html.append(
            '<div style="display:flex;align-items:center;margin:0.25em 0">'
            f'<div style="width:15em;flex:none;font-size:0.9em">{safe(label)}</div>'
            f'<div style="flex:1"><div role="img" aria-label="{words}" style="{bar}"></div></div>'
            '<div style="width:10em;flex:none;text-align:right;padding-left:0.5em">'
            f"<b>{safe(shown)}</b> {safe(unit)}</div></div>"
        )
        if note:
            html.append(f'<div style="margin:0 0 0.5em 15em;font-size:0.8em;color:{TEXT_SOFT}">{safe(note)}</div>')
        bars = "█" * max(1, round(share * 30))
        text.append(f"{label:<32} {bars:<30} {shown} {unit}" + (f"  ({note})" if note else ""))
    if caption:
        html.append(f'<p class="ml-credit" style="font-size:0.85em;color:{TEXT_SOFT}">{safe(caption)}</p>')
        text.append(caption)
    html.append("</div>")
    return HTMLView("".join(html), "\n".join(text))
