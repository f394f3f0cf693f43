"""Lesson 06 (your turn): the frame, the Millbrook worked example, the annotator and pasted articles."""

import re

import lesson_cells as lc
import pytest
from lesson_cells import cells, prose, run_cells

from medialit.text.annotator import annotate
from medialit.text.textio import practice_text


@pytest.mark.parametrize("folder", ["notebooks", "exercises", "solutions"])
def test_setup_cell_only_imports_from_medialit(folder):
    lc.check_setup_imports_only_from_medialit(folder, 6)


def test_frame_minutes_widgets_titles_hints_keyboard():
    assert 30 <= lc.stated_minutes(6) <= 50
    lc.check_practice_widgets_match_the_bank(6, 3, 4)
    lc.check_exercise_titles_do_not_name_the_answer(6)
    lc.check_hints_point_at_meaning_not_at_the_answer(6)
    lc.check_keyboard_instructions_match_button_widgets(6)
    assert "**Next:** [07 · Can a machine tell?](07_can_a_machine_tell.ipynb)" in prose("notebooks", 6)
    assert "exercises/06_your_turn.ipynb" in prose("notebooks", 6)
    assert "../notebooks/06_your_turn.ipynb" in prose("solutions", 6)


# --- lesson 6 -----------------------------------------------------------------------------------------


def test_lesson_06_statements_still_hold():
    news, opinion = practice_text("millbrook_news").body, practice_text("millbrook_opinion").body
    text = prose("notebooks", 6)
    # the worked example quotes the texts word for word, with their sentence ids
    from medialit.text.sentences import sentence_table

    op = sentence_table(opinion).set_index("sentence_id")["text"]
    nw = sentence_table(news).set_index("sentence_id")["text"]
    assert f'*"{op["p07.s1"]}"*' in text and f'*"{nw["p04.s1"]} {nw["p04.s2"]}"*' in text
    assert "$180,000" in nw["p04.s1"] and "has offered" in nw["p04.s2"] and "is paying" in op["p07.s1"]
    assert '"is paying" goes further than "has offered"' in text
    assert (
        '"That is a town speaking with one voice."' in text
        and op["p04.s2"] == "That is a town speaking with one voice."
    )
    assert op["p07.s1"].startswith("At $180,000, the skate park is a bargain")
    assert op["p06.s3"] == "Draw your own conclusions."
    # the annotator: the news report's loaded words are all inside quotations; the opinion piece has more cues
    news_cues = annotate(news).cues
    opinion_cues = annotate(opinion).cues
    news_stance, opinion_stance = (
        news_cues[news_cues["cue_type"] != "date"],
        opinion_cues[opinion_cues["cue_type"] != "date"],
    )
    loaded = news_stance[news_stance["cue_type"] == "loaded"]
    assert len(loaded) >= 1 and loaded["in_quote"].all()
    assert set(news_stance[news_stance["cue_type"] != "loaded"]["span"].str.lower()) <= {"would", "could", "if"}
    assert len(opinion_stance) > len(news_stance)


def test_lesson_06_works_no_sentence_an_exercise_asks_about():
    """The worked example and the notes on hard sentences leave exercises 6.6 and 6.7 to the learner."""
    text = prose("notebooks", 6)
    assert "1,450" not in text and "one voice" not in text.split("### Worked example")[1].split("## Step 4")[0]
    assert "The link between them is in the *order*" not in text and "implying a link" not in text
    # the fallback for an empty paste labels the start of the news report, not the sentences of exercise 6.1
    ns, _ = run_cells("notebooks", 6, "l06-04", "l06-29", "l06-33")
    assert "About 120 residents" not in ns["text"] and ns["text"].startswith("Millbrook council delays")


def test_lesson_06_pasted_article_cells_handle_markup_and_empty_input():
    code = "\n".join(cells("notebooks", 6, "code"))
    assert 'my_article = """\n"""' in code and "pasted = your_article(my_article)" in code
    assert "article_text(pasted, start_of_news)" in code
    assert 'label_sentences(opinion_sentences, "millbrook_opinion")' in code
    assert 'yours_and_the_machines(machine, "millbrook_opinion")' in code


def test_a_first_run_shows_no_red_error_and_no_empty_table():
    from medialit import annotate, article_note, article_text, your_article, yours_and_the_machines

    assert your_article("   \n") is None
    note = repr(article_note(None))
    assert "✘" not in note and "Nothing pasted yet" in note
    assert article_text(None, "fallback") == "fallback"
    pasted = your_article("<p>The vote was <b>5 to 2</b>.</p>")
    assert article_text(pasted, "fallback") == pasted.text and "5 to 2" in pasted.text
    machine = annotate("The ferry is late. It is a disgrace.")
    first = repr(yours_and_the_machines(machine, "nobody-has-labelled-this"))
    assert "not labelled any" in first and "differ on 0" not in first


def test_your_labels_beside_the_machines_in_plain_words(monkeypatch):
    import pandas as pd

    from medialit import annotate, yours_and_the_machines
    from medialit.learner import labelling

    machine = annotate("The ferry cost $2 million. It is a disgrace.")
    ids = list(machine.sentences["sentence_id"])
    guesses = dict(zip(ids, machine.sentences["claim_type"]))
    mine = pd.DataFrame(
        {"sentence_id": ids, "label": ["opinion" if guesses[ids[0]] != "opinion" else "fact", guesses[ids[1]]]}
    )
    monkeypatch.setattr(labelling, "saved_labels", lambda name: mine)
    view = yours_and_the_machines(machine, "x")
    assert "You labelled 2 of 2 sentences. You and the machine differ on 1 of them." in repr(view)
    assert "| fact" not in view._repr_html_() and ">fact<" not in view._repr_html_()


def test_lesson_06_imports_every_medialit_function_its_code_and_comments_use():
    from medialit import __all__ as public

    code = "\n".join(cells("notebooks", 6, "code"))
    imported = set(
        re.findall(
            r"\w+",
            " ".join(
                line.split("import", 1)[1] for line in cells("notebooks", 6, "code")[0].splitlines() if "import" in line
            ),
        )
    )
    used = {name for name in public if re.search(rf"\b{name}\(", code)}
    assert "clean_file" in used and used <= imported, used - imported
    assert "`clean_file`" in prose("notebooks", 6)
