"""Things made once per test run and shared by every pytest-xdist worker: the static site, the handouts.

xdist's own recipe for a session fixture that must run once: the first worker to ask makes the thing in
the run's folder (above each worker's own temporary folder) under a file lock; the others wait for the
lock and find it made. A test that reads it needs no xdist group, so such tests spread over the workers.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def one_worker_at_a_time(lock: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock`` (a file): pytest-xdist's workers wait here for one another."""
    import fcntl

    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def made_once(tmp_path_factory, worker_id: str, name: str, make: Callable[[Path], None]) -> Path:
    """The folder ``name`` that ``make(folder)`` fills once per test run, shared by every worker."""
    base = tmp_path_factory.getbasetemp()
    root = base if worker_id == "master" else base.parent  # the run's folder, above each worker's own
    folder, done = root / name, root / f"{name}.done"
    with one_worker_at_a_time(root / f"{name}.lock"):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            make(folder)
            done.touch()
    return folder
