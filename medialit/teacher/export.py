"""Export a learner's work to one JSON file to hand in: the file's content, its name, and writing it safely.

``export_progress`` writes a learner's saved answers and sentence labels to one file a teacher collects.
The file is readable by others (mode 0644: a teacher on a shared hub reads it as another user), written
atomically (``medialit.learner.files``), and never bigger than ``MAX_EXPORT_BYTES``, the same limit the
class loader (``medialit.teacher.class_files``) accepts: an export that would be bigger is refused, with
a message, before anything is written.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

from medialit.learner.files import SHARED, remove_stale_temps, write_atomic
from medialit.text.textio import InputProblem

EXPORT_FORMAT = "medialit-export"
EXPORT_VERSION = 1
# One limit for writing and reading an export: an export is a few kilobytes, a few MB with long essays.
MAX_EXPORT_BYTES = 5_000_000
MAX_NAME = 80
TEMP_PREFIX = ".medialit-export-"


def clean_name(name: object) -> str:
    """A learner's name on one line (spaces tidied), or an InputProblem saying what is wrong with it."""
    if not isinstance(name, str) or not name.strip():
        raise InputProblem('the learner name is empty; give one with --name "Your Name".')
    tidy = unicodedata.normalize("NFC", " ".join(name.split()))  # "José" typed two ways is one name
    if len(tidy) > MAX_NAME or not tidy.isprintable():
        raise InputProblem(f"the learner name must be one line of at most {MAX_NAME} printable characters.")
    return tidy


def default_file_name(name: str) -> str:
    """The export's file name made from the learner's name: "Ana Díaz" -> "medialit-ana-díaz.json"."""
    slug = re.sub(r"[\W_]+", "-", name.casefold()).strip("-") or "learner"
    return f"medialit-{slug[:60]}.json"


def export_payload(
    learner: str,
    answers: dict[str, dict[str, Any]],
    sentence_labels: dict[str, dict[str, str]],
    exported_at: str,
    **extra: Any,
) -> dict[str, Any]:
    """The exported file's content: who, when, which course version, answers and sentence labels."""
    from medialit import __version__

    payload = {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "learner": learner,
        "exported_at": exported_at,
        "course_version": __version__,
        "answers": {qid: answers[qid] for qid in sorted(answers)},
        "sentence_labels": {name: dict(sorted(labels.items())) for name, labels in sorted(sentence_labels.items())},
    }
    payload.update(extra)
    return payload


def export_json(payload: dict[str, Any]) -> str:
    """The payload as the JSON text written to disk (stable key order, UTF-8, ends with a newline)."""
    return json.dumps(payload, indent=1, ensure_ascii=False) + "\n"


def _utc_now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def size_problem(size: int) -> str:
    """Why ``size`` bytes is too big for an export ('' if it is not): the one limit export and loader share."""
    if size <= MAX_EXPORT_BYTES:
        return ""
    return f"{size / 1e6:.1f} MB; the limit a teacher's class loader reads is {MAX_EXPORT_BYTES / 1e6:g} MB"


def export_progress(out: str | os.PathLike[str] | None = None, name: str | None = None) -> tuple[Path, list[str]]:
    """Write your saved answers and sentence labels to one JSON file to hand in: (file written, messages).

    ``out`` is a file or an existing folder (default: the current folder); ``name`` defaults to your login
    name. Raises InputProblem with a one-line message when there is nothing to export or the file cannot
    be written; a progress file that could not be used has already been set aside (its data kept).
    """
    import getpass

    from medialit.learner.progress import store

    guessed = name is None
    if guessed:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = "learner"
    learner = clean_name(name)
    progress = store()
    progress.load()
    notes = progress.pop_notices()
    answers = dict(progress.answers)
    labels = {k: dict(v) for k, v in progress.labels.items() if v}
    if not progress.persist and not answers and not labels:
        raise InputProblem(" ".join(notes) or f"could not read your saved progress at {progress.path}.")
    if not answers and not labels:
        if notes:  # the file was unusable and has been set aside
            raise InputProblem(f"nothing to export. {' '.join(notes)}")
        if not progress.path.exists():
            raise InputProblem(
                f"no saved progress yet at {progress.path}: answer some questions or label sentences first."
            )
        raise InputProblem(f"no answers or sentence labels are saved in {progress.path} yet.")
    if notes and progress.persist:
        progress.save()  # start the fresh progress file with the answers that could be kept
    target = Path(out).expanduser() if out is not None else Path.cwd()
    if target.is_dir():
        target = target / default_file_name(learner)
    if target.resolve() == progress.path.resolve():
        raise InputProblem(f"{target} is your progress file itself; choose another file name.")
    if not target.parent.is_dir():
        raise InputProblem(f"cannot write {target}: the folder {target.parent} does not exist.")
    text = export_json(export_payload(learner, answers, labels, _utc_now()))
    too_big = size_problem(len(text.encode("utf-8")))
    if too_big:
        longest = max(answers, key=lambda q: len(str(answers[q].get("answer", ""))), default="")
        raise InputProblem(
            f"your export would be {too_big}. Shorten your longest answers (the longest is question {longest}) "
            "and export again; nothing was written."
        )
    try:
        write_atomic(target, text, SHARED, prefix=TEMP_PREFIX)
        remove_stale_temps(target.parent, TEMP_PREFIX)
    except OSError as err:
        raise InputProblem(f"cannot write {target} ({err.strerror or err}).") from None
    n_labels = sum(len(v) for v in labels.values())
    messages = [*notes, f"Saved {len(answers)} answer(s) and {n_labels} sentence label(s) for {learner!r} to {target}."]
    if guessed:
        messages.append('The name is your login name; add --name "Your Name" to use another.')
    return target, messages
