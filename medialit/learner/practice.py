"""Practice widgets: pick a label, a source type or a qualifier, press Check, and get the same feedback as ``check``.

Every choice is a row (or several rows) of toggle buttons, never radio buttons or a drop-down: in
JupyterLab's command mode the arrow keys (and letters such as "m") on a focused radio button or menu run
notebook shortcuts, while Tab (to move) and Space or Enter (to press) work on buttons everywhere. Lists
use checkboxes, typed answers a text box. Feedback goes into an ``Output`` widget (``print`` in a callback
can vanish in JupyterLab) and speaks of the widget's own buttons, not of ``hint()``, which a lesson may not
import. Answers are kept Python-side in the progress store, so a rebuilt widget shows the learner's last
answer. Static views (GitHub, nbconvert) get an HTML version of the question. ipywidgets is imported
inside functions so ``import medialit`` stays fast.
"""

from __future__ import annotations

from html import escape
from typing import Any

from medialit.content.questions import Question, get_question, is_unanswered, option_label
from medialit.learner.grading import Feedback, _finish, _unknown, feedback_for
from medialit.learner.widget_a11y import FOCUS_CSS, WIDGET_CLASS, tick_chosen
from medialit.render.display import WidgetWithFallback

ROW_WIDTH = "46em"  # a row of toggle buttons wraps onto more rows beyond this width
EMPTY = {
    "choice": "Choose one of the buttons first, then press Check.",
    "multi": "Tick at least one box first, then press Check.",
}


def _label(option: str) -> str:
    """How an option is shown: the key's label with spaces ("named_person" -> "named person")."""
    return option_label(option)


def _quoted(sentence: str) -> str:
    """A sentence framed as a quotation: curly quotes only if it has no quotation marks of its own.

    An op-ed sentence may hold a quotation that starts or ends in the sentence next to it; adding
    outer quotes would double or unbalance the marks, so such a sentence gets a short note instead.
    """
    opens, closes = sentence.count("“"), sentence.count("”")
    text = sentence if opens or closes or '"' in sentence else f"“{sentence}”"
    if opens > closes:
        text += " (the quotation goes on in the next sentence)"
    elif closes > opens:
        text += " (the quotation began in the sentence before)"
    return text


def feedback_output(fb: Feedback) -> dict[str, Any]:
    """One Jupyter display_data output holding the feedback as HTML and text."""
    return {
        "output_type": "display_data",
        "data": {"text/html": fb._repr_html_(), "text/plain": str(fb)},
        "metadata": {},
    }


