"""Lesson 03: its figures come from the data, its prose holds for the key and the evidence.

If the key or evidence.csv changes, these fail and point to the sentence of the lesson to revise.
"""

from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
LESSON = ROOT / "notebooks" / "03_the_numbers.ipynb"


def test_lesson_03_statements_still_hold():
    from medialit import evidence, figure_value, key_number, numbers_without_source

    # "2.4 million a year is more than two million but less than three: at the lower edge of 'several millions'"
    per_year = key_number("about 200,000 drones per month") * 12
    assert 2_000_000 < per_year < key_number("several millions drones") == 3_000_000
    unsourced, total = numbers_without_source()
    assert unsourced > total / 2  # "most numbers come with no source"
    assert round(figure_value("e01", "killed (CSIS") / figure_value("e01", "killed or injured") * 100) == 26
    assert (figure_value("e06", "over the Moscow region"), figure_value("e06", "over 10 regions")) == (91, 337)
    assert figure_value("e06", "near Moscow") == 74
    ev = evidence().set_index("evidence_id")
    assert ev.loc["e11", "date"] == "2024-03-23" and ev.loc["e16", "date"] > "2025-05"
    assert "Russian side" in ev.loc["e06", "context"]
    # the chart's Umerov bar: an average the fact-check worked out, and the lesson says so
    from medialit import evidence_figures

    umerov = evidence_figures("e16")
    assert umerov[umerov["what"].str.contains("average")]["what"].str.contains("worked out").all()


def test_lesson_03_types_no_figure_and_drops_the_unsourced_caveat():
    nb = nbformat.read(LESSON, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for typed in ("250_000", "950_000", "= 91", "= 337", "1_000_000", "4_000_000"):
        assert typed not in code, typed
    assert "was not reported" not in prose and "rule it out" not in prose
    assert "average" in prose and "1.5 million" in prose
    assert "pandas" not in code and "stats[" not in code


@pytest.mark.parametrize("folder", ["notebooks", "solutions", "exercises"])
def test_sentences_are_quoted_without_doubled_marks_and_buttons_say_tab_and_enter(folder):
    nb = nbformat.read(ROOT / folder / "03_the_numbers.ipynb", as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "””" not in prose and "““" not in prose
    assert "arrow" not in prose.lower()
    if folder == "notebooks":
        assert "**Space** or **Enter**" in prose


def test_every_evidence_table_says_who_runs_each_outlet_and_its_side():
    from lesson_cells import check_evidence_tables_name_every_outlets_side

    check_evidence_tables_name_every_outlets_side(3)


def test_the_drone_chart_shows_outlets_and_dates_not_evidence_ids_or_code():
    import re

    import lesson_cells as lc

    ns, _ = lc.run_cells("notebooks", 3, "c03-37", "c03-39")
    chart = eval(lc.cell("notebooks", 3, "c03-42"), ns)  # the cell is one bar_chart(...) expression
    for shown in (chart.html, chart.text):
        assert not re.search(r"\be\d\d\b", shown), "an evidence id on the chart"
        assert "evidence_for" not in shown and "(['" not in shown, "code in the caption"
        assert "censor.net (undated)" in shown and "Kyiv Independent (27 June 2025)" in shown


@pytest.mark.parametrize(
    ("cell_id", "says"),
    [
        ("c03-20", r"So at most 26 percent of the casualties were deaths\."),
        ("c03-37", r"200,000 drones a month for 12 months is 2,400,000 drones a year\."),
        ("c03-47", r"91 of the 337 drones the Russian side said it shot down .*\nThat is 27 percent of them\."),
    ],
)
def test_each_sum_prints_a_sentence_that_says_what_its_number_is(cell_id, says):
    import re

    import lesson_cells as lc

    cell = lc.cell("notebooks", 3, cell_id)
    assert cell.strip().splitlines()[-1].startswith("print("), "the cell ends with a bare number"
    _, printed = lc.run_cells("notebooks", 3, cell_id)
    assert re.search(says, printed), printed


def test_terms_are_explained_where_the_lesson_first_uses_them():
    from lesson_cells import check_explained_before

    from medialit import compare_with_key, evidence

    percent = compare_with_key("statistics", columns=["denominator"], where={"unit": "percent"})
    assert percent["out of what"].str.contains("GDP").any()  # c03-28 shows it
    check_explained_before(3, "c03-28", r"\*GDP\*, gross domestic product, is")
    ev = evidence().set_index("evidence_id")
    assert "NATO official" in ev.loc["e12", "publisher"]  # c03-24 shows it
    check_explained_before(3, "c03-24", r"\*NATO official\*: someone who works for NATO \(the military alliance")
    assert ev.loc["e02", "publisher_side"].startswith("AP (the Associated Press)")  # c03-18 shows it


def test_the_fit_check_answers_in_words_not_true_or_false():
    import lesson_cells as lc

    _, printed = lc.run_cells("notebooks", 3, "c03-37", "c03-39")
    assert "Is 2,400,000 more than two million? yes" in printed and "Is it at least 3,000,000? no" in printed
    assert "True" not in printed and "False" not in printed
