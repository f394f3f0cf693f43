"""Feedback written for the answer given: a hint per wrong choice, defensible answers, rubric notes on open answers."""

import re

import pytest

from medialit.content import feedback, key
from medialit.content.questions import get_question, load_questions
from medialit.learner.grading import check
from medialit.learner.progress import store

pytestmark = pytest.mark.usefixtures("memory_progress")

QUESTIONS = load_questions()
OPED_CHOICE = [q for q in QUESTIONS.values() if q.kind == "choice" and q.answer_key is not None and q.lesson <= 5]


def names(text: str, label: str) -> bool:
    return any(re.search(rf"\b{re.escape(f)}\b", text, re.IGNORECASE) for f in {label, label.replace("_", " ")})


def test_every_entry_belongs_to_a_question_and_its_choices():
    for qid, entry in feedback.entries().items():
        q = QUESTIONS.get(qid)
        assert q is not None, f"feedback.json has {qid}, which is not in the question bank"
        for part in ("wrong", "defensible"):
            for choice, text in entry.get(part, {}).items():
                assert choice in q.choices() and choice != q.expected(), (qid, part, choice)
                assert text.strip(), (qid, part, choice)
                if part == "wrong":  # a defensible answer is accepted, so its reason may name the key's choice
                    assert not names(text.replace(choice, ""), q.expected()), (qid, choice, text)
        overlap = set(entry.get("wrong", {})) & set(feedback.defensible_choices(q))
        assert not overlap, f"{qid}: {overlap} is defensible (the key says so), so it needs no wrong-choice hint"
        if "rewrite_of" in entry:
            assert q.kind == "open" and entry["rewrite_of"] in set(key.answer_key().sentences.sentence_id)


@pytest.mark.parametrize("q", OPED_CHOICE, ids=lambda q: q.id)
def test_every_op_ed_choice_question_has_hints_for_its_likely_wrong_choices(q):
    wrong = feedback.entry(q.id).get("wrong", {})
    assert len(wrong) >= min(2, len(q.choices()) - 1), f"add 'wrong' hints for {q.id} to content/data/feedback.json"


@pytest.mark.parametrize("q", OPED_CHOICE, ids=lambda q: q.id)
def test_a_wrong_choice_gets_its_own_hint_and_never_the_answer(q):
    choice, hint = next(iter(feedback.entry(q.id)["wrong"].items()))
    fb = check(q.id, choice)
    sections = dict(fb.sections)
    assert fb.status == "incorrect" and sections["Hint"] == hint and "Answer" not in sections
    assert not names(str(fb).replace(q.id, "").replace(choice, ""), q.expected()), str(fb)


def test_a_defensible_choice_is_accepted_and_the_key_says_what_it_chose_and_why():
    fb = check("04.4", "future and advice")  # "sooner or later" is about the future, too
    assert fb.status == "correct" and fb.ok and "defensible" in fb.message
    chose = dict(fb.sections)["The answer key chose"]
    assert chose.startswith('"sure or unsure"') and "only the timing is open" in chose  # the key's cue note
    assert store().get("04.4")["correct"] is True and store().get("04.4")["wrong"] == []


def test_the_keys_debatable_sentences_name_a_defensible_label_the_grader_can_read():
    s = key.answer_key().sentences
    for row in s[s.debatable].itertuples():
        labels = {g for m in feedback._CALL.finditer(row.debatable_why) for g in m.groups() if g}
        assert labels and labels <= set(key.CLAIM_TYPES) - {row.claim_type}, (row.sentence_id, row.debatable_why)


def test_a_sentence_the_key_marks_debatable_accepts_the_other_label_with_the_keys_reason(monkeypatch):
    changed = key.answer_key()
    row = changed.sentences["sentence_id"] == get_question("01.1").sentence_id
    why = "Some readers hear a judgement in 'continue to fight' and would call it opinion."
    changed.sentences.loc[row, ["debatable", "debatable_why"]] = [True, why]
    monkeypatch.setattr(key, "_key_tables", lambda: {n: changed.table(n) for n in key.TABLES})  # as if read from disk
    fb = check("01.1", "opinion")
    assert fb.status == "correct" and why in fb.message and '"checkable"' in dict(fb.sections)["The answer key chose"]
    assert check("01.1", "prediction").status == "incorrect"  # only the label the key names


@pytest.mark.parametrize(
    ("qid", "answer", "kept"),
    [
        ("01.8", "Moscow is desperate so it agreed to a ceasefire.", ["desperate"]),
        ("01.8", "Out of desperation, Russia agreed to an energy ceasefire.", ["desperation"]),
        ("01.8", "Behind the facade, Russia agreed to stop hitting power plants.", ["Behind the facade"]),
        ("04.7", "Ukraine fights with one hand tied behind its back but has a formidable arsenal.", None),
        ("06.8", "Hundreds of residents packed the town hall on Tuesday.", ["Hundreds", "packed"]),
    ],
)
def test_a_rewrite_that_keeps_loaded_words_is_told_which(qid, answer, kept):
    fb = check(qid, answer)
    note = dict(fb.sections)["Loaded words kept"]
    assert fb.status == "recorded"
    for word in kept or ["one hand tied behind its back", "formidable"]:
        assert f"“{word}”" in note, (word, note)


def test_a_neutral_rewrite_is_told_it_kept_none():
    fb = check("01.8", get_question("01.8").model_answer)
    sections = dict(fb.sections)
    assert "Loaded words kept" not in sections and "None of the loaded words" in sections["Loaded words"]
    assert "Loaded words kept" not in dict(check("04.7", get_question("04.7").model_answer).sections)


def test_a_question_that_asks_for_no_source_name_or_number_is_told_so():
    fb = check("03.8", "Why does the author hate Russia? Who counted them?")
    note = dict(fb.sections)["Questions"]
    assert fb.status == "recorded" and "“Why does the author hate Russia?”" in note and "Who counted" not in note
    assert "Questions" not in dict(check("02.8", get_question("02.8").model_answer).sections)
    assert "question mark" in dict(check("02.8", "I would ask for their names").sections)["Questions"]


def test_a_good_short_answer_is_never_refused_for_length():
    fb = check("03.8", "Who counted them?")
    assert fb.status == "recorded" and fb.ok and "Questions" not in dict(fb.sections)
    assert check("01.8", "Russia agreed a truce.").status == "recorded"


def test_the_notes_shown_after_an_answer_are_about_the_questions_own_sentence():
    """A note read from another sentence's key row tells the learner about the wrong source (02.3 once did)."""
    elsewhere = [
        (q.id, ref.match["sentence_id"])
        for q in load_questions().values()
        for _, ref in q.notes
        if q.sentence_id and ref.match.get("sentence_id") not in (None, q.sentence_id)
    ]
    assert not elsewhere


def test_not_attempted_shows_the_code_to_edit_as_code_not_as_markdown_backticks():
    from medialit import check

    fb = check("01.3", ...)
    html = fb._repr_html_()
    assert "Not attempted yet" in html and "`" not in html
    assert "<code>answer_01_3 = ...</code>" in html
    assert "`answer_01_3 = ...`" in str(fb)  # the plain-text form keeps the usual marks for code


def test_code_spans_in_feedback_are_escaped_inside_the_code_tag():
    from medialit.render.feedback import feedback_html

    html = feedback_html("x", "hint", "!", "Hint", "info", "Type `a < b` here", [("Why", "see `<i>`")])
    assert "<code>a &lt; b</code>" in html and "<code>&lt;i&gt;</code>" in html
    assert "`" not in html and "<i>" not in html
