"""exercises/ is generated from solutions/: in sync, no leaks, every answer checks, every question used once."""

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import make_exercises  # noqa: E402

from medialit.content.questions import load_questions  # noqa: E402
from medialit.learner.grading import check  # noqa: E402

SOLUTIONS = sorted((ROOT / "solutions").glob("*.ipynb"))
EXERCISES = sorted((ROOT / "exercises").glob("*.ipynb"))
LESSONS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CHECK_CALL = re.compile(r'^check\("(?P<qid>[^"]+)", (?P<var>answer_\w+)\)$')


def read(path):
    return nbformat.read(path, as_version=4)


def exercises_in(path):
    """(qid, variable, prompt markdown, answer cell, check cell) for each exercise of a notebook."""
    cells = read(path).cells
    found = []
    for i, cell in enumerate(cells):
        m = CHECK_CALL.match(cell.source.strip()) if cell.cell_type == "code" else None
        if m:
            answer = cells[i - 1]
            prompt = next(c for c in reversed(cells[: i - 1]) if c.cell_type == "markdown")
            found.append((m["qid"], m["var"], prompt.source, answer.source, cell.source))
    return found


def solution_lines(path):
    """Every non-blank line inside the solution blocks of a solutions notebook."""
    lines = []
    for cell in read(path).cells:
        inside = False
        for line in cell.source.split("\n"):
            if line.strip() == make_exercises.BEGIN:
                inside = True
            elif line.strip() == make_exercises.END:
                inside = False
            elif inside and line.strip():
                lines.append(line.strip())
    return lines


def test_there_are_solutions_and_matching_exercises():
    assert {p.name for p in SOLUTIONS} >= {"01_fact_or_opinion.ipynb", "02_who_says_so.ipynb", "03_the_numbers.ipynb"}
    assert [p.name for p in EXERCISES] == [p.name for p in SOLUTIONS]


# (a) exercises/ is exactly what generation produces ------------------------------------------


def test_make_exercises_check_passes():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_exercises.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


def test_exercises_differ_from_solutions_only_in_the_answers():
    for sol_path in SOLUTIONS:
        sol, ex = read(sol_path), read(ROOT / "exercises" / sol_path.name)
        assert ex.cells[0].id == make_exercises.NOTICE_ID and "edit that file instead" in ex.cells[0].source
        assert len(ex.cells) == len(sol.cells) + 1
        for s, e in zip(sol.cells, ex.cells[1:]):
            assert (s.cell_type, s.id) == (e.cell_type, e.id)
            if make_exercises.BEGIN in s.source:
                kept = re.sub(r"### BEGIN SOLUTION\n.*?### END SOLUTION", "@", s.source, flags=re.S)
                blank = re.sub(r"answer_\w+ = \.\.\.  # your answer here", "@", e.source)
                assert kept == blank
            else:
                assert s.source == e.source
        assert ex.metadata == {k: v for k, v in sol.metadata.items() if k != "widgets"}


def test_check_mode_fails_on_drift_and_hand_edits(tmp_path, capsys):
    sol_dir, ex_dir = tmp_path / "solutions", tmp_path / "exercises"
    sol_dir.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# T", id="a"),
        nbformat.v4.new_code_cell('x = 1\n### BEGIN SOLUTION\nanswer_09_1 = "fact"\n### END SOLUTION', id="b"),
    ]
    nbformat.write(nb, sol_dir / "09_t.ipynb")
    run = ["--solutions", str(sol_dir), "--exercises", str(ex_dir)]
    assert make_exercises.main([*run, "--check"]) == 1  # missing
    assert make_exercises.main(run) == 0
    first = (ex_dir / "09_t.ipynb").read_text(encoding="utf-8")
    generated = nbformat.reads(first, as_version=4)
    assert generated.cells[2].source == "x = 1\nanswer_09_1 = ...  # your answer here" and "fact" not in first
    assert make_exercises.main([*run, "--check"]) == 0
    make_exercises.main(run)
    assert (ex_dir / "09_t.ipynb").read_text(encoding="utf-8") == first  # deterministic
    (ex_dir / "09_t.ipynb").write_text(first.replace("your answer here", "my answer"), encoding="utf-8")
    capsys.readouterr()
    assert make_exercises.main([*run, "--check"]) == 1
    assert "out of date: exercises/09_t.ipynb" in capsys.readouterr().err
    (ex_dir / "99_orphan.ipynb").write_text(first, encoding="utf-8")
    assert make_exercises.main([*run, "--check"]) == 1
    assert "no solutions notebook for: exercises/99_orphan.ipynb" in capsys.readouterr().err


