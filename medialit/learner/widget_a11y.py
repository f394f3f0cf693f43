"""Accessibility for the practice widgets where ipywidgets has no attribute for it.

ipywidgets 8 sets no ``aria-pressed`` on toggle buttons and lets Python set no ARIA attributes at all, so the
chosen option is marked in its label (a tick, read aloud as "check mark") and in a text line below the
buttons ("Your choice: fact"), not only by the darker shade. Check is styled as the primary action, every
button of a practice widget gets a focus ring of 3 px, and the feedback box carries ``role="status"``
(from ``Feedback._repr_html_``) so screen readers announce it. The tick and the ring's colour are in common
fonts and the Okabe-Ito palette: no emoji font is needed and colour is never the only signal.
"""

from __future__ import annotations

from html import escape
from typing import Any

TICK = "✓"  # U+2713, in DejaVu and every common UI font (no emoji font needed)
WIDGET_CLASS = "ml-practice-widget"
# Scoped to practice widgets; :focus-visible keeps mouse clicks ring-free, keyboard focus always ringed.
FOCUS_CSS = (
    f"<style>.{WIDGET_CLASS} .jupyter-button:focus-visible {{outline: 3px solid #0072B2; outline-offset: 2px;}}"
    f" .{WIDGET_CLASS} .widget-toggle-button.mod-active {{font-weight: bold;}}</style>"
)


def choice_status(label: str | None) -> str:
    """The text line under a row of option buttons: which one is chosen, in words."""
    if not label:
        return '<span class="ml-choice-status">No option chosen yet.</span>'
    return f'<span class="ml-choice-status">Your choice: <b>{escape(label)}</b></span>'


def tick_chosen(toggle: Any, status: Any, labels: list[str]) -> None:
    """Keep a tick on the chosen option's label and the status line in step with the toggle's value."""
    values = [value for _, value in toggle.options]
    busy = False

    def relabel(_change: Any = None) -> None:
        nonlocal busy
        if busy:
            return
        busy = True
        try:
            chosen = toggle.value
            toggle.options = [
                (f"{TICK} {label}" if value == chosen else label, value) for label, value in zip(labels, values)
            ]
            toggle.value = chosen  # new options reset the value in ipywidgets: put the learner's choice back
            status.value = choice_status(labels[values.index(chosen)] if chosen in values else None)
        finally:
            busy = False

    relabel()
    toggle.observe(relabel, names="value")
