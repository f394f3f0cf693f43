"""Lessons 4-6: their frame, and the statements their prose makes about the key, the evidence and the annotator.

If the key, evidence.csv, the practice texts or the annotator change, these fail and point to the sentence
of a lesson to revise. Lesson 5 may state no outside figure that is not in evidence.csv.
"""

import re
from pathlib import Path

import nbformat
import pytest

from medialit import answer_key, evidence
from medialit.content.article import load_article
from medialit.content.questions import get_question, load_questions
from medialit.learner.grading import check
from medialit.text.annotator import annotate
from medialit.text.textio import practice_text

ROOT = Path(__file__).resolve().parents[1]
STEMS = {4: "04_loaded_language", 5: "05_checking_claims", 6: "06_your_turn"}


def cells(folder, lesson, kind="markdown"):
    nb = nbformat.read(ROOT / folder / f"{STEMS[lesson]}.ipynb", as_version=4)
    return [c.source for c in nb.cells if c.cell_type == kind]


def prose(folder, lesson):
    return "\n".join(cells(folder, lesson))


def cell(folder, stem, cell_id):
    nb = nbformat.read(ROOT / folder / f"{stem}.ipynb", as_version=4)
    return next(c.source for c in nb.cells if c.get("id") == cell_id)


def run_cells(folder, lesson, *cell_ids):
    """Run a lesson's setup cell and the given code cells; their namespace and what they printed."""
    import contextlib
    import io

    stem = STEMS.get(lesson, lesson)
    namespace: dict = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for source in [cells(folder, lesson, "code")[0] if lesson in STEMS else ""] + [
            cell(folder, stem, i) for i in cell_ids
        ]:
            exec(compile(source, f"{stem}", "exec"), namespace)
    return namespace, out.getvalue()


@pytest.fixture(scope="module")
def key():
    return answer_key()


@pytest.fixture(scope="module")
def ev():
    return evidence().set_index("evidence_id")


# --- the frame: setup imports, links, minutes --------------------------------------------------------


@pytest.mark.parametrize("lesson", STEMS)
@pytest.mark.parametrize("folder", ["notebooks", "exercises", "solutions"])
def test_setup_cell_only_imports_from_medialit(folder, lesson):
    setup = cells(folder, lesson, "code")[0]
    for line in setup.strip().splitlines():
        assert re.fullmatch(r"from medialit import [\w, ]+", line), line


def test_next_links_run_03_to_07():
    lesson3 = nbformat.read(ROOT / "notebooks" / "03_the_numbers.ipynb", as_version=4)
    assert "**Next:** [04 · Loaded language](04_loaded_language.ipynb)" in lesson3.cells[-1].source
    assert "**Next:** [05 · Checking claims](05_checking_claims.ipynb)" in prose("notebooks", 4)
    assert "**Next:** [06 · Your turn](06_your_turn.ipynb)" in prose("notebooks", 5)
    assert "**Next:** [07 · Can a machine tell?](07_can_a_machine_tell.ipynb)" in prose("notebooks", 6)
    for lesson in STEMS:
        assert f"exercises/{STEMS[lesson]}.ipynb" in prose("notebooks", lesson)
        assert f"../notebooks/{STEMS[lesson]}.ipynb" in prose("solutions", lesson)


@pytest.mark.parametrize(("lesson", "low", "high"), [(4, 30, 35), (5, 35, 40), (6, 30, 35)])
def test_lesson_time_is_within_the_brief(lesson, low, high):
    minutes = int(re.search(r"about (\d+) minutes", cells("notebooks", lesson)[0]).group(1))
    assert low <= minutes <= high


