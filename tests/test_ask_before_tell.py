"""Ask before you tell: no lesson or exercise notebook shows an item's answer before it asks the item.

Every lesson is executed once (fresh kernel, throw-away progress file), and so is each of its exercise
and solution notebooks: in `make test` the test reads the copies nbval ran a moment before
(tools/record_executed.py), and runs a notebook itself only when there is no copy of it as it is now.
A learner reads the lesson, then the exercises, so the lesson's cells count as earlier than every
exercise. The detector (tools/ask_before_tell.py) is tested first on small invented notebooks: one that
leaks in each way the course used to, and one that asks first and tells after.
"""

import functools
import multiprocessing
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import ask_before_tell as abt  # noqa: E402
from course import companions, lesson_chain, lesson_number  # noqa: E402
from record_executed import read_copy  # noqa: E402

# Lessons not yet converted to ask-before-tell (and to the hygiene rules for headings and short cells).
# Remove a lesson from this set when it is converted; at the end it must be empty.
PENDING: set[str] = set()

LESSONS = [p for p in lesson_chain() if lesson_number(p) is not None]
_POOL: dict[Path, object] = {}


def _init_worker():
    os.environ["MEDIALIT_PROGRESS_FILE"] = str(Path(tempfile.mkdtemp(prefix="medialit-abt-")) / "progress.json")
    os.environ.pop("MEDIALIT_STRICT_CHECKS", None)


@functools.cache
def _copy(path: Path):
    """nbval's copy of the notebook (None when there is none), read once per test process."""
    return read_copy(path, ROOT)


