"""Feedback written for particular answers: hints for a wrong choice, defensible answers, rubric data.

The texts live in ``data/feedback.json``, keyed by question id. Each entry may hold:

- ``wrong``: ``{choice: hint}``, a hint written for that wrong choice (never naming the answer);
- ``defensible``: ``{choice: reason}``, another answer that can be defended, and why;
- ``rewrite_of``: the sentence id an open answer rewrites neutrally (its key cues are the loaded words);
- ``loaded``: loaded words to watch for in a rewrite of a text the key does not cover (lesson 06);
- ``questions``: true when an open answer is a list of questions that should ask for a source, name or number.

Where the key marks a claim-type label ``debatable``, the other label its ``debatable_why`` names
("some readers call it mixed") is defensible too, with that reason: no copy of it is kept here.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from medialit.content.questions import Question

# "some readers call it mixed", "call the whole sentence opinion", "may call it opinion or prediction"
_CALL = re.compile(r"\bcall (?:it|the (?:whole )?sentence) (\w+)(?: or (\w+))?")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    with (resources.files("medialit.content") / "data" / "feedback.json").open("r", encoding="utf-8") as fh:
        return dict(json.load(fh)["questions"])


def entry(qid: str) -> dict[str, Any]:
    """The feedback entry of one question ({} if it has none)."""
    return dict(_data().get(qid, {}))


def entries() -> dict[str, dict[str, Any]]:
    """Every entry of ``data/feedback.json`` by question id."""
    return {qid: dict(e) for qid, e in _data().items()}


def wrong_choice_hint(q: Question, choice: str) -> str:
    """The hint written for this wrong choice ("" when there is none: use the question's hint)."""
    return str(entry(q.id).get("wrong", {}).get(choice, ""))


def _key_sentence(q: Question) -> Any:
    """The key's row for a claim-type question about an op-ed sentence (None otherwise)."""
    ref = q.answer_key
    if q.vocab != "claim_type" or ref is None or ref.table != "sentences" or not q.sentence_id:
        return None
    from medialit.content.key import key_table

    rows = key_table("sentences")
    rows = rows[rows["sentence_id"] == q.sentence_id]
    return rows.iloc[0] if len(rows) == 1 else None


def defensible_choices(q: Question) -> dict[str, str]:
    """Other answers that can be defended, each with its reason (the key's own answer is never one)."""
    found: dict[str, str] = {}
    row = _key_sentence(q)
    if row is not None and bool(row["debatable"]):
        why = str(row["debatable_why"]).strip()
        for match in _CALL.finditer(why):
            for label in filter(None, match.groups()):
                found.setdefault(label, why)
    found.update({str(k): str(v) for k, v in entry(q.id).get("defensible", {}).items()})
    expected = str(q.expected())
    return {c: why for c, why in found.items() if c in q.choices() and c != expected}


def loaded_phrases(q: Question) -> list[str]:
    """Words of the original that a neutral rewrite should leave out: the key's cues of that sentence."""
    e = entry(q.id)
    phrases = [str(p) for p in e.get("loaded", ())]
    sid = e.get("rewrite_of")
    if sid:
        from medialit.content.key import key_table

        cues = key_table("cues")
        phrases += [str(s) for s in cues.loc[cues["sentence_id"] == sid, "span"] if str(s) not in phrases]
    return phrases


def asks_questions(q: Question) -> bool:
    """True when an open answer should be questions that ask for a source, a name or a number."""
    return bool(entry(q.id).get("questions", False))
