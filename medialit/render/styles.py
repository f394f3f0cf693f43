"""The one style table and the one palette: how every kind of mark, tag and message looks, everywhere.

Every highlighted layer (cue families, sources, reporting verbs, quotations, numbers, dates) has one
entry in ``STYLES``: its line style, colour, text tag and legend wording. Lessons, handouts, the
annotator's page and feedback boxes all draw from this table, so a layer looks the same in each.

Colour is never the only signal: each style has its own line (solid, thick, dotted, dashed, double,
thin, or an italic tint) and a text tag. Colours follow the JupyterLab theme: the palette's custom
properties get lighter values under JupyterLab's dark theme (``body[data-jp-theme-light="false"]``),
and text always inherits the theme's text colour (``--jp-content-font-color1``), with light fallbacks
for pages outside JupyterLab (static site, handouts, the annotator's page).
"""

from __future__ import annotations

from dataclasses import dataclass

# Okabe-Ito hues (safe for colour-blind readers), darkened where needed to reach 3:1 as lines on white,
# and lightened for JupyterLab's dark theme. name: (light theme, dark theme).
PALETTE = {
    "vermillion": ("#D55E00", "#FF8A4C"),
    "orange": ("#B36B00", "#F0B840"),
    "sky": ("#1F78B4", "#7FC8F0"),
    "blue": ("#0072B2", "#56B4E9"),
    "green": ("#007A5A", "#3DDBA8"),
    "purple": ("#A8467F", "#E6A3CA"),
    "grey": ("#666666", "#BBBBBB"),
    "tint": ("rgba(0, 0, 0, 0.07)", "rgba(255, 255, 255, 0.13)"),
}
# JupyterLab's theme variables, each with the light value used where JupyterLab is absent.
TEXT = "var(--jp-content-font-color1, #1a1a1a)"
TEXT_SOFT = "var(--jp-content-font-color1, #333333)"  # tags and notes: same colour as text, smaller type
PANEL = "var(--jp-layout-color2, #eeeeee)"
BORDER = "var(--jp-border-color2, #dddddd)"
BORDER_STRONG = "var(--jp-border-color1, #bbbbbb)"
SERIF = "Georgia, 'Times New Roman', serif"
SANS = "var(--jp-ui-font-family, system-ui, sans-serif)"


def colour(name: str) -> str:
    """A palette colour as CSS: the theme's value through a custom property, the light value as fallback."""
    return f"var(--ml-{name}, {PALETTE[name][0]})"


@dataclass(frozen=True)
class MarkStyle:
    """How one kind of highlighted span looks, and how the legend explains it."""

    name: str  # the legend's name for it
    line: str  # the CSS border style (solid, dotted, dashed, double) or "tint" for a shaded background
    width: int  # line width in px
    hue: str  # a PALETTE name
    tag: str  # the default text tag after the span ("" for none)
    legend: str  # what it marks, in plain words
    look: str  # the line in words, for the legend and the handouts
    brackets: tuple[str, str]  # how the plain-text view marks it

    def css(self, level: int = 1) -> str:
        """Inline CSS for a span at nesting ``level`` (1 = innermost): outer lines sit further below the text."""
        if self.line == "tint":
            return f"background:{colour(self.hue)};font-style:italic;color:inherit;"
        pad = 1 + 5 * (level - 1)
        return f"border-bottom:{self.width}px {self.line} {colour(self.hue)};padding-bottom:{pad}px;color:inherit;"


