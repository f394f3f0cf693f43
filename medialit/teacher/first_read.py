"""Was the class's labelling a cold first read? Which sentences, if any, the course discussed before it.

The class agreement (kappa) means something only if each learner's labels are their own: if the course has
already explained a sentence, or shown its label, the class agrees because it read the same lesson. The
plan of the whole-class labelling lives in the question bank (``class_labelling()``: which paragraphs, when,
and ``discussed_before_labelling``, kept true by tests/test_lesson_01.py). This module turns it into words
for the teacher's notebook and leaves the discussed sentences out of the kappa when there are any.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def discussed_before_labelling() -> list[str]:
    """The sentence ids of the labelled stretch that the course discusses before learners label it."""
    from medialit.content.questions import class_labelling

    return [str(s) for s in class_labelling().get("discussed_before_labelling", [])]


def first_read_labels(labels: pd.DataFrame) -> pd.DataFrame:
    """The class's labels without the sentences the course discussed before the labelling (for the kappa)."""
    discussed = discussed_before_labelling()
    return labels[~labels["sentence_id"].isin(discussed)] if discussed and not labels.empty else labels


def first_read_note() -> str:
    """In plain words: which paragraphs the class labelled, when, and which of their sentences it had seen discussed."""
    from medialit.content.article import load_article
    from medialit.content.questions import class_labelling

    plan = class_labelling()
    first, last = plan["paragraphs"][0], plan["paragraphs"][-1]
    head = f"Your class labelled paragraphs {first} to {last} of the op-ed in {plan['when']}."
    discussed = discussed_before_labelling()
    if not discussed:
        return (
            f"{head} None of their sentences had been discussed, labelled or shown with an answer before then: the "
            "labels are each learner's own cold first read, so the agreement below is the class's, not the course's."
        )
    text = load_article().sentences.set_index("sentence_id")["text"].to_dict()
    listed = "; ".join(f"{sid} (“{str(text.get(sid, ''))[:60]}…”)" for sid in discussed)
    return (
        f"{head} Before labelling, the course had discussed {len(discussed)} of their sentences: {listed}. "
        "Learners may have copied the course there, so those sentences are left out of the agreement below."
    )
