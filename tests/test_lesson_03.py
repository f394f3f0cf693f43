"""Lesson 03: statements its prose makes about the key and the evidence, and its own structure.

If the key or evidence.csv changes, these fail and point to the sentence of the lesson to revise.
"""

from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_lesson_03_statements_still_hold():
    from medialit import answer_key, evidence

    s = answer_key().statistics.set_index("span")
    # "2.4 million a year is more than two million but less than three: at the lower edge of 'several millions'"
    per_year = s.loc["about 200,000 drones per month", "value_low"] * 12
    assert 2_000_000 < per_year < s.loc["several millions drones", "value_low"] == 3_000_000
    assert (s["source"] == "none stated").sum() > len(s) / 2  # "most numbers come with no source"
    assert s.loc["10 percent", "qualifier"] == s.loc["40 percent", "qualifier"] == "none"
    ev = evidence().set_index("evidence_id")
    figures = {"e01": ["950,000", "250,000"], "e06": ["91", "337"], "e15": ["1 million", "2.5 million"]}
    figures |= {"e16": ["4 million", "250,000"], "e11": ["10%"], "e13": ["40%"]}
    for eid, numbers in figures.items():
        assert all(n in ev.loc[eid, "figure"] for n in numbers), eid
    assert ev.loc["e11", "date"] == "2024-03-23" and ev.loc["e16", "date"] > "2025-05"
    # the drones near Moscow: counts of drones shot down, all from the Russian side
    assert "downed" in ev.loc["e06", "figure"] and "Russian side" in ev.loc["e06", "context"]
    for eid in ("e03", "e04", "e13", "e15", "e16"):  # "three of them by Ukrainian officials themselves"
        assert any(w in ev.loc[eid, "figure"] + ev.loc[eid, "context"] for w in ("Ukrainian", "Zelensky", "Shmyhal"))


@pytest.mark.parametrize("folder", ["notebooks", "solutions", "exercises"])
def test_sentences_are_quoted_without_doubled_marks_and_buttons_say_tab_and_enter(folder):
    nb = nbformat.read(ROOT / folder / "03_the_numbers.ipynb", as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "””" not in prose and "““" not in prose
    assert "arrow" not in prose.lower()  # every choice is a button: Tab to move, Space or Enter to press
    if folder == "notebooks":
        assert "**Space** or **Enter**" in prose
