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


def test_open_prompts_are_text_boxes_saved_to_progress_not_double_click_cells():
    from medialit.content.questions import get_question

    nb = nbformat.read(LESSON, as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "double-click" not in prose.lower() and "*Your answer:*" not in prose
    for qid in ("00.p1", "00.p2", "00.p3"):
        assert any(c.source == f'practice("{qid}")' for c in nb.cells)
        q = get_question(qid)
        assert q.kind == "open" and q.lesson == 0 and q.model_answer
