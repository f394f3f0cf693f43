"""The op-ed studied in this course, loaded from the package with its publication facts."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from medialit.text.sentences import paragraph_spans, sentence_id, split_spans
from medialit.text.textio import normalise_newlines

if TYPE_CHECKING:
    import pandas as pd

CREDIT = (
    "David Kirichenko, “Putin’s growing anxiety mirrors Russia’s failures on the battlefield” "
    "(op-ed, May 2025; original outlet not confirmed). Quoted for study and criticism."
)


def _data_text(name: str) -> str:
    return (resources.files("medialit.content") / "data" / name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Article:
    """An article as the course uses it: its facts, its paragraphs and its numbered sentences.

    ``paragraphs[n]`` is paragraph ``n`` of the sentence ids: 0 is the headline, the body
    follows, and the last one is the author note.
    """

    title: str
    author: str
    author_note: str
    outlet: str | None
    published: str
    url: str | None
    text: str
    paragraphs: tuple[str, ...]
    metadata: dict[str, Any] = field(repr=False, compare=False)

    @property
    def credit(self) -> str:
        """A one-line credit to show wherever the article is quoted (a pack's own, or the op-ed's)."""
        return str(self.metadata.get("credit") or CREDIT)

    @property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence: sentence_id, paragraph, part, text (a fresh copy each time)."""
        return _sentences_frame(self.text).copy()


@lru_cache(maxsize=4)
def _sentences_frame(text: str) -> pd.DataFrame:
    import pandas as pd

    spans = split_spans(text, first_paragraph=0)
    last = max(s.paragraph for s in spans)
    rows = []
    for s in spans:
        part = "headline" if s.paragraph == 0 else "author_note" if s.paragraph == last else "body"
        rows.append(
            {
                "sentence_id": sentence_id(s.paragraph, s.index),
                "paragraph": s.paragraph,
                "part": part,
                "text": s.text,
                "start": s.start,
                "end": s.end,
            }
        )
    return pd.DataFrame(rows).astype({"paragraph": "int64", "start": "int64", "end": "int64"})


def make_article(meta: dict[str, Any], text: str) -> Article:
    """An Article from publication facts (pack.json or metadata.json) and its text (any line endings)."""
    text = normalise_newlines(text)  # an article saved on Windows gives the same sentence ids
    paragraphs = tuple(" ".join(text[s:e].split()) for s, e in paragraph_spans(text))
    return Article(
        title=str(meta.get("title", "")),
        author=str(meta.get("author", "")),
        author_note=str(meta.get("author_note", "")),
        outlet=meta.get("outlet"),
        published=str(meta.get("published", "")),
        url=meta.get("url"),
        text=text,
        paragraphs=paragraphs,
        metadata=meta,
    )


@lru_cache(maxsize=1)
def load_article() -> Article:
    """Load the op-ed and its metadata from the package (no network, works from any folder)."""
    meta = json.loads(_data_text("metadata.json"))
    return make_article(meta, _data_text(meta["text_file"]))
