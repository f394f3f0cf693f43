"""The question bank: prompts, hints and expected answers, looked up in the answer key where they concern the op-ed.

Questions live in ``data/questions.json``. An answer about the op-ed is never written there: the
question holds a reference (table, row match, field) into ``answer_key()``, so the key stays the
single source of truth. Learners' answers are normalised (case, spaces, quotes, synonyms, numbers) by
``medialit.content.answers``, whose names are importable from here too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from medialit.content.answers import (  # noqa: F401  (re-exported: questions and answers go together)
    AMBIGUOUS,
    SYNONYMS,
    ambiguous_labels,
    is_unanswered,
    norm_label,
    norm_sentence_id,
    norm_text,
    option_label,
    parse_number,
)

KINDS = ("choice", "multi", "span", "number", "open")
USES = ("exercise", "practice", "check")  # "check": an item of the skills check (data/skills_check.json)


@dataclass(frozen=True)
class KeyRef:
    """A pointer into the answer key or evidence(): rows of ``table`` matching ``match``, value(s) of ``field``."""

    table: str
    match: dict[str, Any]
    field: str
    many: bool = False
    scale: float | None = None  # multiply the key's number (e.g. a monthly figure x 12)

    def resolve(self, annotation: Any = None) -> Any:
        """The value (or, with ``many``, the sorted list of values) this reference points to."""
        if self.table == "evidence":  # what outside sources found (medialit/data/evidence.csv)
            from medialit.content.key import evidence

            frame = evidence()
        elif self.table == "argument":  # lesson 08: which claims carry the thesis and which way they lean
            from medialit.content.argument import argument_map

            frame = argument_map()
        else:
            if annotation is None:
                from medialit.content.key import answer_key

                annotation = answer_key()
            frame = annotation.table(self.table)
        mask = None
        for col, want in self.match.items():
            cond = frame[col].isin(want) if isinstance(want, list) else frame[col] == want
            mask = cond if mask is None else mask & cond
        rows = frame[mask] if mask is not None else frame
        if self.many:
            return sorted({str(v) for v in rows[self.field]})
        if len(rows) != 1:
            raise LookupError(f"key reference {self.describe()} matches {len(rows)} rows, not 1")
        value = rows.iloc[0][self.field]
        value = value.item() if hasattr(value, "item") else value
        return float(value) * self.scale if self.scale is not None else value

    def describe(self) -> str:
        where = ", ".join(f"{k}={v!r}" for k, v in self.match.items())
        times = f" x {self.scale:g}" if self.scale is not None else ""
        return f"{self.table}[{where}].{self.field}{times}"


@dataclass(frozen=True)
class Question:
    """One question of the bank (see data/questions.json for the fields)."""

    id: str
    lesson: int
    use: str
    kind: str
    prompt: str
    hint: str
    vocab: str | None = None
    sentence_id: str | None = None
    options: tuple[str, ...] = ()
    answer: Any = None
    answer_key: KeyRef | None = None
    rationale: str = ""
    rationale_key: KeyRef | None = None
    tolerance: float = 0.0
    accept: tuple[str, ...] = ()
    model_answer: str = ""
    rubric: tuple[str, ...] = ()
    notes: tuple[tuple[str, KeyRef], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def variable(self) -> str:
        """The name of the answer variable in the notebooks, e.g. ``answer_01_3``."""
        return "answer_" + self.id.replace(".", "_")

    def expected(self) -> Any:
        """The expected answer: from the key when the question points there, else the literal."""
        return self.answer_key.resolve() if self.answer_key is not None else self.answer

    def rationale_text(self) -> str:
        """Why the answer is what it is: the key's rationale (if referenced) followed by ours."""
        parts = []
        if self.rationale_key is not None:
            try:
                parts.append(str(self.rationale_key.resolve()).strip())
            except (LookupError, OSError, KeyError, ValueError):
                pass
        if self.rationale:
            parts.append(self.rationale)
        return " ".join(p for p in parts if p)

    def explanation(self) -> list[tuple[str, str]]:
        """What to show once the answer is known: ("Why", ...) and labelled notes from the key."""
        sections = []
        why = self.rationale_text()
        if why:
            sections.append(("Why", why))
        for label, ref in self.notes:
            try:
                text = str(ref.resolve()).strip()
            except (LookupError, OSError, KeyError, ValueError):
                continue
            if text:
                sections.append((label, text))
        return sections

    def choices(self) -> tuple[str, ...]:
        """The options a learner picks from (the vocabulary's labels when none are listed)."""
        if self.options:
            return self.options
        from medialit.content import key

        vocab = {
            "claim_type": key.CLAIM_TYPES,
            "source_type": key.SOURCE_TYPES,
            "form": key.FORMS,
            "verb_stance": key.VERB_STANCES,
            "findable": key.FINDABLE,
            "qualifier": key.QUALIFIERS,
            "cue_type": key.CUE_TYPES,
        }
        return tuple(vocab.get(self.vocab or "", ()))

    def sentence_text(self) -> str:
        """The op-ed sentence the question is about ('' if none)."""
        if self.extra.get("sentence"):  # a pack's question carries its own article's sentence
            return str(self.extra["sentence"])
        if not self.sentence_id:
            return ""
        from medialit.content.article import load_article

        s = load_article().sentences.set_index("sentence_id")["text"]
        return str(s.get(self.sentence_id, ""))