@pytest.mark.parametrize("lesson", STEMS)
def test_three_or_four_practice_widgets_and_five_to_eight_exercises(lesson):
    bank = [q for q in load_questions().values() if q.lesson == lesson]
    assert 3 <= sum(q.use == "practice" for q in bank) <= 4
    exercises = [q for q in bank if q.use == "exercise"]
    assert 5 <= len(exercises) <= 8 and any(q.kind == "open" and q.rubric for q in exercises)
    code = "\n".join(cells("notebooks", lesson, "code"))
    assert len(re.findall(r'^practice\("\d\d\.p\d"\)$', code, re.M)) == sum(q.use == "practice" for q in bank)


# --- lesson 4 -----------------------------------------------------------------------------------------


def test_lesson_04_statements_still_hold(key):
    cues = key.cues
    kinds = cues.set_index(["sentence_id", "span"])["cue_type"]
    # the examples in the table of cue kinds, the worked example and the "even" section
    examples = {
        ("p04.s3", "deadly"): "loaded",
        ("p03.s2", "dying Russian empire"): "loaded",
        ("p04.s3", "dramatically"): "intensifier",
        ("p16.s2", "plummeted"): "intensifier",
        ("p04.s3", "drone wall"): "metaphor",
        ("p17.s1", "charm offensive"): "metaphor",
        ("p02.s1", "fixated"): "mind_reading",
        ("p10.s1", "growing desperate"): "mind_reading",
        ("p14.s1", "Even Russian pro-war bloggers"): "rhetorical_even",
        ("p05.s2", "particularly clear"): "certainty",
        ("p18.s2", "never"): "certainty",
        ("p20.s1", "may"): "hedge",
        ("p13.s1", "suggest"): "hedge",
        ("p20.s2", "would be wise to"): "recommendation",
        ("p02.s2", "will only grow"): "modal_future",
        ("p03.s2", "even more"): "intensifier",
        ("p06.s1", "one hand tied behind its back"): "metaphor",
        ("p13.s1", "meat-grinder"): "metaphor",
        ("p08.s1", "pretends"): "mind_reading",
        ("p08.s1", "secretly acknowledges"): "mind_reading",
    }
    assert {k: kinds[k] for k in examples} == examples
    counts = cues["cue_type"].value_counts()
    assert list(counts.index[:2]) == ["loaded", "mind_reading"]  # "Loaded words and mind-reading come first"
    assert set(cues[cues["sentence_id"] == "p13.s1"]["cue_type"]) == {"hedge", "mind_reading", "loaded", "metaphor"}
    per_paragraph = cues["sentence_id"].str[1:3].astype(int).value_counts()
    assert per_paragraph.idxmax() == 18 and set(per_paragraph[per_paragraph == per_paragraph.min()].index) == {7, 9}
    claims = key.claim_types
    assert [claims[f"p19.s{i}"] for i in range(1, 5)] == ["opinion", "fact", "fact", "fact"]
    verdicts = evidence().drop_duplicates("sentence_id").set_index("sentence_id")["verdict"]
    assert (verdicts["p19.s2"], verdicts["p19.s4"]) == ("supported", "supported")
    ev = evidence()
    assert ev[ev["sentence_id"] == "p19.s2"]["context"].str.contains("routine protocol").any()
    assert ev[ev["sentence_id"] == "p19.s3"]["context"].str.contains("cause and user are unknown").all()


# --- lesson 5 -----------------------------------------------------------------------------------------


def test_lesson_05_statements_still_hold(key, ev):
    table = evidence()
    assert (table.groupby("sentence_id")["verdict"].nunique() == 1).all()  # "its sources always agree"
    assert ev.loc["e11", "date"] == "2024-03-23" and "disrupted" in ev.loc["e11", "figure"]
    assert "NATO" in ev.loc["e12", "figure"] and "repaired" in ev.loc["e12", "context"]
    assert all(n in ev.loc["e06", "figure"] for n in ("74", "91", "337", "10 regions"))
    assert key.statistics.set_index("span").loc["hundreds of drones", "value_low"] > 91
    assert ev.loc["e05", "verdict"] == "contested" and "26 Apr 2025" in ev.loc["e05", "context"]
    assert ev.loc["e09", "date"] > "2025-05" and "could not be independently verified" in ev.loc["e02", "context"]
    meta = load_article().metadata
    assert "Henry Jackson Society" in meta["author_affiliation"] and meta["outlet"] is None
    # the supported claims named in 05.6's rationale
    q = get_question("05.6")
    assert q.expected() == ["p04.s1", "p18.s4", "p19.s4"]


