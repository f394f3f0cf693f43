"""Practice questions made from any pack's key: label sentences, pick source types, read qualifiers, judge evidence.

Each question's id names its pack (``pack.<pack name>.<skill>.<n>``), so a learner's saved progress keeps
packs apart and ``check()``, hints, reveals, progress and ``medialit export`` work exactly as for the
lessons' own questions. The answers come from the pack's key; the sentence is carried by the question, so
nothing here assumes the op-ed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medialit.content.packs import Pack, load_pack, pack_folder
from medialit.content.question import Question
from medialit.text.schema import CLAIM_TYPES, QUALIFIERS, SOURCE_TYPES

PREFIX = "pack."
SKILLS = ("label", "source", "qualifier", "evidence")
HINTS = {
    "label": "Ask: could a record, a count or a document settle this sentence? Does it judge, or look ahead?",
    "source": "Who is the source: a named person, someone known only by their job, an organisation, or a group "
    "nobody names?",
    "qualifier": "Look at the words just before the number: do they make it bigger, smaller or fuzzier?",
    "evidence": "Does what this source reported match the claim exactly, or only part of it?",
}
VERDICTS = ("supported", "needs context", "contested", "could not verify")
_LOADED: dict[str, tuple[Pack, dict[str, Question]]] = {}


def use_pack(pack: str | Path | None = None) -> Pack:
    """Load a pack (a built-in name or a folder) and make its questions known to ``check()``; return it."""
    loaded = load_pack(pack)
    _LOADED[loaded.name] = (loaded, {q.id: q for q in _make(loaded)})
    return loaded


def pack_questions(pack: str | Path | None = None, skill: str | None = None, limit: int = 0) -> list[Question]:
    """The questions made from a pack, in order (one skill's with ``skill``; at most ``limit``, spread out)."""
    loaded = use_pack(pack)
    questions = [q for q in _LOADED[loaded.name][1].values() if skill is None or q.id.split(".")[-2] == skill]
    if limit and len(questions) > limit:  # spread over the whole text, not just its start
        step = len(questions) / limit
        questions = [questions[int(i * step)] for i in range(limit)]
    return questions


def pack_question(qid: str) -> Question | None:
    """The pack question with id ``qid``; loads a built-in pack on first use (None if there is none)."""
    name = qid[len(PREFIX) :].split(".")[0] if qid.startswith(PREFIX) else ""
    if name and name not in _LOADED and pack_folder(name).is_dir():
        use_pack(name)
    return _LOADED.get(name, (None, {}))[1].get(qid)


def _question(pack: Pack, skill: str, n: int, prompt: str, answer: Any, **fields: Any) -> Question:
    extra = {"sentence": fields.pop("sentence", ""), "pack": pack.name, "skill": skill}
    return Question(
        id=f"{PREFIX}{pack.name}.{skill}.{n}",
        lesson=0,
        use="practice",
        kind="choice",
        prompt=prompt,
        hint=HINTS[skill],
        answer=answer,
        extra=extra,
        **fields,
    )


@dataclass(frozen=True)
class _Skill:
    """How one skill's questions are made from a table of the pack: which rows, which column is the answer."""

    name: str
    table: str  # a key table, or "evidence"
    column: str  # the answer
    options: tuple[str, ...]
    prompt: Callable[[dict[str, Any]], str]
    vocab: str | None = None  # the vocabulary whose synonyms check() accepts
    rationale: Callable[[dict[str, Any]], str] = lambda row: ""
    keep: Callable[[dict[str, Any]], bool] = lambda row: True


SKILL_RULES = (
    _Skill(
        "label",
        "sentences",
        "claim_type",
        CLAIM_TYPES,
        lambda r: f"Sentence {r['sentence_id']}: checkable, opinion, prediction or mixed?",
        vocab="claim_type",
        rationale=lambda r: str(r.get("rationale", "")),
        keep=lambda r: r.get("part", "body") == "body",
    ),
    _Skill(
        "source",
        "attributions",
        "source_type",
        SOURCE_TYPES,
        lambda r: f"In sentence {r['sentence_id']}, what kind of source is “{r['source']}”?",
        vocab="source_type",
        rationale=lambda r: f"The source is {r.get('source_who') or r['source']}.",
    ),
    _Skill(
        "qualifier",
        "statistics",
        "qualifier",
        QUALIFIERS,
        lambda r: f"In sentence {r['sentence_id']}, which qualifier goes with “{r['span']}”?",
        vocab="qualifier",
    ),
    _Skill(
        "evidence",
        "evidence",
        "verdict",
        VERDICTS,
        lambda r: (
            f"The text says: “{r['claim']}”. {r['publisher']} ({r['date']}) reported: {r['figure']}. "
            "Does that support the claim?"
        ),
        rationale=lambda r: str(r.get("context", "")),
        keep=lambda r: bool(r.get("figure")),
    ),
)


def _rows(pack: Pack, name: str) -> list[dict[str, Any]]:
    return pack.evidence.to_dict("records") if name == "evidence" else pack.key.table(name).to_dict("records")


def _make(pack: Pack) -> list[Question]:
    """Every question of the pack, skill by skill: one per row whose answer is one of the skill's options."""
    sentences = pack.key.table("sentences").set_index("sentence_id")["text"].to_dict()
    out = []
    for rule in SKILL_RULES:
        for n, row in enumerate(_rows(pack, rule.table), 1):
            if row.get(rule.column) not in rule.options or not rule.keep(row):
                continue
            fields: dict[str, Any] = {"vocab": rule.vocab} if rule.vocab else {}
            if rationale := rule.rationale(row):
                fields["rationale"] = rationale
            sid = row["sentence_id"]
            out.append(
                _question(
                    pack,
                    rule.name,
                    n,
                    rule.prompt(row),
                    row[rule.column],
                    sentence_id=sid,
                    sentence=sentences.get(sid, ""),
                    options=rule.options,
                    **fields,
                )
            )
    return out
