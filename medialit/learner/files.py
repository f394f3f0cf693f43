"""Safe file writing shared by saved progress and exports: atomic replace, an OS file lock, stale temp clean-up.

``write_atomic`` writes through a temporary file in the target's own folder, flushes it to the disk
(``fsync``) and renames it over the target with ``os.replace``, so a crash, a killed kernel or a full
disk leaves either the old file or the new one, never half of one. A target that is a symbolic link is
written through to the file it points to (the link stays a link).

``locked`` holds an exclusive OS lock on a small lock file next to the data file for the length of a
read-change-write, so two notebooks saving at once take turns instead of overwriting each other. It uses
``fcntl.flock`` on Linux and macOS and ``msvcrt.locking`` on Windows. Where neither works (e.g. a network
file system that refuses locks) it goes on without a lock: saving still works and is still atomic, but two
notebooks writing in the same instant could then lose one change. That is the only documented gap.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]

PRIVATE = 0o600  # saved progress: only the learner can read it
SHARED = 0o644  # a hand-in file: a teacher logged in as another user can read it
STALE_SECONDS = 600  # a temp file this old was left by a writer that was killed mid-write


def real_target(path: Path) -> Path:
    """The file a write to ``path`` should replace: the end of any chain of symbolic links."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_atomic(path: Path, text: str, mode: int = PRIVATE, prefix: str = ".medialit-") -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically with permissions ``mode``; return the file written.

    Raises OSError (nothing changed on disk, no temp file left behind) when the write fails.
    """
    target = real_target(path)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def remove_stale_temps(folder: Path, prefix: str, older_than: float = STALE_SECONDS) -> int:
    """Delete temp files ``<prefix>*.tmp`` in ``folder`` left by a killed writer; return how many went."""
    removed = 0
    cutoff = time.time() - older_than
    try:
        candidates = list(folder.glob(f"{prefix}*.tmp"))
    except OSError:
        return 0
    for tmp in candidates:
        with contextlib.suppress(OSError):
            if tmp.is_file() and not tmp.is_symlink() and tmp.stat().st_mtime < cutoff:
                tmp.unlink()
                removed += 1
    return removed


def lock_path(path: Path) -> Path:
    """The lock file that guards ``path``: ``.<name>.lock`` beside the real file."""
    target = real_target(path)
    return target.with_name(f".{target.name}.lock")


@contextlib.contextmanager
def locked(path: Path) -> Iterator[bool]:
    """Hold an exclusive lock guarding ``path`` (yields True), or go on unlocked (yields False) where impossible.

    Raises OSError only if the lock file's folder cannot be created or opened for writing; callers treat
    that like any other failure to save.
    """
    lock = lock_path(path)
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, PRIVATE)
    held = False
    try:
        held = _acquire(fd)
        yield held
    finally:
        if held:
            _release(fd)
        os.close(fd)


def _acquire(fd: int) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            return True
        except OSError:
            return False
    if msvcrt is not None:  # pragma: no cover - Windows
        for _ in range(100):
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                time.sleep(0.05)
    return False


def _release(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    elif msvcrt is not None:  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
