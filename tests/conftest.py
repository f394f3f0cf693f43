"""Test-wide settings: progress goes to a temporary file, never into the repo or the tester's home.

The environment variable is set at import time, so every subprocess and notebook kernel started
by this pytest process (nbclient, nbval) inherits it too. Each test also gets its own fresh file.
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="medialit-tests-"))
os.environ["MEDIALIT_PROGRESS_FILE"] = str(_SESSION_DIR / "progress.json")
os.environ.pop("MEDIALIT_STRICT_CHECKS", None)


# `make test` runs on several workers (pytest-xdist, --dist loadgroup). Tests that share an expensive thing run in
# one worker, so it is made once: the JupyterLab server of the lab tests, the notebooks the ask-before-tell and
# minutes tests run when nbval left no copy (one pool of kernels), and the hub. The static site and the
# handouts are made once per run in a folder every worker reads (tests/browser/conftest.py, made_once), so
# the pages' audits need no group and spread over the workers.
XDIST_GROUPS = {"test_ask_before_tell.py": "executed-notebooks", "test_minutes.py": "executed-notebooks"}
XDIST_GROUPS |= {"test_hub.py": "hub"}


def pytest_itemcollected(item):
    """Mark each test with its group as it is collected, before xdist's collection hook reads the groups.

    xdist passes a group to its scheduler by adding "@group" to the test's id; pytest 9.2 no longer lets
    it (pytest-dev/pytest-xdist#1386), so every test became its own group and every worker started its own
    JupyterLab. pyproject.toml keeps pytest below 9.2 until xdist is fixed, and tests/test_groups.py fails
    if the groups stop reaching the scheduler again.
    """
    group = XDIST_GROUPS.get(item.path.name)
    if group is None and "lab" in getattr(item, "fixturenames", ()):
        group = "lab"  # the JupyterLab tests share one lab server
    if group:
        item.add_marker(pytest.mark.xdist_group(group))


def pytest_collection_modifyitems(items):
    """The hub test first: it is the longest test with no group, and xdist hands out work in this order
    (after the biggest group, the lab's), so it runs beside the lab tests rather than last on its own."""
    items.sort(key=lambda item: item.path.name != "test_hub.py")  # a stable sort: all else keeps its order


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "disk_progress: keep the real progress file where a module selects the in-memory store"
    )


@pytest.fixture(autouse=True)
def progress_file(tmp_path, monkeypatch):
    """A fresh, empty progress file for each test (returned as a Path)."""
    path = tmp_path / "progress" / "progress.json"
    monkeypatch.setenv("MEDIALIT_PROGRESS_FILE", str(path))
    monkeypatch.delenv("MEDIALIT_STRICT_CHECKS", raising=False)
    return path


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


@pytest.fixture
def memory_progress(request, monkeypatch):
    """Keep progress in memory (same merge and set-aside rules, no disk, no fsync); returns the 'files' dict.

    Grading tests select it (``pytestmark = pytest.mark.usefixtures("memory_progress")``) so they do not
    pay an fsync for every check(); a test marked ``disk_progress`` keeps the real file.
    """
    from medialit.learner import progress

    if request.node.get_closest_marker("disk_progress"):
        return {}
    monkeypatch.setattr(progress.MemoryProgressStore, "files", {})
    monkeypatch.setattr(progress, "STORE_CLASS", progress.MemoryProgressStore)
    monkeypatch.setattr(progress, "_STORES", {})
    return progress.MemoryProgressStore.files
