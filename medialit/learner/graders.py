"""One small grader per kind of question: it compares an answer with the key and returns a ``Verdict``.

A grader knows nothing of tries, reveals or HTML (that is ``medialit.learner.policy`` and the
``Feedback`` box): it says whether an answer is right, wrong, nearly right, defensible or badly typed,
in words a learner can act on, and never raises for an odd answer. A new kind of question is one new
class in ``GRADERS`` (the shape of Kaggle learntools' ``core/problem.py``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

from medialit.content.answers import (
    ambiguous_labels,
    is_unanswered,
    norm_label,
    norm_sentence_id,
    norm_text,
    option_label,
    parse_number,
)
from medialit.content.feedback import defensible_choices, wrong_choice_hint
from medialit.content.questions import Question
from medialit.learner.rubric import is_words, open_notes

ECHO_LIMIT = 80  # characters of a learner's answer quoted back in a message; longer answers are cut


@dataclass
class Verdict:
    """What a grader found: a status, a message, labelled notes to show, and a hint for this wrong answer.

    ``status`` is one of correct, incorrect, close, invalid, not_attempted, recorded (an open answer saved).
    """

    status: str
    message: str = ""
    notes: list[tuple[str, str]] = field(default_factory=list)
    hint: str = ""  # a hint written for the wrong choice made ("" means: the question's own hint)


def echo(value: object, limit: int = ECHO_LIMIT) -> str:
    """``repr`` of an answer for a message, cut to ``limit`` characters with an ellipsis (never the whole MB)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a very long number"
    try:
        shown = repr(value.strip() if isinstance(value, str) else value)
    except (ValueError, RecursionError):  # a huge int refuses str(); a self-containing list recurses
        return f"a {type(value).__name__}"
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def describe(value: object) -> str:
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


_SID_OPTION = re.compile(r"p\d{2}\.s\d+")


def choice_key(q: Question, text: str) -> str:
    """An option or an answer in the form used to compare them (label, sentence id or plain text)."""
    if q.vocab:
        return norm_label(text, q.vocab)
    if q.options and all(_SID_OPTION.fullmatch(o) for o in q.options):
        return norm_sentence_id(text)
    return norm_text(text)


def options_text(q: Question) -> str:
    """The choices written as a learner would type them, each in quotes."""
    return ", ".join(f'"{c}"' for c in q.choices())


def _plain(q: Question, value: Any, labels: bool) -> Any:
    """The value in plain words ("checkable" for the key's "fact") where typing those words gives it back."""
    if not isinstance(value, str):
        return value
    plain = option_label(value)
    return plain if labels or norm_label(plain, q.vocab) == value else value


class Grader:
    """Grades one kind of question. Subclasses implement ``grade`` and may override ``shown``."""

    kind: ClassVar[str] = ""

    def grade(self, q: Question, answer: object) -> Verdict:
        raise NotImplementedError

    def shown(self, q: Question, value: Any, labels: bool = False) -> str:
        """An expected answer written the way a learner would type it (``labels``: as buttons say it)."""
        return f'"{_plain(q, value, labels)}"'


class ChoiceGrader(Grader):
    """One label or option out of several; a defensible other choice is accepted with the key's reason."""

    kind = "choice"

    def grade(self, q: Question, answer: object) -> Verdict:
        if not isinstance(answer, str):
            example = q.choices()[0] if q.choices() else "a word"
            return Verdict(
                "invalid",
                f'This question wants one word or phrase in quotes, like "{example}", not {describe(answer)}.',
            )
        options = {choice_key(q, c): c for c in q.choices()}
        mine = choice_key(q, answer)
        could_be = [c for c in ambiguous_labels(answer, q.vocab) if c in q.choices()]
        if mine not in options and len(could_be) > 1:
            which = ", ".join(f'"{c}"' for c in could_be[:-1]) + f' or "{could_be[-1]}"'
            return Verdict("close", f"{echo(answer)} fits more than one choice. Which kind: {which}?")
        if options and mine not in options:
            return Verdict("invalid", f"{echo(answer)} is not one of the choices: {options_text(q)}.")
        expected = str(q.expected())
        if mine == choice_key(q, expected):
            return Verdict("correct", "Right.")
        picked = options.get(mine, answer)
        reason = defensible_choices(q).get(picked)
        if reason is not None:
            message = f"{self.shown(q, picked)} is defensible: {reason}"
            key_chose = f"{self.shown(q, expected)}, because: {q.rationale_text() or 'see the lesson.'}"
            return Verdict("correct", message, [("The answer key chose", key_chose)])
        return Verdict("incorrect", "", hint=wrong_choice_hint(q, picked))


class MultiGrader(Grader):
    """Several choices at once; feedback counts wrong and missing choices without naming them."""

    kind = "multi"

    def items(self, q: Question, answer: object) -> list[str] | None:
        """The items of an answer: a list/tuple/set of strings, or one string naming the choices."""
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

    def grade(self, q: Question, answer: object) -> Verdict:
        items = self.items(q, answer)
        if items is None:
            return Verdict("invalid", 'This question wants a list of choices, like ["p01.s1", "p02.s2"].')
        choices = {choice_key(q, c) for c in q.choices()}
        picked = {choice_key(q, i) for i in items}
        strange = sorted(picked - choices) if choices else []
        if strange:
            return Verdict("invalid", f"{', '.join(map(echo, strange))} is not one of the choices: {options_text(q)}.")
        want = {choice_key(q, e) for e in q.expected()}
        if picked == want:
            return Verdict("correct", "Right.")
        missing, extra = len(want - picked), len(picked - want)
        bits = []
        if extra:
            bits.append(f"{extra} of your choices {'does' if extra == 1 else 'do'} not belong")
        if missing:
            bits.append(f"{missing} {'is' if missing == 1 else 'are'} missing")
        return Verdict(
            "incorrect", f"Close: {' and '.join(bits)}." if picked & want else "None of your choices are right."
        )

    def shown(self, q: Question, value: Any, labels: bool = False) -> str:
        return ", ".join(f'"{_plain(q, v, labels)}"' for v in value)


