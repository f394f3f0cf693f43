"""What a progress file may hold, how to read one without ever raising, and how two writers' changes merge.

Used by ``medialit.learner.progress`` (saving) and the teacher's class loader (reading exports, whose
answers have the same shape). Pure functions on plain dicts: no files, no locks.
"""

from __future__ import annotations

import copy
import json
from typing import Any

VERSION = 1
MAX_ATTEMPTS = 1_000_000  # far more tries than anyone makes; a bigger count is not a real one
MAX_ANSWER_DEPTH = 3  # an answer is a value or a list of values (lists in lists only a few levels deep)
# Fields of one saved answer and the types they must have.
ENTRY_TYPES: dict[str, tuple[type, ...]] = {
    "answer": (str, int, float, list, type(None)),
    "correct": (bool,),
    "attempts": (int,),
    "wrong": (list,),
    "revealed": (bool,),
    "first_correct": (bool,),  # was the first counted try right (with no answer shown before it)?
}
Answers = dict[str, dict[str, Any]]
Labels = dict[str, dict[str, str]]


def _shallow(value: object, depth: int) -> bool:
    """True if ``value`` holds lists no more than ``depth`` levels deep (checked without recursion)."""
    stack = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, list):
            if level >= depth:
                return False
            stack.extend((v, level + 1) for v in item)
        elif not isinstance(item, (str, int, float, type(None))):
            return False
    return True


def valid_entry(entry: object) -> bool:
    """True if ``entry`` has the shape of one saved answer (see ENTRY_TYPES), with sane sizes."""
    if not isinstance(entry, dict):
        return False
    for name, allowed in ENTRY_TYPES.items():
        if name in entry and not isinstance(entry[name], allowed):
            return False
    attempts = entry.get("attempts", 0)
    if isinstance(attempts, bool) or not 0 <= attempts <= MAX_ATTEMPTS:
        return False
    if not _shallow(entry.get("answer"), MAX_ANSWER_DEPTH):
        return False
    return all(isinstance(w, str) for w in entry.get("wrong", []))


def _merge_entry(disk: dict | None, base: dict | None, mine: dict | None) -> dict | None:
    """One question's entry after merging my change (base -> mine) into what is on disk now.

    Fields I changed win (they are the newest); attempts add up; wrong answers are united; an answer
    shown in either stays shown. If the disk has no entry, mine is kept whole (never lost).
    """
    if disk is None:
        return copy.deepcopy(mine)
    if mine is None or mine == base:
        return copy.deepcopy(disk)
    base = base or {}
    out = copy.deepcopy(disk)
    for name, value in mine.items():
        if name in ("attempts", "wrong", "revealed") or (name == "first_correct" and name in disk):
            continue  # counted below; a first try already on disk stays the first
        if name not in out or base.get(name, object()) != value:
            out[name] = copy.deepcopy(value)
    if "attempts" in mine or "attempts" in disk:
        added = max(0, int(mine.get("attempts", 0)) - int(base.get("attempts", 0)))
        out["attempts"] = int(disk.get("attempts", 0)) + added
    if "wrong" in mine or "wrong" in disk:
        seen = list(disk.get("wrong", []))
        out["wrong"] = seen + [w for w in mine.get("wrong", []) if w not in seen]
    if "revealed" in mine or "revealed" in disk:
        out["revealed"] = bool(disk.get("revealed")) or bool(mine.get("revealed"))
    return out


def first_try_right(entry: dict[str, Any]) -> bool:
    """True when the first answer recorded for a question was right, with no answer shown before it.

    Entries saved since ``first_correct`` exists say so directly, whatever came after (checking a right
    answer again, or a wrong try later). Older entries do not: for them a right final answer counts when no
    wrong try is recorded (``wrong``) and no answer was shown, or, without ``wrong``, when it took one try.
    """
    if isinstance(entry.get("first_correct"), bool):
        return bool(entry["first_correct"])
    if entry.get("correct") is not True or entry.get("revealed") is True:
        return False
    if "wrong" in entry:
        return not entry["wrong"]
    return int(entry.get("attempts", 0)) == 1


def merge_answers(disk: Answers, base: Answers, mine: Answers) -> Answers:
    """All questions' entries after merging my changes into the disk's (see ``_merge_entry``)."""
    out = {}
    for qid in sorted({*disk, *mine}):
        entry = _merge_entry(disk.get(qid), base.get(qid), mine.get(qid))
        if entry is not None:
            out[qid] = entry
    return out


def merge_labels(disk: Labels, base: Labels, mine: Labels) -> Labels:
    """Sentence labels after merging my changes (set, changed or removed) into the disk's, per sentence."""
    out: Labels = {}
    for set_name in {*disk, *base, *mine}:
        d, b, m = disk.get(set_name, {}), base.get(set_name, {}), mine.get(set_name, {})
        merged = {}
        for sid in {*d, *b, *m}:
            value = m.get(sid) if m.get(sid) != b.get(sid) else d.get(sid)
            if value is not None:
                merged[sid] = value
        if merged:
            out[set_name] = merged
    return out


def parse_progress(raw: bytes) -> tuple[Answers, Labels, dict[str, Any], str]:
    """Valid answers, valid sentence labels and other top-level keys of a progress file, and its problem ('' if none).

    Never raises: text that is not UTF-8, not JSON, nested too deep, of the wrong shape or from a newer
    version is described in the problem.
    """
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return {}, {}, {}, "it is not UTF-8 text"
    except RecursionError:
        return {}, {}, {}, "it is nested too deeply to be a progress file"
    except ValueError:
        return {}, {}, {}, "it is not valid JSON"
    if not isinstance(data, dict):
        return {}, {}, {}, f"it holds a JSON {type(data).__name__}, not an object"
    version = data.get("version", VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        return (
            {},
            {},
            {},
            (
                f"it was written by a newer version of medialit (file format {version}; this one reads {VERSION}), "
                "so update medialit to use it"
            ),
        )
    problems = []
    answers = data.get("answers", {})
    if not isinstance(answers, dict):
        problems.append("its 'answers' are not a JSON object")
        answers = {}
    good = {str(q): dict(e) for q, e in answers.items() if valid_entry(e)}
    if len(good) < len(answers):
        problems.append(f"{len(answers) - len(good)} saved answer(s) had the wrong shape")
    labels, label_problem = _parse_labels(data.get("sentence_labels", {}))
    problems += [label_problem] if label_problem else []
    extra = {k: v for k, v in data.items() if k not in ("version", "answers", "sentence_labels")}
    return good, labels, extra, "; ".join(problems)


def _parse_labels(section: object) -> tuple[Labels, str]:
    """Valid sentence labels from the file's section, and a description of any problem ('' if none)."""
    if not isinstance(section, dict):
        return {}, "its 'sentence_labels' are not a JSON object"
    good: Labels = {}
    bad = 0
    for set_name, labels in section.items():
        if not isinstance(labels, dict):
            bad += 1
            continue
        kept = {str(sid): lab for sid, lab in labels.items() if isinstance(lab, str) and lab}
        bad += len(labels) - len(kept)
        good[str(set_name)] = kept
    return good, f"{bad} saved sentence label(s) had the wrong shape" if bad else ""
