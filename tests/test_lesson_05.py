"""Lesson 05 (checking claims): the evidence's source profiles and figures, the claim ledger, the checking cases."""

import re

import pytest

from medialit import answer_key, claim_ledger, evidence, evidence_figures, figure_value

KINDS = {
    "wire service",
    "newspaper",
    "news site",
    "broadcaster",
    "government or military",
    "think tank",
    "partisan site",
    "repost or aggregator",
    "social post",
    "not checked",
}


@pytest.fixture(scope="module")
def ev():
    return evidence().set_index("evidence_id")


# --- source profiles: every row, every outlet alike ----------------------------------------------------


def test_every_evidence_row_has_a_source_profile_in_plain_words(ev):
    assert set(ev["publisher_kind"]) <= KINDS
    for col in ("publisher_side", "first_hand", "based_on"):
        assert (ev[col].str.strip() != "").all(), col
    assert ev["first_hand"].str.match(r"^(yes|no|not checked)\b").all()
    profile = ev[["publisher_kind", "publisher_side", "first_hand", "based_on"]]
    assert not profile.apply(lambda col: col.str.contains(r"\w_\w")).any().any()  # no raw codes


def test_the_same_outlet_gets_the_same_profile_wherever_it_appears(ev):
    outlet = ev["publisher"].str.replace(r" \(.*\)$", "", regex=True)
    profiles = ev.assign(outlet=outlet).groupby("outlet")[["publisher_kind", "publisher_side"]].nunique()
    assert (profiles == 1).all().all(), profiles[(profiles > 1).any(axis=1)]


@pytest.mark.parametrize(
    ("publisher", "side"),
    [
        ("TASS", "Russian state news agency"),
        ("Kyiv Independent", "Ukrainian independent outlet"),
        ("newskiev.ru (pro-Kremlin, Russian-language)", "pro-Kremlin"),
        ("The Moscow Times", "independent Russian outlet, based in Amsterdam"),
    ],
)
def test_outlets_from_both_sides_are_named_for_what_they_are(ev, publisher, side):
    rows = ev[ev["publisher"] == publisher]
    assert len(rows) and rows["publisher_side"].str.contains(side, regex=False).all()


def test_every_profile_says_where_it_comes_from(ev):
    """Every row's publisher profile cites a page (publisher, date, URL) or says it describes the page itself.

    Lesson 05 shows the profiles of its cases, and lessons 01-03 show every row's side, so no row is exempt.
    """
    from medialit.content.checking import case_ids, checking_case

    cited = re.compile(r"^[^,|]+, (\d{4}-\d{2}(-\d{2})?|undated), https?://\S+$")
    shown = {s["evidence_id"] for case in case_ids() for s in checking_case(case)["sources"]}
    assert len(shown) >= 10 and shown < set(ev.index)
    for eid in ev.index:
        assert ev.loc[eid, "profile_source"].strip(), eid
        for part in ev.loc[eid, "profile_source"].split(" | "):
            part = part.removeprefix("based on: ")
            assert part.startswith("the page itself: ") or cited.match(part), (eid, part)
    # lesson 05 names CSIS as a think tank: that description is cited too
    assert "Center_for_Strategic_and_International_Studies" in ev.loc["e01", "profile_source"]
    # a page-only description does not claim more than the page shows
    for eid in ev.index:
        if ev.loc[eid, "profile_source"].startswith("the page itself"):
            assert re.search(
                r"not checked|no outside description|gives no name|has not",
                ev.loc[eid, "publisher_side"] + ev.loc[eid, "profile_source"],
            ), eid


def test_a_profile_read_from_the_page_itself_says_so_in_its_side(ev):
    """newskiev.ru is called pro-Kremlin from its own wording only: the side says so, and quotes the page."""
    row = ev.loc["e08"]
    assert "pro-Kremlin" in row["publisher_side"] and "own wording" in row["publisher_side"]
    assert row["profile_source"].startswith("the page itself: ") and "illegitimate" in row["profile_source"]


def test_who_is_behind_each_figure_names_think_tanks_and_governments_alike(ev):
    assert "US think tank" in ev.loc["e01", "based_on"] and "CSIS" in ev.loc["e01", "based_on"]
    for eid in ("e02", "e11"):
        assert "UK Ministry of Defence (government of a country that backs Ukraine)" in ev.loc[eid, "based_on"]
    for eid in ("e13", "e15", "e16"):
        assert "Ukrainian government" in ev.loc[eid, "based_on"]
    for eid in ("e06", "e10", "e21", "e22"):
        assert "Russian government" in ev.loc[eid, "based_on"]
    assert "US government" in ev.loc["e09", "based_on"] and "US government" in ev.loc["e37", "based_on"]


