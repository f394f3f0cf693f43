"""Every notebook is committed clean and has the course's fixed frame: objectives and minutes first, key points last."""

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p for folder in ("notebooks", "exercises", "solutions") for p in (ROOT / folder).rglob("*.ipynb"))
GENERATED_NOTICE = "generated-notice"  # the first cell tools/make_exercises.py adds to exercises


def content_cells(nb):
    """The cells after the generated-notice cell of an exercise notebook (all cells otherwise)."""
    cells = list(nb.cells)
    return cells[1:] if cells and cells[0].get("id") == GENERATED_NOTICE else cells


@pytest.fixture(params=NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def notebook(request):
    return request.param, nbformat.read(request.param, as_version=4)


def test_there_are_notebooks_in_each_folder():
    assert {p.relative_to(ROOT).parts[0] for p in NOTEBOOKS} == {"notebooks", "exercises", "solutions"}


def test_valid_and_without_outputs(notebook):
    path, nb = notebook
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: outputs committed"
            assert cell.execution_count is None, f"{path.name}: execution_count committed"
    ids = [c.get("id") for c in nb.cells]
    assert len(ids) == len(set(ids))


def test_metadata(notebook):
    path, nb = notebook
    assert "widgets" not in nb.metadata, f"{path.name}: widget state committed (GitHub cannot render it)"
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"


def test_first_cell_has_objectives_and_minutes(notebook):
    path, nb = notebook
    first = content_cells(nb)[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert "Learning objectives" in first.source
    assert re.search(r"\b\d+\s+minutes\b", first.source), f"{path.name}: no time estimate"


def test_last_cells_have_key_points_and_licence(notebook):
    path, nb = notebook
    tail = "\n".join(c.source for c in nb.cells[-3:] if c.cell_type == "markdown")
    assert re.search(r"^#+ Key points", tail, re.M), f"{path.name}: no Key points near the end"
    bullets = re.findall(r"^- ", tail.split("Key points", 1)[1], re.M)
    assert 3 <= len(bullets) <= 6
    assert "licen" in tail.lower()


def test_no_absolute_paths_or_installs_in_code(notebook):
    path, nb = notebook
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not re.search(r"['\"](/|[A-Za-z]:\\\\)(home|Users|work|tmp|root)", cell.source), path.name
            assert not re.search(r"^\s*[!%]\s*(pip|conda|wget|curl)", cell.source, re.M), path.name


@pytest.mark.parametrize("stem", ["01_fact_or_opinion", "02_who_says_so", "03_the_numbers"])
@pytest.mark.parametrize("folder", ["notebooks", "exercises", "solutions"])
def test_lessons_1_to_3_setup_cell_imports_only(folder, stem):
    nb = nbformat.read(ROOT / folder / f"{stem}.ipynb", as_version=4)
    setup = next(c for c in nb.cells if c.cell_type == "code")
    assert re.fullmatch(r"from medialit import [\w, ]+", setup.source.strip()), setup.source


# --- statements in the lessons' own prose that depend on the key and the evidence ---------------
# If the key or evidence.csv changes, these fail and point to the sentence of a lesson to revise.


def test_lesson_01_statements_still_hold():
    from medialit import answer_key, evidence

    claims = answer_key().claim_types
    labels = {"p19.s4": "fact", "p08.s3": "opinion", "p18.s2": "prediction", "p05.s2": "mixed", "p04.s3": "mixed"}
    labels |= {"p11.s3": "fact", "p11.s4": "fact", "p15.s3": "fact", "p17.s5": "fact"}
    assert {sid: claims[sid] for sid in labels} == labels
    counts = claims.value_counts()
    assert counts["fact"] + counts["mixed"] > counts["opinion"]  # "more checkable and mixed than opinion"
    verdicts = evidence().drop_duplicates("sentence_id")["verdict"].value_counts()
    assert verdicts["supported"] + verdicts["needs context"] > 2 * (
        verdicts["contested"] + verdicts["could not verify"]
    )


def test_lesson_02_statements_still_hold():
    from medialit import answer_key

    a = answer_key().attributions
    assert sorted(a[a["sentence_id"] == "p12.s4"]["source_type"]) == ["anonymous", "author_witness"]
    assert "organisation" not in set(a["source_type"])  # the table says "none in the key for this op-ed"
    verbs = a.set_index(["sentence_id", "reporting_verb"])["verb_stance"]
    assert verbs[("p15.s2", "admitted")] == verbs[("p15.s1", "warn")] == verbs[("p08.s2", "accuse")] == "loaded"
    assert verbs[("p14.s1", "sounding the alarm")] == "loaded" and verbs[("p11.s3", "said")] == "neutral"


def test_lesson_03_statements_still_hold():
    from medialit import answer_key, evidence

    s = answer_key().statistics.set_index("span")
    assert s.loc["about 200,000 drones per month", "value_low"] * 12 < s.loc["several millions drones", "value_low"]
    assert (s["source"] == "none stated").sum() > len(s) / 2  # "most numbers come with no source"
    assert s.loc["10 percent", "qualifier"] == s.loc["40 percent", "qualifier"] == "none"
    ev = evidence().set_index("evidence_id")
    figures = {"e01": ["950,000", "250,000"], "e06": ["91", "337"], "e15": ["1 million", "2.5 million"]}
    figures |= {"e16": ["4 million", "250,000"], "e11": ["10%"], "e13": ["40%"]}
    for eid, numbers in figures.items():
        assert all(n in ev.loc[eid, "figure"] for n in numbers), eid
    assert ev.loc["e11", "date"] == "2024-03-23" and ev.loc["e16", "date"] > "2025-05"