class Practice(WidgetWithFallback):
    """One question as a widget: the prompt, an input, Check and Hint buttons, and an Output for feedback."""

    def __init__(self, question: Question) -> None:
        import ipywidgets as w

        from medialit.learner.progress import store

        self.question = question
        saved = store().get(question.id).get("answer")
        self.input = self._make_input(saved)
        self.check_button = w.Button(
            description="Check", tooltip=f"Check your answer to question {question.id}", button_style="primary"
        )
        self.hint_button = w.Button(description="Hint", tooltip=f"Show a hint for question {question.id}")
        self.output = w.Output()
        self.check_button.on_click(self.submit)
        self.hint_button.on_click(self.show_hint)
        self.last: Feedback | None = None
        heading = w.HTML(FOCUS_CSS + self._prompt_html())
        parts = [heading, self.input]
        if question.kind == "choice":  # the chosen option in words and with a tick, not only by shade
            self.choice_status = w.HTML()
            tick_chosen(self.input, self.choice_status, [_label(o) for o in question.choices()])
            parts.append(self.choice_status)
        self.box = w.VBox([*parts, w.HBox([self.check_button, self.hint_button]), self.output])
        self.box.add_class(WIDGET_CLASS)
        if saved is not None:
            note = Feedback(question.id, "resumed", "Your saved answer is filled in. Press Check to check it again.")
            self.output.outputs = (feedback_output(note),)

    # -- building ----------------------------------------------------------------------------
    def _make_input(self, saved: Any) -> Any:
        import ipywidgets as w

        q = self.question
        style = {"description_width": "initial"}
        desc = {"claim_type": "Your label:", "source_type": "Source type:", "qualifier": "Qualifier:"}.get(
            q.vocab or "", "Your answer:"
        )
        if q.kind == "choice":
            options = [(_label(o), o) for o in q.choices()]
            value = saved if saved in q.choices() else None
            longest = max(len(label) for label, _ in options)
            return w.ToggleButtons(
                options=options,
                value=value,
                description=desc,
                tooltips=[f"Choose {label} for question {q.id}" for label, _ in options],
                style={**style, "button_width": f"{max(6, round(0.6 * longest) + 2)}em"},
                layout=w.Layout(max_width=ROW_WIDTH, flex_flow="row wrap"),
            )
        if q.kind == "multi":
            chosen = set(saved) if isinstance(saved, list) else set()
            self._boxes = [
                w.Checkbox(value=o in chosen, description=self._option_text(o), indent=False, style=style)
                for o in q.choices()
            ]
            return w.VBox(self._boxes)
        text = saved if isinstance(saved, (str, int, float)) and not isinstance(saved, bool) else ""
        if q.kind == "open":
            return w.Textarea(value=str(text), placeholder="Write your answer here", description=desc, style=style)
        placeholder = "a number, e.g. 1200" if q.kind == "number" else "copy the words here"
        return w.Text(value=str(text), placeholder=placeholder, description=desc, style=style)

    def _option_text(self, option: str) -> str:
        """A checkbox label: a sentence id with the start of its sentence, or the label itself."""
        if option.startswith("p") and ".s" in option:
            from medialit.content.article import load_article

            text = str(load_article().sentences.set_index("sentence_id")["text"].get(option, ""))
            return f"{option}: {text[:70]}{'…' if len(text) > 70 else ''}"
        return _label(option)

    def _prompt_html(self) -> str:
        q = self.question
        html = f"<p><b>Practice {escape(q.id)}.</b> {escape(q.prompt)}</p>"
        sentence = q.sentence_text()
        if sentence:
            html += f"<blockquote><code>{escape(q.sentence_id or '')}</code> {escape(_quoted(sentence))}</blockquote>"
        return html

    # -- using -------------------------------------------------------------------------------
    def answer(self) -> Any:
        """The learner's current answer, in the form ``check`` expects."""
        if self.question.kind == "multi":
            return [o for o, box in zip(self.question.choices(), self._boxes) if box.value]
        return self.input.value

    def submit(self, _button: Any = None) -> Feedback:
        """Check the current answer and show the feedback in the Output widget (as for typed answers).

        The messages speak of this widget (its buttons, its Hint button), never of code to run.
        """
        answer = self.answer()
        if is_unanswered(answer):
            message = EMPTY.get(self.question.kind, "Type your answer in the box first, then press Check.")
            self.last = _finish(Feedback(self.question.id, "not_attempted", message), enforce=False)
        else:
            self.last = _finish(feedback_for(self.question.id, answer, widget=True), enforce=False)
        self.output.outputs = (feedback_output(self.last),)
        return self.last

    def show_hint(self, _button: Any = None) -> Feedback:
        """Show the hint in the Output widget."""
        self.last = Feedback(self.question.id, "hint", self.question.hint)
        self.output.outputs = (feedback_output(self.last),)
        return self.last

    # -- showing -----------------------------------------------------------------------------
    def static_text(self) -> str:
        q = self.question
        lines = [f"Practice {q.id}. {q.prompt}"]
        if q.sentence_id:
            lines.append(f"  {q.sentence_id}: {_quoted(q.sentence_text())}")
        if q.choices():
            lines.append("  Options: " + " | ".join(_label(o) for o in q.choices()))
        lines.append("  (Run this cell in Jupyter to answer with buttons.)")
        return "\n".join(lines)

    def static_html(self) -> str:
        q = self.question
        options = ""
        if q.choices():
            options = "<p>Options: " + " · ".join(f"<b>{escape(_label(o))}</b>" for o in q.choices()) + "</p>"
        note = "<p><i>Run this cell in Jupyter to answer with buttons and get instant feedback.</i></p>"
        return f'<div class="ml-practice">{self._prompt_html()}{options}{note}</div>'


def _unknown_view(qid: object) -> Any:
    from medialit.render.display import HTMLView

    fb = _finish(_unknown(qid), enforce=False)
    return HTMLView(fb._repr_html_(), str(fb))


def practice(qid: str) -> Any:
    """A practice widget for any question in the bank (a friendly message if the id is unknown)."""
    q = get_question(qid)
    if q is None:
        return _unknown_view(qid)
    return Practice(q)
