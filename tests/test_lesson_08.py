"""Lesson 08: the argument map and counter-text it relies on, asking before telling, and the course wrap-up."""

import re
import sys
from pathlib import Path

import nbformat
import pytest

from medialit import evidence
from medialit.content.argument import (
    LEANS,
    ROLES,
    argument_map,
    claim_evidence,
    counter_readings,
    counter_text,
    footage_notes,
    verdicts_by_role,
)
from medialit.content.article import load_article
from medialit.content.questions import get_question, lesson_titles, load_questions
from medialit.learner.grading import check

ROOT = Path(__file__).resolve().parents[1]
STEM = "08_weigh_the_argument"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
PRACTICE = [q for q in load_questions().values() if q.lesson == 8 and q.use == "practice"]


def notebook(folder="notebooks"):
    return nbformat.read(ROOT / folder / f"{STEM}.ipynb", as_version=4)


def position(cells, pattern):
    """Index of the first cell whose source matches pattern."""
    return next(i for i, c in enumerate(cells) if re.search(pattern, c.source))


# --- the data --------------------------------------------------------------------------------------


def test_the_argument_map_covers_every_checked_sentence_once():
    amap = argument_map()
    assert sorted(amap["sentence_id"]) == sorted(set(evidence()["sentence_id"]))
    assert amap["sentence_id"].is_unique
    assert set(amap["role"]) <= set(ROLES) and set(amap["leans"]) <= set(LEANS)
    assert all(amap["why"].str.len() > 20)


def test_every_figure_in_a_reason_comes_from_the_evidence_for_that_sentence():
    ev = evidence()
    for row in argument_map().itertuples():
        rows = ev[ev["sentence_id"] == row.sentence_id]
        blob = " ".join(" ".join(rows[c]) for c in ("claim", "figure", "context"))
        for number in re.findall(r"\d[\d,.]*\d|\d", row.why):
            assert number in blob, (row.sentence_id, number)


def test_what_the_lesson_says_about_the_verdicts_and_the_lean_still_holds():
    amap = argument_map().set_index("sentence_id")
    verdicts = claim_evidence(list(amap.index)).set_index("sentence")["verdict"]
    background = amap.index[amap["role"] == "background"]
    carries = amap.index[amap["role"] == "carries the thesis"]
    assert (verdicts[background] == "supported").all()  # "The background claims check out."
    counts = verdicts[carries].value_counts()
    assert counts["needs context"] + counts["contested"] > counts["supported"] > 0  # "some ... but more"
    stretched = [s for s in carries if verdicts[s] in ("needs context", "contested")]
    leans = amap.loc[stretched, "leans"].value_counts()
    assert leans["towards the thesis"] > len(stretched) / 2 and "against the thesis" not in leans
    # practice 08.p2 and 08.p3 draw their answers from the same map
    assert set(get_question("08.p2").expected()) == set(carries) & set(get_question("08.p2").choices())


def test_the_counter_text_is_invented_argues_the_opposite_and_is_sourced():
    ct = counter_text()
    assert ct["label"].startswith("INVENTED FOR THE MEDIALIT COURSE") and "invented" in ct["outlet"]
    sentences = ct["sentences"]
    assert [s["id"] for s in sentences] == [f"c{i}" for i in range(1, len(sentences) + 1)]
    assert any(not s["overstates"] for s in sentences) and sum(s["overstates"] for s in sentences) >= 4
    oped = " ".join(load_article().sentences["text"])
    publishers = set(evidence()["publisher"])
    figures = " ".join(evidence()["figure"]) + " ".join(evidence()["context"])
    for s in sentences:
        assert s["text"] not in oped
        named = [p for p in ("Al Jazeera", "Kyiv Post", "The Moscow Times", "Kyiv Independent", "UPI") if p in s["why"]]
        assert all(any(p in pub for pub in publishers) for p in named), s["id"]
        undated = re.sub(rf"\b\d{{1,2}} (?:{MONTHS})\b|\b20\d\d\b", "", s["why"])  # dates are not figures
        for number in re.findall(r"\d[\d,.]*\d|\d", undated):
            assert number in figures, (s["id"], number)
    assert list(counter_readings()["overstates?"]) == ["yes" if s["overstates"] else "no" for s in sentences]


def test_every_outside_fact_in_the_counter_text_cites_its_evidence_rows():
    """Each reason names the evidence rows (publisher, date, URL) it rests on; its figures and outlets are theirs."""
    ev = evidence().set_index("evidence_id")
    for s in counter_text()["sentences"]:
        rows = ev.loc[s["evidence"]] if s["evidence"] else ev.iloc[0:0]
        assert all(rows["url"].str.startswith("https://")), s["id"]
        blob = " ".join(" ".join(rows[c]) for c in ("figure", "context"))
        undated = re.sub(rf"\b\d{{1,2}} (?:{MONTHS})\b|\b20\d\d\b", "", s["why"])
        for number in re.findall(r"\d[\d,.]*\d|\d", undated):
            assert number in blob, (s["id"], number)
        for outlet in ("Al Jazeera", "Kyiv Post", "The Moscow Times", "Kyiv Independent", "UPI", "CSIS"):
            if outlet in s["why"]:
                assert any(outlet in " ".join(r) for r in rows[["publisher", "figure", "based_on"]].values), (
                    s["id"],
                    outlet,
                )
        if not s["evidence"]:
            assert not re.findall(r"\d", undated), s["id"]  # no row, no figure


