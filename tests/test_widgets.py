"""Practice widgets: real keyboard-usable controls, a Check button whose feedback lands in an Output, saved state."""

import ipywidgets as w
import pytest

from medialit.content.feedback import defensible_choices, wrong_choice_hint
from medialit.content.questions import get_question, lesson_titles, load_questions
from medialit.learner.grading import check
from medialit.learner.practice import Practice, practice
from medialit.learner.progress import store

PRACTICE = [q for q in load_questions().values() if q.use == "practice"]
GRADED = [q for q in PRACTICE if q.kind != "open"]  # an open answer is saved, never right or wrong


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


@pytest.mark.parametrize("q", GRADED, ids=lambda q: q.id)
def test_right_answer_by_click(q):
    p = practice(q.id)
    choose(p, q.expected())
    p.check_button.click()
    assert "✔ Correct" in shown(p)
    assert store().get(q.id)["correct"] is True
    # the same feedback as a typed answer
    assert shown(p).splitlines()[0] == str(check(q.id, q.expected())).splitlines()[0]


@pytest.mark.parametrize("q", GRADED, ids=lambda q: q.id)
def test_wrong_answer_by_click_gives_the_hint(q):
    p = practice(q.id)
    wrong = next(o for o in q.choices() if o != q.expected() and o not in defensible_choices(q))
    choose(p, wrong)
    p.check_button.click()
    assert "Not quite" in shown(p) and (wrong_choice_hint(q, wrong) or q.hint) in shown(p)  # written for that choice
    assert len(p.output.outputs) == 1  # replaced, not piled up


def test_an_open_text_box_saves_the_answer_to_progress():
    p = practice("00.p1")
    p.input.value = "He will argue that Russia is losing; 'failures' is a judgement."
    p.check_button.click()
    assert "Saved" in shown(p) and store().get("00.p1")["answer"].startswith("He will argue")


def test_nothing_chosen_is_not_attempted():
    p = practice("01.p1")
    p.check_button.click()
    assert "Not attempted yet" in shown(p)
    assert "Choose one of the buttons first" in shown(p)
    assert "answer_01_p1" not in shown(p) and "..." not in shown(p)  # no talk of a variable the lesson lacks
    assert store().get("01.p1") == {}  # not counted as a try


@pytest.mark.parametrize("q", GRADED, ids=lambda q: q.id)
def test_widget_messages_never_point_to_code_the_lesson_does_not_import(q):
    p = practice(q.id)
    p.check_button.click()  # nothing chosen
    empty = shown(p)
    assert "hint(" not in empty and "answer_" not in empty, empty
    defensible = defensible_choices(q)  # accepted with the key's reason, so not a wrong answer
    wrong = [o for o in q.choices() if o != q.expected() and o not in defensible]
    for n, option in enumerate(wrong[:2]):  # a first and a second, different wrong answer
        choose(p, [option] if q.kind == "multi" else option)
        p.check_button.click()
        text = shown(p)
        assert "hint(" not in text and "solution(" not in text and "answer_" not in text, text
        assert ("Press Hint" in text) if n == 0 else ("Answer:" in text), text


@pytest.mark.parametrize("q", [q for q in PRACTICE if q.kind == "open"], ids=lambda q: q.id)
def test_an_open_answer_typed_in_its_box_is_saved_with_the_checklist(q):
    p = practice(q.id)
    p.input.value = q.model_answer
    p.check_button.click()
    assert "Saved" in shown(p) and q.rubric[0] in shown(p)
    assert store().get(q.id)["answer"] == q.model_answer


def test_first_wrong_click_says_press_hint():
    p = practice("02.p1")
    choose(p, "named_person")
    p.check_button.click()
    assert dict(p.last.sections)["Stuck"].startswith("Press Hint")
    assert wrong_choice_hint(get_question("02.p1"), "named_person") in shown(p)


def test_revealed_answer_uses_the_button_labels():
    p = practice("02.p3")  # the answer key says "direct_quote"; the button says "direct quote"
    q = p.question
    wrong = [o for o in q.choices() if o != q.expected()]
    for option in wrong[:2]:
        choose(p, option)
        p.check_button.click()
    answer = dict(p.last.sections)["Answer"]
    assert answer == f'"{q.expected().replace("_", " ")}"' and "_" not in answer
    assert q.expected().replace("_", " ") in [label for label, _ in p.input.options]


def test_hint_button():
    p = practice("02.p1")
    p.hint_button.click()
    assert get_question("02.p1").hint in shown(p)


def test_controls_are_real_keyboard_usable_widgets_with_descriptions():
    label = practice("01.p1")
    assert isinstance(label.input, w.ToggleButtons) and label.input.description
    assert [v for _, v in label.input.options] == ["fact", "opinion", "prediction", "mixed"]
    source = practice("02.p1")
    assert isinstance(source.input, w.ToggleButtons) and source.input.description == "Source type:"
    assert ("named person", "named_person") in source.input.options
    qualifier = practice("03.p1")
    assert isinstance(qualifier.input, w.ToggleButtons) and qualifier.input.description == "Qualifier:"
    for p in (label, source, qualifier):
        assert isinstance(p.check_button, w.Button) and p.check_button.description == "Check"
        assert isinstance(p.output, w.Output)


@pytest.mark.parametrize("q", [q for q in PRACTICE if q.kind == "choice"], ids=lambda q: q.id)
def test_every_choice_is_toggle_buttons_that_wrap_never_radio_buttons(q):
    # Tab moves between buttons and Space/Enter presses one; JupyterLab takes the arrow keys from radio buttons.
    p = practice(q.id)
    assert isinstance(p.input, w.ToggleButtons) and not isinstance(p.input, w.RadioButtons)
    assert len(p.input.options) == len(q.choices()) and len(p.input.tooltips) == len(q.choices())
    assert p.input.layout.flex_flow == "row wrap" and p.input.layout.max_width  # many options: several rows
    longest = max(len(label) for label, _ in p.input.options)
    assert float(p.input.style.button_width.removesuffix("em")) >= 0.6 * longest  # labels fit their buttons


def test_quoted_never_doubles_or_unbalances_quotation_marks():
    from medialit.content.article import load_article
    from medialit.learner.practice import _quoted

    for text in load_article().sentences["text"]:
        framed = _quoted(text)
        assert "””" not in framed and "““" not in framed, framed
        body = framed.split(" (the quotation")[0]
        if body.count("“") != body.count("”"):  # the op-ed's own quotation runs over two sentences
            assert "(the quotation" in framed, framed
    assert _quoted("Plain words.") == "“Plain words.”"
    p = practice("02.p4")  # p17.s4: “I feel sorry for us.  (the quotation closes in p17.s5)
    assert "goes on in the next sentence" in p._prompt_html()


def test_state_is_restored_from_saved_answers():
    first = practice("01.p2")
    first.input.value = "mixed"
    first.check_button.click()
    again = practice("01.p2")  # e.g. after a kernel restart
    assert again.input.value == "mixed"
    assert "Welcome back" in shown(again)


def test_static_fallback_shows_the_question():
    p = practice("01.p1")
    bundle = p._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "Practice 01.p1" in bundle["text/plain"] and "p19.s2" in bundle["text/plain"]
    assert "Murmansk" in bundle["text/html"] and "<b>checkable</b>" in bundle["text/html"]  # the key's "fact"
    assert "Run this cell in Jupyter" in bundle["text/html"]


def test_unknown_id_is_a_message_not_an_exception():
    view = practice("01.p99")
    assert "Unknown question" in repr(view) and "Unknown question" in view._repr_html_()
    assert not isinstance(view, Practice)