def test_lesson_04_counts_certainty_and_hedges_apart_from_quotations(key):
    ns, _ = run_cells("notebooks", 4, "l04-03", "l04-19")
    counted = ns["sure_or_careful"]
    table = counted.groupby(["whose words", "cue_type"]).size().unstack(fill_value=0)
    cues = key.cues[key.cues["cue_type"].isin(["certainty", "hedge"])]
    assert len(counted) == len(cues) == len(cues.drop_duplicates(["sentence_id", "span"]))  # each word once
    # the words marked as quoted are exactly those inside a quotation the key records for that sentence
    quoted = key.attributions[key.attributions["form"].isin(["direct_quote", "partial_quote"])]
    quotes = quoted.groupby("sentence_id")["quote"].agg(list)
    inside = [any(span in q for q in quotes.get(sid, [])) for sid, span in zip(counted["sentence_id"], counted["span"])]
    assert list(counted["whose words"] == "someone quoted") == inside and any(inside)
    # "Even in the author's own words ... certainty words outnumber hedges by more than two to one."
    author = table.loc["the author"]
    assert author["certainty"] > 2 * author["hedge"] > 0
    text = prose("notebooks", 4)
    assert "outnumber hedges by more than two to one" in text
    assert not re.search(r"\(\d+ vs \d+\)", text)  # counts come from the cell, not typed into the prose


def test_lesson_04_frames_the_authors_descriptions_as_his():
    text = prose("notebooks", 4)
    assert "The real thing behind it" not in text
    assert "**What the author says happens:**" in text and "**What the author says is behind it:**" in text
    assert "limits on how Ukraine could use weapons the U.S. supplied" not in text


def test_lesson_05_verdict_counts_are_computed_and_the_summary_matches_them(key):
    ns, printed = run_cells("notebooks", 5, "l05-03", "l05-07", "l05-09", "l05-11")
    ev = evidence()
    checked = ev.drop_duplicates("sentence_id")
    verdicts = checked["verdict"].value_counts()
    assert printed.splitlines()[0] == f"{len(checked)} claims checked: " + ", ".join(
        f"{v} {n}" for v, n in verdicts.items()
    )
    checkable = key.sentences[key.sentences["claim_type"].isin(["fact", "mixed"])]
    unchecked = checkable[~checkable["sentence_id"].isin(ev["sentence_id"])]
    assert f"{len(unchecked)} of {len(checkable)} fact or mixed sentences" in printed
    # the prose around the counts states no number: the cells print them
    summary = [c for c in cells("notebooks", 5) if "calibrated trust" in c.lower() or "Read the chart" in c]
    assert summary
    for text in summary:
        para = [p for p in text.split("\n\n") if "trust" in p.lower() or "Read the chart" in p]
        assert not any(re.search(r"\d", re.sub(r"lesson \d|\be\d\d\b|\bp\d\d\.s\d\b", "", p)) for p in para)
    # "Fewer than half ... supported. More need context. A few are contested or could not be verified."
    assert verdicts["supported"] < len(checked) / 2 and verdicts["needs context"] > verdicts["supported"]
    assert 0 < verdicts["contested"] + verdicts["could not verify"] <= len(checked) / 4
    # "... and many were never checked"
    assert len(unchecked) >= len(checkable) / 3
    text = prose("notebooks", 5)
    assert "hold up in outline" not in text and "Most checked claims" not in text
    # the summary comes after the cell that shows what was not checked, and says so
    order = [c.get("id") for c in nbformat.read(ROOT / "notebooks" / f"{STEMS[5]}.ipynb", as_version=4).cells]
    assert order.index("l05-11") < order.index("l05-12") and "many others were never checked" in cell(
        "notebooks", STEMS[5], "l05-12"
    )


