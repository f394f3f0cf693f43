"""Printable handouts: the highlighted op-ed, and the answer key, each one self-contained HTML file.

No scripts, no web fonts, no outside stylesheets: the CSS is inline and a print style keeps the
underlines and tags on paper. The highlighted op-ed is drawn by the course's one highlighter with its one
style table (line style, text tag and colour for each layer, so colour is never the only signal, and the
legend's wording is the table's own); every table goes through ``show_table``, so everything from the
data is escaped.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from medialit.content.key import Annotation

OPED_FILE = "oped-highlighted.html"
KEY_FILE = "oped-answer-key.html"
COURSE_CREDIT = (
    "Handout from the medialit media-literacy course. Course text: the medialit authors, MIT licence. "
    "The op-ed is quoted for study and criticism, with credit to its author."
)
PAGE_CSS = """
body {font-family: Georgia, 'Times New Roman', serif; color: #111; background: #fff; margin: 1.5em auto;
  max-width: 52em; padding: 0 1em; line-height: 1.5;}
h1, h2, h3 {font-family: sans-serif; line-height: 1.2;}
h1 {font-size: 1.5em;} h2 {font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #999;}
.ml-intro {font-family: sans-serif; font-size: 0.92em; border: 1px solid #bbb; padding: 0.4em 0.9em;}
.ml-table {font-size: 0.85em; width: 100%;}
.ml-table th {background: #eee;}
footer {margin-top: 2em; font-size: 0.85em; color: #333; border-top: 1px solid #999; padding-top: 0.5em;}
@page {margin: 1.6cm;}
@media print {
  * {-webkit-print-color-adjust: exact; print-color-adjust: exact;}
  body {max-width: none; margin: 0; padding: 0; font-size: 10.5pt;}
  .ml-legend, .ml-intro, tr, .ml-article p {break-inside: avoid;}
  h2 {break-after: avoid;}
  a {color: #111; text-decoration: none;}
  thead {display: table-header-group;}
}
"""


def _page(title: str, body: str, head_css: str = "") -> str:
    """A complete HTML document with inline CSS only (no scripts, no outside files)."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{PAGE_CSS}</style>\n{head_css}\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )


def _footer(credit: str) -> str:
    lines = [credit, COURSE_CREDIT] if credit else [COURSE_CREDIT]
    return "<footer>" + "".join(f"<p>{escape(line)}</p>" for line in lines) + "</footer>"


def oped_handout_html(sentences: pd.DataFrame | None = None, key: Annotation | None = None, credit: str = "") -> str:
    """The op-ed with cue words, sources and numbers underlined and tagged, a legend and a credit line."""
    from medialit.render.display import highlighted
    from medialit.render.styles import STYLE_BLOCK

    if sentences is None:
        from medialit.content.article import load_article

        article = load_article()
        sentences, credit = article.sentences, credit or article.credit
    if key is None:
        from medialit.content.key import answer_key

        key = answer_key()
    body, _ = highlighted(sentences, key)
    intro = (
        '<div class="ml-intro"><p><b>How to read this page.</b> Each sentence starts with its id (p03.s2 is '
        "paragraph 3, sentence 2). Cue words, sources and numbers are marked, each kind with its own line and "
        "a short tag in square brackets after it, so the marks still read in black and white; the legend below "
        "says what each line and tag means.</p><p>Marking a word is a prompt to ask a question about it, not "
        "a verdict that it is wrong.</p></div>"
    )
    body = f"<h1>The op-ed, highlighted: cue words, sources and numbers</h1>\n{intro}\n{body}\n{_footer(credit)}"
    return _page("The op-ed, highlighted", body, head_css=STYLE_BLOCK)


def _yes_no(flag: object, why: object) -> str:
    return f"yes: {why}" if bool(flag) and str(why or "").strip() else ("yes" if bool(flag) else "no")


def key_handout_html(key: Annotation | None = None, evidence: pd.DataFrame | None = None, credit: str = "") -> str:
    """The answer key as a handout: every sentence with its label, debatable flag and reason, then sources,
    numbers (with the question a reader should ask) and what outside sources reported, with citations."""
    from medialit.render.tables import show_table

    if key is None:
        from medialit.content.article import load_article
        from medialit.content.key import answer_key

        key, credit = answer_key(), credit or load_article().credit
    if evidence is None:
        from medialit.content.key import evidence as load_evidence

        evidence = load_evidence()
    s = key.sentences.copy()
    s["debatable?"] = [_yes_no(f, w) for f, w in zip(s["debatable"], s.get("debatable_why", [""] * len(s)))]
    sentences = s.rename(columns={"sentence_id": "id", "text": "sentence", "claim_type": "claim type"})
    parts = [
        "<h1>Answer key: the op-ed sentence by sentence</h1>",
        '<div class="ml-intro"><p><b>For teachers, or for learners after they have tried.</b> The labels are the '
        "course authors' reasoned judgements. Sentences marked <b>debatable</b> are ones where careful readers "
        "could fairly choose another label; the reason is given. A different label with a good reason is a good "
        "answer.</p><p>Claim types: <b>fact</b> = checkable (not necessarily true); <b>opinion</b> = judgement, "
        "feeling or motive; <b>prediction</b> = about the future; <b>mixed</b> = a checkable core wrapped in "
        "judging words.</p></div>",
        "<h2>1. Sentences: claim type, debatable or not, and why</h2>",
        show_table(sentences, columns=["id", "sentence", "claim type", "debatable?", "rationale"]).html,
    ]
    parts += _table_section(
        "2. Sources: who says so, and how",
        key.attributions,
        ("sentence_id", "source", "source_type", "form", "reporting_verb", "verb_stance", "findable"),
    )
    parts += _table_section(
        "3. Numbers: what to ask about each",
        key.statistics,
        ("sentence_id", "span", "qualifier", "time_frame", "denominator", "source", "reader_question"),
    )
    if evidence is not None and len(evidence):
        parts += _table_section(
            "4. What outside sources reported",
            evidence,
            ("sentence_id", "claim", "verdict", "context", "publisher", "date", "url"),
            intro="Each row cites its source (publisher, date, web address). Verdicts: supported, needs context, "
            "contested, could not verify. Many of the op-ed's claims check out; some need context.",
        )
    parts.append(_footer(credit))
    return _page("Answer key: the op-ed sentence by sentence", "\n".join(parts))


def _table_section(title: str, frame: pd.DataFrame, columns: tuple[str, ...], intro: str = "") -> list[str]:
    """A heading, an optional intro and a table of the columns the frame has, for the answer-key handout."""
    from medialit.render.tables import show_table

    parts = [f"<h2>{escape(title)}</h2>"]
    if intro:
        parts.append(f"<p>{escape(intro)}</p>")
    parts.append(show_table(frame, columns=[c for c in columns if c in frame.columns]).html)
    return parts


def write_handouts(out: str | os.PathLike[str] = ".") -> list[Path]:
    """Write the two handouts into a folder (created if missing) and return their paths."""
    from medialit.text.textio import InputProblem

    folder = Path(out).expanduser()
    pages = {OPED_FILE: oped_handout_html(), KEY_FILE: key_handout_html()}
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, html in pages.items():
            path = folder / name
            path.write_text(html, encoding="utf-8")
            written.append(path)
    except OSError as err:
        raise InputProblem(f"cannot write the handouts to {folder} ({err.strerror or err}).") from None
    return written
