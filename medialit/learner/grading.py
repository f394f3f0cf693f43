"""Instant feedback for the course's questions: ``check(qid, answer)``, ``hint(qid)`` and ``solution(qid)``.

Feedback teaches before it tells: a first wrong answer gets a hint (what to think about); the
answer and its reason appear only after a second, different wrong answer or on request. Blank,
badly typed, ambiguous ("person": which kind?) or nearly-right answers (the right words plus stray
ones) get a friendly message and do not use up a try; nothing gives a traceback. With the environment
variable ``MEDIALIT_STRICT_CHECKS=1`` (used by CI on solutions/) anything but a right answer raises
AssertionError.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from html import escape
from typing import Any

from medialit.content.questions import (
    Question,
    ambiguous_labels,
    get_question,
    is_unanswered,
    norm_label,
    norm_sentence_id,
    norm_text,
    option_label,
    parse_number,
)

STRICT_ENV = "MEDIALIT_STRICT_CHECKS"
OK_STATUSES = ("correct", "recorded", "hint", "solution", "resumed")
# Status -> (symbol, heading, Okabe-Ito colour). The symbol and heading carry the meaning; colour only repeats it.
STYLE = {
    "correct": ("✔", "Correct", "#009E73"),
    "recorded": ("✎", "Saved", "#009E73"),
    "incorrect": ("✘", "Not quite", "#D55E00"),
    "not_attempted": ("…", "Not attempted yet", "#0072B2"),
    "invalid": ("?", "Check the form of your answer", "#E69F00"),
    "close": ("≈", "Nearly there", "#E69F00"),
    "unknown": ("?", "Unknown question", "#E69F00"),
    "error": ("!", "Could not check this answer", "#CC79A7"),
    "hint": ("💡", "Hint", "#0072B2"),
    "solution": ("📖", "Solution", "#0072B2"),
    "resumed": ("↺", "Welcome back", "#0072B2"),
}
MIN_OPEN_WORDS = 5
NOT_COUNTED = ("not_attempted", "invalid", "close")  # statuses that do not use up a try


@dataclass
class Feedback:
    """What a check says: a status, a message and labelled sections (hint, answer, why), shown as HTML or text."""

    qid: str
    status: str
    message: str
    sections: list[tuple[str, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    checklist: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the answer was right (or an open answer was saved)."""
        return self.status in OK_STATUSES

    def _heading(self) -> tuple[str, str, str]:
        symbol, title, colour = STYLE.get(self.status, ("", self.status, "#555"))
        return symbol, title, colour

    def _repr_html_(self) -> str:
        symbol, title, colour = self._heading()
        qid = f' <span style="font-weight:normal;color:#555">(question {escape(self.qid)})</span>' if self.qid else ""
        parts = [
            f'<div class="ml-feedback ml-{escape(self.status)}" role="status" '
            f'style="border-left:5px solid {colour};padding:0.4em 0.8em;margin:0.3em 0;background:#f8f8f8">',
            f"<p style='margin:0.2em 0'><b>{escape(symbol)} {escape(title)}</b>{qid}</p>",
        ]
        parts += [f'<p style="margin:0.2em 0;color:#a33"><b>Note:</b> {escape(n)}</p>' for n in self.notices]
        if self.message:
            parts.append(f"<p style='margin:0.2em 0'>{escape(self.message)}</p>")
        for label, text in self.sections:
            body = escape(text).replace("\n", "<br>")
            parts.append(f"<p style='margin:0.2em 0'><b>{escape(label)}:</b> {body}</p>")
        if self.checklist:
            items = "".join(f"<li>☐ {escape(c)}</li>" for c in self.checklist)
            parts.append(
                f"<p style='margin:0.2em 0'><b>Check yourself:</b></p><ul style='list-style:none'>{items}</ul>"
            )
        parts.append("</div>")
        return "".join(parts)

    def __str__(self) -> str:
        symbol, title, _ = self._heading()
        lines = [f"{symbol} {title}" + (f" (question {self.qid})" if self.qid else "")]
        lines += [f"Note: {n}" for n in self.notices]
        if self.message:
            lines.append(self.message)
        lines += [f"{label}: {text}" for label, text in self.sections]
        if self.checklist:
            lines.append("Check yourself:")
            lines += [f"  [ ] {c}" for c in self.checklist]
        return "\n".join(lines)

    __repr__ = __str__


def strict() -> bool:
    """True when checks must raise on anything but a right answer (CI on solutions/)."""
    return os.environ.get(STRICT_ENV, "").strip() == "1"


def _finish(fb: Feedback, enforce: bool = True) -> Feedback:
    from medialit.learner.progress import store

    fb.notices += store().pop_notices()
    if enforce and strict() and not fb.ok:
        raise AssertionError(f"strict check failed for {fb.qid!r}: {fb}")
    return fb


def _unknown(qid: object) -> Feedback:
    shown = qid if isinstance(qid, str) else repr(qid)
    return Feedback(
        str(shown),
        "unknown",
        f'There is no question {shown!r}. Question ids look like "01.3" (lesson 01, question 3): '
        "copy the id from the check cell under the exercise.",
    )


