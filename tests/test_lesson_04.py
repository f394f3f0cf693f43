"""Lesson 04 (loaded language): cue families, the key's in-quote column, and the lesson's statements."""

import re

import lesson_cells as lc
import nbformat
import pytest
from lesson_cells import ROOT, prose, run_cells

from medialit import answer_key, cue_families, evidence, family_of
from medialit.content.families import family_names
from medialit.content.key import CUE_TYPES
from medialit.content.questions import get_question


@pytest.fixture(scope="module")
def key():
    return answer_key()


def test_every_cue_kind_is_in_exactly_one_family():
    table = cue_families()
    kinds = [c for c in CUE_TYPES if c != "date"]
    assert sorted(table["cue_type"]) == sorted(kinds) and table["cue_type"].is_unique
    assert family_names() == ("loaded language", "sure or unsure", "mind-reading", "future and advice")
    assert family_of("rhetorical_even") == "loaded language" and family_of("hedge") == "sure or unsure"
    assert family_of("recommendation") == family_of("modal_future") == "future and advice"
    with pytest.raises(KeyError):
        family_of("date")


def test_families_are_described_in_plain_words():
    table = cue_families()
    for col in ("family", "kind", "what it does", "ask"):
        assert (table[col].str.strip() != "").all() and not table[col].str.contains("_").any(), col
    assert table["ask"].str.endswith("?").all()


def test_in_quote_marks_exactly_the_cues_inside_a_recorded_quotation(key):
    cues = key.cues
    assert cues["in_quote"].dtype == bool and cues["in_quote"].any() and not cues["in_quote"].all()
    quoted = key.attributions[key.attributions["form"].isin(["direct_quote", "partial_quote"])]
    quotes = quoted.groupby("sentence_id")["quote"].agg(list)
    inside = [any(span in q for q in quotes.get(sid, [])) for sid, span in zip(cues["sentence_id"], cues["span"])]
    assert list(cues["in_quote"]) == inside
    # a quotation that runs on from the sentence before still counts as a quotation
    assert cues.set_index(["sentence_id", "span"]).loc[("p15.s3", "simply"), "in_quote"]


@pytest.mark.parametrize("folder", ["notebooks", "exercises", "solutions"])
def test_setup_cell_only_imports_from_medialit(folder):
    lc.check_setup_imports_only_from_medialit(folder, 4)


def test_frame_minutes_widgets_titles_hints_keyboard():
    assert 30 <= lc.stated_minutes(4) <= 35
    lc.check_practice_widgets_match_the_bank(4, 3, 4)
    lc.check_exercise_titles_do_not_name_the_answer(4)
    lc.check_hints_point_at_meaning_not_at_the_answer(4)
    lc.check_keyboard_instructions_match_button_widgets(4)
    lesson3 = nbformat.read(ROOT / "notebooks" / "03_the_numbers.ipynb", as_version=4)
    assert (
        "**Next:** [04 · Loaded language](04_loaded_language.ipynb)"
        in [c for c in lesson3.cells if c.get("id") != "nav-bottom"][-1].source
    )
    assert "**Next:** [05 · Checking claims](05_checking_claims.ipynb)" in prose("notebooks", 4)
    assert "exercises/04_loaded_language.ipynb" in prose("notebooks", 4)
    assert "../notebooks/04_loaded_language.ipynb" in prose("solutions", 4)


def test_lesson_04_statements_still_hold(key):
    cues = key.cues
    kinds = cues.set_index(["sentence_id", "span"])["cue_type"]
    # the lesson's worked examples and the "even" section
    examples = {
        ("p03.s2", "even more"): "intensifier",
        ("p04.s3", "drone wall"): "metaphor",
        ("p13.s1", "meat-grinder"): "metaphor",
        ("p08.s1", "pretends"): "mind_reading",
        ("p08.s1", "secretly acknowledges"): "mind_reading",
        ("p13.s1", "suggest"): "hedge",
        ("p13.s1", "famed"): "loaded",
        ("p13.s1", "fearful"): "mind_reading",
        ("p14.s1", "Even Russian pro-war bloggers"): "rhetorical_even",
    }
    assert {k: kinds[k] for k in examples} == examples
    families = cues["cue_type"].map(family_of).value_counts()
    # "Loaded language comes first by far. Mind-reading comes next"
    assert list(families.index[:2]) == ["loaded language", "mind-reading"] and families.iloc[0] > 2 * families.iloc[1]
    assert "Loaded language comes first by far. Mind-reading comes next" in prose("notebooks", 4)
    assert set(cues[cues["sentence_id"] == "p13.s1"]["cue_type"]) == {"hedge", "mind_reading", "loaded", "metaphor"}
    per_paragraph = cues["sentence_id"].str[1:3].astype(int).value_counts()
    assert per_paragraph.idxmax() == 18 and set(per_paragraph[per_paragraph == per_paragraph.min()].index) == {7, 9}
    # the solutions' comparison of paragraph 19 (exercises 4.6 and 4.8)
    claims = key.claim_types
    assert [claims[f"p19.s{i}"] for i in range(1, 5)] == ["opinion", "fact", "fact", "fact"]
    verdicts = evidence().drop_duplicates("sentence_id").set_index("sentence_id")["verdict"]
    assert (verdicts["p19.s2"], verdicts["p19.s4"]) == ("supported", "supported")
    ev = evidence()
    assert ev[ev["sentence_id"] == "p19.s2"]["context"].str.contains("routine protocol").any()
    assert ev[ev["sentence_id"] == "p19.s3"]["context"].str.contains("cause and user are unknown").all()
    assert "may be routine protocol" in prose("solutions", 4)


