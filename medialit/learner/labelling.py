"""Label a whole stretch of text, one sentence at a time, with every choice saved at once to your progress file.

``label_sentences(sentences, set_name)`` shows one row of four toggle buttons (checkable, opinion, prediction,
mixed) per sentence; each choice is written straight away under ``sentence_labels[set_name]`` in the
progress file, so nothing is lost on a restart and ``medialit export`` can hand the labels to a teacher.
Buttons, not drop-downs or radio buttons: in JupyterLab's command mode the arrow keys (and letters such
as "m") on a focused drop-down or radio button run notebook shortcuts, while Tab and Space/Enter on a
button work everywhere.
Static views (GitHub, nbconvert) get the sentences as an HTML list instead of the widgets.
ipywidgets and pandas are imported inside functions so ``import medialit`` stays fast.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Any

from medialit.content.key import CLAIM_TYPES
from medialit.content.keyview import plain_label
from medialit.render.display import WidgetWithFallback

if TYPE_CHECKING:
    import pandas as pd

MAX_SENTENCES = 300  # a longer table is refused: one row of buttons per sentence gets unusable
MAX_SET_NAME = 60
_SID_PARTS = re.compile(r"p(\d+)\.s(\d+)")


def sentence_order(sentence_id: str) -> tuple[int, int, str]:
    """A sort key that puts p02.s10 after p02.s9 (other ids sort after, as text)."""
    m = _SID_PARTS.fullmatch(sentence_id)
    return (int(m.group(1)), int(m.group(2)), "") if m else (10**9, 0, sentence_id)


def check_label(label: object) -> str | None:
    """The label as the key writes it ("Fact " -> "fact", "both" -> "mixed"), or None if it is not one."""
    from medialit.content.questions import norm_label

    if not isinstance(label, str):
        return None
    found = norm_label(label, "claim_type")
    return found if found in CLAIM_TYPES else None


def check_set_name(set_name: object) -> str:
    """The set name stripped, or an InputProblem explaining what a set name must be."""
    from medialit.text.textio import InputProblem

    if not isinstance(set_name, str) or not set_name.strip():
        raise InputProblem('Give the set of sentences a short name in quotes, for example "oped".')
    name = set_name.strip()
    if len(name) > MAX_SET_NAME or not name.isprintable():
        raise InputProblem(f'A set name must be one line of at most {MAX_SET_NAME} characters, like "oped".')
    return name


def _check_sentences(sentences: Any) -> list[tuple[str, str]]:
    """(sentence_id, text) pairs from a sentence table, or an InputProblem saying what is wrong with it."""
    from medialit.text.textio import InputProblem

    columns = getattr(sentences, "columns", None)
    if columns is None or not hasattr(sentences, "itertuples"):
        raise InputProblem("label_sentences needs a table of sentences (a DataFrame with sentence_id and text).")
    missing = [c for c in ("sentence_id", "text") if c not in columns]
    if missing:
        raise InputProblem(f"The table of sentences has no {' or '.join(missing)} column.")
    pairs = [
        (str(sid), "" if text is None or text != text else str(text))
        for sid, text in zip(sentences["sentence_id"], sentences["text"])
    ]
    if not pairs:
        raise InputProblem("The table of sentences is empty: there is nothing to label.")
    if len(pairs) > MAX_SENTENCES:
        raise InputProblem(f"That is {len(pairs)} sentences; label at most {MAX_SENTENCES} at a time.")
    ids = [sid for sid, _ in pairs]
    if len(set(ids)) < len(ids):
        twice = sorted({sid for sid in ids if ids.count(sid) > 1}, key=sentence_order)
        raise InputProblem(f"Each sentence id must appear once; these appear twice: {', '.join(twice[:5])}.")
    return pairs


def save_label(set_name: str, sentence_id: str, label: str | None) -> str:
    """Save one label without the widget (None removes it); returns a one-line message for the learner."""
    from medialit.learner.progress import store
    from medialit.text.textio import InputProblem

    try:
        name = check_set_name(set_name)
    except InputProblem as problem:
        return str(problem)
    if not isinstance(sentence_id, str) or not sentence_id.strip():
        return 'Give the sentence id in quotes, for example "p08.s1".'
    if label is None:
        store().set_label(name, sentence_id.strip(), None)
        return f"Removed your label of {sentence_id.strip()}."
    clean = check_label(label)
    if clean is None:
        return f"{label!r} is not a label; choose one of {', '.join(CLAIM_TYPES)}."
    store().set_label(name, sentence_id.strip(), clean)
    notes = store().pop_notices()
    return " ".join([f"Saved: {sentence_id.strip()} is {clean}.", *notes])


def saved_labels(set_name: str) -> pd.DataFrame:
    """Your saved labels of one set as a table (columns sentence_id, label), in sentence order."""
    import pandas as pd

    from medialit.learner.progress import store

    try:
        name = check_set_name(set_name)
    except ValueError:
        return pd.DataFrame({"sentence_id": pd.Series(dtype=str), "label": pd.Series(dtype=str)})
    labels = store().sentence_labels(name)
    rows = sorted(((sid, lab) for sid, lab in labels.items() if lab in CLAIM_TYPES), key=lambda r: sentence_order(r[0]))
    return pd.DataFrame(rows, columns=["sentence_id", "label"]).astype(str)


class SentenceLabeller(WidgetWithFallback):
    """One row of label buttons per sentence; every choice is saved to the progress file at once."""

    def __init__(self, pairs: list[tuple[str, str]], set_name: str) -> None:
        import ipywidgets as w

        from medialit.learner.progress import store

        self.pairs = pairs
        self.set_name = set_name
        saved = store().sentence_labels(set_name)
        self.choices: dict[str, Any] = {}
        self.shown: dict[str, Any] = {}  # the chosen label in words beside each row (not only a shade)
        rows = []
        for sid, text in pairs:
            value = saved.get(sid) if saved.get(sid) in CLAIM_TYPES else None
            about = _short(text)
            buttons = w.ToggleButtons(
                options=[(plain_label(label), label) for label in CLAIM_TYPES],  # "fact" shows as checkable
                value=value,
                description=f"{sid}:",
                # Screen readers announce a button's title with its text: name the sentence, not only its id.
                tooltip=f"Sentence {sid}: {text}",
                tooltips=[f"Label sentence {sid} as {plain_label(label)}. It begins: {about}" for label in CLAIM_TYPES],
                style={"description_width": "initial", "button_width": "7em"},
            )
            buttons.observe(lambda change, sid=sid: self._changed(sid, change["new"]), names="value")
            self.choices[sid] = buttons
            self.shown[sid] = w.HTML(_chosen_html(value))
            rows.append(w.HTML(f'<p style="margin:0.6em 0 0.1em 0">{_sentence_html(sid, text)}</p>'))
            rows.append(w.HBox([buttons, self.shown[sid]]))
        self.status = w.HTML(self._status_html([]))
        intro = w.HTML(
            f"<p><b>Label {len(pairs)} sentences</b> (set <code>{escape(set_name)}</code>): press "
            f"{', '.join(map(plain_label, CLAIM_TYPES))} for each. With the keyboard: <b>Tab</b> moves from "
            "button to button and <b>Space</b> or <b>Enter</b> presses one. Your choice is shown with a ✔ after "
            "the buttons and saved at once; press another button to change it.</p>"
        )
        self.box = w.VBox([intro, *rows, self.status])

    def _changed(self, sid: str, label: str | None) -> None:
        """Save the new label of one sentence (None removes it) and update the status line."""
        from medialit.learner.progress import store

        store().set_label(self.set_name, sid, label)
        # A separate widget: changing the buttons' own description would re-render them and lose keyboard focus.
        self.shown[sid].value = _chosen_html(label)
        self.status.value = self._status_html(store().pop_notices())

    def choose(self, sentence_id: str, label: str | None) -> None:
        """Pick a label as if a button were pressed (None clears it; used by tests and scripts)."""
        self.choices[sentence_id].value = label

    def labelled(self) -> int:
        """How many of these sentences have a saved label."""
        from medialit.learner.progress import store

        saved = store().sentence_labels(self.set_name)
        return sum(1 for sid, _ in self.pairs if saved.get(sid) in CLAIM_TYPES)

    def _status_html(self, notices: list[str]) -> str:
        from medialit.learner.progress import store

        done, total = self.labelled(), len(self.pairs)
        where = "Saved in your progress file." if store().persist else "Kept in memory only for this session."
        from medialit.render.feedback import note_html

        html = "".join(note_html(n) for n in notices)
        return html + f'<p role="status"><b>{done} of {total} labelled.</b> {escape(where)}</p>'

    # -- static views ----------------------------------------------------------------------------
    def static_text(self) -> str:
        lines = [f"Label each sentence as {', '.join(map(plain_label, CLAIM_TYPES))}:"]
        lines += [f"  {sid}: {text}" for sid, text in self.pairs]
        lines.append("  (Run this cell in Jupyter to label with buttons.)")
        return "\n".join(lines)

    def static_html(self) -> str:
        items = "".join(f"<li>{_sentence_html(sid, text)}</li>" for sid, text in self.pairs)
        labels = escape(", ".join(map(plain_label, CLAIM_TYPES)))
        return (
            f'<div class="ml-labelling"><p><b>Label each sentence</b> as {labels}.</p>'
            f"<ol>{items}</ol><p><i>Run this cell in Jupyter to label with buttons.</i></p></div>"
        )


def _chosen_html(label: str | None) -> str:
    """The chosen label in words, shown after its row of buttons ('not labelled yet' before a choice)."""
    text = f"✔ {escape(plain_label(label))}" if label else "<i>not labelled yet</i>"
    return f'<span style="margin-left:0.8em">{text}</span>'


def _short(text: str, words: int = 8) -> str:
    """The first words of a sentence, for a button's tooltip ("Putin pretends he isn’t bothered, but …")."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _sentence_html(sid: str, text: str) -> str:
    return f"<code>{escape(sid)}</code> {escape(text)}"


def label_sentences(sentences: pd.DataFrame, set_name: str) -> Any:
    """Label each sentence of a table (sentence_id, text) as fact, opinion, prediction or mixed; saved as you go.

    Returns a widget view, or a short message (never a traceback) when the table or the name is unusable.
    """
    from medialit.render.feedback import note_html
    from medialit.render.views import HTMLView
    from medialit.text.textio import InputProblem

    try:
        name = check_set_name(set_name)
        pairs = _check_sentences(sentences)
    except InputProblem as problem:
        return HTMLView(note_html(str(problem)), str(problem))
    return SentenceLabeller(pairs, name)


def first_read() -> Any:
    """The class's first read: label buttons for the stretch of the op-ed named in the question bank.

    Lesson 01 calls this before any worked example of these sentences, so a class's labels are
    independent; the labels go to the saved set the teacher's notebook reads (``class_labelling()``).
    """
    from medialit.content.article import load_article
    from medialit.content.questions import class_labelling

    plan = class_labelling()
    first, last = plan["paragraphs"]
    sentences = load_article().sentences
    stretch = sentences[sentences["paragraph"].between(first, last)][["sentence_id", "text"]]
    return label_sentences(stretch, plan["set"])
