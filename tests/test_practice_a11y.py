"""Practice widgets say which option is chosen in words (a tick and a status line), not only by shade."""

from medialit.content.questions import get_question
from medialit.learner.practice import Practice
from medialit.learner.widget_a11y import TICK, WIDGET_CLASS


def choice_practice():
    qid = next(q for q in ("01.p1", "01.1") if get_question(q) is not None and get_question(q).kind == "choice")
    return Practice(get_question(qid))


def test_the_chosen_option_gets_a_tick_and_a_status_line_and_keeps_its_value():
    widget = choice_practice()
    toggle = widget.input
    assert not any(label.startswith(TICK) for label, _ in toggle.options)
    assert "No option chosen yet" in widget.choice_status.value
    first, second = (value for _, value in toggle.options[:2])
    toggle.value = second
    assert toggle.value == second and widget.answer() == second
    ticked = [value for label, value in toggle.options if label.startswith(TICK)]
    assert ticked == [second]
    assert "Your choice:" in widget.choice_status.value
    toggle.value = first  # a change of mind moves the tick
    assert [value for label, value in toggle.options if label.startswith(TICK)] == [first]


def test_check_is_the_primary_action_and_the_widget_has_its_focus_ring():
    widget = choice_practice()
    assert widget.check_button.button_style == "primary" and widget.hint_button.button_style == ""
    assert WIDGET_CLASS in widget.box._dom_classes
    assert "outline: 3px" in widget.box.children[0].value