def test_lesson_05_defines_needs_context_as_the_data_use_it():
    definition = "right in outline, or partly contradicted by the sources: an old date, a stretched figure"
    assert definition in prose("notebooks", 5) and definition in prose("solutions", 5)
    ev = evidence().set_index("evidence_id")
    # the three kinds named: an old date (e11), a stretched figure (e21), a missing caveat (e24)
    assert ev.loc["e11", "verdict"] == ev.loc["e21", "verdict"] == ev.loc["e24", "verdict"] == "needs context"
    assert "March 2024" in ev.loc["e11", "context"] and "not 'near zero'" in ev.loc["e21", "context"]


def test_lesson_05_ledger_shows_who_is_cited_once_each(key):
    ns, _ = run_cells("notebooks", 5, "l05-03", "l05-07")
    ledger = ns["ledger"]
    assert len(ledger) == len(evidence())
    who = key.attributions.groupby("sentence_id")["source_who"].unique()
    for _, row in ledger.iterrows():
        names = [n for n in row["who is cited"].split("; ") if n]
        assert len(names) == len(set(names)), row["sentence_id"]
        expected = list(who.get(row["sentence_id"], []))
        assert names == expected, row["sentence_id"]
    shown = re.search(r"columns=\[(.*?)\]", cell("notebooks", STEMS[5], "l05-07")).group(1)
    assert '"who is cited"' in shown and '"claim"' in shown and '"sources"' not in shown


def test_lesson_05_cites_sift_and_lateral_reading_from_course_sources():
    from medialit import course_sources

    refs = course_sources().set_index("source_id")
    _, printed = run_cells("notebooks", 5, "l05-04a")
    for source_id in ("sift", "lateral_reading"):
        row = refs.loc[source_id]
        assert row["reference"] in printed and row["url"] in printed
    text = prose("notebooks", 5)
    assert "Mike Caulfield" in text and "Caulfield" in refs.loc["sift", "reference"]
    assert "Stanford" in text and "Stanford" in refs.loc["lateral_reading", "publisher"]
    assert "digital-literacy educator" not in text  # no description the source does not give


def test_lesson_05_and_05_7_say_the_drone_counts_are_drones_shot_down(ev):
    assert "downed" in ev.loc["e06", "figure"]  # the counts are of drones shot down, not launched
    text = prose("notebooks", 5)
    assert "drones shot down, as reported by the Russian side; how many were launched was not reported" in text
    assert "The mayor's count near Moscow was 74" not in text
    q = get_question("05.7")
    assert (
        "shot down, as reported by the Russian side" in q.model_answer and "launched was not reported" in q.model_answer
    )
    assert any("not drones launched" in item for item in q.rubric)
    solution = cells("solutions", 5, "code")
    assert any("answer_05_7" in c and "shot down" in c and "launched" in c for c in solution)
    assert "shot down" in get_question("05.6").rationale


def test_exercise_05_6_asks_about_the_checked_claim_only(key):
    q = get_question("05.6")
    ev = evidence()
    expected = q.expected()
    # a mixed sentence among the answers: the checked claim is its checkable core, and the rationale says so
    mixed = [sid for sid in expected if key.claim_types[sid] == "mixed"]
    assert mixed == ["p18.s4"]
    claim = ev[ev["sentence_id"] == "p18.s4"]["claim"].iloc[0]
    assert "crumble" not in claim and "crumble under pressure" in q.rationale and "author's reading" in q.rationale
    assert "checkable claim in each of these six sentences" in q.prompt and "as written" not in q.prompt


