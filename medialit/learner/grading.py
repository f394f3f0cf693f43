"""Instant feedback for the course's questions: ``check(qid, answer)``, ``hint(qid)`` and ``solution(qid)``.

Feedback teaches before it tells: a first wrong answer gets a hint (what to think about); the
answer and its reason appear only after a second, different wrong answer or on request. Blank,
badly typed, ambiguous ("person": which kind?) or nearly-right answers (the right words plus stray
ones) get a friendly message and do not use up a try; nothing gives a traceback. With the environment
variable ``MEDIALIT_STRICT_CHECKS=1`` (used by CI on solutions/) anything but a right answer raises
AssertionError.

This module puts three parts together: ``graders`` (is the answer right? one grader per kind of
question), ``policy`` (what a try shows: hint or answer) and the saved progress; ``Feedback`` is what
a learner sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from medialit.content.answers import norm_text
from medialit.content.questions import Question, get_question
from medialit.learner import policy
from medialit.learner.graders import grade, shown_answer
from medialit.learner.policy import STRICT_ENV, strict  # noqa: F401  (re-exported)

OK_STATUSES = ("correct", "recorded", "hint", "solution", "resumed")
# Status -> (symbol, heading, tone). The symbol and heading carry the meaning; the tone (a colour of
# medialit.render.styles.TONES, which follows the JupyterLab theme) only repeats it.
STYLE = {
    "correct": ("✔", "Correct", "good"),
    "recorded": ("✎", "Saved", "good"),
    "incorrect": ("✘", "Not quite", "bad"),
    "not_attempted": ("…", "Not attempted yet", "info"),
    "invalid": ("?", "Check the form of your answer", "warn"),
    "close": ("≈", "Nearly there", "warn"),
    "unknown": ("?", "Unknown question", "warn"),
    "error": ("!", "Could not check this answer", "bad"),
    "hint": ("💡", "Hint", "info"),
    "solution": ("📖", "Solution", "info"),
    "resumed": ("↺", "Welcome back", "info"),
}
KEY_PROBLEMS = (OSError, LookupError, KeyError, ValueError, TypeError)  # a broken or missing answer key


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
        symbol, title, tone = STYLE.get(self.status, ("", self.status, "neutral"))
        return symbol, title, tone

    def _repr_html_(self) -> str:
        from medialit.render.feedback import feedback_html

        symbol, title, tone = self._heading()
        return feedback_html(
            self.qid, self.status, symbol, title, tone, self.message, self.sections, self.notices, self.checklist
        )

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


def _finish(fb: Feedback, enforce: bool = True) -> Feedback:
    """Attach the progress store's notices and, in strict mode, raise for anything but a right answer."""
    from medialit.learner.progress import store

    fb.notices += store().pop_notices()
    if enforce:
        policy.enforce(fb.ok, fb.qid, str(fb))
    return fb


def _unknown(qid: object) -> Feedback:
    shown = qid if isinstance(qid, str) else repr(qid)
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return Feedback(
        str(shown),
        "unknown",
        f'There is no question {shown!r}. Question ids look like "01.3" (lesson 01, question 3): '
        "copy the id from the check cell under the exercise.",
    )


def _reveal(q: Question, labels: bool = False) -> list[tuple[str, str]]:
    label = "Model answer" if q.kind == "open" else "Answer"
    return [(label, shown_answer(q, labels)), *q.explanation()]


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
        verdict = grade(q, answer)
    except KEY_PROBLEMS as err:
        return _key_problem(q, err)
    fb = Feedback(q.id, verdict.status, verdict.message, list(verdict.notes))
    if not policy.counts(verdict.status):
        return fb
    from medialit.learner.progress import jsonable, store

    value = jsonable(answer)
    step = policy.next_step(verdict.status, norm_text(str(value)), store().get(q.id), value)
    try:
        if step.show == "explain":
            if verdict.status == "recorded":
                fb.sections += _reveal(q, widget)
                fb.checklist = list(q.rubric)
            else:
                fb.sections += q.explanation()
        elif step.show == "reveal":
            fb.message = " ".join(
                filter(None, [fb.message, "That is your second different try, so here is the answer."])
            )
            fb.sections += _reveal(q, widget)
        else:
            lead = "You tried this answer before." if step.repeat else ""
            fb.message = " ".join(filter(None, [lead, fb.message, "Look again and try once more."]))
            fb.sections += [("Hint", verdict.hint or q.hint), ("Stuck", _stuck(q, widget))]
    except KEY_PROBLEMS as err:
        return _key_problem(q, err)
    store().update(q.id, **step.record)
    return fb


def _stuck(q: Question, widget: bool) -> str:
    if widget:
        return "Press Hint to see the hint again. A second, different wrong answer shows the answer."
    return f'Run hint("{q.id}") for the hint again, or solution("{q.id}") to see the answer.'


def _key_problem(q: Question, err: Exception) -> Feedback:
    return Feedback(q.id, "error", f"The answer key for this question could not be loaded ({err}). Tell your teacher.")


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
    except KEY_PROBLEMS as err:
        return _finish(_key_problem(q, err))
    from medialit.learner.progress import store

    store().update(q.id, **policy.on_request())
    fb = Feedback(q.id, "solution", "", sections, checklist=list(q.rubric) if q.kind == "open" else [])
    return _finish(fb)