def executed(path: Path):
    """The notebook run once in a fresh kernel: nbval's copy from this `make test`, or run here.

    Notebooks without a copy all start together on two workers the first time one is asked for.
    """
    copy = _copy(path)
    if copy is not None:
        return copy
    if not _POOL:
        # spawn, not fork: a forked copy of a pytest-xdist worker (which runs threads) can hang for ever
        spawn = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(max_workers=2, mp_context=spawn, initializer=_init_worker)
        for lesson in LESSONS:
            if lesson.stem not in PENDING:
                for nb in [lesson, *companions(lesson)]:
                    if _copy(nb) is None:
                        _POOL[nb] = pool.submit(abt.execute, nb)
        pool.shutdown(wait=False)
    future = _POOL.get(path)
    return future.result() if future is not None else abt.execute(path)


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
def test_every_item_is_asked_before_its_answer_is_shown(lesson):
    if lesson.stem in PENDING:
        pytest.skip("lesson not yet converted (PENDING)")
    number = lesson_number(lesson)
    ran = executed(lesson)
    errors = [o for c in ran.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, f"{lesson.name} raised: {errors[0].get('ename')}: {errors[0].get('evalue')}"
    leaks = set(map(str, abt.sequence_leaks(number, [(f"notebooks/{lesson.name}", ran)])))
    for companion in companions(lesson):
        books = [(f"notebooks/{lesson.name}", ran), (f"{companion.parent.name}/{companion.name}", executed(companion))]
        leaks |= set(map(str, abt.sequence_leaks(number, books)))
    assert not leaks, "answers shown before the question:\n" + "\n".join(sorted(leaks))


def test_every_item_of_a_converted_lesson_is_found_where_it_is_asked():
    """A detector that cannot find where an item is asked would pass everything: each item must be located."""
    for lesson in LESSONS:
        if lesson.stem in PENDING:
            continue
        cells = nbformat.read(lesson, as_version=4).cells
        for companion in companions(lesson):
            cells += nbformat.read(companion, as_version=4).cells
        missing = [i.qid for i in abt.items_for(lesson_number(lesson)) if abt.asked_at(cells, i.qid) is None]
        assert not missing, f"{lesson.name}: items not found: {missing}"


def test_pending_lists_only_existing_notebooks_and_never_00_to_03():
    assert PENDING <= {p.stem for p in lesson_chain()}
    assert not {s for s in PENDING if s[:2] in ("00", "01", "02", "03")}


# --- the detector on invented notebooks ---------------------------------------------------------


def _html_row(*cells):
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _table_output(*rows):
    html = "<table>" + "".join(_html_row(*r) for r in rows) + "</table>"
    return new_output("display_data", data={"text/html": html, "text/plain": "table"})


ITEM = abt.Item("09.p1", "p14.s1", "Even Russian pro-war bloggers are sounding the alarm.", ("vague group",))
NUMBER = abt.Item("09.1", "p12.s1", "Ukraine supplies about 200,000 drones per month.", (), 2_400_000.0)
QUALIFIER = abt.Item(
    "09.p2", "p03.s1", "Russia has lost nearly 1 million men.", ("nearly",), None, fragment="nearly 1 million"
)


def _ask(qid="09.p1"):
    return new_code_cell(f'practice("{qid}")')


def _leaks(item, *cells):
    nb = new_notebook(cells=list(cells))
    return abt.find_leaks(item, nb.cells, [f"cell {i}" for i in range(len(cells))])


def test_detector_finds_a_table_row_with_the_sentence_and_its_label():
    table = new_code_cell("show_table(attributions)", outputs=[_table_output(("p14.s1", "bloggers", "vague_group"))])
    assert _leaks(ITEM, table, _ask())


def test_detector_finds_a_tag_on_the_words_of_the_sentence():
    html = (
        '<p><span class="ml-sid">p03.s1</span>Russia has lost '
        "<span>nearly 1 million</span><sup>[number: nearly]</sup> men.</p>"
    )
    tagged = new_code_cell("highlight()", outputs=[new_output("display_data", data={"text/html": html})])
    assert _leaks(QUALIFIER, tagged, _ask("09.p2"))


def test_detector_finds_a_markdown_table_quoting_the_sentence():
    table = new_markdown_cell('| Qualifier | Example |\n|---|---|\n| **nearly** | "nearly 1 million" |')
    assert _leaks(QUALIFIER, table, _ask("09.p2"))


def test_detector_finds_a_worked_example_of_the_sentence():
    example = new_markdown_cell("> `p14.s1` “Even Russian pro-war bloggers ...”\n\nNo one is named: a **vague group**.")
    assert _leaks(ITEM, example, _ask())


def test_detector_finds_a_worked_sum_of_a_number_item():
    quoted = new_markdown_cell("> `p12.s1` “about 200,000 drones per month”")
    sums = new_code_cell("200_000 * 12", outputs=[new_output("execute_result", data={"text/plain": "2400000"})])
    assert _leaks(NUMBER, quoted, sums, new_markdown_cell("### Exercise 9.1 — a sum"))


def test_detector_accepts_asking_first_and_telling_after():
    table = new_code_cell("show_table(attributions)", outputs=[_table_output(("p14.s1", "bloggers", "vague_group"))])
    assert not _leaks(ITEM, _ask(), table)


def test_detector_ignores_the_answer_word_inside_the_sentence_and_beside_other_sentences():
    article = '<p><span class="ml-sid">p03.s1</span>Russia has lost nearly 1 million men.</p>'
    plain = new_code_cell("show_article()", outputs=[new_output("display_data", data={"text/html": article})])
    other = new_code_cell("show_table(a)", outputs=[_table_output(("p07.s1", "mayor", "role_only"))])
    prose = new_markdown_cell("> `p14.s1` “Even Russian pro-war bloggers ...”\n\nWho is behind this claim, a group?")
    mention = new_markdown_cell("A vague group is hard to check; so is a vague number.")
    assert not _leaks(QUALIFIER, plain, _ask("09.p2"))
    assert not _leaks(ITEM, other, prose, mention, _ask())
    assert not _leaks(NUMBER, new_markdown_cell("> `p12.s1` quoted"), new_markdown_cell("### Exercise 9.1 — a sum"))


def test_detector_reads_the_bank_and_knows_where_items_are_asked():
    items = {i.qid: i for i in abt.items_for(2)}
    assert items["02.p1"].sentence_id == "p14.s1" and "vague group" in items["02.p1"].answers
    cells = new_notebook(cells=[new_markdown_cell('Run `hint("02.1")` any time.'), _ask("02.p1")]).cells
    assert abt.asked_at(cells, "02.p1") == 1 and abt.asked_at(cells, "02.1") is None
    assert any(i.qid.startswith("01.6[") for i in abt.items_for(1))  # a list question: one item per option
