"""The skills check: two parallel forms of invented items, scored per skill, carried by progress and export."""

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import nbformat
import pytest

from medialit.content.answers import option_label
from medialit.content.article import load_article
from medialit.content.questions import get_question, load_questions
from medialit.learner.grading import check
from medialit.learner.progress import store
from medialit.learner.skills import (
    FORMS,
    SKILLS,
    first_try_right,
    form_items,
    review_advice,
    score_form,
    skill_items,
    skills_data,
    skills_report,
)

ROOT = Path(__file__).resolve().parents[1]
ITEMS = [q for q in load_questions().values() if q.use == "check"]


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))


def shingles(text, n):
    w = words(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def shape(form):
    """What must match between forms: per skill, how many items of each kind, vocabulary and half."""
    return Counter((q.extra["skill"], q.kind, q.vocab, q.extra.get("half"), len(q.choices())) for q in form_items(form))


# --- the forms ---------------------------------------------------------------------------------


def test_two_forms_of_10_to_14_skill_items_after_a_ten_statement_block():
    assert set(FORMS) == {"A", "B"} == set(skills_data()["forms"])
    for form in FORMS:
        items = form_items(form)
        assert [q.id for q in items] == [f"{form}.{i:02d}" for i in range(1, len(items) + 1)]
        block = [q for q in items if q.extra["skill"] == "fact_opinion"]
        assert items[: len(block)] == block, "the form opens with the fact/opinion block"
        assert Counter(q.extra["half"] for q in block) == {"checkable": 5, "opinion": 5}
        assert all(q.expected() == q.extra["half"] for q in block)
        rest = items[len(block) :]
        assert 10 <= len(rest) <= 14
        assert {q.extra["skill"] for q in rest} == {"claim_type", "attribution", "numbers", "sources"}
        assert {q.lesson for q in items} == {skills_data()["forms"][form]["lesson"]}


def test_the_forms_are_parallel():
    assert shape("A") == shape("B")
    # item by item too, so the same position asks the same kind of thing
    for a, b in zip(form_items("A"), form_items("B")):
        assert (a.extra["skill"], a.kind, a.vocab, a.extra.get("half")) == (
            b.extra["skill"],
            b.kind,
            b.vocab,
            b.extra.get("half"),
        )


def test_the_block_is_politically_balanced():
    for form in FORMS:
        for half in ("checkable", "opinion"):
            sides = Counter(q.extra["appeals_to"] for q in form_items(form, "fact_opinion") if q.extra["half"] == half)
            assert sides["public spending"] == sides["lower taxes"] >= 2, (form, half, sides)


def test_the_forms_share_no_text():
    a = [q.extra["text"] for q in form_items("A")]
    b = [q.extra["text"] for q in form_items("B")]
    shared = set().union(*(shingles(t, 5) for t in a)) & set().union(*(shingles(t, 5) for t in b))
    assert not shared, shared
    assert not set(a) & set(b)
    assert len(set(a)) == len(a) and len(set(b)) == len(b)


def test_no_op_ed_sentence_or_phrase_appears():
    oped = load_article().sentences["text"].tolist()
    oped_shingles = set().union(*(shingles(s, 6) for s in oped))
    for q in ITEMS:
        texts = " ".join([q.extra["text"], q.prompt, q.hint, q.rationale])
        for sentence in oped:
            assert sentence not in texts, q.id
        assert not shingles(texts, 6) & oped_shingles, q.id
        assert q.sentence_id is None and q.answer_key is None, q.id


def test_every_item_has_an_answer_a_hint_a_reason_and_accepts_its_answer():
    assert len(ITEMS) == len(form_items("A")) + len(form_items("B"))
    for q in ITEMS:
        assert q.answer is not None and q.hint and q.rationale and q.extra["text"] in q.prompt, q.id
        if q.kind == "choice":
            assert q.expected() in q.choices()
        assert check(q.id, q.expected()).status == "correct", q.id


def test_source_items_include_credible_as_well_as_dubious_sources():
    for form in FORMS:
        answers = Counter(q.expected() for q in form_items(form, "sources"))
        assert len(answers) == 3 and set(answers.values()) == {1}  # one strong, one with a stake, one weak
        assert any(a.startswith("strong") for a in answers)


def test_the_pew_baseline_is_cited_with_only_confirmed_figures():
    base = skills_data()["baseline"]
    assert base["publisher"] == "Pew Research Center" and base["date"] == "2018-06-18"
    assert base["url"].startswith("https://www.pewresearch.org/") and "factual-and-opinion" in base["url"]
    assert (base["all_five_factual"], base["all_five_opinion"]) == (0.26, 0.35)
    assert not any("average" in k for k in base)  # not confirmed, so not stated
    assert "whether you think it is accurate or not" in base["question_wording"]


# --- scoring -----------------------------------------------------------------------------------


def test_first_try_only():
    assert first_try_right({"correct": True, "attempts": 1, "wrong": [], "revealed": False})
    assert first_try_right({"correct": True, "attempts": 3, "wrong": []})  # checked a right answer again
    assert not first_try_right({"correct": True, "attempts": 2, "wrong": ["opinion"]})
    assert not first_try_right({"correct": True, "attempts": 1, "revealed": True})
    assert first_try_right({"correct": True, "attempts": 1}) and not first_try_right({"correct": True, "attempts": 2})
    assert not first_try_right({})


def test_calling_everything_opinion_cannot_score_well():
    for q in form_items("A", "fact_opinion"):
        check(q.id, "opinion")
    scores = {(s.skill, s.part): s for s in score_form("A", store().load())}
    assert scores[("fact_opinion", "opinion")].right == 5 and scores[("fact_opinion", "checkable")].right == 0
    advice = dict((s.part, why) for s, why in review_advice(list(scores.values())) if s.skill == "fact_opinion")
    assert "checkable even when you think it is wrong" in advice["checkable"]
    report = str(skills_report("A"))
    assert "0 of 5 right at the first try (0%)" in report and "01 · Fact or opinion?" in report


def test_a_hint_used_is_not_a_first_try_and_the_report_names_what_to_review():
    q = form_items("B", "numbers")[1]  # the percentage
    check(q.id, 25)
    check(q.id, 30)
    for other in form_items("B", "numbers")[::2]:
        check(other.id, other.expected())
    scores = {(s.skill, s.part): s for s in score_form("B", store().load())}
    assert (scores[("numbers", "")].right, scores[("numbers", "")].answered) == (2, 3)
    assert scores[("sources", "")].answered == 0
    report = skills_report("B")
    assert "2 of 3 right at the first try (67%)" in str(report)
    assert '<a href="03_the_numbers.ipynb">' not in report._repr_html_()  # 2 in 3 is not flagged
    first = form_items("B", "sources")[0]
    check(first.id, next(o for o in first.choices() if o != first.expected()))
    assert '<a href="05_checking_claims.ipynb">' in skills_report("B")._repr_html_()


def test_nothing_saved_yet_and_bad_form_names_are_friendly():
    assert "Nothing saved yet" in str(skills_report("A"))
    with pytest.raises(ValueError, match='use "A" or "B"'):
        skills_report("C")
    assert 'use "A" or "B"' in str(skill_items("C", "numbers"))
    assert "no skill" in str(skill_items("A", "maths"))


def test_items_show_as_widgets_with_their_text():
    view = skill_items("A", "sources")
    assert len(view.items) == 3
    assert all(q.extra["text"] in view.static_text() for q in form_items("A", "sources"))
    view.items[0].input.value = view.items[0].question.expected()
    view.items[0].check_button.click()
    assert store().get("A.20")["correct"] is True


# --- progress and export carry the answers --------------------------------------------------------


def test_progress_and_export_carry_skills_answers(tmp_path):
    from medialit.teacher.classroom import export_progress, load_class

    check("A.01", "checkable")
    check("B.22", "has a stake: compare with an independent source")
    target, _ = export_progress(tmp_path / "me.json", name="Test Learner")
    answers = json.loads(target.read_text(encoding="utf-8"))["answers"]
    assert answers["A.01"]["correct"] is True and answers["B.22"]["correct"] is True
    data = load_class(tmp_path)
    assert set(data.answers["question_id"]) == {"A.01", "B.22"} and not data.problems


# --- the notebooks -------------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_each_form_notebook_asks_every_skill_before_the_report(form):
    nb = nbformat.read(ROOT / "notebooks" / f"skills_check_{form}.ipynb", as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    asked = [re.search(r'skill_items\("(\w)", "(\w+)"\)', c) for c in code]
    assert [m.groups() for m in asked if m] == [(form, s) for s in SKILLS]
    report_at = next(i for i, c in enumerate(code) if f'skills_report("{form}")' in c)
    assert report_at > max(i for i, m in enumerate(asked) if m)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "invented" in prose and "not a grade" in prose
    assert "whether or not you think it is true" in prose and "whether or not you agree with it" in prose
    minutes = skills_data()["forms"][form]["minutes"]
    assert f"about {minutes} minutes" in next(c.source for c in nb.cells if c.get("id") != "nav-top")
    # no item's answer is written in the prose before it is asked
    for q in form_items(form):
        if q.kind == "choice" and q.extra["skill"] in ("claim_type", "attribution"):
            assert q.extra["text"] not in prose


def _shown(cell) -> str:
    """Everything a learner sees of a cell: its text, or what it printed (plain text and HTML stripped of tags)."""
    if cell.cell_type == "markdown":
        return cell.source
    parts = []
    for out in cell.get("outputs", []):
        data = out.get("data", {})
        parts += [str(data.get("text/plain", "")), re.sub(r"<[^>]+>", " ", str(data.get("text/html", "")))]
        parts.append(str(out.get("text", "")))
    return html.unescape("\n".join(parts))


@pytest.mark.parametrize("form", FORMS)
def test_a_new_learner_meets_no_answer_before_answering(form):
    """Run top to bottom as a new learner would (fresh kernel, empty progress): no cell gives an answer away.

    The items are not numbered lessons, so the leak-before-ask test's sentence ids do not cover them.
    Each item's answer may only appear as one option among its others (its buttons), never with its
    reason, a hint, a verdict or a worked example of its text; the report has nothing to score yet.
    """
    sys.path.insert(0, str(ROOT / "tools"))
    from ask_before_tell import execute

    ran = execute(ROOT / "notebooks" / f"skills_check_{form}.ipynb")
    errors = [o for c in ran.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors[:1]
    shown = [_shown(c) for c in ran.cells]
    everything = "\n".join(shown)
    assert not re.search(r"✔ Correct|✘ Not quite|\bAnswer:|\bWhy:", everything)
    assert "Nothing saved yet for this form" in everything
    for q in form_items(form):
        for secret in (q.rationale_text(), q.hint):
            assert secret and secret not in everything, (q.id, secret)
        text = q.extra["text"]
        where = [i for i, s in enumerate(shown) if text in s]
        assert where and all(ran.cells[i].cell_type == "code" for i in where), (q.id, "text in a text cell")
        block = next(b for b in shown[where[0]].split("Practice ") if b.startswith(f"{q.id}."))
        if q.kind == "choice":  # all its options, each shown once and alike
            for option in q.choices():
                assert block.count(option_label(option)) >= 1, (q.id, option)
        else:
            assert str(q.expected()) not in block.replace(text, ""), q.id


def test_answers_follow_no_pattern_a_learner_could_spot():
    """Within a form, the answer of items with their own options is not always in one place on the buttons,
    and the source-judging items do not run down the trust scale in order."""
    for form in FORMS:
        own = [q for q in form_items(form) if q.kind == "choice" and not q.vocab and q.extra["skill"] != "fact_opinion"]
        positions = [list(q.choices()).index(q.expected()) for q in own]
        assert len(set(positions)) > 1, (form, positions)
        sources = [list(q.choices()).index(q.expected()) for q in form_items(form, "sources")]
        assert sources != sorted(sources), (form, sources)


def test_ids_are_unique_across_the_whole_bank():
    assert all(get_question(q.id) is q for q in ITEMS)


# --- the teacher's view on the synthetic sample class --------------------------------------------------

SAMPLE = ROOT / "notebooks" / "teacher" / "sample_class"


def test_the_sample_class_takes_both_forms_and_is_in_sync():
    import subprocess
    import sys

    from medialit.teacher.classroom import load_class
    from medialit.teacher.skills import paired_learners

    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_sample_class.py"), "--check"], capture_output=True
    )
    assert proc.returncode == 0, proc.stderr
    data = load_class(SAMPLE)
    assert len(paired_learners(data.answers)) == 10  # two learners missed one form each
    assert all("synthetic" in name for name in data.answers["learner"].unique())


def test_the_teacher_view_shows_paired_gains_per_skill_on_the_sample_class():
    from medialit.teacher.classroom import load_class
    from medialit.teacher.skills import skill_gains, skills_dashboard

    answers = load_class(SAMPLE).answers
    gains = skill_gains(answers).set_index("skill")
    assert list(gains.index) == list(SKILLS)
    for skill, row in gains.iterrows():
        items = len(form_items("A", skill))
        assert row.answered_A == row.answered_B == 10 * items  # only the ten paired learners count
        assert row.gain == pytest.approx(row.right_B / row.answered_B - row.right_A / row.answered_A)
        assert row.gain > 0, skill  # the synthetic class improves on every skill
    view = skills_dashboard(SAMPLE)
    text, html = repr(view), view._repr_html_()
    for row in gains.itertuples():
        assert f"{row.title}: before (A)" in text and f"{row.right_A} of {row.answered_A} (" in text
        assert f"{row.right_B} of {row.answered_B} (" in text and f"gain {row.gain * 100:+.0f} points" in text
    assert "10 took both" in text and "26%" in text and "35%" in text and "pewresearch.org" in text
    assert html.count("background:#0072B2") == len(html.split('role="img"')) - 1  # one colour for every bar


def test_an_unpaired_learner_does_not_count_and_bars_scale_to_their_own_total():
    import pandas as pd

    from medialit.render.display import bar_chart
    from medialit.teacher.skills import skill_gains

    rows = [
        {"learner": "Only A", "question_id": "A.20", "answer": "x", "correct": True, "attempts": 1, "revealed": False},
        {"learner": "Both", "question_id": "A.20", "answer": "x", "correct": False, "attempts": 1, "revealed": False},
        {"learner": "Both", "question_id": "B.20", "answer": "x", "correct": True, "attempts": 1, "revealed": False},
    ]
    gains = skill_gains(pd.DataFrame(rows)).set_index("skill").loc["sources"]
    assert (gains.right_A, gains.answered_A, gains.right_B, gains.answered_B) == (0, 1, 1, 1)
    chart = bar_chart([("a", 6, ""), ("b", 3, "")], out_of=[12, 3], colour="#0072B2")
    assert "width:50.0%" in chart._repr_html_() and "width:100.0%" in chart._repr_html_()
    assert "6 of 12 (50%)" in repr(chart) and "3 of 3 (100%)" in repr(chart)


# --- first tries: the first answer's result, not attempts == 1 ----------------------------------------


def test_the_first_answer_decides_a_first_try_whatever_comes_after():
    right_then_again, right_then_wrong, wrong_then_right = form_items("A", "sources")
    for q, answers in (
        (right_then_again, [right_then_again.expected(), right_then_again.expected()]),
        (
            right_then_wrong,
            [
                right_then_wrong.expected(),
                next(o for o in right_then_wrong.choices() if o != right_then_wrong.expected()),
            ],
        ),
        (
            wrong_then_right,
            [
                next(o for o in wrong_then_right.choices() if o != wrong_then_right.expected()),
                wrong_then_right.expected(),
            ],
        ),
    ):
        for answer in answers:
            check(q.id, answer)
    saved = store().load()
    assert [saved[q.id]["attempts"] for q in form_items("A", "sources")] == [2, 2, 2]  # attempts == 1 for none
    assert [first_try_right(saved[q.id]) for q in form_items("A", "sources")] == [True, True, False]
    assert saved[right_then_wrong.id]["correct"] is False  # the last answer was wrong; the first was right
    assert score_form("A", saved)[-1].right == 2


def test_an_answer_shown_before_the_first_try_is_not_a_first_try():
    from medialit.learner.grading import solution

    q = form_items("B", "numbers")[0]
    solution(q.id)
    check(q.id, q.expected())
    assert first_try_right(store().get(q.id)) is False


def test_old_progress_entries_without_the_first_answer_still_load_and_read_as_before(progress_file):
    old = {
        "A.01": {"answer": "checkable", "correct": True, "attempts": 3, "wrong": [], "revealed": False},
        "A.02": {"answer": "opinion", "correct": True, "attempts": 2, "wrong": ["checkable"], "revealed": False},
        "A.03": {"answer": "checkable", "correct": True, "attempts": 1, "revealed": False},  # no "wrong"
    }
    progress_file.parent.mkdir(parents=True, exist_ok=True)
    progress_file.write_text(json.dumps({"version": 1, "answers": old}), encoding="utf-8")
    saved = store().load()
    assert saved == old
    assert [first_try_right(saved[q]) for q in ("A.01", "A.02", "A.03")] == [True, False, True]
    check("A.01", "opinion")  # a later wrong try on an old entry: still read the old way, now wrong
    assert first_try_right(store().get("A.01")) is False and "first_correct" not in store().get("A.01")


def test_a_first_try_on_disk_stays_the_first_when_two_writers_merge():
    from medialit.learner.progress_file import merge_answers

    base = {"A.05": {"attempts": 0}}
    disk = {"A.05": {"answer": "opinion", "correct": True, "attempts": 1, "first_correct": True}}
    mine = {"A.05": {"answer": "checkable", "correct": False, "attempts": 1, "first_correct": False}}
    merged = merge_answers(disk, base, mine)["A.05"]
    assert merged["first_correct"] is True and merged["attempts"] == 2


def test_the_teacher_view_counts_the_first_answer_not_attempts_equal_to_one(tmp_path):
    """A learner right at the first try who checked again (attempts 2) counts; one wrong then right does not."""
    from medialit.teacher.class_results import question_rates
    from medialit.teacher.classroom import export_progress, load_class
    from medialit.teacher.skills import skill_gains

    a, b = form_items("A", "numbers")[0], form_items("B", "numbers")[0]
    wrong_b = next(o for o in b.choices() if o != b.expected())
    check(a.id, a.expected())
    check(a.id, a.expected())  # right, and checked again
    check(b.id, wrong_b)
    check(b.id, b.expected())  # wrong once, then right
    export_progress(tmp_path / "learner.json", name="Checks Twice")
    answers = load_class(tmp_path).answers.set_index("question_id")
    assert answers.loc[a.id, "attempts"] == 2 and bool(answers.loc[a.id, "first_try"]) is True
    assert answers.loc[b.id, "attempts"] == 2 and bool(answers.loc[b.id, "first_try"]) is False
    rates = question_rates(load_class(tmp_path).answers).set_index("question_id")
    assert (rates.loc[a.id, "first_try"], rates.loc[b.id, "first_try"]) == (1, 0)
    gains = skill_gains(load_class(tmp_path).answers).set_index("skill")
    assert (gains.loc["numbers", "right_A"], gains.loc["numbers", "right_B"]) == (1, 0)


# --- the class labelling: a cold first read, and the teacher is told which sentences were discussed ----------


def test_the_teacher_is_told_the_first_read_was_cold_or_which_sentences_were_discussed(monkeypatch):
    import pandas as pd

    import medialit.content.questions as bank
    from medialit.teacher.first_read import first_read_labels, first_read_note

    plan = bank.class_labelling()
    note = first_read_note()
    assert f"paragraphs {plan['paragraphs'][0]} to {plan['paragraphs'][-1]}" in note and plan["when"] in note
    assert plan["discussed_before_labelling"] == [] and "cold first read" in note
    labels = pd.DataFrame(
        [
            ("Ana", "p08.s1", "opinion"),
            ("Ana", "p09.s1", "fact"),
            ("Ben", "p08.s1", "mixed"),
            ("Ben", "p09.s1", "fact"),
        ],
        columns=["learner", "sentence_id", "label"],
    )
    assert first_read_labels(labels).equals(labels)
    monkeypatch.setattr(bank, "class_labelling", lambda: {**plan, "discussed_before_labelling": ["p08.s1"]})
    note = first_read_note()
    assert "discussed 1 of their sentences: p08.s1" in note and "cold first read" not in note
    assert list(first_read_labels(labels)["sentence_id"]) == ["p09.s1", "p09.s1"]


def test_the_teacher_notebook_reads_the_kappa_over_the_first_read_labels_only():
    nb = nbformat.read(ROOT / "notebooks" / "teacher" / "class_results.ipynb", as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "print(first_read_note())" in code
    assert "class_kappa(first_read)" in code and "pairwise_agreement(first_read)" in code
    assert code.index("first_read_note()") < code.index("class_kappa(")
