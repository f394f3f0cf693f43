"""Every course notebook has a generated navigation line at top and bottom (tools/add_navigation.py).

Like the exercises sync: the tool writes the lines, and this test fails when one is missing or stale
(for example after a lesson was added), telling you to run ``python tools/add_navigation.py``.
"""

import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import add_navigation as nav  # noqa: E402
from course import lesson_chain  # noqa: E402

CHECKED = nav.targets()
EXERCISES = [ROOT / "exercises" / p.name for p in CHECKED if p.parent.name == "solutions"]


@pytest.mark.parametrize("path", CHECKED + EXERCISES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_navigation_lines_are_present_and_up_to_date(path):
    nb = nbformat.read(path, as_version=4)
    ids = [c.get("id") for c in nb.cells]
    first = 1 if ids[0] == nav.GENERATED_NOTICE else 0
    assert ids[first] == nav.TOP and ids[-1] == nav.BOTTOM, f"{path.name}: run python tools/add_navigation.py"
    expected = nav.nav_line(ROOT / ("solutions" if path.parent.name == "exercises" else path.parent.name) / path.name)
    assert nb.cells[first].source == nb.cells[-1].source == expected, f"{path.name}: run tools/add_navigation.py"


def test_check_mode_passes_on_the_course_and_fails_on_a_stale_line(tmp_path):
    assert nav.main(["--check", *map(str, CHECKED)]) == 0
    stale = tmp_path / CHECKED[0].name
    nb = nbformat.read(CHECKED[0], as_version=4)
    next(c for c in nb.cells if c.get("id") == nav.TOP).source = "[old line](x.ipynb)"
    nbformat.write(nb, stale)
    # the stale copy is judged by its own name, so its expected line is the lesson's
    assert nav.main(["--check", str(stale)]) == 1


def test_tool_is_idempotent_and_keeps_the_exercise_notice_first():
    nb = new_notebook(cells=[new_markdown_cell("notice", id=nav.GENERATED_NOTICE), new_markdown_cell("# Title")])
    once = nav.with_navigation(nb, "line")
    twice = nav.with_navigation(nbformat.from_dict(once), "line")
    ids = [c.get("id") for c in twice.cells]
    assert ids[:2] == [nav.GENERATED_NOTICE, nav.TOP] and ids[-1] == nav.BOTTOM and len(ids) == 4
    assert nav.render(once) == nav.render(twice)
    assert sum(c.get("id") in (nav.TOP, nav.BOTTOM) for c in twice.cells) == 2


def test_course_order_puts_skills_checks_around_the_lessons(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    for name in ("02_b", "00_start_here", "skills_check_B", "01_a", "skills_check_A", "teacher_notes"):
        (folder / f"{name}.ipynb").write_text("{}", encoding="utf-8")
    order = [p.stem for p in lesson_chain(tmp_path)]
    assert order == ["00_start_here", "skills_check_A", "01_a", "02_b", "skills_check_B"]


def test_lines_link_previous_map_and_next():
    chain = lesson_chain()
    names = [p.name for p in chain]
    second = chain[1]
    line = nav.nav_line(second, chain)
    assert f"]({names[0]})" in line and "README.md#course-map" in line and f"]({names[2]})" in line
    assert "←" not in nav.nav_line(chain[0], chain) and "→" not in nav.nav_line(chain[-1], chain)
    solution = ROOT / "solutions" / "01_fact_or_opinion.ipynb"
    assert "../notebooks/01_fact_or_opinion.ipynb" in nav.nav_line(solution, chain)
