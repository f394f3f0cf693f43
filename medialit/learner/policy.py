"""The try-and-reveal policy: hint first, the answer only after a second different wrong try or on request.

Pure functions on a question's saved progress entry (a dict with ``attempts``, ``wrong``, ``revealed``):
they decide what a try shows and what to save, and know nothing of graders, files or HTML. Slips (a blank,
a badly typed or ambiguous answer, a near miss) do not use up a try. Strict mode
(``MEDIALIT_STRICT_CHECKS=1``, used on solutions/ in CI) turns anything but a right answer into an error.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

STRICT_ENV = "MEDIALIT_STRICT_CHECKS"
NOT_COUNTED = ("not_attempted", "invalid", "close")  # statuses that do not use up a try
RIGHT = ("correct", "recorded")  # a right answer, or an open answer saved
TRIES_BEFORE_REVEAL = 2  # different wrong answers before the answer is shown


@dataclass(frozen=True)
class Step:
    """What one counted try shows and the progress entry to save after it.

    ``show`` is "explain" (right: the reasons), "hint" (wrong: think again) or "reveal" (the answer);
    ``repeat`` is True when this wrong answer was tried before.
    """

    show: str
    repeat: bool
    record: dict[str, Any]


def strict() -> bool:
    """True when checks must raise on anything but a right answer (CI on solutions/)."""
    return os.environ.get(STRICT_ENV, "").strip() == "1"


def counts(status: str) -> bool:
    """True when an answer with this status uses up a try (a real answer, right or wrong)."""
    return status not in NOT_COUNTED


def next_step(status: str, answer_key: str, saved: Mapping[str, Any], answer: Any) -> Step:
    """The step after a counted try: ``answer_key`` is the answer normalised, to spot a repeated wrong try."""
    attempts = int(saved.get("attempts", 0)) + 1
    wrong = list(saved.get("wrong", []))
    revealed = bool(saved.get("revealed", False))
    repeat = False
    if status in RIGHT:
        show = "explain"
    else:
        repeat = answer_key in wrong
        if not repeat:
            wrong.append(answer_key)
        show = "reveal" if len(wrong) >= TRIES_BEFORE_REVEAL and not repeat else "hint"
        revealed = revealed or show == "reveal"
    record = {"answer": answer, "correct": status in RIGHT, "attempts": attempts, "wrong": wrong, "revealed": revealed}
    if attempts == 1:  # the first counted try: right with no answer shown before it (kept by later tries)
        record["first_correct"] = status in RIGHT and not saved.get("revealed", False)
    return Step(show, repeat, record)


def on_request() -> dict[str, Any]:
    """What to save when a learner asks for the answer (``solution()``): it counts as shown."""
    return {"revealed": True}


def enforce(ok: bool, qid: str, shown: str) -> None:
    """In strict mode, raise AssertionError for anything but a right answer."""
    if strict() and not ok:
        raise AssertionError(f"strict check failed for {qid!r}: {shown}")
