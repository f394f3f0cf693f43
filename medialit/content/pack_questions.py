"""Practice questions made from any pack's key: label sentences, pick source types, read qualifiers, judge evidence.

Each question's id names its pack (``pack.<pack name>.<skill>.<n>``), so a learner's saved progress keeps
packs apart and ``check()``, hints, reveals, progress and ``medialit export`` work exactly as for the
lessons' own questions. The answers come from the pack's key; the sentence is carried by the question, so
nothing here assumes the op-ed.
"""

from __future__ import annotations

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


def _rows(pack: Pack, name: str) -> list[dict[str, Any]]:
    return pack.key.table(name).to_dict("records")


def _make(pack: Pack) -> list[Question]:
    sentences = pack.key.table("sentences").set_index("sentence_id")["text"].to_dict()
    out = []
    for n, row in enumerate(_rows(pack, "sentences"), 1):
        if row.get("part", "body") != "body" or row["claim_type"] not in CLAIM_TYPES:
            continue
        prompt = f"Sentence {row['sentence_id']}: checkable, opinion, prediction or mixed?"
        out.append(
            _question(
                pack,
                "label",
                n,
                prompt,
                row["claim_type"],
                vocab="claim_type",
                sentence_id=row["sentence_id"],
                sentence=row["text"],
                rationale=str(row.get("rationale", "")),
                options=CLAIM_TYPES,
            )
        )
    for n, row in enumerate(_rows(pack, "attributions"), 1):
        if row["source_type"] not in SOURCE_TYPES:
            continue
        prompt = f"In sentence {row['sentence_id']}, what kind of source is “{row['source']}”?"
        out.append(
            _question(
                pack,
                "source",
                n,
                prompt,
                row["source_type"],
                vocab="source_type",
                sentence_id=row["sentence_id"],
                sentence=sentences.get(row["sentence_id"], ""),
                options=SOURCE_TYPES,
                rationale=f"The source is {row.get('source_who') or row['source']}.",
            )
        )
    for n, row in enumerate(_rows(pack, "statistics"), 1):
        if row["qualifier"] not in QUALIFIERS:
            continue
        prompt = f"In sentence {row['sentence_id']}, which qualifier goes with “{row['span']}”?"
        out.append(
            _question(
                pack,
                "qualifier",
                n,
                prompt,
                row["qualifier"],
                vocab="qualifier",
                sentence_id=row["sentence_id"],
                sentence=sentences.get(row["sentence_id"], ""),
                options=QUALIFIERS,
            )
        )
    for n, row in enumerate(pack.evidence.to_dict("records"), 1):
        if row.get("verdict") not in VERDICTS or not row.get("figure"):
            continue
        prompt = (
            f"The text says: “{row['claim']}”. {row['publisher']} ({row['date']}) reported: {row['figure']}. "
            "Does that support the claim?"
        )
        out.append(
            _question(
                pack,
                "evidence",
                n,
                prompt,
                row["verdict"],
                sentence_id=row["sentence_id"],
                sentence=sentences.get(row["sentence_id"], ""),
                options=VERDICTS,
                rationale=str(row.get("context", "")),
            )
        )
    return out
