"""The HTML of feedback boxes and of short notes, in the theme's colours (readable in light and dark).

The grading side decides what to say (status, symbol, heading, message, sections); this module only
draws it. Text and background come from JupyterLab's theme variables with light fallbacks; the tone
colour is only a stripe beside the box, so the symbol and heading carry the meaning on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from medialit.render.highlight import safe
from medialit.render.styles import PANEL, TEXT, TONES

P = "margin:0.2em 0"
_CODE = re.compile(r"`([^`\n]+)`")


def inline_html(text: str) -> str:
    """Escaped text in which a `code span` (as messages write code to type) becomes <code>, not literal backticks."""
    return _CODE.sub(r"<code>\1</code>", safe(text))


def note_html(message: str) -> str:
    """A one-line note to the learner ("Note: …") in the text colour, marked by the word and a stripe."""
    return (
        f'<p class="ml-note-line" style="{P};padding-left:0.5em;border-left:3px solid {TONES["warn"]};'
        f'color:{TEXT}"><b>Note:</b> {inline_html(message)}</p>'
    )


def feedback_html(
    qid: str,
    status: str,
    symbol: str,
    title: str,
    tone: str,
    message: str = "",
    sections: Iterable[tuple[str, str]] = (),
    notices: Iterable[str] = (),
    checklist: Iterable[str] = (),
) -> str:
    """One feedback box: heading (symbol and title), notes, message, labelled sections and a checklist.

    ``tone`` names a colour of ``styles.TONES`` (good, warn, bad, info, neutral); an unknown one is neutral.
    """
    stripe = TONES.get(tone, TONES["neutral"])
    about = f' <span style="font-weight:normal">(question {safe(qid)})</span>' if qid else ""
    parts = [
        f'<div class="ml-feedback ml-{safe(status)}" role="status" style="border-left:5px solid {stripe};'
        f'padding:0.4em 0.8em;margin:0.3em 0;background:{PANEL};color:{TEXT}">',
        f"<p style='{P}'><b>{safe(symbol)} {safe(title)}</b>{about}</p>",
    ]
    parts += [note_html(n) for n in notices]
    if message:
        parts.append(f"<p style='{P}'>{inline_html(message)}</p>")
    for label, text in sections:
        body = inline_html(text).replace("\n", "<br>")
        parts.append(f"<p style='{P}'><b>{safe(label)}:</b> {body}</p>")
    items = "".join(f"<li>☐ {safe(c)}</li>" for c in checklist)
    if items:
        parts.append(f"<p style='{P}'><b>Check yourself:</b></p><ul style='list-style:none'>{items}</ul>")
    parts.append("</div>")
    return "".join(parts)
