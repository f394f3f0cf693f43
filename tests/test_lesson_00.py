"""Lesson 00: what it tells a newcomer about the op-ed holds for the course data."""

from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
LESSON = ROOT / "notebooks" / "00_start_here.ipynb"


def test_outlet_is_stated_as_not_confirmed_and_the_repost_is_in_the_data():
    from medialit import load_article

    article = load_article()
    prose = "\n".join(c.source for c in nbformat.read(LESSON, as_version=4).cells if c.cell_type == "markdown")
    assert not article.outlet and "not confirm" in prose
    assert article.metadata["republished_at"] and article.metadata["corrections"]
