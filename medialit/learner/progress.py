"""A learner's answers, saved locally as JSON so work survives a restart and never crashes a lesson.

The file lives at ``~/.medialit/progress.json`` unless ``MEDIALIT_PROGRESS_FILE`` names another path.
Besides ``answers`` (question id -> entry) it may hold ``sentence_labels`` (set name -> sentence id -> label),
written by ``medialit.learner.labelling`` when a learner labels a whole stretch of text.
Writes are atomic (temporary file + ``os.replace``). A file we cannot understand is renamed to
``progress.corrupt-<timestamp>.json`` next to it (its data kept), never overwritten in place; a file
or folder we cannot read or write leaves the answers in memory for this session, with a message.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

ENV_VAR = "MEDIALIT_PROGRESS_FILE"
VERSION = 1
# Fields of one saved answer and the types they must have.
ENTRY_TYPES: dict[str, tuple[type, ...]] = {
    "answer": (str, int, float, list, type(None)),
    "correct": (bool,),
    "attempts": (int,),
    "wrong": (list,),
    "revealed": (bool,),
}


def progress_path() -> Path:
    """Where progress is saved: $MEDIALIT_PROGRESS_FILE, or ~/.medialit/progress.json."""
    override = os.environ.get(ENV_VAR, "").strip()
    return Path(override).expanduser() if override else Path.home() / ".medialit" / "progress.json"


def _valid_entry(entry: object) -> bool:
    if not isinstance(entry, dict):
        return False
    for name, allowed in ENTRY_TYPES.items():
        if name in entry and not isinstance(entry[name], allowed):
            return False
        if name in ("attempts",) and isinstance(entry.get(name), bool):
            return False
    return all(isinstance(w, str) for w in entry.get("wrong", []))


def jsonable(answer: object) -> str | int | float | list | None:
    """An answer in a form JSON can store (other objects become their repr)."""
    if answer is None or isinstance(answer, (str, int, float)) and not isinstance(answer, bool):
        return answer
    if isinstance(answer, (list, tuple, set, frozenset)):
        items = sorted(answer, key=str) if isinstance(answer, (set, frozenset)) else answer
        return [jsonable(a) for a in items]
    return repr(answer)


class ProgressStore:
    """Answers keyed by question id, kept on disk when possible and in memory always."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.answers: dict[str, dict[str, Any]] = {}
        self.labels: dict[str, dict[str, str]] = {}  # set name -> sentence id -> label
        self.notices: list[str] = []
        self.persist = True  # False after a problem that makes writing unsafe or impossible
        self._loaded = False

    # -- reading -----------------------------------------------------------------------------
    def load(self) -> dict[str, dict[str, Any]]:
        """Merge what is on disk into memory and return all answers (never raises)."""
        if not self.persist:
            return self.answers
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self._loaded = True
            return self.answers
        except (OSError, UnicodeDecodeError) as err:
            self.persist = False
            reason = getattr(err, "strerror", None) or type(err).__name__
            self.notices.append(
                f"Could not read your saved progress at {self.path} ({reason}). "
                "Your answers in this session are kept in memory only; the file was left untouched."
            )
            return self.answers
        disk, problem = self._parse(raw)
        disk_labels, label_problem = self._parse_labels(raw)
        problem = "; ".join(p for p in (problem, label_problem) if p)
        if problem:
            kept = self._set_aside()
            self.notices.append(f"Your saved progress file could not be used ({problem}). {kept}")
        self.answers.update(disk)  # the file is the truth; another notebook may have written to it
        for set_name, labels in disk_labels.items():
            self.labels.setdefault(set_name, {}).update(labels)
        self._loaded = True
        return self.answers

    @staticmethod
    def _parse(raw: str) -> tuple[dict[str, dict[str, Any]], str]:
        """Valid entries from the file's text, and a description of any problem ('' if none)."""
        try:
            data = json.loads(raw)
        except ValueError:
            return {}, "it is not valid JSON"
        if not isinstance(data, dict):
            return {}, f"it holds a JSON {type(data).__name__}, not an object"
        answers = data.get("answers", {})
        if not isinstance(answers, dict):
            return {}, "its 'answers' are not a JSON object"
        good = {str(q): dict(e) for q, e in answers.items() if _valid_entry(e)}
        if len(good) < len(answers):
            return good, f"{len(answers) - len(good)} saved answer(s) had the wrong shape"
        return good, ""

    @staticmethod
    def _parse_labels(raw: str) -> tuple[dict[str, dict[str, str]], str]:
        """Valid sentence labels from the file's text, and a description of any problem ('' if none)."""
        try:
            data = json.loads(raw)
        except ValueError:
            return {}, ""  # _parse reports it
        if not isinstance(data, dict):
            return {}, ""
        section = data.get("sentence_labels", {})
        if not isinstance(section, dict):
            return {}, "its 'sentence_labels' are not a JSON object"
        good: dict[str, dict[str, str]] = {}
        bad = 0
        for set_name, labels in section.items():
            if not isinstance(labels, dict):
                bad += 1
                continue
            kept = {str(sid): lab for sid, lab in labels.items() if isinstance(lab, str) and lab}
            bad += len(labels) - len(kept)
            good[str(set_name)] = kept
        return good, f"{bad} saved sentence label(s) had the wrong shape" if bad else ""

    def _set_aside(self) -> str:
        """Rename the unusable file so its data is kept; return a sentence saying where it went."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}{self.path.suffix or '.json'}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}-{n}{self.path.suffix or '.json'}")
        try:
            os.replace(self.path, target)
        except OSError:
            self.persist = False
            return "It could not be moved aside, so it was left as it is and new answers are kept in memory only."
        return f"It was kept as {target.name} and a fresh progress file was started."

    # -- writing -----------------------------------------------------------------------------
    def get(self, qid: str) -> dict[str, Any]:
        """The saved entry of one question (an empty dict if none)."""
        if not self._loaded:
            self.load()
        return dict(self.answers.get(qid, {}))

    def update(self, qid: str, **fields: Any) -> dict[str, Any]:
        """Change fields of one question's entry, save, and return the new entry."""
        self.load()
        entry = dict(self.answers.get(qid, {}))
        entry.update(fields)
        self.answers[qid] = entry
        self.save()
        return dict(entry)

    def sentence_labels(self, set_name: str) -> dict[str, str]:
        """The saved labels of one set of sentences (sentence id -> label; empty if none)."""
        self.load()
        return dict(self.labels.get(set_name, {}))

    def set_label(self, set_name: str, sentence_id: str, label: str | None) -> dict[str, str]:
        """Save (or, with None, remove) one sentence's label in a set, and return the set's labels."""
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
        return dict(labels)

    def save(self) -> bool:
        """Write all answers (and sentence labels) atomically; on failure keep them in memory and add a notice."""
        if not self.persist:
            return False
        data: dict[str, Any] = {"version": VERSION, "answers": self.answers}
        if self.labels:
            data["sentence_labels"] = self.labels
        payload = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)
        tmp = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".progress-", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
            return True
        except OSError as err:
            if tmp and os.path.exists(tmp):
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
            self.persist = False
            self.notices.append(
                f"Could not save your progress to {self.path} ({err.strerror or err}). "
                "Your answers are kept in memory until you close this notebook."
            )
            return False

    def pop_notices(self) -> list[str]:
        """Messages for the learner that have not been shown yet."""
        out, self.notices = self.notices, []
        return out


_STORES: dict[Path, ProgressStore] = {}


def store() -> ProgressStore:
    """The progress store for the current path (one per path, so tests can switch files)."""
    path = progress_path()
    if path not in _STORES:
        _STORES[path] = ProgressStore(path)
    return _STORES[path]


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