@pytest.mark.parametrize(
    "source",
    [
        "### BEGIN SOLUTION\nx = 1\n### END SOLUTION",  # no answer variable
        "### BEGIN SOLUTION\nanswer_1 = 1",  # never closed
        "### END SOLUTION",
        "### BEGIN SOLUTION\n### BEGIN SOLUTION\nanswer_1 = 1\n### END SOLUTION",
    ],
)
def test_malformed_solution_blocks_are_refused(source):
    with pytest.raises(make_exercises.SolutionFormatError):
        make_exercises.blank_source(source, "test")


# (b) no solution leaks into exercises -------------------------------------------------------


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_no_solution_leaks_into_exercises(path):
    secret = solution_lines(ROOT / "solutions" / path.name)
    assert secret
    for cell in read(path).cells:
        assert "BEGIN SOLUTION" not in cell.source and "END SOLUTION" not in cell.source
        assert "solution" not in cell.metadata.get("tags", [])
        for line in secret:
            assert line not in cell.source, f"{path.name}: {line!r} leaked"


# (c) every solution answer is accepted; every blank exercise is "not attempted" --------------


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_every_solution_answer_passes_its_check_in_strict_mode(path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_STRICT_CHECKS", "1")
    found = exercises_in(path)
    assert 5 <= len(found) <= 8
    for qid, var, _, answer_cell, _ in found:
        namespace: dict = {}
        exec(compile(answer_cell, f"{path.name}:{qid}", "exec"), namespace)
        fb = check(qid, namespace[var])  # raises AssertionError on anything but a right answer
        assert fb.ok, str(fb)


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_every_blank_exercise_is_not_attempted(path):
    for qid, var, _, answer_cell, _ in exercises_in(path):
        namespace: dict = {}
        exec(compile(answer_cell, f"{path.name}:{qid}", "exec"), namespace)
        assert namespace[var] is ...
        assert check(qid, namespace[var]).status == "not_attempted"


# (d) every question is used exactly once, with its own prompt ----------------------------------


def test_every_exercise_question_is_in_exactly_one_solutions_notebook():
    used: dict[str, list[str]] = {}
    for path in SOLUTIONS:
        for qid, *_ in exercises_in(path):
            used.setdefault(qid, []).append(path.name)
    bank = load_questions()
    exercise_ids = {q.id for q in bank.values() if q.use == "exercise"}
    assert set(used) == exercise_ids
    assert all(len(names) == 1 for names in used.values()), used
    for path in SOLUTIONS:
        for qid, var, *_ in exercises_in(path):
            assert var == bank[qid].variable and path.name.startswith(f"{bank[qid].lesson:02d}_")


def test_every_practice_question_is_in_exactly_one_lesson():
    calls = re.compile(r'\bpractice\("([^"]+)"\)')
    used: dict[str, list[str]] = {}
    for path in LESSONS:
        for cell in read(path).cells:
            if cell.cell_type == "code":
                for qid in calls.findall(cell.source):
                    used.setdefault(qid, []).append(path.name)
    practice_ids = {q.id for q in load_questions().values() if q.use == "practice"}
    assert set(used) == practice_ids
    assert all(len(names) == 1 for names in used.values()), used


def test_prompts_in_notebooks_match_the_bank():
    bank = load_questions()
    for path in SOLUTIONS:
        for qid, _, prompt, *_ in exercises_in(path):
            assert bank[qid].prompt in prompt, qid
            assert re.search(rf"### Exercise {int(qid[:2])}\.{qid[3:]} — \w", prompt), qid