def _describe(value: object) -> str:
    """A learner-friendly name for the type of a Python value."""
    if isinstance(value, bool):
        return "True/False"
    if isinstance(value, float) and not math.isfinite(value):
        return "a value that is not an ordinary number"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "a list"
    if isinstance(value, dict):
        return "a dictionary"
    return f"a {type(value).__name__}"


def show_value(q: Question, value: Any, labels: bool = False) -> str:
    """An expected answer written the way a learner would type it (``labels``: as the widget's buttons say it)."""
    if q.kind == "number":
        number = float(value)
        return f"{number:,.0f}" if number == int(number) else f"{number:,}"
    shown = option_label if labels and q.kind in ("choice", "multi") else str
    if q.kind == "multi":
        return ", ".join(f'"{shown(v)}"' for v in value)
    return f'"{shown(value)}"'


_SID_OPTION = re.compile(r"p\d{2}\.s\d+")


def _choice_key(q: Question, text: str) -> str:
    if q.vocab:
        return norm_label(text, q.vocab)
    if q.options and all(_SID_OPTION.fullmatch(o) for o in q.options):
        return norm_sentence_id(text)
    return norm_text(text)


def _options(q: Question) -> str:
    """The choices written as a learner would type them, each in quotes."""
    return ", ".join(f'"{c}"' for c in q.choices())


def _items(q: Question, answer: object) -> list[str] | None:
    """The items of a multi-answer: a list/tuple/set of strings, or one string naming the choices."""
    if isinstance(answer, (list, tuple, set, frozenset)) and all(isinstance(a, str) for a in answer):
        return list(answer)
    if not isinstance(answer, str):
        return None
    if all(_SID_OPTION.fullmatch(o) for o in q.choices()):
        return [p for p in re.split(r"[,;]|\band\b|\s+", answer) if p.strip()]
    # options may contain commas ("meters, not miles"): find each option in the text, longest first
    rest, found = norm_text(answer), []
    for option in sorted(q.choices(), key=len, reverse=True):
        key = norm_text(option)
        if key and key in rest:
            found.append(option)
            rest = rest.replace(key, " ")
    leftover = re.sub(r"\band\b|[,;\s\"'\[\]]", "", rest)
    return found + ([rest.strip(" ,;")] if leftover else [])


def evaluate(q: Question, answer: object) -> tuple[str, str]:
    """Compare an answer with the expected one: (status, message). Never raises for odd answers."""
    if is_unanswered(answer):
        return (
            "not_attempted",
            f"Replace the ... in `{q.variable} = ...` with your answer, then run that cell and this one.",
        )
    expected = q.expected()
    if q.kind == "open":
        if not isinstance(answer, str):
            return "invalid", f"This question wants a sentence or two in quotes, not {_describe(answer)}."
        if len(answer.split()) < MIN_OPEN_WORDS:
            return "invalid", f"Write at least one full sentence (at least {MIN_OPEN_WORDS} words) between the quotes."
        return "recorded", "Your answer is saved. Compare it with the model answer and tick the checklist honestly."
    if q.kind == "number":
        number = parse_number(answer)
        if number is None:
            if isinstance(answer, str) and re.fullmatch(r"[\d\s_.,]+[*/+-][\d\s_.,*/+-]+", answer.strip()):
                return "invalid", f"Remove the quotes so Python can do the sum: {q.variable} = {answer.strip()}"
            return (
                "invalid",
                f'This question wants a number, like 1200 or "1,200", not {_describe(answer)} ({answer!r}).',
            )
        target = float(expected)
        if abs(number - target) <= q.tolerance:
            return "correct", "Right."
        return "incorrect", "Your number is too high." if number > target else "Your number is too low."
    if q.kind == "multi":
        items = _items(q, answer)
        if items is None:
            return "invalid", 'This question wants a list of choices, like ["p01.s1", "p02.s2"].'
        choices = {_choice_key(q, c) for c in q.choices()}
        picked = {_choice_key(q, i) for i in items}
        strange = sorted(picked - choices) if choices else []
        if strange:
            return "invalid", f"{', '.join(map(repr, strange))} is not one of the choices: {_options(q)}."
        want = {_choice_key(q, e) for e in expected}
        if picked == want:
            return "correct", "Right."
        missing, extra = len(want - picked), len(picked - want)
        bits = []
        if extra:
            bits.append(f"{extra} of your choices {'does' if extra == 1 else 'do'} not belong")
        if missing:
            bits.append(f"{missing} {'is' if missing == 1 else 'are'} missing")
        return "incorrect", f"Close: {' and '.join(bits)}." if len(picked & want) else "None of your choices are right."
    if not isinstance(answer, str):
        example = q.choices()[0] if q.choices() else "a word"
        return (
            "invalid",
            f'This question wants one word or phrase in quotes, like "{example}", not {_describe(answer)}.',
        )
    if q.kind == "choice":
        options = {_choice_key(q, c): c for c in q.choices()}
        mine = _choice_key(q, answer)
        could_be = [c for c in ambiguous_labels(answer, q.vocab) if c in q.choices()]
        if mine not in options and len(could_be) > 1:
            which = ", ".join(f'"{c}"' for c in could_be[:-1]) + f' or "{could_be[-1]}"'
            return "close", f"{answer.strip()!r} fits more than one choice. Which kind: {which}?"
        if options and mine not in options:
            return "invalid", f"{answer.strip()!r} is not one of the choices: {_options(q)}."
        return ("correct", "Right.") if mine == _choice_key(q, str(expected)) else ("incorrect", "")
    # span: words copied from the sentence
    accepted = {norm_text(str(expected))} | {norm_text(a) for a in q.accept}
    if q.vocab:
        accepted |= {norm_label(a, q.vocab) for a in accepted}
    mine = norm_text(answer)
    if mine in accepted or (q.vocab and norm_label(answer, q.vocab) in accepted):
        return "correct", "Right."
    sentence = norm_text(q.sentence_text())
    if sentence and mine not in sentence:
        return "invalid", "Those words are not in the sentence: copy the words exactly as they are written."
    padded = f" {mine} "  # near misses: the right words plus stray ones, or only part of them
    if any(f" {a} " in padded for a in accepted if a):
        return (
            "close",
            "Close: your words include the answer, plus some that don't belong. Copy just the words asked for.",
        )
    if any(padded in f" {a} " for a in accepted):
        return "close", "Close: that is part of the answer. Copy all the words that belong together."
    return "incorrect", ""


