"""Lesson 01: statements its prose makes about the key and the evidence, and its own structure.

If the key or evidence.csv changes, these fail and point to the sentence of the lesson to revise.
"""

from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_lesson_01_statements_still_hold():
    from medialit import answer_key, evidence

    claims = answer_key().claim_types
    labels = {"p19.s4": "fact", "p08.s3": "opinion", "p18.s2": "prediction", "p05.s2": "mixed", "p04.s3": "mixed"}
    labels |= {"p11.s3": "fact", "p11.s4": "fact", "p15.s3": "fact", "p17.s5": "fact", "p14.s1": "mixed"}
    assert {sid: claims[sid] for sid in labels} == labels
    counts = claims.value_counts()
    assert counts["fact"] + counts["mixed"] > counts["opinion"]  # "more checkable and mixed than opinion"
    ev = evidence()
    verdicts = ev.drop_duplicates("sentence_id")["verdict"].value_counts()
    few = verdicts["contested"] + verdicts["could not verify"]
    # "supported and needs context are the two big groups, about the same size; only a few are contested or ..."
    assert min(verdicts["supported"], verdicts["needs context"]) > 2 * few
    assert abs(verdicts["supported"] - verdicts["needs context"]) <= 2
    # "many checkable sentences were never checked at all"
    checkable = claims[claims.isin(["fact", "mixed"])]
    assert (~checkable.index.isin(ev["sentence_id"])).sum() >= len(checkable) / 3
    # the supported table: a verdict covers the claim only ("now in his 70s" in a prediction)
    assert claims["p03.s2"] == "prediction" and "70s" in ev.set_index("sentence_id").loc["p03.s2", "claim"]
    # exercises 01.1 and 01.2 use sentences that are not worked examples in the lesson
    from medialit.content.questions import get_question

    lesson = (ROOT / "notebooks" / "01_fact_or_opinion.ipynb").read_text(encoding="utf-8")
    for qid in ("01.1", "01.2"):
        assert get_question(qid).sentence_id not in lesson, qid


@pytest.mark.parametrize("folder", ["notebooks", "solutions", "exercises"])
def test_sentences_are_quoted_without_doubled_marks_and_buttons_say_tab_and_enter(folder):
    nb = nbformat.read(ROOT / folder / "01_fact_or_opinion.ipynb", as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "””" not in prose and "““" not in prose
    assert "arrow" not in prose.lower()  # every choice is a button: Tab to move, Space or Enter to press
    if folder == "notebooks":
        assert "**Space** or **Enter**" in prose
