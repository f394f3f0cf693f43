"""A learner's answers, saved locally as JSON so work survives a restart and never crashes a lesson.

The file lives at ``~/.medialit/progress.json`` unless ``MEDIALIT_PROGRESS_FILE`` names another path.
Besides ``answers`` (question id -> entry) it may hold ``sentence_labels`` (set name -> sentence id -> label),
written by ``medialit.learner.labelling`` when a learner labels a whole stretch of text.

What is guaranteed (tests/test_progress.py and tests/test_bad_input.py show each):

- Every save is a locked read-merge-write (``medialit.learner.files``): two notebooks saving at once take
  turns, and each merges its change into what the other wrote, per question (newest answer wins, attempts
  add up, an answer once shown stays shown) and per sentence label. Nothing is lost.
- Writes are atomic (temporary file, fsync, ``os.replace``), so a killed kernel or a full disk leaves the
  old file or the new one, never half of one. The file is private to the learner (mode 0600); a symbolic
  link is written through to its target.
- A file we cannot understand (not JSON, nested absurdly deep, wrong shape, written by a newer version of
  medialit) is renamed to ``progress.corrupt-<timestamp>.json`` next to it, its data kept, never
  overwritten in place. A file or folder we cannot read or write leaves the answers in memory for this
  session, with a message.
"""

from __future__ import annotations

import copy
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

from medialit.learner.files import PRIVATE, locked, real_target, remove_stale_temps, write_atomic
from medialit.learner.progress_file import (  # noqa: F401 (re-exported: the file's shape belongs to progress)
    ENTRY_TYPES,
    MAX_ANSWER_DEPTH,
    MAX_ATTEMPTS,
    VERSION,
    Answers,
    Labels,
    merge_answers,
    merge_labels,
    parse_progress,
    valid_entry,
)

ENV_VAR = "MEDIALIT_PROGRESS_FILE"
TEMP_PREFIX = ".progress-"


def progress_path() -> Path:
    """Where progress is saved: $MEDIALIT_PROGRESS_FILE, or ~/.medialit/progress.json."""
    override = os.environ.get(ENV_VAR, "").strip()
    return Path(override).expanduser() if override else Path.home() / ".medialit" / "progress.json"


def jsonable(answer: object, _depth: int = 0) -> str | int | float | list | None:
    """An answer in a form JSON can store (other objects become their repr; giant numbers a short text)."""
    if isinstance(answer, int) and not isinstance(answer, bool) and abs(answer) >= 10**100:  # JSON cannot hold 10**5000
        return f"a whole number with about {int(answer.bit_length() * 0.30103) + 1} digits"
    if answer is None or isinstance(answer, (str, int, float)) and not isinstance(answer, bool):
        return answer
    if isinstance(answer, (list, tuple, set, frozenset)):
        if _depth >= MAX_ANSWER_DEPTH:
            return "…"
        items = sorted(answer, key=str) if isinstance(answer, (set, frozenset)) else answer
        return [jsonable(a, _depth + 1) for a in items]
    try:
        return repr(answer)[:1000]
    except Exception:  # a repr that fails must not lose the learner's work
        return f"<{type(answer).__name__}>"


