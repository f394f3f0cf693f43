"""A pytest plugin for `make test`'s nbval run: each notebook's own settings, and a copy of it as nbval ran it.

`make test` runs every notebook once, with nbval (``-p tools.record_executed``). This plugin

- gives each notebook's kernel (nbval starts a fresh one per notebook) a throw-away progress file of its
  own, so what a notebook prints does not depend on which notebooks ran before it;
- runs the notebooks in ``solutions/`` in strict mode (``MEDIALIT_STRICT_CHECKS=1``: a wrong answer key
  fails) and every other notebook without it, so one nbval run covers all three folders;
- when ``MEDIALIT_EXECUTED_DIR`` names a folder, writes there each notebook with the outputs nbval got.
  The ask-before-tell test, the minutes test and the static-site tests read these copies (`read_copy`)
  instead of running every notebook two more times. A notebook with a failing cell is not written: nbval
  fails the run, and a reader that finds no copy of a notebook as it is now runs it itself.
"""

from __future__ import annotations

import copy
import os
import shutil
import tempfile
from pathlib import Path

import nbformat
import pytest

ENV = "MEDIALIT_EXECUTED_DIR"
STRICT_FOLDER = "solutions"
_RUNS: dict[Path, dict] = {}  # notebook path -> {"nb": source notebook, "outputs": {cell_num: [...]}, "ok": bool}
_SCRATCH: list[Path] = []  # progress files go here when no MEDIALIT_EXECUTED_DIR is given


def _folder() -> Path | None:
    value = os.environ.get(ENV)
    return Path(value) if value else None


def pytest_configure(config):
    if _folder() is None:
        _SCRATCH.append(Path(tempfile.mkdtemp(prefix="medialit-nbval-")))


def pytest_unconfigure(config):
    for scratch in _SCRATCH:
        shutil.rmtree(scratch, ignore_errors=True)


def _run_of(item) -> dict:
    """This process's record of the notebook the cell ``item`` belongs to (made at its first cell)."""
    return _RUNS.setdefault(Path(item.parent.path), {"nb": item.parent.nb, "outputs": {}, "ok": True})


def _is_cell(item) -> bool:
    return type(item).__name__ == "IPyNbCell" and hasattr(item, "cell_num")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before a notebook's first cell starts its kernel, set the environment that kernel inherits."""
    if not _is_cell(item):
        return
    path = Path(item.parent.path)
    if path not in _RUNS:
        _run_of(item)
        progress = (_folder() or _SCRATCH[0]) / "progress" / f"{path.parent.name}-{path.stem}.json"
        progress.parent.mkdir(parents=True, exist_ok=True)
        os.environ["MEDIALIT_PROGRESS_FILE"] = str(progress)
        if path.parent.name == STRICT_FOLDER:
            os.environ["MEDIALIT_STRICT_CHECKS"] = "1"
        else:
            os.environ.pop("MEDIALIT_STRICT_CHECKS", None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    if _folder() is None or not _is_cell(item) or call.when != "call":
        return
    run = _run_of(item)
    report = outcome.get_result()
    if report.failed:
        run["ok"] = False
    run["outputs"][item.cell_num] = list(getattr(item, "test_outputs", None) or [])


def executed_notebook(source: nbformat.NotebookNode, outputs: dict[int, list]) -> nbformat.NotebookNode:
    """The source notebook with each code cell's recorded outputs (execution counts in order)."""
    nb = copy.deepcopy(source)
    number = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        cell.outputs = [nbformat.from_dict(dict(o)) for o in outputs.get(number, [])]
        number += 1
        cell.execution_count = number
        for out in cell.outputs:
            if out.get("output_type") == "execute_result":
                out["execution_count"] = number
    nb.metadata["medialit_executed_by"] = "nbval"
    return nb


def pytest_sessionfinish(session):
    """Write every notebook this process ran without a failure (each xdist worker writes its own)."""
    folder = _folder()
    if folder is None:
        return
    root = Path(session.config.rootpath)
    for path, run in _RUNS.items():
        complete = len(run["outputs"]) == sum(c.cell_type == "code" for c in run["nb"].cells)
        if run["ok"] and complete:
            target = folder / Path(path).resolve().relative_to(root.resolve())
            target.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(executed_notebook(run["nb"], run["outputs"]), target)


def read_copy(path: Path, root: Path) -> nbformat.NotebookNode | None:
    """nbval's executed copy of the notebook at ``path`` (inside ``root``), or None to run it yourself.

    None when recording is off, when the notebook was not run (or failed) in this run, or when its cells are
    not exactly the file's cells now (the file changed after nbval ran it).
    """
    folder = _folder()
    if folder is None:
        return None
    copy_path = folder / Path(path).resolve().relative_to(Path(root).resolve())
    if not copy_path.exists():
        return None
    ran = nbformat.read(copy_path, as_version=4)
    now = nbformat.read(path, as_version=4)
    same = [(c.cell_type, c.source) for c in ran.cells] == [(c.cell_type, c.source) for c in now.cells]
    return ran if same else None