def test_reposts_are_marked_as_repeating_someone_else(ev):
    for eid in ("e01", "e02", "e04", "e09", "e17", "e21", "e25"):
        assert ev.loc[eid, "first_hand"].startswith("no"), eid
    cited = ev[ev["publisher"].str.contains(r"citing|republishing|via|quoting|\(AFP\)")]
    assert cited["first_hand"].str.startswith("no").all()


def test_e06_says_the_claim_overstates_without_speculating_about_launches(ev):
    context = ev.loc["e06", "context"]
    assert "overstates" in context and "Russian side" in context
    assert "launched" not in context and "rule it out" not in context


# --- figures as numbers ----------------------------------------------------------------------------------


def _written(value):
    forms = {f"{value:,.0f}", f"{value:g}"}
    if value >= 1_000_000:
        forms.add(f"{value / 1e6:g} million")
    return forms


def test_every_figure_number_is_written_in_its_evidence_row(ev):
    figures = evidence_figures()
    assert set(figures["evidence_id"]) <= set(ev.index)
    for row in figures.itertuples():
        text = ev.loc[row.evidence_id, "figure"]
        assert any(form in text for form in _written(row.value)), (row.evidence_id, row.value)
        assert row.unit and "_" not in row.unit and row.what


def test_value_and_unit_columns_hold_each_rows_first_figure(ev):
    first = evidence_figures().drop_duplicates("evidence_id").set_index("evidence_id")
    with_value = ev[ev["value"] != ""]
    assert set(with_value.index) == set(first.index)
    for eid, row in with_value.iterrows():
        assert float(row["value"]) == first.loc[eid, "value"] and row["unit"] == first.loc[eid, "unit"]
    assert (ev.loc[ev["value"] == "", "unit"] == "").all()


def test_figure_value_finds_one_number_and_explains_a_miss():
    assert figure_value("e01", "killed (CSIS") == 250_000
    assert figure_value("e06", "10 regions") == 337
    with pytest.raises(LookupError, match="it has:"):
        figure_value("e06", "Moscow")
    assert "average" in evidence_figures("e16").set_index("value").loc[250_000, "what"]


# --- the claim ledger ------------------------------------------------------------------------------------


def test_the_claim_ledger_keeps_every_evidence_row_and_names_who_is_cited_once_each():
    key = answer_key()
    ledger = claim_ledger()
    assert list(ledger["evidence"]) == list(evidence()["evidence_id"])
    who = key.attributions.groupby("sentence_id")["source_who"].unique()
    for row in ledger.itertuples():
        names = [n for n in row[ledger.columns.get_loc("who is cited") + 1].split("; ") if n]
        assert names == list(who.get(row.sentence, [])), row.sentence
    numbers = key.statistics.groupby("sentence_id")["span"].agg("; ".join)
    assert ledger.set_index("evidence").loc["e01", "numbers"] == numbers["p03.s1"]


def test_the_claim_ledger_shows_labels_in_plain_words():
    ledger = claim_ledger()
    labels = set(ledger["label in the key"])
    assert "fact" not in labels and "checkable" in labels
    assert not any(re.search(r"\w_\w", c) for c in ledger.columns)


def test_the_claim_ledger_works_on_other_tables():
    key = answer_key()
    one = evidence().head(2).copy()
    ledger = claim_ledger(key, one)
    assert len(ledger) == 2 and list(ledger["source"]) == list(one["publisher"])


# --- the lesson -------------------------------------------------------------------------------------------


import lesson_cells as lc  # noqa: E402

from medialit import check, show_case  # noqa: E402
from medialit.content import checking  # noqa: E402
from medialit.content.article import load_article  # noqa: E402
from medialit.content.questions import get_question, load_questions  # noqa: E402

ROOT = lc.ROOT
FACTCHECK = ROOT.parent / "shared" / "oped" / "factcheck.md"
CASES_IN_LESSON = ["moscow_drones", "kursk", "growth", "drone_casualties"]
CASES_IN_EXERCISES = ["kellogg", "refining"]


