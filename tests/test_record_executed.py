"""tools/record_executed.py, the plugin of `make test`'s nbval run, on two small invented notebooks.

It must give each notebook a progress file of its own, run solutions/ strict and nothing else strict,
keep what each notebook printed, write no copy of a notebook that failed, and hand a copy back only
while the notebook is unchanged.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from record_executed import read_copy  # noqa: E402

SHOW = 'import os\nprint(os.environ.get("MEDIALIT_STRICT_CHECKS"), os.environ["MEDIALIT_PROGRESS_FILE"])'


def _write(path: Path, *cells) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(new_notebook(cells=list(cells)), path)
    return path


def _printed(nb) -> list[str]:
    return [o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs]


def test_each_notebook_gets_its_own_settings_and_its_run_is_kept(tmp_path, monkeypatch):
    course = tmp_path / "course"
    (course / "pyproject.toml").parent.mkdir(parents=True)
    (course / "pyproject.toml").write_text("[tool.pytest.ini_options]\naddopts = ''\n")
    lesson = _write(course / "notebooks" / "l.ipynb", new_markdown_cell("# A lesson"), new_code_cell(SHOW))
    solution = _write(course / "solutions" / "l.ipynb", new_code_cell(SHOW), new_code_cell("print(6 * 7)"))
    broken = _write(course / "exercises" / "l.ipynb", new_code_cell("1 / 0"))
    copies = tmp_path / "copies"
    env = dict(os.environ, MEDIALIT_EXECUTED_DIR=str(copies), MEDIALIT_STRICT_CHECKS="1", PYTHONPATH=str(ROOT))
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # only the two plugins under test: a quicker start
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "nbval", "-p", "tools.record_executed", "--nbval-lax"]
        + ["--nbval-current-env", "notebooks", "solutions", "exercises"],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
    )
    assert "1 failed, 3 passed" in run.stdout, run.stdout[-2000:]  # the broken exercise fails nbval

    monkeypatch.setenv("MEDIALIT_EXECUTED_DIR", str(copies))
    ran_lesson, ran_solution = read_copy(lesson, course), read_copy(solution, course)
    assert read_copy(broken, course) is None and not (copies / "exercises").exists()
    lesson_line, solution_line = _printed(ran_lesson)[0].split(), _printed(ran_solution)[0].split()
    assert lesson_line[0] == "None" and solution_line[0] == "1"  # only solutions/ runs strict
    assert lesson_line[1] != solution_line[1] and Path(lesson_line[1]).parent.parent == copies
    assert _printed(ran_solution)[1] == "42\n" and ran_solution.cells[1].execution_count == 2
    assert ran_lesson.cells[0].source == "# A lesson"  # markdown cells kept as they are

    _write(solution, new_code_cell(SHOW), new_code_cell("print(6 * 9)"))  # changed after nbval ran it
    assert read_copy(solution, course) is None
    monkeypatch.delenv("MEDIALIT_EXECUTED_DIR")
    assert read_copy(lesson, course) is None  # no copies outside `make test`
