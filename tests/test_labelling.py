"""Labelling a stretch of sentences: a row of keyboard-usable buttons each, every choice saved at once."""

import json
import os

import pandas as pd
import pytest

from medialit.learner.labelling import SentenceLabeller, label_sentences, save_label, saved_labels, sentence_order
from medialit.learner.progress import ProgressStore, store
from medialit.render.display import HTMLView


def read(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def stretch():
    from medialit import answer_key

    s = answer_key().sentences
    return s[s["paragraph"].between(8, 12)]


def test_one_row_of_labelled_buttons_per_sentence_in_order(stretch):
    import ipywidgets as w

    view = label_sentences(stretch, "oped")
    assert isinstance(view, SentenceLabeller)
    assert list(view.choices) == list(stretch["sentence_id"])
    for sid, buttons in view.choices.items():
        # Buttons, not a Dropdown or RadioButtons: JupyterLab's command mode takes the arrow keys from those.
        assert isinstance(buttons, w.ToggleButtons)
        assert buttons.description == f"{sid}:" and buttons.value is None
        assert [value for _, value in buttons.options] == ["fact", "opinion", "prediction", "mixed"]
        # the key's "fact" is shown as "checkable", so that no learner reads "fact" as "true"
        assert [text for text, _ in buttons.options] == ["checkable", "opinion", "prediction", "mixed"]
        assert all(sid in tip for tip in buttons.tooltips)
        # a screen reader hears each button's title: it names the sentence, not only its id
        text = stretch.set_index("sentence_id").loc[sid, "text"]
        first_words = " ".join(text.split()[:5])
        assert all(first_words in tip for tip in buttons.tooltips), buttons.tooltips
        assert text in buttons.tooltip
    assert "0 of 17 labelled" in view.status.value and "Tab" in view.box.children[0].value


def test_each_choice_is_saved_at_once_under_its_own_section(stretch, progress_file):
    from medialit.learner.grading import check

    check("01.1", "fact")
    view = label_sentences(stretch, "oped")
    view.choose("p08.s1", "opinion")
    data = read(progress_file)
    assert data["sentence_labels"] == {"oped": {"p08.s1": "opinion"}}
    assert data["answers"]["01.1"]["correct"] is True  # answers untouched
    view.choose("p12.s6", "fact")
    view.choose("p08.s1", "mixed")
    assert read(progress_file)["sentence_labels"]["oped"] == {"p08.s1": "mixed", "p12.s6": "fact"}
    assert "2 of 17 labelled" in view.status.value
    assert "✔ mixed" in view.shown["p08.s1"].value  # the choice in words, not only a shade
    assert "not labelled yet" in view.shown["p08.s2"].value
    view.choose("p12.s6", None)  # clearing the buttons removes the label
    assert read(progress_file)["sentence_labels"]["oped"] == {"p08.s1": "mixed"}


def test_a_restarted_kernel_shows_the_saved_labels(stretch, progress_file):
    label_sentences(stretch, "oped").choose("p09.s1", "fact")
    label_sentences(stretch, "practice").choose("p09.s1", "opinion")  # sets are separate
    fresh = ProgressStore(progress_file)
    assert fresh.sentence_labels("oped") == {"p09.s1": "fact"}
    assert fresh.sentence_labels("practice") == {"p09.s1": "opinion"}
    rebuilt = label_sentences(stretch, "oped")
    assert rebuilt.choices["p09.s1"].value == "fact" and "✔ checkable" in rebuilt.shown["p09.s1"].value
    assert rebuilt.choices["p08.s1"].value is None


def test_saved_labels_table_in_sentence_order(progress_file):
    for sid, label in [("p02.s10", "fact"), ("p02.s9", "mixed"), ("p01.s1", "Opinion "), ("p03.s1", "both")]:
        save_label("mine", sid, label)
    table = saved_labels("mine")
    assert list(table.columns) == ["sentence_id", "label"]
    assert table.values.tolist() == [
        ["p01.s1", "opinion"],
        ["p02.s9", "mixed"],
        ["p02.s10", "fact"],
        ["p03.s1", "mixed"],  # the synonym "both" is stored as the key's label
    ]
    assert saved_labels("nothing yet").empty and saved_labels("").empty
    assert sentence_order("p02.s10") > sentence_order("p02.s9")


def test_save_label_refuses_what_is_not_a_label(progress_file):
    assert "not a label" in save_label("oped", "p08.s1", "true")
    assert "not a label" in save_label("oped", "p08.s1", 3)
    assert "sentence id" in save_label("oped", "", "fact")
    assert "name" in save_label("  ", "p08.s1", "fact")
    assert not progress_file.exists()
    assert save_label("oped", "p08.s1", "fact").startswith("Saved")
    assert "Removed" in save_label("oped", "p08.s1", None)
    assert saved_labels("oped").empty


@pytest.mark.parametrize(
    ("table", "name", "message"),
    [
        (pd.DataFrame({"text": ["A."]}), "x", "no sentence_id column"),
        (pd.DataFrame({"sentence_id": [], "text": []}), "x", "empty"),
        (pd.DataFrame({"sentence_id": ["p01.s1", "p01.s1"], "text": ["A.", "B."]}), "x", "appear twice"),
        ("p01.s1 A sentence.", "x", "table of sentences"),
        (None, "x", "table of sentences"),
        (pd.DataFrame({"sentence_id": ["p01.s1"], "text": ["A."]}), "", "name"),
        (pd.DataFrame({"sentence_id": ["p01.s1"], "text": ["A."]}), 7, "name"),
        (pd.DataFrame({"sentence_id": ["p01.s1"], "text": ["A."]}), "a\nb", "one line"),
        (pd.DataFrame({"sentence_id": [f"p01.s{i}" for i in range(400)], "text": ["A."] * 400}), "x", "at most"),
    ],
)
def test_bad_input_gives_a_message_not_a_traceback(table, name, message, progress_file):
    view = label_sentences(table, name)
    assert isinstance(view, HTMLView)
    assert message in repr(view) and message in view._repr_html_()
    assert not progress_file.exists()


def test_static_view_lists_the_sentences_escaped(progress_file):
    table = pd.DataFrame({"sentence_id": ["p01.s1", "p01.s2"], "text": ["<script>alert(1)</script>", None]})
    view = label_sentences(table, "pasted")
    bundle = view._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle  # the live widget in Jupyter
    html = bundle["text/html"]
    assert "<script>" not in html and "&lt;script&gt;" in html and "p01.s2" in html
    assert "Run this cell in Jupyter" in html and "p01.s1: <script>" in bundle["text/plain"]
    assert "as checkable, opinion" in html and "as checkable, opinion" in bundle["text/plain"]  # not "fact"
    assert "<script>" not in "".join(
        c.value for c in view.box.children if hasattr(c, "value") and isinstance(c.value, str)
    )


def test_a_failed_save_keeps_the_label_in_memory_and_says_so(stretch, progress_file, monkeypatch):
    view = label_sentences(stretch, "oped")
    view.choose("p08.s1", "fact")
    before = progress_file.read_bytes()

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    view.choose("p08.s2", "opinion")
    assert "No space left" in view.status.value and "memory only" in view.status.value
    assert progress_file.read_bytes() == before  # the saved file is intact
    assert [p.name for p in progress_file.parent.iterdir() if not p.name.endswith(".lock")] == ["progress.json"]
    assert store().sentence_labels("oped") == {"p08.s1": "fact", "p08.s2": "opinion"}
    assert view.labelled() == 2


# --- the sentence_labels section of the progress file ------------------------------------------------


def test_labels_written_by_two_notebooks_are_merged(progress_file):
    a, b = ProgressStore(progress_file), ProgressStore(progress_file)
    a.set_label("oped", "p08.s1", "fact")
    b.set_label("oped", "p08.s2", "opinion")
    b.update("01.1", answer="fact")
    a.set_label("other", "p01.s1", "mixed")
    data = read(progress_file)
    assert data["sentence_labels"] == {"oped": {"p08.s1": "fact", "p08.s2": "opinion"}, "other": {"p01.s1": "mixed"}}
    assert set(data["answers"]) == {"01.1"}


def test_a_file_without_labels_keeps_its_old_shape(progress_file):
    ProgressStore(progress_file).update("01.1", answer="fact")
    assert set(read(progress_file)) == {"version", "answers"}


@pytest.mark.parametrize(
    ("labels", "kept", "problem"),
    [
        ([1, 2], {}, "'sentence_labels' are not a JSON object"),
        ({"oped": "fact"}, {}, "1 saved sentence label(s) had the wrong shape"),
        ({"oped": {"p08.s1": "fact", "p08.s2": 3, "p08.s3": ""}}, {"oped": {"p08.s1": "fact"}}, "2 saved sentence"),
    ],
)
def test_bad_label_sections_are_set_aside_keeping_good_data(progress_file, labels, kept, problem):
    progress_file.parent.mkdir(parents=True)
    raw = {"version": 1, "answers": {"01.1": {"answer": "fact", "correct": True}}, "sentence_labels": labels}
    progress_file.write_text(json.dumps(raw), encoding="utf-8")
    s = ProgressStore(progress_file)
    assert set(s.load()) == {"01.1"}  # answers survive a bad label section
    assert {k: v for k, v in s.labels.items() if v} == kept
    notice = s.pop_notices()[0]
    assert problem in notice and "corrupt-" in notice
    aside = next(progress_file.parent.glob("progress.corrupt-*.json"))
    assert json.loads(aside.read_text(encoding="utf-8")) == raw  # the original data is kept
    s.set_label("oped", "p09.s1", "mixed")
    assert read(progress_file)["sentence_labels"]["oped"]["p09.s1"] == "mixed"