def test_the_notebook_shows_the_counter_text_verbatim_and_labelled():
    prose = "\n".join(c.source for c in notebook().cells if c.cell_type == "markdown")
    ct = counter_text()
    assert ct["label"] in prose and ct["title"] in prose
    for s in ct["sentences"]:
        assert f"`{s['id']}` {s['text']}" in prose


def test_claim_evidence_works_from_the_ledger_or_from_evidence(monkeypatch):
    with_ledger = claim_evidence(["p16.s2", "p07.s1"])
    monkeypatch.setitem(sys.modules, "medialit.content.ledger", None)  # as if lesson 05's ledger were absent
    without = claim_evidence(["p16.s2", "p07.s1"])
    for table in (with_ledger, without):
        assert list(table["sentence"]) == ["p16.s2", "p07.s1"]
        assert list(table["verdict"]) == ["needs context", "needs context"]
        assert "1.4 percent" in table.iloc[0]["what the sources say"]
    assert "leans" in claim_evidence(["p16.s2"], with_leans=True).columns
    assert "leans" not in with_ledger.columns


# --- the bank ---------------------------------------------------------------------------------------


def test_lesson_8_is_in_the_bank_with_practice_exercises_and_open_answers():
    assert lesson_titles()[8] == "Weigh the argument"
    kinds = {q.kind for q in PRACTICE}
    assert {"open", "multi", "choice"} <= kinds
    exercises = [q for q in load_questions().values() if q.lesson == 8 and q.use == "exercise"]
    assert 5 <= len(exercises) <= 8
    for q in PRACTICE + exercises:
        if q.kind == "open":
            assert 3 <= len(q.rubric) <= 4 and len(q.model_answer.split()) >= 10
        else:
            assert check(q.id, q.expected()).status == "correct"


# --- ask before telling --------------------------------------------------------------------------------


def test_every_practice_item_comes_before_the_cells_that_answer_it():
    cells = notebook().cells
    asked = {q.id: position(cells, rf'practice\("{re.escape(q.id)}"\)') for q in PRACTICE}
    assert list(asked) == sorted(asked, key=asked.get), "practice items in bank order"
    # the course's reading of roles, leans, the counter-text and the footage comes after the item it answers
    assert position(cells, r"verdicts_by_role\(\)\)") > asked["08.p2"]
    assert position(cells, r"with_leans=True") > asked["08.p3"]
    assert position(cells, r"The feedback under 08.p4") > asked["08.p5"] > asked["08.p4"]
    assert position(cells, r"footage_notes\(\)\)") > asked["08.p7"] > asked["08.p6"]
    # the prose names no item's answer before the item: no lean or role words beside its sentence ids
    for qid in ("08.p2", "08.p3"):
        before = "\n".join(c.source for c in cells[: asked[qid]])
        for sid in get_question(qid).expected():
            for word in ("carries the thesis", "towards the thesis", "background"):
                assert not re.search(rf"{sid}[^\n]*{word}", before), (qid, sid, word)
    thesis = get_question("08.p1").model_answer
    assert all(thesis not in c.source for c in cells[: asked["08.p1"]])


# --- the frame ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["notebooks", "solutions", "exercises"])
def test_the_wrap_up_and_next_links(folder):
    nb = notebook(folder)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    prefix = "" if folder == "notebooks" else "../notebooks/"
    assert f"[Skills check B]({prefix}skills_check_B.ipynb)" in text
    if folder == "notebooks":
        for path in sorted((ROOT / "notebooks").glob("0[0-7]_*.ipynb")):
            assert f"]({path.name})" in text, path.name
        assert "about 35 minutes" in next(c.source for c in nb.cells if c.get("id") != "nav-top")
    else:
        assert "about 15 minutes" in text and "](../notebooks/08_weigh_the_argument.ipynb)" in text


def test_the_exercises_ask_about_claims_whose_lean_the_lesson_never_showed():
    """The lesson reveals the lean of the claims in its own table; the exercises must test the skill on others."""
    cells = notebook().cells
    lean_test = next(c.source for c in cells if c.source.startswith("lean_test = "))
    shown = set(re.findall(r"p\d{2}\.s\d+", lean_test.splitlines()[0]))
    assert shown == set(get_question("08.p3").choices())
    for qid in ("08.1", "08.2"):
        q = get_question(qid)
        assert q.sentence_id not in shown and q.expected() in LEANS, qid


def test_the_plain_word_tables_of_the_lesson():
    notes = footage_notes()
    assert list(notes.columns) == ["sentence", "who", "can a reader find it?", "why"]
    assert set(notes["can a reader find it?"]) <= {"yes", "only in part", "no"}
    counts = verdicts_by_role().set_index("role in the argument")
    amap = argument_map()
    assert counts["claims"].to_dict() == amap["role"].value_counts().to_dict()
    verdict_columns = [c for c in counts.columns if c != "claims"]
    assert (counts[verdict_columns].sum(axis=1) == counts["claims"]).all()