def _reveal(q: Question, labels: bool = False) -> list[tuple[str, str]]:
    sections = []
    if q.kind == "open":
        sections.append(("Model answer", q.model_answer))
    else:
        sections.append(("Answer", show_value(q, q.expected(), labels)))
    return sections + q.explanation()


def check(qid: str, answer: object) -> Feedback:
    """Check an answer to question ``qid`` and return feedback to display (and save it to your progress)."""
    return _finish(feedback_for(qid, answer))


def feedback_for(qid: str, answer: object, widget: bool = False) -> Feedback:
    """Like ``check`` but never raises, even in strict mode; notices are not yet attached.

    ``widget``: the answer came from a practice widget, so the feedback speaks of its buttons (Hint) and
    shows labels as the buttons do, instead of pointing to ``hint()``/``solution()`` and typed answers.
    """
    q = get_question(qid)
    if q is None:
        return _unknown(qid)
    try:
        status, message = evaluate(q, answer)
    except (OSError, LookupError, KeyError, ValueError, TypeError) as err:
        return Feedback(
            q.id, "error", f"The answer key for this question could not be loaded ({err}). Tell your teacher."
        )
    fb = Feedback(q.id, status, message)
    if status in NOT_COUNTED:
        return fb
    from medialit.learner.progress import jsonable, store

    saved = store().get(q.id)
    attempts = int(saved.get("attempts", 0)) + 1
    wrong = list(saved.get("wrong", []))
    revealed = bool(saved.get("revealed", False))
    if status == "recorded":
        fb.sections += _reveal(q, widget)
        fb.checklist = list(q.rubric)
    elif status == "correct":
        if q.kind == "span" and norm_text(str(answer)) != norm_text(str(q.expected())):
            fb.sections.append(("The answer key marks", show_value(q, q.expected())))
        fb.sections += q.explanation()
    else:
        mine = norm_text(str(jsonable(answer)))
        repeat = mine in wrong
        if not repeat:
            wrong.append(mine)
        if len(wrong) >= 2 and not repeat:
            fb.message = " ".join(
                filter(None, [fb.message, "That is your second different try, so here is the answer."])
            )
            fb.sections += _reveal(q, widget)
            revealed = True
        else:
            lead = "You tried this answer before." if repeat else ""
            fb.message = " ".join(filter(None, [lead, fb.message, "Look again and try once more."]))
            fb.sections.append(("Hint", q.hint))
            if widget:
                stuck = "Press Hint to see the hint again. A second, different wrong answer shows the answer."
            else:
                stuck = f'Run hint("{q.id}") for the hint again, or solution("{q.id}") to see the answer.'
            fb.sections.append(("Stuck", stuck))
    store().update(
        q.id,
        answer=jsonable(answer),
        correct=status in ("correct", "recorded"),
        attempts=attempts,
        wrong=wrong,
        revealed=revealed,
    )
    return fb


def hint(qid: str) -> Feedback:
    """A hint for question ``qid``: which words to look at, never the answer."""
    q = get_question(qid)
    if q is None:
        return _finish(_unknown(qid))
    return Feedback(q.id, "hint", q.hint)


def solution(qid: str) -> Feedback:
    """The answer to question ``qid`` with the reason for it (recorded as 'answer shown' in your progress)."""
    q = get_question(qid)
    if q is None:
        return _finish(_unknown(qid))
    try:
        sections = _reveal(q)
    except (OSError, LookupError, KeyError, ValueError, TypeError) as err:
        return _finish(Feedback(q.id, "error", f"The answer key could not be loaded ({err}). Tell your teacher."))
    from medialit.learner.progress import store

    store().update(q.id, revealed=True)
    fb = Feedback(q.id, "solution", "", sections, checklist=list(q.rubric) if q.kind == "open" else [])
    return _finish(fb)
