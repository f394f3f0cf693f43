"""Every stated time (notebook header, README course map, teacher's guide) is at least the estimate.

The estimate comes from tools/estimate_minutes.py, whose reading speeds and per-item times are
constants at the top of that file. Notebooks are executed once (shared with the ask-before-tell test).
"""

import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import estimate_minutes as em  # noqa: E402
from test_ask_before_tell import PENDING, executed  # noqa: E402

CHECKED = [p for p in em.course_notebooks() if p.stem not in PENDING]


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_stated_minutes_cover_the_estimate(path):
    stated = em.stated_minutes(path)
    assert any(where == "header" for where, _ in stated), f"{path.name}: no '**Time:** about N minutes' in the header"
    if path.parent.name == "notebooks" and path.name[:2].isdigit():
        assert {"README", "guide lesson"} <= {where for where, _ in stated}, stated
    estimate = em.estimate(executed(path)).total
    short = [(where, minutes) for where, minutes in stated if minutes < estimate]
    assert not short, f"{path.name}: estimated {estimate} minutes, but stated {short}"


def test_estimate_counts_prose_tables_items_labelling_and_skips_optional_cells():
    words = " ".join(["word"] * 180)
    table = "| a | b |\n|---|---|\n" + "| x | y |\n" * 44  # 90 table words with the header
    labeller = new_code_cell(
        'label_sentences(stretch, "oped")',
        outputs=[new_output("display_data", data={"text/plain": "p08.s1 ...\np08.s2 ...\np09.s1 ..."})],
    )
    optional = new_markdown_cell(words * 10)
    optional.metadata["tags"] = [em.OPTIONAL_TAG]
    nb = new_notebook(
        cells=[
            new_markdown_cell(words),
            new_markdown_cell(table),
            new_code_cell('practice("01.p1")'),
            labeller,
            optional,
        ]
    )
    est = em.estimate(nb)
    assert (est.prose_words, est.table_words, est.items, est.labelled_sentences) == (180, 90, ["01.p1"], 3)
    # 1 min prose + 1 min table + 2 code cells x 10 s + 1 item + 3 x 30 s
    assert est.minutes == pytest.approx(1 + 1 + 20 / 60 + 1 + 1.5)
    assert est.total == 5


def test_open_items_take_their_writing_time():
    nb = new_notebook(cells=[new_code_cell('check("01.8", answer_01_8)')])
    assert em.estimate(nb).minutes == pytest.approx(em.MINUTES_PER_OPEN_ITEM + em.SECONDS_PER_CODE_CELL / 60)


def test_stated_minutes_are_found_in_each_place():
    lesson = ROOT / "notebooks" / "01_fact_or_opinion.ipynb"
    places = dict(em.stated_minutes(lesson))
    header = nbformat.read(lesson, as_version=4)
    assert {"header", "README", "guide table", "guide lesson"} <= set(places)
    assert all(isinstance(m, int) and m > 0 for m in places.values()), header.metadata
