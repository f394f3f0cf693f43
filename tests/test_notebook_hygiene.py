"""Every notebook is committed clean and has the course's fixed frame: objectives and minutes first, key points last.

Converted notebooks (not in PENDING, see tests/test_ask_before_tell.py) also follow the craft rules of
issue 11: every heading starts its own markdown cell (JupyterLab's collapsible headings and table of
contents need that), text cells are short (one idea, at most MAX_WORDS words of prose), and the first
code cell starts the lesson with a "ready" line.
"""

import re
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_ask_before_tell import PENDING  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from course import lesson_chain  # noqa: E402

NOTEBOOKS = sorted(p for folder in ("notebooks", "exercises", "solutions") for p in (ROOT / folder).rglob("*.ipynb"))
GENERATED_NOTICE = "generated-notice"  # the first cell tools/make_exercises.py adds to exercises
NAVIGATION = ("nav-top", "nav-bottom")  # the cells tools/add_navigation.py writes
# The teacher's notebook follows the same craft rules as the course (it has no "ready" line: see below).
CRAFT_PENDING = PENDING
# The craft rules cover the course: its notebooks in order (tools/course.py), their exercises and
# solutions, and the teacher's notebook. Other notebooks (article packs) follow their own owners' rules.
COURSE = {p.stem for p in lesson_chain()} | {"class_results"}
CRAFTED = [p for p in NOTEBOOKS if p.stem in COURSE and p.stem not in CRAFT_PENDING]
MAX_WORDS = 120
# (notebook stem, cell id) -> why it must stay long
LONG_CELLS_ALLOWED: dict[tuple[str, str], str] = {
    ("03_the_numbers", "s03-20"): "exercise 3.6 quotes the five sentences whose numbers it asks about",
}
_HEADING = re.compile(r"^#{1,6} ")
_WORD = re.compile(r"\w[\w'’-]*")


def content_cells(nb):
    """The cells without the generated notice of an exercise notebook and without the navigation lines."""
    return [c for c in nb.cells if c.get("id") not in (GENERATED_NOTICE, *NAVIGATION)]


def prose_words(source: str) -> int:
    """Words in a text cell outside tables, code blocks and link targets (a table is read as one block)."""
    text, fenced = [], False
    for line in source.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and not line.lstrip().startswith("|"):
            text.append(re.sub(r"\]\([^)]*\)", "]", line))
    return len(_WORD.findall(" ".join(text)))


@pytest.fixture(params=NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def notebook(request):
    return request.param, nbformat.read(request.param, as_version=4)


def test_there_are_notebooks_in_each_folder():
    assert {p.relative_to(ROOT).parts[0] for p in NOTEBOOKS} == {"notebooks", "exercises", "solutions"}


def test_valid_and_without_outputs(notebook):
    path, nb = notebook
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: outputs committed"
            assert cell.execution_count is None, f"{path.name}: execution_count committed"
    ids = [c.get("id") for c in nb.cells]
    assert len(ids) == len(set(ids))


def test_metadata(notebook):
    path, nb = notebook
    assert "widgets" not in nb.metadata, f"{path.name}: widget state committed (GitHub cannot render it)"
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"


def test_first_cell_has_objectives_and_minutes(notebook):
    path, nb = notebook
    first = content_cells(nb)[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert "Learning objectives" in first.source
    assert re.search(r"\b\d+\s+minutes\b", first.source), f"{path.name}: no time estimate"


def test_last_cells_have_key_points_and_licence(notebook):
    path, nb = notebook
    tail = "\n".join(c.source for c in content_cells(nb)[-3:] if c.cell_type == "markdown")
    assert re.search(r"^#+ Key points", tail, re.M), f"{path.name}: no Key points near the end"
    bullets = re.findall(r"^- ", tail.split("Key points", 1)[1], re.M)
    assert 3 <= len(bullets) <= 6
    assert "licen" in tail.lower()


def test_no_absolute_paths_or_installs_in_code(notebook):
    path, nb = notebook
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not re.search(r"['\"](/|[A-Za-z]:\\\\)(home|Users|work|tmp|root)", cell.source), path.name
            assert not re.search(r"^\s*[!%]\s*(pip|conda|wget|curl)", cell.source, re.M), path.name


@pytest.mark.parametrize("path", CRAFTED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_heading_starts_its_own_cell_and_text_cells_are_short(path):
    nb = nbformat.read(path, as_version=4)
    for cell in content_cells(nb):
        if cell.cell_type != "markdown":
            continue
        lines, fenced = cell.source.splitlines(), False
        for n, line in enumerate(lines):
            fenced = fenced != line.lstrip().startswith("```")
            if n and not fenced and _HEADING.match(line):
                raise AssertionError(
                    f"{path.name} cell {cell.get('id')}: heading {line!r} is not at the top of its cell"
                )
        words = prose_words(cell.source)
        if (path.stem, cell.get("id")) not in LONG_CELLS_ALLOWED:
            assert words <= MAX_WORDS, f"{path.name} cell {cell.get('id')}: {words} words (at most {MAX_WORDS})"


@pytest.mark.parametrize("path", [p for p in CRAFTED if "teacher" not in p.parts], ids=lambda p: p.name)
def test_setup_cell_imports_and_says_ready(path):
    """The first code cell imports from medialit only and calls start_lesson, which prints one "ready" line."""
    nb = nbformat.read(path, as_version=4)
    setup = next(c for c in nb.cells if c.cell_type == "code").source.strip().splitlines()
    assert all(re.fullmatch(r"from medialit import [\w, ]+", line) for line in setup[:-1]), setup
    assert re.fullmatch(r'start_lesson\("[\w]+"\)', setup[-1]), (
        f"{path.name}: the setup cell ends with start_lesson(...)"
    )


def test_allowlist_names_real_cells():
    cells = {(p.stem, c.get("id")) for p in CRAFTED for c in nbformat.read(p, as_version=4).cells}
    assert set(LONG_CELLS_ALLOWED) <= cells


def test_craft_rules_catch_a_mid_cell_heading_and_a_long_cell():
    assert prose_words("| a | b |\n|---|---|\n" + "| word |\n" * 200 + "Three words here.") == 3
    assert prose_words("See [the lesson](../notebooks/a_very_long_name.ipynb).") == 3
    assert _HEADING.match("## Practice") and not _HEADING.match("#hashtag")