def _ref(data: dict[str, Any] | None) -> KeyRef | None:
    if not data:
        return None
    scale = data.get("scale")
    return KeyRef(
        data["table"],
        dict(data.get("match", {})),
        data["field"],
        bool(data.get("many", False)),
        float(scale) if scale is not None else None,
    )


def _question(raw: dict[str, Any]) -> Question:
    known = {f for f in Question.__dataclass_fields__}
    return Question(
        id=raw["id"],
        lesson=int(raw["lesson"]),
        use=raw.get("use", "exercise"),
        kind=raw["kind"],
        prompt=raw["prompt"],
        hint=raw["hint"],
        vocab=raw.get("vocab"),
        sentence_id=raw.get("sentence_id"),
        options=tuple(raw.get("options", ())),
        answer=raw.get("answer"),
        answer_key=_ref(raw.get("answer_key")),
        rationale=raw.get("rationale", ""),
        rationale_key=_ref(raw.get("rationale_key")),
        tolerance=float(raw.get("tolerance", 0.0)),
        accept=tuple(raw.get("accept", ())),
        model_answer=raw.get("model_answer", ""),
        rubric=tuple(raw.get("rubric", ())),
        notes=tuple((n["label"], ref) for n in raw.get("notes", ()) if (ref := _ref(n["key"])) is not None),
        extra={k: v for k, v in raw.items() if k not in known},
    )


@lru_cache(maxsize=2)
def _bank(name: str = "questions.json") -> dict[str, Any]:
    with (resources.files("medialit.content") / "data" / name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def load_questions() -> dict[str, Question]:
    """All questions by id: the lessons' (questions.json), then the skills check's (skills_check.json)."""
    raw = [*_bank()["questions"], *_bank("skills_check.json")["questions"]]
    return {q["id"]: _question(q) for q in raw}


def get_question(qid: object) -> Question | None:
    """The question with id ``qid`` (None if there is none)."""
    if not isinstance(qid, str):
        return None
    question = load_questions().get(qid)
    if question is None and qid.startswith("pack."):  # a question made from an article pack's key
        from medialit.content.pack_questions import pack_question

        question = pack_question(qid)
    return question


def lesson_titles() -> dict[int, str]:
    """Lesson number -> title, for the lessons the bank covers."""
    return {int(k): v for k, v in _bank()["lessons"].items()}


def class_labelling() -> dict[str, Any]:
    """The whole-class first read: which paragraphs learners label, in which lesson, into which saved set.

    ``discussed_before_labelling`` lists the sentences of the stretch that the course discusses before
    learners label it (empty when the labelling is a cold first read), so the teacher view can say
    whether the class's labels were independent. tests/test_lesson_01.py keeps it true.
    """
    return dict(_bank()["class_labelling"])


def question_table() -> Any:
    """The bank as a DataFrame (id, lesson, use, kind, sentence, prompt) for teachers."""
    import pandas as pd

    rows = [
        {"id": q.id, "lesson": q.lesson, "use": q.use, "kind": q.kind, "sentence_id": q.sentence_id, "prompt": q.prompt}
        for q in load_questions().values()
    ]
    return pd.DataFrame(rows)