def test_lesson_04_counts_certainty_and_hedges_apart_from_quotations(key):
    ns, _ = run_cells("notebooks", 4, "l04-05", "l04-19")
    counted = ns["sure_or_careful"]
    table = counted.groupby(["whose_words", "kind"]).size().unstack(fill_value=0)
    cues = key.cues[key.cues["cue_type"].isin(["certainty", "hedge"])]
    assert len(counted) == len(cues) == len(cues.drop_duplicates(["sentence_id", "span"]))  # each word once
    # the words marked as quoted are exactly those inside a quotation the key records for that sentence
    quoted = key.attributions[key.attributions["form"].isin(["direct_quote", "partial_quote"])]
    quotes = quoted.groupby("sentence_id")["quote"].agg(list)
    inside = [any(span in q for q in quotes.get(sid, [])) for sid, span in zip(counted["sentence_id"], counted["span"])]
    assert list(counted["whose_words"] == "someone quoted") == inside and any(inside)
    # "Even in the author's own words ... certainty words outnumber hedges by more than two to one."
    author = table.loc["the author"]
    assert author["certainty words"] > 2 * author["hedges"] > 0
    text = prose("notebooks", 4)
    assert "outnumber hedges by more than two to one" in text
    assert not re.search(r"\(\d+ vs \d+\)", text)  # counts come from the cell, not typed into the prose


def test_lesson_04_frames_the_authors_descriptions_as_his():
    text = prose("notebooks", 4)
    assert "The real thing behind it" not in text
    assert "**What the author says happens:**" in text and "**What the author says is behind it:**" in text
    assert "limits on how Ukraine could use weapons the U.S. supplied" not in text


def test_lesson_04_asks_for_families_and_the_answers_come_from_the_key(key):
    from medialit.content.feedback import entry
    from medialit.content.questions import load_questions

    kinds = cue_families().set_index("cue_type")["kind"]
    asked = [q for q in load_questions().values() if q.lesson == 4 and q.kind == "choice"]
    assert len(asked) == 8
    cue_kind = key.cues.set_index(["sentence_id", "span"])["cue_type"]
    for q in asked:
        assert q.choices() == family_names() and q.vocab == "cue_family", q.id
        kind = cue_kind[(q.answer_key.match["sentence_id"], q.answer_key.match["span"])]
        assert q.expected() == family_of(kind), q.id
        assert f"The key calls it a {kinds[kind]}" in q.rationale_text() or kinds[kind] == "mind-reading", q.id
        assert "Which family" in q.prompt and "kind" not in q.hint, q.id
        feedback = entry(q.id)
        for choice in [*feedback.get("wrong", {}), *feedback.get("defensible", {})]:
            assert choice in family_names() and choice != q.expected(), (q.id, choice)
    # one practice item per family, so the practice is not one answer four times
    assert {q.expected() for q in asked if q.use == "practice"} == set(family_names())


@pytest.mark.parametrize(
    ("qid", "neighbour", "chosen"),
    [("04.4", "future and advice", "sure or unsure"), ("04.2", "loaded language", "mind-reading")],
)
def test_lesson_04_accepts_a_defensible_neighbour_and_says_what_the_key_chose(qid, neighbour, chosen):
    from medialit.learner.graders import grade

    verdict = grade(get_question(qid), neighbour)
    assert verdict.status == "correct", verdict
    said = dict(verdict.notes)
    assert "defensible" in verdict.message and said["The answer key chose"].startswith(f'"{chosen}", because'), said
    # a kind of cue typed instead of its family is read as that family
    assert grade(get_question(qid), {"04.4": "certainty", "04.2": "mind_reading"}[qid]).status == "correct"
    wrong = grade(get_question("04.1"), "mind-reading")
    assert wrong.status == "incorrect" and "Trump" in wrong.hint


def test_lesson_04_does_not_list_the_words_its_exercises_ask_about():
    lesson4 = prose("notebooks", 4)
    assert "sooner or later" not in lesson4 and '"likely"' not in lesson4  # exercises 4.4 and 4.5
    # lesson 01 (tests/test_lesson_01.py) files "sooner or later" under sure words, as the key and 04.4 do
    assert get_question("04.4").expected() == "sure or unsure"


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
        first = next(c for c in nbformat.read(solution[0], as_version=4).cells if c.get("id") != "nav-top").source
        assert minutes == re.search(r"about (\d+) minutes", first).group(1), number
    assert "Lessons 01 to 06 and 08 each have an exercise notebook" in guide


def test_teacher_guide_misconception_example_holds(key):
    guide = (ROOT / "docs" / "teacher-guide.md").read_text(encoding="utf-8")
    example = re.search(r'Numbers can sit inside judgement: (p\d\d\.s\d) "([^"]+)"', guide.replace("\n  ", " "))
    sid, quoted = example.groups()
    text = key.sentences.set_index("sentence_id").loc[sid, "text"]
    assert quoted in text and re.search(r"\d", quoted) and key.claim_types[sid] == "mixed"
    assert "four figures side by side" not in guide


def test_lesson_04_gives_no_exercise_answer_before_the_exercises():
    """The tagged sentences and the key's tables come after the exercises, in solutions/exercises."""
    lesson = "\n".join(lc.cells("notebooks", 4, "code"))
    assert 'highlight(layers=("cues",))' not in lesson and '== "rhetorical_even"' not in lesson
    assert "p19" not in lesson + prose("notebooks", 4)  # 04.6 and 04.8 ask about paragraph 19
    assert "p06.s1" not in prose("notebooks", 4)  # 04.7 rewrites it
    exercises = lc.notebook("solutions", 4).cells
    compare = next(i for i, c in enumerate(exercises) if c.source.startswith("## Compare with the key"))
    last_check = max(i for i, c in enumerate(exercises) if c.source.startswith('check("04.'))
    assert last_check < compare
    assert "in_quote" in lesson and "family_of" in lesson