@pytest.mark.parametrize("folder", ["notebooks", "exercises", "solutions"])
def test_setup_cell_only_imports_from_medialit(folder):
    lc.check_setup_imports_only_from_medialit(folder, 5)


def test_frame_minutes_widgets_titles_hints_keyboard():
    assert 40 <= lc.stated_minutes(5) <= 45
    lc.check_practice_widgets_match_the_bank(5, 8, 10)
    lc.check_exercise_titles_do_not_name_the_answer(5)
    lc.check_hints_point_at_meaning_not_at_the_answer(5)
    lc.check_keyboard_instructions_match_button_widgets(5)
    assert "**Next:** [06 · Your turn](06_your_turn.ipynb)" in lc.prose("notebooks", 5)
    assert "exercises/05_checking_claims.ipynb" in lc.prose("notebooks", 5)
    assert "../notebooks/05_checking_claims.ipynb" in lc.prose("solutions", 5)


def _order(folder):
    return [c.source for c in lc.notebook(folder, 5).cells]


@pytest.mark.parametrize(("folder", "cases"), [("notebooks", CASES_IN_LESSON), ("solutions", CASES_IN_EXERCISES)])
def test_each_case_shows_sources_then_asks_then_compares(folder, cases):
    sources = _order(folder)
    for case in cases:
        shown = sources.index(f'show_case("{case}")')
        compared = sources.index(f'compare_case("{case}")')
        sid = checking.checking_case(case)["sentence_id"]
        asked = [
            i
            for i, s in enumerate(sources)
            for q in load_questions().values()
            if q.lesson == 5
            and (q.sentence_id == sid or q.extra.get("case") == case)
            and re.search(rf'(practice|check)\("{re.escape(q.id)}"', s)
        ]
        assert asked and shown < min(asked) and max(asked) < compared, case
    # nothing that reveals a verdict comes before the last question: the ledger with verdicts is in the exercises
    lesson = _order("notebooks")
    assert not any("verdict" in s and "columns=" in s for s in lesson), "the lesson's ledger must not show verdicts"


@pytest.mark.parametrize("case", CASES_IN_LESSON + CASES_IN_EXERCISES)
def test_a_case_shows_what_a_checker_would_have_and_no_verdict(case):
    data = checking.checking_case(case)
    view = repr(show_case(case))
    html = show_case(case)._repr_html_()
    ev = evidence().set_index("evidence_id")
    assert 1 <= len(data["sources"]) <= 3
    for source in data["sources"]:
        row = ev.loc[source["evidence_id"]]
        assert row["url"] in html and row["date"] in view and row["sentence_id"] == data["sentence_id"]
    for verdict in ("supported", "needs context", "contested", "could not verify"):
        assert verdict not in view.lower(), (case, verdict)
    assert "first-hand" not in view and "who they are" not in view  # the profile comes with the comparison
    assert data["course_verdict"] == ev.loc[data["sources"][0]["evidence_id"], "verdict"]
    assert len(data["course_reasons"]) >= 2


def test_the_verdict_questions_follow_the_evidence_and_the_cases():
    for q in load_questions().values():
        if q.lesson == 5 and q.options == ("supported", "needs context", "contested", "could not verify"):
            case = next(c for c in checking.case_ids() if checking.checking_case(c)["sentence_id"] == q.sentence_id)
            assert q.expected() == checking.checking_case(case)["course_verdict"], q.id
            assert "what verdict did" not in q.prompt.lower() and "fact-check give" not in q.prompt


def test_the_source_questions_agree_with_the_source_profiles(ev):
    expected = {
        "05.p1": ("Russian officials", [("e06", "based_on", "Russian government"), ("e07", "based_on", "Russian")]),
        "05.p4": ("one from each side of the war", [("e05", "based_on", "both sides")]),
        "05.p6": ("a social-media post passing on another outlet's report", [("e21", "publisher_kind", "social post")]),
        "05.p8": ("mainly Ukrainian officials", [("e17", "based_on", "Ukrainian officials")]),
        "05.1": ("it passes on another outlet's report", [("e09", "first_hand", "no:")]),
        "05.3": ("Ukraine's", [("e11", "based_on", "backs Ukraine")]),
    }
    for qid, (answer, facts) in expected.items():
        assert get_question(qid).expected() == answer, qid
        for eid, col, words in facts:
            assert words in ev.loc[eid, col], (qid, eid)
    q = get_question("05.6")
    # four reports the lesson never profiles (its cases do not use them), so the answer is not shown before
    names = {
        "spotmedia.ro (citing CNN)": "e01",
        "AP via Lincoln Daily News": "e02",
        "TASS": "e31",
        "Politico Europe": "e32",
    }
    shown_in_lesson = {
        s["evidence_id"] for case in checking.case_ids() for s in checking.checking_case(case)["sources"]
    }
    assert not set(names.values()) & shown_in_lesson
    assert all(ev.loc[eid, "publisher"] == name for name, eid in names.items())  # the options are the credit lines
    assert set(q.choices()) == set(names)
    assert sorted(q.expected()) == sorted(n for n, eid in names.items() if ev.loc[eid, "first_hand"].startswith("no"))


