"""The question bank: prompts, hints and expected answers, looked up in the answer key where they concern the op-ed.

Questions live in ``data/questions.json``. An answer about the op-ed is never written there: the
question holds a reference (table, row match, field) into ``answer_key()``, so the key stays the
single source of truth. Learners' answers are normalised (case, spaces, quotes, synonyms, numbers) by
``medialit.content.answers``, whose names are importable from here too.
"""

from __future__ import annotations

import json
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
from medialit.content.question import KeyRef, Question  # noqa: F401  (re-exported)

KINDS = ("choice", "multi", "span", "number", "open")
USES = ("exercise", "practice", "check")  # "check": an item of the skills check (data/skills_check.json)


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
        data.get("via"),
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
