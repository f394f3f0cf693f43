"""Graders per kind of question and the try-and-reveal policy, each on its own."""

import pytest

from medialit import check as public_check
from medialit.content.questions import get_question, load_questions
from medialit.learner import grading, policy
from medialit.learner.graders import GRADERS, Verdict, echo, grade, grader_for
from medialit.learner.progress import store

MB = "x" * 1_000_000


def test_one_grader_per_kind_and_verdicts_not_html():
    kinds = {q.kind for q in load_questions().values()}
    assert set(GRADERS) == kinds == {"choice", "multi", "number", "span", "open"}
    for q in load_questions().values():
        verdict = grade(q, q.expected() if q.kind != "open" else "Who counted them?")
        assert isinstance(verdict, Verdict) and "<" not in verdict.message
        assert verdict.status in ("correct", "recorded"), (q.id, verdict)
    assert grader_for(get_question("03.4")).shown(get_question("03.4"), 2400000.0) == "2,400,000"


def test_public_names_stay_where_lessons_import_them():
    assert public_check is grading.check
    for name in ("check", "hint", "solution", "Feedback"):
        assert hasattr(grading, name)
    assert not hasattr(grading, "evaluate")  # no second public function called evaluate


# --- the policy, without graders or files ------------------------------------------------------


def test_policy_hint_first_then_reveal_on_a_second_different_wrong_try():
    first = policy.next_step("incorrect", "opinion", {}, "opinion")
    assert first.show == "hint" and first.record["attempts"] == 1 and not first.record["revealed"]
    again = policy.next_step("incorrect", "opinion", first.record, "opinion")
    assert again.show == "hint" and again.repeat and again.record["wrong"] == ["opinion"]
    second = policy.next_step("incorrect", "mixed", again.record, "mixed")
    assert second.show == "reveal" and second.record["revealed"] and second.record["attempts"] == 3
    right = policy.next_step("correct", "fact", second.record, "fact")
    assert right.show == "explain" and right.record["correct"] and right.record["revealed"]  # shown stays shown


def test_policy_slips_do_not_count_and_a_request_reveals():
    assert [policy.counts(s) for s in ("not_attempted", "invalid", "close", "incorrect", "correct")] == [
        False,
        False,
        False,
        True,
        True,
    ]
    assert policy.on_request() == {"revealed": True}


def test_strict_mode_raises_only_on_a_wrong_answer(monkeypatch):
    policy.enforce(False, "01.1", "wrong")  # off: nothing happens
    monkeypatch.setenv(policy.STRICT_ENV, "1")
    policy.enforce(True, "01.1", "right")
    with pytest.raises(AssertionError, match="01.1"):
        policy.enforce(False, "01.1", "wrong")


# --- odd answers are never echoed in full ------------------------------------------------------


def test_echo_cuts_long_answers_with_an_ellipsis():
    assert echo("fact") == "'fact'"
    assert len(echo(MB)) <= 80 and echo(MB).endswith("…")
    assert echo(10**5000) == "a very long number"


@pytest.mark.parametrize("qid", ["01.1", "01.6", "03.4", "01.7", "01.8", "03.6"])
def test_a_one_megabyte_answer_is_never_echoed_in_full(qid):
    fb = public_check(qid, MB)
    check_text = str(fb) + fb._repr_html_()
    assert len(check_text) < 10_000, (qid, len(check_text))
    assert store().get(qid).get("answer", "") in ("", MB)  # saved as given, shown cut


def test_an_unknown_huge_question_id_is_cut():
    fb = public_check("9" * 100_000, "fact")
    assert fb.status == "unknown" and len(str(fb)) < 500