def test_case_quotations_are_only_what_the_factcheck_quotes():
    if not FACTCHECK.exists():
        pytest.skip("the shared fact-check notes are not next to the repository")
    notes = FACTCHECK.read_text(encoding="utf-8")
    data = checking._data()
    texts = [s["says"] for c in data["cases"] for s in c["sources"]] + [
        r for c in data["cases"] for r in c["course_reasons"]
    ]
    quoted = [q for t in texts for q in re.findall(r'"([^"]+)"', t)]
    assert quoted
    for q in quoted:
        assert q.lower() in notes.lower(), q


def test_lateral_reading_cites_every_page_and_says_whose_view_it_is():
    examples = checking.lateral_reading()
    assert [e["subject"] for e in examples] == ["the Henry Jackson Society", "TASS", "the Kyiv Independent"]
    for example in examples:
        assert len(example["pages"]) >= 2 and example["what_we_learn"]
        for page in example["pages"]:
            assert page["publisher"] and page["whose_view"] and page["summary"]
            assert re.match(r"^(\d{4}-\d{2}-\d{2}|undated)$", page["date"]) and page["url"].startswith("http")
            assert '"' not in page["summary"]  # summaries in our own words, no quotation
    kyiv = evidence()["publisher"].str.startswith("Kyiv Independent")
    assert kyiv.sum() == evidence()["publisher"].str.replace(r" \(.*", "", regex=True).value_counts().max()
    with pytest.raises(KeyError, match="choose from"):
        checking.lateral_reading("nobody")


def test_the_lesson_names_csis_as_a_think_tank_and_says_sources_are_stored_copies():
    text = lc.prose("notebooks", 5)
    assert "CSIS" in text and "US think tank" in text and "**think tank**" in text
    assert "stored" in text and "web.archive.org" in checking.stored_copies_note()
    _, printed = lc.run_cells(
        "notebooks", 5, *[c.id for c in lc.notebook("notebooks", 5).cells if "stored_copies_note()" in c.source]
    )
    assert "stored copy" in printed
    model = get_question("05.8")
    assert "CSIS" in model.model_answer and any("CSIS" in item for item in model.rubric)
    for q in load_questions().values():
        if q.lesson == 5:
            assert "find row" not in q.hint and "evidence()" not in q.hint, q.id


def test_lesson_05_cites_sift_and_lateral_reading_from_course_sources():
    from medialit import course_sources

    refs = course_sources().set_index("source_id")
    sift = next(c.id for c in lc.notebook("notebooks", 5).cells if '"sift"' in c.source)
    _, printed = lc.run_cells("notebooks", 5, sift)
    for source_id in ("sift", "lateral_reading"):
        row = refs.loc[source_id]
        assert row["reference"] in printed and row["url"] in printed
    text = lc.prose("notebooks", 5)
    assert "Mike Caulfield" in text and "Caulfield" in refs.loc["sift", "reference"]
    assert "Stanford" in text and "Stanford" in refs.loc["lateral_reading", "publisher"]


def test_lesson_05_verdict_counts_are_computed_and_the_summary_matches_them():
    key = answer_key()
    ids = [
        c.id for c in lc.notebook("notebooks", 5).cells if "claim_ledger()" in c.source or "value_counts()" in c.source
    ]
    _, printed = lc.run_cells("notebooks", 5, *ids)
    checked = evidence().drop_duplicates("sentence_id")
    verdicts = checked["verdict"].value_counts()
    assert f"{len(checked)} claims checked: " + ", ".join(f"{v} {n}" for v, n in verdicts.items()) in printed
    # "Fewer than half ... supported; more need context; a few are contested or could not be verified"
    assert verdicts["supported"] < len(checked) / 2 and verdicts["needs context"] > verdicts["supported"]
    assert 0 < verdicts["contested"] + verdicts["could not verify"] <= len(checked) / 4
    checkable = key.sentences[key.sentences["claim_type"].isin(["fact", "mixed"])]
    assert (~checkable["sentence_id"].isin(evidence()["sentence_id"])).sum() >= len(checkable) / 3  # "many ... never"


