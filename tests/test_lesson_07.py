"""Lesson 07 (can a machine tell?): the scores it shows, in plain words first, and where its numbers come from."""

import re

import lesson_cells as lc
import nbformat
import pytest
from lesson_cells import ROOT, run_cells

from medialit.content.evaluation import measured_score


@pytest.mark.parametrize("folder", ["notebooks"])
def test_setup_cell_only_imports_from_medialit(folder):
    lc.check_setup_imports_only_from_medialit(folder, 7)


def test_frame_minutes_widgets_titles_hints_keyboard():
    assert 25 <= lc.stated_minutes(7) <= 35
    lc.check_keyboard_instructions_match_button_widgets(7)
    assert "**Next:** [08 · Weigh the argument](08_weigh_the_argument.ipynb)" in lc.prose("notebooks", 7)


def test_lesson_07_tables_speak_plain_words():
    """The machine's tables use the lessons' column names and show "fact" as checkable."""
    from medialit import annotate, key_beside_machine, load_article, plain_table, show_annotation

    machine = annotate(load_article().text, first_paragraph=0)
    table = key_beside_machine(machine)
    assert list(table.columns) == ["sentence", "text", "the key", "the machine", "opinion score", "agree"]
    assert "fact" not in set(table["the key"]) | set(table["the machine"]) and "checkable" in set(table["the key"])
    cues = plain_table(annotate("“The ferry is a disgrace,” said one passenger.").cues, "cues")
    assert "in a quotation?" in cues.columns and set(cues["in a quotation?"]) == {"yes"}
    page = show_annotation("The ferry cost $2.4 million.")._repr_html_()
    assert "checkable 0." in page and ">fact " not in page
    code = "\n".join(cells_of(LESSON7, "code"))
    assert "machine_guess" not in code and "in_quote" not in code and "plain_table(" in code


# --- lesson 7: the scores it shows, and where its outside numbers come from ---------------------------

LESSON7 = "07_can_a_machine_tell"


def test_lesson_07_cites_checkthat_and_names_the_benchmark_script():
    from medialit import course_sources

    row = course_sources().set_index("source_id").loc["checkthat_2023"]
    _, printed = run_cells("notebooks", LESSON7, "l07-14a")
    assert row["reference"] in printed and row["url"] in printed
    text = "\n".join(c for c in cells_of(LESSON7) if "CheckThat" in c)
    assert "`benchmarks/checkthat.py`" in text and (ROOT / "benchmarks" / "checkthat.py").exists()
    assert not re.search(r"0\.\d\d", text)  # the figures come from data/measured.json, never typed into prose
    # the figures printed are the ones the benchmark recorded (README table, dev row, the last "after" figure)
    readme = (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8")
    row = re.search(r"^\| CheckThat! dev macro-F1 \|([^|]*)\|([^|]*)\|([^|]*)\|([^|]*)\|", readme, re.M)
    after = float(re.findall(r"0\.\d+", row.group(3))[-1])
    textblob = float(re.search(r"TextBlob (0\.\d+)", row.group(4)).group(1))
    dev = measured_score("checkthat_2023_dev")
    assert (dev["annotator_macro_f1"], dev["textblob_macro_f1"]) == (after, textblob)
    ours, theirs = re.search(r"macro-F1 of about (0\.\d+), against about (0\.\d+) for TextBlob", printed).groups()
    assert (float(ours), float(theirs)) == (round(after, 2), round(textblob, 2))
    assert f"On {dev['items']} news sentences" in printed and dev["items"] == 219


def test_lesson_07_checkthat_item_count_matches_the_shared_data():
    data = ROOT.parent / "shared" / "data" / "checkthat2023-en" / "dev_en.tsv"
    if not data.exists():
        pytest.skip("the CheckThat! data are not next to the repository")
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import checkthat

    assert len(checkthat.read_split(data)) == 219


def cells_of(stem, kind="markdown"):
    nb = nbformat.read(ROOT / "notebooks" / f"{stem}.ipynb", as_version=4)
    return [c.source for c in nb.cells if c.cell_type == kind]


def test_lesson_07_explains_macro_f1_and_flags_the_easy_test_next_to_the_scores():
    nb = nbformat.read(ROOT / "notebooks" / f"{LESSON7}.ipynb", as_version=4)
    sources = [c.source for c in nb.cells]
    first = next(i for i, s in enumerate(sources) if "macro-f1" in s.lower() or 'scores["claims"]' in s)
    assert nb.cells[first].cell_type == "markdown" and "**Macro-F1** works out F1 for each label" in sources[first]
    scores = [i for i, s in enumerate(sources) if "scores[" in s]
    flatter = "the rules were written after reading"
    assert scores and flatter in sources[scores[0] - 1].lower()
    for i in scores:
        assert flatter in sources[i].lower()  # in the table's caption, right on top of the numbers


def test_lesson_07_shows_tables_with_show_table_not_raw_dataframes():
    for source in cells_of(LESSON7, "code"):
        last = source.strip().splitlines()[-1]
        assert not re.search(r"(\]|\.cues|\.statistics|\.sentences)$", last), last


def test_lesson_07_says_the_score_in_plain_words_before_any_f1():
    nb = lc.notebook("notebooks", 7)
    sources = [c.source for c in nb.cells]
    plain = next(i for i, s in enumerate(sources) if "agrees with the key on" in s)
    first_f1 = next(i for i, s in enumerate(sources) if "F1" in s)
    assert plain < first_f1
    ids = [c.id for c in nb.cells if "annotate(article.text" in c.source or "key_beside_machine(" in c.source]
    _, printed = run_cells("notebooks", "07_can_a_machine_tell", *ids)
    assert re.search(r"The machine agrees with the key on \d+ of \d+ sentences\.", printed)


def test_lesson_07_says_the_checkthat_score_flatters_too():
    text = "\n".join(c for c in cells_of("07_can_a_machine_tell") if "CheckThat" in c)
    assert "read these sentences while they chose the rules" in text
