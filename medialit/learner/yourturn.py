"""Lesson 06's helpers: your labels beside the machine's, and a pasted article, without a red error on a first run.

A learner who runs the lesson top to bottom has labelled nothing and pasted nothing yet. These helpers
then say what to do next in plain words, instead of a header-only table ("differ on 0") or a red
"your text is empty". Labels are shown in plain words ("checkable", not "fact").
"""

from __future__ import annotations

from typing import Any

from medialit.content.ledger import PLAIN_CLAIM_TYPES
from medialit.render.display import HTMLView, show_table


def _note(text: str) -> HTMLView:
    from html import escape

    return HTMLView(f"<p>{escape(text)}</p>", text)


def yours_and_the_machines(machine: Any, name: str) -> HTMLView:
    """The sentences where your saved labels (under ``name``) and the machine's guesses differ, with a count."""
    from medialit.learner.labelling import saved_labels

    mine = saved_labels(name)
    both = machine.sentences[["sentence_id", "text", "claim_type"]].merge(mine, on="sentence_id", how="left")
    labelled = both[both["label"].notna()]
    if labelled.empty:
        return _note(
            f"You have not labelled any of these {len(both)} sentences yet. Label some above, then run this cell again."
        )
    differ = labelled[labelled["label"] != labelled["claim_type"]]
    count = (
        f"You labelled {len(labelled)} of {len(both)} sentences. You and the machine differ on {len(differ)} of them."
    )
    if differ.empty:
        return _note(count + " You agree on every sentence you labelled.")
    table = differ.assign(
        yours=differ["label"].map(lambda v: PLAIN_CLAIM_TYPES.get(v, v)),
        machine=differ["claim_type"].map(lambda v: PLAIN_CLAIM_TYPES.get(v, v)),
    )
    view = show_table(table, columns=["sentence_id", "text", "yours", "machine"], caption=count)
    return view


def your_article(text: str) -> Any:
    """Your pasted article, cleaned (``clean_pasted``); a plain note when nothing has been pasted yet."""
    from medialit.text.textio import clean_pasted

    if not text.strip():
        return None
    return clean_pasted(text)


def article_note(pasted: Any) -> HTMLView:
    """What happens next: your article's text, or that the next cells use the invented opinion piece."""
    if pasted is None:
        return _note(
            "Nothing pasted yet, so the next cells use the invented opinion piece. Paste an article and run again."
        )
    return pasted


def article_text(pasted: Any, fallback: str) -> str:
    """The pasted article's text when there is one that cleaned up well, else ``fallback``."""
    return str(pasted.text) if pasted is not None and pasted.ok else fallback