STYLES = {
    "cue_judgement": MarkStyle(
        "Judging word",
        "solid",
        2,
        "vermillion",
        "loaded",
        "words that judge, read minds or paint a picture: loaded words, mind-reading, metaphors",
        "solid underline",
        ("⟨", "⟩"),
    ),
    "cue_force": MarkStyle(
        "Strong word",
        "solid",
        4,
        "orange",
        "certainty",
        "words that turn the volume up: intensifiers, certainty, a surprised 'even'",
        "thick underline",
        ("⟨", "⟩"),
    ),
    "cue_soft": MarkStyle(
        "Careful word",
        "dotted",
        3,
        "sky",
        "hedge",
        "words that soften or look ahead: hedges, the future, 'if'",
        "dotted underline",
        ("⟨", "⟩"),
    ),
    "cue_advice": MarkStyle(
        "Advice",
        "solid",
        2,
        "purple",
        "advice",
        "words that tell someone what to do",
        "solid underline",
        ("⟨", "⟩"),
    ),
    "source": MarkStyle(
        "Source",
        "dashed",
        2,
        "blue",
        "source",
        "who a claim comes from; the tag says what kind of source",
        "dashed underline",
        ("⟪", "⟫"),
    ),
    "verb": MarkStyle(
        "Reporting verb",
        "dashed",
        2,
        "blue",
        "verb",
        "how the words are reported ('said', 'admitted'); 'loaded verb' when it adds a judgement",
        "dashed underline",
        ("⟪", "⟫"),
    ),
    "statistic": MarkStyle(
        "Number",
        "double",
        4,
        "green",
        "number",
        "a number or amount; the tag gives its qualifier ('up to', 'nearly') when it has one",
        "double underline",
        ("⟦", "⟧"),
    ),
    "date": MarkStyle(
        "Date",
        "solid",
        1,
        "grey",
        "date",
        "a date or time: a checkable detail, not a sign of opinion",
        "thin grey underline",
        ("⦃", "⦄"),
    ),
    "quote": MarkStyle(
        "Quotation",
        "tint",
        0,
        "tint",
        "",
        "someone else's words, inside quotation marks",
        "italic, lightly shaded",
        ("", ""),
    ),
}
# Which style each cue type is drawn in, and its short tag. "date" is a date, never an opinion cue.
CUE_STYLE = {
    "loaded": "cue_judgement",
    "mind_reading": "cue_judgement",
    "metaphor": "cue_judgement",
    "intensifier": "cue_force",
    "certainty": "cue_force",
    "rhetorical_even": "cue_force",
    "hedge": "cue_soft",
    "modal_future": "cue_soft",
    "recommendation": "cue_advice",
    "date": "date",
}
CUE_TAG = {
    "loaded": "loaded",
    "mind_reading": "mind-reading",
    "metaphor": "metaphor",
    "intensifier": "intensifier",
    "certainty": "certainty",
    "rhetorical_even": "even",
    "hedge": "hedge",
    "modal_future": "future",
    "recommendation": "advice",
    "date": "date",
}
SOURCE_TAG = {
    "named_person": "named person",
    "role_only": "role only",
    "organisation": "organisation",
    "anonymous": "anonymous",
    "vague_group": "vague group",
    "document_or_footage": "document",
    "author_witness": "author",
}
# Feedback: status -> tone (the symbol and heading, which carry the meaning, live with the grading).
TONES = {
    "good": f"var(--jp-success-color1, {PALETTE['green'][0]})",
    "warn": f"var(--jp-warn-color1, {PALETTE['orange'][0]})",
    "bad": f"var(--jp-error-color1, {PALETTE['vermillion'][0]})",
    "info": f"var(--jp-brand-color1, {PALETTE['blue'][0]})",
    "neutral": BORDER_STRONG,
}


def palette_css(scope: str = ".ml-view") -> str:
    """CSS that sets the palette's custom properties: light values, and dark ones in JupyterLab's dark theme."""
    light = ";".join(f"--ml-{name}:{values[0]}" for name, values in PALETTE.items())
    dark = ";".join(f"--ml-{name}:{values[1]}" for name, values in PALETTE.items())
    return f'{scope}{{{light}}}\nbody[data-jp-theme-light="false"] {scope}{{{dark}}}\n'


def mark_class_css(scope: str = ".ml-view") -> str:
    """One class per style (``ml-m-source`` …), drawing the same lines as the inline styles."""
    return "".join(f"{scope} .ml-m-{key}{{{style.css()}}}\n" for key, style in STYLES.items())


# Text views: the numbered article and highlighted text. Sizes in em; colours from the theme.
VIEW_CSS = (
    palette_css()
    + f""".ml-view {{font-family: {SERIF}; line-height: 1.6; max-width: 46em; color: {TEXT};}}
.ml-view p {{margin: 0 0 0.8em 0;}}
.ml-view.ml-hl p {{line-height: 2.4;}}
.ml-view .ml-pno {{font-family: monospace; font-size: 0.8em; margin-right: 0.4em; color: {TEXT_SOFT};}}
.ml-view .ml-sid {{font-family: monospace; font-size: 0.75em; color: {TEXT_SOFT};
  border: 1px solid {BORDER_STRONG}; border-radius: 3px; padding: 0 0.2em; margin-right: 0.2em;}}
.ml-view .ml-headline {{font-size: 1.3em; font-weight: bold;}}
.ml-view .ml-note {{font-style: italic;}}
.ml-view .ml-tag {{font-family: {SANS}; font-size: 0.68em; color: {TEXT_SOFT}; margin: 0 0.25em 0 0.1em;
  white-space: nowrap;}}
.ml-legend {{font-family: {SANS}; font-size: 0.9em; border: 1px solid {BORDER_STRONG}; padding: 0.3em 0.8em;
  margin-bottom: 0.8em; max-width: 46em; color: {TEXT};}}
.ml-legend li {{margin: 0.5em 0; line-height: 2;}}
.ml-credit {{font-size: 0.85em; color: {TEXT_SOFT};}}
"""
    + mark_class_css()
    + mark_class_css(".ml-legend")
)
STYLE_BLOCK = f"<style>{VIEW_CSS}</style>"
