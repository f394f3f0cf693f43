"""HTML views of a text for notebooks: everything from the text is escaped before display."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

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
        from medialit.article import load_article

        article = load_article()
        sentences, credit = article.sentences, article.credit
    return HTMLView(numbered_article_html(sentences, credit), numbered_article_text(sentences))
