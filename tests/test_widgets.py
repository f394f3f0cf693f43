"""Practice widgets: real keyboard-usable controls, a Check button whose feedback lands in an Output, saved state."""

import ipywidgets as w
import pytest

from medialit.checks import check
from medialit.progress import store
from medialit.questions import get_question, lesson_titles, load_questions
from medialit.widgets import Practice, label_sentence, mark_qualifier, pick_source_type, practice

PRACTICE = [q for q in load_questions().values() if q.use == "practice"]


def shown(p):
    """The text of what the Output widget currently shows."""
    return "\n".join(o["data"]["text/plain"] for o in p.output.outputs)


def choose(p, value):
    if p.question.kind == "multi":
        for option, box in zip(p.question.choices(), p._boxes):
            box.value = option in value
    else:
        p.input.value = value


def test_there_are_practice_questions_in_each_lesson():
    assert {q.lesson for q in PRACTICE} == set(lesson_titles())


@pytest.mark.parametrize("q", PRACTICE, ids=lambda q: q.id)
def test_right_answer_by_click(q):
    p = practice(q.id)
    choose(p, q.expected())
    p.check_button.click()
    assert "✔ Correct" in shown(p)
    assert store().get(q.id)["correct"] is True
    # the same feedback as a typed answer
    assert shown(p).splitlines()[0] == str(check(q.id, q.expected())).splitlines()[0]


@pytest.mark.parametrize("q", PRACTICE, ids=lambda q: q.id)
def test_wrong_answer_by_click_gives_the_hint(q):
    p = practice(q.id)
    choose(p, next(o for o in q.choices() if o != q.expected()))
    p.check_button.click()
    assert "Not quite" in shown(p) and q.hint in shown(p)
    assert len(p.output.outputs) == 1  # replaced, not piled up


def test_nothing_chosen_is_not_attempted():
    p = label_sentence("01.p1")
    p.check_button.click()
    assert "Not attempted yet" in shown(p)


def test_hint_button():
    p = pick_source_type("02.p1")
    p.hint_button.click()
    assert get_question("02.p1").hint in shown(p)


def test_controls_are_real_keyboard_usable_widgets_with_descriptions():
    label = label_sentence("01.p1")
    assert isinstance(label.input, w.ToggleButtons) and label.input.description
    assert [v for _, v in label.input.options] == ["fact", "opinion", "prediction", "mixed"]
    source = pick_source_type("02.p1")
    assert isinstance(source.input, w.RadioButtons) and source.input.description == "Source type:"
    assert ("named person", "named_person") in source.input.options
    qualifier = mark_qualifier("03.p1")
    assert isinstance(qualifier.input, w.RadioButtons) and qualifier.input.description == "Qualifier:"
    for p in (label, source, qualifier):
        assert isinstance(p.check_button, w.Button) and p.check_button.description == "Check"
        assert isinstance(p.output, w.Output)


def test_state_is_restored_from_saved_answers():
    first = label_sentence("01.p2")
    first.input.value = "mixed"
    first.check_button.click()
    again = label_sentence("01.p2")  # e.g. after a kernel restart
    assert again.input.value == "mixed"
    assert "Welcome back" in shown(again)


def test_static_fallback_shows_the_question():
    p = label_sentence("01.p1")
    bundle = p._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "Practice 01.p1" in bundle["text/plain"] and "p19.s2" in bundle["text/plain"]
    assert "Murmansk" in bundle["text/html"] and "fact" in bundle["text/html"]
    assert "Run this cell in Jupyter" in bundle["text/html"]


def test_unknown_id_is_a_message_not_an_exception():
    view = practice("01.p99")
    assert "Unknown question" in repr(view) and "Unknown question" in view._repr_html_()
    assert not isinstance(view, Practice)