def test_a_question_about_the_evidence_follows_evidence_csv(monkeypatch):
    from medialit.content import key as key_module

    q = get_question("05.2")
    assert q.expected() == evidence().set_index("evidence_id").loc["e09", "verdict"] == "could not verify"
    changed = evidence().copy()
    changed.loc[changed["evidence_id"] == "e09", "verdict"] = "contested"
    monkeypatch.setattr(key_module, "evidence", lambda: changed)
    assert q.expected() == "contested" and check("05.2", "contested").status == "correct"


def test_verdict_feedback_shows_the_citation():
    fb = check("05.p3", "needs context")
    sections = dict(fb.sections)
    row = evidence().set_index("evidence_id").loc["e06"]
    assert (sections["Source"], sections["Date"], sections["Link"]) == (row["publisher"], row["date"], row["url"])
    assert sections["Why"] == row["context"]


NOT_FIGURES = [
    r"\bp\d\d\.s\d+\b",  # sentence ids
    r"\be\d\d\b",  # evidence ids
    r"\b0\d\.p?\d+\b|\bExercise \d\.\d\b",  # question ids and exercise numbers
    r"\b0\d\b",  # lesson numbers such as 00 and 05
    r"\b[Ll]essons? \d( (to|and) \d)?\b",
    r"\babout \d+ minutes\b|\b\d+ minutes\b",
    r"^\d\. ",  # numbered lists
]


def figures_in(text):
    for pattern in NOT_FIGURES:
        text = re.sub(pattern, " ", text, flags=re.M)
    return set(re.findall(r"\d[\d,.]*\d|\d", text))


def test_lesson_05_states_no_outside_figure_that_is_not_in_the_evidence():
    known = (ROOT / "medialit" / "content" / "data" / "evidence.csv").read_text(encoding="utf-8")
    known += load_article().text + str(load_article().metadata)
    known += str(checking._data()["lateral_reading"])
    known += " May 2025 "  # the op-ed's month, from metadata.json ("2025-05")
    texts = [lc.prose("notebooks", 5), lc.prose("solutions", 5)]
    texts += [
        " ".join([q.prompt, q.hint, q.rationale, q.model_answer]) for q in load_questions().values() if q.lesson == 5
    ]
    data = checking._data()
    texts += [" ".join([s["says"] for s in c["sources"]] + c["course_reasons"]) for c in data["cases"]]
    texts += [
        " ".join([p["summary"] for p in e["pages"]] + [e["what_we_learn"], e["why"]]) for e in data["lateral_reading"]
    ]
    months = dict(
        zip(
            "January February March April May June July August September October November December".split(),
            range(1, 13),
        )
    )
    for text in texts:
        for figure in figures_in(text):
            assert figure.rstrip(".,") in known, figure
        for day, month, year in re.findall(rf"\b(\d{{1,2}}) ({'|'.join(months)}) (\d{{4}})", text):
            assert f"{year}-{months[month]:02d}-{int(day):02d}" in known or f"{day} {month[:3]} {year}" in known


def test_lateral_reading_spells_out_its_acronyms_and_explains_partisan():
    pages = [p for e in checking.lateral_reading() for p in e["pages"]]
    names = [p["publisher"] for p in pages]
    assert "Right Web (Institute for Policy Studies)" in names  # the stored page calls itself "IPS Right Web"
    assert "The Moscow Times (Agence France-Presse report)" in names
    assert not any(re.search(r"\((IPS|AFP)\b", name) for name in names)
    assert any("non-partisan (on no party's side)" in p["summary"] for p in pages)


def test_the_ledger_lists_the_claims_the_cases_did_not_check():
    from medialit.content.checking import case_ids, checking_case

    cell = lc.cell("notebooks", 5, "l05-52")
    listed = re.findall(r"p\d\d\.s\d+", cell)
    shown = [checking_case(c)["sentence_id"] for c in case_ids() if f'show_case("{c}")' in lc.prose_code(5)]
    assert sorted(listed) == sorted(shown) and len(listed) == 4
