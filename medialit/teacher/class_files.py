"""Load a class's export files into two tables, naming every file that could not be used and why.

``load_class`` never raises for what is inside a file: a file that is empty, too big, not UTF-8, not
JSON, nested absurdly deep, not an export, holding absurd numbers, or a second file for the same
learner (names compared after Unicode normalisation) is reported in ``problems`` and the rest load.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from medialit.content.key import CLAIM_TYPES
from medialit.learner.progress_file import first_try_right
from medialit.teacher import export
from medialit.teacher.export import EXPORT_FORMAT, clean_name
from medialit.text.textio import InputProblem

if TYPE_CHECKING:
    import pandas as pd

LABEL_COLUMNS = ["learner", "sentence_id", "label"]
ANSWER_COLUMNS = ["learner", "question_id", "answer", "correct", "attempts", "revealed", "first_try"]


class ClassData(NamedTuple):
    """What ``load_class`` found: labels (learner, sentence_id, label), answers, and the files it skipped."""

    labels: pd.DataFrame
    answers: pd.DataFrame
    problems: list[str]


def read_export(path: Path) -> tuple[dict[str, Any], list[str]]:
    """One export file's valid content and notes about left-out parts; InputProblem if it is unusable."""
    from medialit.learner.progress_file import valid_entry

    try:
        size = path.stat().st_size
        if size == 0:
            raise InputProblem("the file is empty")
        too_big = export.size_problem(size)
        if too_big:
            raise InputProblem(f"the file is {too_big}")
        raw = path.read_bytes()
    except OSError as err:
        raise InputProblem(f"the file could not be read ({err.strerror or err})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputProblem("it is not a UTF-8 text file") from None
    if not text.strip():
        raise InputProblem("the file is empty")
    try:
        data = json.loads(text)
    except RecursionError:
        raise InputProblem("it is nested too deeply to be a medialit export") from None
    except ValueError:
        raise InputProblem("it is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise InputProblem(f'it is JSON but not a medialit export (no "format": "{EXPORT_FORMAT}")')
    learner = data.get("learner")
    if not isinstance(learner, str) or not learner.strip():
        raise InputProblem("it has no learner name")
    try:
        learner = clean_name(learner)
    except InputProblem as problem:
        raise InputProblem(str(problem).rstrip(".")) from None
    answers, labels = data.get("answers", {}), data.get("sentence_labels", {})
    if not isinstance(answers, dict) or not isinstance(labels, dict):
        raise InputProblem("its 'answers' or 'sentence_labels' are not JSON objects")
    notes = []
    good_answers = {str(q): e for q, e in answers.items() if valid_entry(e)}
    if len(good_answers) < len(answers):
        notes.append(f"{len(answers) - len(good_answers)} answer(s) had the wrong shape and were left out")
    good_labels: dict[str, dict[str, str]] = {}
    dropped = 0
    for set_name, one_set in labels.items():
        if not isinstance(one_set, dict):
            dropped += 1
            continue
        kept = {str(s): lab for s, lab in one_set.items() if isinstance(lab, str) and lab in CLAIM_TYPES}
        dropped += len(one_set) - len(kept)
        good_labels[str(set_name)] = kept
    if dropped:
        notes.append(f"{dropped} sentence label(s) were not one of {', '.join(CLAIM_TYPES)} and were left out")
    return {**data, "learner": learner, "answers": good_answers, "sentence_labels": good_labels}, notes


def _answer_text(answer: object) -> str:
    if isinstance(answer, list):
        return ", ".join(str(a) for a in answer)
    return "" if answer is None else str(answer)


def load_class(folder: str | os.PathLike[str], label_set: str = "oped") -> ClassData:
    """Read every export file in a folder: the labels of one set, all answers, and a list of skipped files.

    A file that is empty, too big, corrupt, not JSON, nested too deep, not an export, or a second file for
    the same learner is reported in ``problems`` by name with the reason and skipped; bad entries inside a
    good file are left out and noted. Never raises for what is inside a file.
    """
    import pandas as pd

    root = Path(folder)
    label_rows: list[dict[str, Any]] = []
    answer_rows: list[dict[str, Any]] = []
    problems: list[str] = []
    if not root.is_dir():
        problems.append(f"{root}: there is no such folder.")
        paths = []
    else:
        try:
            paths = sorted(p for p in root.iterdir() if not p.name.startswith(".") and not p.is_dir())
        except OSError as err:
            problems.append(f"{root}: the folder could not be read ({err.strerror or err}).")
            paths = []
    seen: dict[str, str] = {}
    for path in paths:
        if path.suffix.lower() != ".json":
            problems.append(f"{path.name}: not a .json export file; skipped.")
            continue
        try:
            problems += _add_file(path, label_set, seen, label_rows, answer_rows)
        except Exception as err:  # a last guard: nothing inside one file may stop the class report
            problems.append(f"{path.name}: it could not be read ({type(err).__name__}); skipped.")
    labels = pd.DataFrame(label_rows, columns=LABEL_COLUMNS)
    answers = pd.DataFrame(answer_rows, columns=ANSWER_COLUMNS)
    labels = labels.astype({"learner": str, "sentence_id": str, "label": str})
    answers = answers.astype({"correct": bool, "attempts": "int64", "revealed": bool, "first_try": bool})
    return ClassData(labels, answers, problems)


def _add_file(
    path: Path,
    label_set: str,
    seen: dict[str, str],
    label_rows: list[dict[str, Any]],
    answer_rows: list[dict[str, Any]],
) -> list[str]:
    """Add one export's rows to the tables (all or nothing); return the problems to report about it."""
    try:
        data, notes = read_export(path)
    except InputProblem as problem:
        return [f"{path.name}: {problem}; skipped."]
    learner = data["learner"]
    who = unicodedata.normalize("NFC", learner).casefold()
    if who in seen:
        return [
            f"{path.name}: learner {learner!r} was already loaded from {seen[who]}; skipped. "
            "If these are two people, ask one of them to export again with another --name."
        ]
    labels = [
        {"learner": learner, "sentence_id": sid, "label": label}
        for sid, label in data["sentence_labels"].get(label_set, {}).items()
    ]
    answers = [
        {
            "learner": learner,
            "question_id": qid,
            "answer": _answer_text(entry.get("answer")),
            "correct": bool(entry.get("correct", False)),
            "attempts": int(entry.get("attempts", 0)),
            "revealed": bool(entry.get("revealed", False)),
            "first_try": first_try_right(entry),  # the first answer's result, not attempts == 1
        }
        for qid, entry in data["answers"].items()
    ]
    seen[who] = path.name
    label_rows += labels
    answer_rows += answers
    return [f"{path.name}: {note}." for note in notes]