def test_lesson_05_names_who_produced_every_figure(ev):
    whose = next(c for c in cells("notebooks", 5) if c.startswith("Read the brackets"))
    producers = {
        "e01": "CSIS",
        "e02": "General Staff",
        "e03": "Syrskyi",
        "e04": "Syrskyi",
        "e06": "Russian Defence Ministry",
        "e11": "UK Defence Ministry",
        "e12": "NATO",
        "e13": "Zelensky",
        "e15": "Shmyhal",
        "e16": "Umerov",
        "e17": "Ukrainian officials",
        "e21": "Rosstat",
        "e22": "economy ministry",
    }
    for eid, who in producers.items():
        assert who in ev.loc[eid, "figure"], eid
        assert eid in whose, eid
    assert "Kremlin" in ev.loc["e10", "context"] and "e10" in whose
    assert "(" not in ev.loc["e18", "figure"] and "e18" in whose  # "e18 does not say who counted"
    with_figures = set(ev.index[ev["figure"] != ""])
    assert with_figures <= set(re.findall(r"\be\d\d\b", whose))


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
    known += " May 2025 "  # the op-ed's month, from metadata.json ("2025-05")
    texts = [prose("notebooks", 5), prose("solutions", 5)]
    texts += [
        " ".join([q.prompt, q.hint, q.rationale, q.model_answer]) for q in load_questions().values() if q.lesson == 5
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


def test_a_question_about_the_evidence_follows_evidence_csv(monkeypatch):
    from medialit.content import key as key_module

    q = get_question("05.1")
    assert q.expected() == evidence().set_index("evidence_id").loc["e10", "verdict"] == "supported"
    changed = evidence().copy()
    changed.loc[changed["evidence_id"] == "e10", "verdict"] = "contested"
    monkeypatch.setattr(key_module, "evidence", lambda: changed)
    assert q.expected() == "contested" and check("05.1", "contested").status == "correct"


def test_verdict_feedback_shows_the_citation():
    fb = check("05.p2", "needs context")
    sections = dict(fb.sections)
    row = evidence().set_index("evidence_id").loc["e11"]
    assert (sections["Source"], sections["Date"], sections["Link"]) == (row["publisher"], row["date"], row["url"])
    assert sections["Figure"] == row["figure"] and sections["Why"] == row["context"]


# --- lesson 6 -----------------------------------------------------------------------------------------


def test_lesson_06_statements_still_hold():
    news, opinion = practice_text("millbrook_news").body, practice_text("millbrook_opinion").body
    text = prose("notebooks", 6)
    # the worked example quotes the texts word for word, with their sentence ids
    from medialit.text.sentences import sentence_table

    op = sentence_table(opinion).set_index("sentence_id")["text"]
    nw = sentence_table(news).set_index("sentence_id")["text"]
    assert f'*"{op["p04.s1"]} {op["p04.s2"]}"*' in text and f'*"{nw["p05.s2"]}"*' in text
    assert (
        '"That is a town speaking with one voice."' in text
        and op["p04.s2"] == "That is a town speaking with one voice."
    )
    assert op["p07.s1"].startswith("At $180,000, the skate park is a bargain")
    assert op["p06.s3"] == "Draw your own conclusions."
    # the annotator: the news report's loaded words are all inside quotations; the opinion piece has more cues
    news_cues = annotate(news).cues
    opinion_cues = annotate(opinion).cues
    news_stance, opinion_stance = (
        news_cues[news_cues["cue_type"] != "date"],
        opinion_cues[opinion_cues["cue_type"] != "date"],
    )
    loaded = news_stance[news_stance["cue_type"] == "loaded"]
    assert len(loaded) >= 1 and loaded["in_quote"].all()
    assert set(news_stance[news_stance["cue_type"] != "loaded"]["span"].str.lower()) <= {"would", "could", "if"}
    assert len(opinion_stance) > len(news_stance)


def test_lesson_06_pasted_article_cells_handle_markup_and_empty_input():
    code = "\n".join(cells("notebooks", 6, "code"))
    assert 'my_article = """\n"""' in code and "pasted = clean_pasted(my_article)" in code
    assert "pasted.text if pasted.ok else opinion.body" in code
    assert (
        'label_sentences(opinion_sentences, "millbrook_opinion")' in code
        and 'saved_labels("millbrook_opinion")' in code
    )


def test_lesson_06_imports_every_medialit_function_its_code_and_comments_use():
    from medialit import __all__ as public

    code = "\n".join(cells("notebooks", 6, "code"))
    imported = set(
        re.findall(
            r"\w+", " ".join(line.split("import", 1)[1] for line in cells("notebooks", 6, "code")[0].splitlines())
        )
    )
    used = {name for name in public if re.search(rf"\b{name}\(", code)}
    assert "clean_file" in used and used <= imported, used - imported
    assert "`clean_file`" in prose("notebooks", 6)


# --- exercises and practice of lessons 4-6: titles and hints do not give the answer away -------------


def _shown(value):
    return str(value).replace("_", " ").lower()


# words that would name an answer without naming it: the lessons' own descriptions of each label
GIVEAWAYS = {
    "metaphor": r"picture",
    "mind reading": r"mind|reasons|thinks|feels",
    "rhetorical even": r"stakes|surprise",
    "certainty": r"how sure|doubt",
    "hedge": r"hedge|soften",
    "prediction": r"future|forecast",
    "contested": r"disagree",
    "implying a link it never states": r"never states|implie",
}

EXERCISE_TITLE = re.compile(r"^### Exercise (\d)\.(\d) — (.+)$", re.M)


@pytest.mark.parametrize("lesson", STEMS)
def test_exercise_titles_do_not_name_the_answer(lesson):
    titles = {f"0{a}.{b}": t for a, b, t in EXERCISE_TITLE.findall(prose("solutions", lesson))}
    bank = {q.id: q for q in load_questions().values() if q.lesson == lesson and q.use == "exercise"}
    assert set(titles) == set(bank)
    for qid, title in titles.items():
        q = bank[qid]
        if q.kind == "open":
            continue
        answers = q.expected() if isinstance(q.expected(), list) else [q.expected()]
        for answer in answers:
            assert _shown(answer) not in title.lower(), (qid, title)
            assert not re.search(GIVEAWAYS.get(_shown(answer), r"^$"), title.lower()), (qid, title)
        for option in q.choices():
            assert not re.search(rf"\b{re.escape(_shown(option))}\b", title.lower()), (qid, title, option)


OTHER_WORKER_HINTS = {"05.1", "06.p3"}  # their hints are rewritten elsewhere


@pytest.mark.parametrize("lesson", STEMS)
def test_hints_point_at_meaning_not_at_the_answer(lesson):
    for q in load_questions().values():
        if q.lesson != lesson or q.id in OTHER_WORKER_HINTS or q.kind == "open":
            continue
        hint = q.hint.lower()
        assert not re.search(r"(just|right) before|the (small )?words? before|look at '(if|will)'", hint), q.id
        expected = q.expected()
        for answer in expected if isinstance(expected, list) else [expected]:
            if isinstance(answer, str) and len(answer) > 2:
                assert _shown(answer) not in hint, (q.id, answer)


# --- keyboard instructions match the button widgets ---------------------------------------------------


@pytest.mark.parametrize("lesson", STEMS)
def test_keyboard_instructions_match_button_widgets(lesson):
    text = prose("notebooks", lesson)
    assert "arrow key" not in text and "menu" not in text.lower()
    for sentence in re.findall(r"[^.]*\*\*Tab\*\*[^.]*\.", text):
        assert "**Space** or **Enter** to press" in sentence, sentence


# --- lesson 7: the scores it shows, and where its outside numbers come from ---------------------------

LESSON7 = "07_can_a_machine_tell"


def test_lesson_07_cites_checkthat_and_names_the_benchmark_script():
    from medialit import course_sources

    row = course_sources().set_index("source_id").loc["checkthat_2023"]
    _, printed = run_cells("notebooks", LESSON7, "l07-02", "l07-14a")
    assert row["reference"] in printed and row["url"] in printed
    text = "\n".join(c for c in cells_of(LESSON7) if "CheckThat" in c)
    assert "`benchmarks/checkthat.py`" in text and (ROOT / "benchmarks" / "checkthat.py").exists()
    # the figures the lesson states are the ones the benchmark recorded (dev split, medialit and TextBlob)
    readme = (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8")
    dev = re.search(r"dev (0\.\d+) \(TextBlob (0\.\d+)\)", readme)
    ours, textblob = (float(x) for x in re.search(r"macro-F1 of about (0\.\d+), against about (0\.\d+)", text).groups())
    assert abs(float(dev.group(1)) - ours) < 0.01 and abs(float(dev.group(2)) - textblob) < 0.01
    assert "219 sentences" in text


def test_lesson_07_checkthat_item_count_matches_the_shared_data():
    data = ROOT.parent / "shared" / "data" / "checkthat2023-en" / "dev_en.tsv"
    if not data.exists():
        pytest.skip("the CheckThat! data are not next to the repository")
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import checkthat

    assert len(checkthat.read_split(data)) == 219


def cells_of(stem, kind="markdown"):
    nb = nbformat.read(ROOT / "notebooks" / f"{stem}.ipynb", as_version=4)
    return [c.source for c in nb.cells if c.cell_type == kind]


def test_lesson_07_explains_macro_f1_and_flags_the_easy_test_next_to_the_scores():
    nb = nbformat.read(ROOT / "notebooks" / f"{LESSON7}.ipynb", as_version=4)
    sources = [c.source for c in nb.cells]
    first = next(i for i, s in enumerate(sources) if "macro-f1" in s.lower() or 'scores["claims"]' in s)
    assert nb.cells[first].cell_type == "markdown" and "**Macro-F1** works out F1 for each label" in sources[first]
    scores = [i for i, s in enumerate(sources) if "scores[" in s]
    flatter = "the rules were written after reading"
    assert scores and flatter in sources[scores[0] - 1].lower()
    for i in scores:
        assert flatter in sources[i].lower()  # in the table's caption, right on top of the numbers


def test_lesson_07_shows_tables_with_show_table_not_raw_dataframes():
    for source in cells_of(LESSON7, "code"):
        last = source.strip().splitlines()[-1]
        assert not re.search(r"(\]|\.cues|\.statistics|\.sentences)$", last), last


# --- the teacher guide's statements about the lessons ------------------------------------------------


def test_teacher_guide_exercise_minutes_match_the_exercise_notebooks():
    guide = (ROOT / "docs" / "teacher-guide.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (\d\d) [^|]+\|[^|]+\|[^|]+\| (\w+) \|$", guide, re.M))
    assert set(rows) == {f"{n:02d}" for n in range(9)}
    for number, minutes in rows.items():
        solution = sorted((ROOT / "solutions").glob(f"{number}_*.ipynb"))
        if not solution:
            assert minutes == "none", number
            continue
        first = nbformat.read(solution[0], as_version=4).cells[0].source
        assert minutes == re.search(r"about (\d+) minutes", first).group(1), number
    assert "Lessons 01 to 06 and 08 each have an exercise notebook" in guide


def test_teacher_guide_misconception_example_holds(key):
    guide = (ROOT / "docs" / "teacher-guide.md").read_text(encoding="utf-8")
    example = re.search(r'Numbers can sit inside judgement: (p\d\d\.s\d) "([^"]+)"', guide.replace("\n  ", " "))
    sid, quoted = example.groups()
    text = key.sentences.set_index("sentence_id").loc[sid, "text"]
    assert quoted in text and re.search(r"\d", quoted) and key.claim_types[sid] == "mixed"
    assert "four figures side by side" not in guide