class NumberGrader(Grader):
    """A number, within the question's tolerance; says too high or too low, never the number."""

    kind = "number"

    def grade(self, q: Question, answer: object) -> Verdict:
        number = parse_number(answer)
        if number is None or not math.isfinite(number):
            return Verdict("invalid", self._not_a_number(q, answer, number))
        target = float(q.expected())
        if abs(number - target) <= q.tolerance:
            return Verdict("correct", "Right.")
        return Verdict("incorrect", "Your number is too high." if number > target else "Your number is too low.")

    @staticmethod
    def _not_a_number(q: Question, answer: object, number: float | None) -> str:
        if number is not None:  # digits that make a float overflow ("1" typed 5,000 times)
            return "That number is too large to check. Type the number the question asks for, like 1200."
        if isinstance(answer, str) and re.fullmatch(r"[\d\s_.,]+[*/+-][\d\s_.,*/+-]+", answer.strip()[:200]):
            return f"Remove the quotes so Python can do the sum: {q.variable} = {answer.strip()[:200]}"
        if isinstance(answer, int) and not isinstance(answer, bool):
            return "That number is too large to check. Type the number the question asks for, like 1200."
        if isinstance(answer, float) and not math.isfinite(answer):
            kind = "not a number (nan)" if math.isnan(answer) else "infinite"
            return f"That value is {kind}: type an ordinary number, like 1200."
        return f'This question wants a number, like 1200 or "1,200", not {describe(answer)} ({echo(answer)}).'

    def shown(self, q: Question, value: Any, labels: bool = False) -> str:
        number = float(value)
        return f"{number:,.0f}" if number == int(number) else f"{number:,}"


class SpanGrader(Grader):
    """Words copied from the sentence; near misses (stray words, part of the answer) are told so."""

    kind = "span"

    def grade(self, q: Question, answer: object) -> Verdict:
        if not isinstance(answer, str):
            return Verdict("invalid", f"This question wants words copied from the sentence, not {describe(answer)}.")
        expected = str(q.expected())
        accepted = {norm_text(expected)} | {norm_text(a) for a in q.accept}
        if q.vocab:
            accepted |= {norm_label(a, q.vocab) for a in accepted}
        mine = norm_text(answer)
        if mine in accepted or (q.vocab and norm_label(answer, q.vocab) in accepted):
            if mine == norm_text(expected):
                return Verdict("correct", "Right.")
            return Verdict("correct", "Right.", [("The answer key marks", self.shown(q, expected))])
        sentence = norm_text(q.sentence_text())
        if sentence and mine not in sentence:
            return Verdict(
                "invalid", "Those words are not in the sentence: copy the words exactly as they are written."
            )
        padded = f" {mine} "  # near misses: the right words plus stray ones, or only part of them
        if any(f" {a} " in padded for a in accepted if a):
            return Verdict(
                "close",
                "Close: your words include the answer, plus some that don't belong. Copy just the words asked for.",
            )
        if any(padded in f" {a} " for a in accepted):
            return Verdict("close", "Close: that is part of the answer. Copy all the words that belong together.")
        return Verdict("incorrect")


class OpenGrader(Grader):
    """A written answer: saved, with feedback from the question's rubric (loaded words kept, vague questions)."""

    kind = "open"

    def grade(self, q: Question, answer: object) -> Verdict:
        if not isinstance(answer, str):
            return Verdict("invalid", f"This question wants a sentence or two in quotes, not {describe(answer)}.")
        if not is_words(answer):
            return Verdict("invalid", "Write your answer in words between the quotes.")
        notes = open_notes(q, answer)
        message = "Your answer is saved. Compare it with the model answer and tick the checklist honestly."
        return Verdict("recorded", message, notes)

    def shown(self, q: Question, value: Any, labels: bool = False) -> str:
        return q.model_answer


GRADERS: dict[str, Grader] = {
    g.kind: g for g in (ChoiceGrader(), MultiGrader(), NumberGrader(), SpanGrader(), OpenGrader())
}


def grader_for(q: Question) -> Grader:
    """The grader of a question's kind."""
    return GRADERS[q.kind]


def grade(q: Question, answer: object) -> Verdict:
    """Compare an answer with the expected one. Never raises for odd answers (a broken key may raise)."""
    if is_unanswered(answer):
        return Verdict(
            "not_attempted",
            f"Replace the ... in `{q.variable} = ...` with your answer, then run that cell and this one.",
        )
    return grader_for(q).grade(q, answer)


def shown_answer(q: Question, labels: bool = False) -> str:
    """The expected answer as a learner would type it (or as the widget's buttons say it)."""
    return grader_for(q).shown(q, q.expected(), labels)
