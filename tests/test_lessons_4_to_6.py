"""Lessons 4-6: their frame, and the statements their prose makes about the key, the evidence and the annotator.

If the key, evidence.csv, the practice texts or the annotator change, these fail and point to the sentence
of a lesson to revise. Lesson 5 may state no outside figure that is not in evidence.csv.
"""

import re
from pathlib import Path

import nbformat
import pytest

from medialit import answer_key, evidence
from medialit.annotate import annotate
from medialit.article import load_article
from medialit.checks import check
from medialit.questions import get_question, load_questions
from medialit.textio import practice_text

ROOT = Path(__file__).resolve().parents[1]
STEMS = {4: "04_loaded_language", 5: "05_checking_claims", 6: "06_your_turn"}


def cells(folder, lesson, kind="markdown"):
    nb = nbformat.read(ROOT / folder / f"{STEMS[lesson]}.ipynb", as_version=4)
    return [c.source for c in nb.cells if c.cell_type == kind]


def prose(folder, lesson):
    return "\n".join(cells(folder, lesson))


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
    assert counts["certainty"] >= 3 * counts["hedge"]  # "Certainty words far outnumber hedges"
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
    verdicts = table.drop_duplicates("sentence_id")["verdict"].value_counts()
    assert verdicts["supported"] + verdicts["needs context"] >= 3 * (
        verdicts["contested"] + verdicts["could not verify"]
    )
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
    known = (ROOT / "medialit" / "data" / "evidence.csv").read_text(encoding="utf-8")
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
    from medialit import key as key_module

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
    from medialit.sentences import sentence_table

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