class ProgressStore:
    """Answers keyed by question id, kept on disk when possible and in memory always."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.answers: Answers = {}
        self.labels: Labels = {}  # set name -> sentence id -> label
        self.notices: list[str] = []
        self.persist = True  # False after a problem that makes writing unsafe or impossible
        self._loaded = False
        self._base_answers: Answers = {}  # what the disk held when we last read or wrote it
        self._base_labels: Labels = {}
        self._extra: dict[str, Any] = {}  # top-level keys of the file we do not use, written back unchanged

    # -- the file itself (a subclass may keep it elsewhere) ------------------------------------
    def _read_raw(self) -> bytes | None:
        """The file's bytes, or None if there is no file; OSError if it cannot be read."""
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None

    def _write_raw(self, text: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, text, PRIVATE, prefix=TEMP_PREFIX)
        remove_stale_temps(real_target(self.path).parent, TEMP_PREFIX)

    def _move_aside(self) -> str:
        """Rename the file to a free ``<stem>.corrupt-<stamp>.json`` name beside it; return the new name."""
        real = real_target(self.path)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        suffix = real.suffix or ".json"
        target, n = real.with_name(f"{real.stem}.corrupt-{stamp}{suffix}"), 1
        while target.exists():
            n += 1
            target = real.with_name(f"{real.stem}.corrupt-{stamp}-{n}{suffix}")
        os.replace(real, target)
        return target.name

    @contextmanager
    def _lock(self) -> Iterator[None]:
        with locked(self.path):
            yield

    # -- reading -------------------------------------------------------------------------------
    def load(self) -> Answers:
        """Merge what is on disk into memory and return all answers (never raises)."""
        if not self.persist:
            return self.answers
        try:
            raw = self._read_raw()
        except OSError as err:
            self._cannot_read(err)
            return self.answers
        self._absorb(raw)
        self._loaded = True
        return self.answers

    def _cannot_read(self, err: OSError) -> None:
        self.persist = False
        self.notices.append(
            f"Could not read your saved progress at {self.path} ({err.strerror or type(err).__name__}). "
            "Your answers in this session are kept in memory only; the file was left untouched."
        )

    def _absorb(self, raw: bytes | None) -> None:
        """Merge the file's content into memory, keeping changes not saved yet; set a bad file aside."""
        problem = ""
        if raw is None:  # no file (yet, or any more): everything in memory is new to the disk
            disk_answers: dict[str, Any] = {}
            disk_labels: dict[str, Any] = {}
            self._extra = {}
            self._base_answers, self._base_labels = {}, {}
        else:
            disk_answers, disk_labels, self._extra, problem = parse_progress(raw)
        self.answers = merge_answers(disk_answers, self._base_answers, self.answers)
        self.labels = merge_labels(disk_labels, self._base_labels, self.labels)
        if problem:  # the file goes aside; what could be kept from it is now only in memory
            kept = self._set_aside()
            self.notices.append(f"Your saved progress file could not be used ({problem}). {kept}")
            self._base_answers, self._base_labels, self._extra = {}, {}, {}
        else:
            self._base_answers, self._base_labels = copy.deepcopy(disk_answers), copy.deepcopy(disk_labels)

    def _set_aside(self) -> str:
        """Rename the unusable file so its data is kept; return a sentence saying where it went."""
        try:
            name = self._move_aside()
        except OSError:
            self.persist = False
            return "It could not be moved aside, so it was left as it is and new answers are kept in memory only."
        return f"It was kept as {name} and a fresh progress file was started."

    # -- changing ------------------------------------------------------------------------------
    def get(self, qid: str) -> dict[str, Any]:
        """The saved entry of one question (an empty dict if none), read fresh from the file."""
        self.load()
        return dict(self.answers.get(qid, {}))

    def update(self, qid: str, **fields: Any) -> dict[str, Any]:
        """Change fields of one question's entry, save, and return the new entry."""
        if not self._loaded:
            self.load()
        entry = dict(self.answers.get(qid, {}))
        entry.update(fields)
        self.answers[qid] = entry
        self.save()
        return dict(self.answers.get(qid, entry))

    def sentence_labels(self, set_name: str) -> dict[str, str]:
        """The saved labels of one set of sentences (sentence id -> label; empty if none)."""
        self.load()
        return dict(self.labels.get(set_name, {}))

    def set_label(self, set_name: str, sentence_id: str, label: str | None) -> dict[str, str]:
        """Save (or, with None, remove) one sentence's label in a set, and return the set's labels."""
        if not self._loaded:
            self.load()
        labels = dict(self.labels.get(set_name, {}))
        if label is None:
            labels.pop(sentence_id, None)
        else:
            labels[sentence_id] = label
        if labels:
            self.labels[set_name] = labels
        else:
            self.labels.pop(set_name, None)
        self.save()
        return dict(self.labels.get(set_name, {}))

    def save(self) -> bool:
        """Merge memory into the file under a lock and write it atomically; on failure keep memory and say so."""
        if not self.persist:
            return False
        try:
            with self._lock():
                self._absorb(self._read_raw())
                if not self.persist:
                    return False
                data: dict[str, Any] = {**self._extra, "version": VERSION, "answers": self.answers}
                data.pop("sentence_labels", None)
                if self.labels:
                    data["sentence_labels"] = self.labels
                self._write_raw(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
                self._base_answers, self._base_labels = copy.deepcopy(self.answers), copy.deepcopy(self.labels)
            return True
        except (OSError, ValueError, TypeError, RecursionError) as err:
            self.persist = False
            reason = getattr(err, "strerror", None) or str(err) or type(err).__name__
            self.notices.append(
                f"Could not save your progress to {self.path} ({reason}). "
                "Your answers are kept in memory until you close this notebook."
            )
            return False

    def pop_notices(self) -> list[str]:
        """Messages for the learner that have not been shown yet."""
        out, self.notices = self.notices, []
        return out


class MemoryProgressStore(ProgressStore):
    """The same store with its 'file' kept in a dict shared by path: for tests (no disk, no fsync, no lock)."""

    files: ClassVar[dict[str, bytes]] = {}

    def _read_raw(self) -> bytes | None:
        return self.files.get(str(self.path))

    def _write_raw(self, text: str) -> None:
        self.files[str(self.path)] = text.encode("utf-8")

    def _move_aside(self) -> str:
        name = f"{self.path.stem}.corrupt-{len(self.files)}{self.path.suffix or '.json'}"
        self.files[str(self.path.with_name(name))] = self.files.pop(str(self.path))
        return name

    @contextmanager
    def _lock(self) -> Iterator[None]:
        yield


STORE_CLASS: type[ProgressStore] = ProgressStore  # tests switch this to MemoryProgressStore
_STORES: dict[Path, ProgressStore] = {}


def store() -> ProgressStore:
    """The progress store for the current path (one per path, so tests can switch files)."""
    path = progress_path()
    found = _STORES.get(path)
    if found is None or type(found) is not STORE_CLASS:
        found = _STORES[path] = STORE_CLASS(path)
    return found


def progress_table() -> Any:
    """One row per lesson: questions, tried, correct, answers revealed (a pandas DataFrame)."""
    import pandas as pd

    from medialit.content.questions import lesson_titles, load_questions

    answers = store().load()
    rows = []
    for lesson, title in lesson_titles().items():
        ids = [q.id for q in load_questions().values() if q.lesson == lesson]
        entries = [answers.get(i, {}) for i in ids]
        rows.append(
            {
                "lesson": f"{lesson:02d}",
                "title": title,
                "questions": len(ids),
                "tried": sum(1 for e in entries if e.get("attempts", 0) > 0),
                "correct": sum(1 for e in entries if e.get("correct") is True),
                "answer shown": sum(1 for e in entries if e.get("revealed") is True),
            }
        )
    return pd.DataFrame(rows)


def show_progress() -> Any:
    """Show your progress across lessons: a small table and a one-line summary."""
    from html import escape

    from medialit.render.display import HTMLView

    table = progress_table()
    total, tried, right = int(table["questions"].sum()), int(table["tried"].sum()), int(table["correct"].sum())
    summary = f"You have tried {tried} of {total} questions and got {right} right."
    if tried == 0:
        summary += " Nothing saved yet: answer a question and run its check cell."
    notes = store().pop_notices()
    where = f"Saved in {store().path}" if store().persist else "Kept in memory only for this session."
    text = "\n".join([*notes, table.to_string(index=False), summary, where])
    html = "".join(f'<p style="color:#a33"><b>Note:</b> {escape(n)}</p>' for n in notes)
    html += table.to_html(index=False, escape=True, border=0) + f"<p><b>{escape(summary)}</b> {escape(where)}</p>"
    return HTMLView(html, text)
