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


def test_lesson_07_says_the_outside_scores_flatter_too():
    """The dev / held-out parts were never read, but they were scored while rules were chosen: the lesson says so."""
    text = "\n".join(cells_of("07_can_a_machine_tell"))
    assert "checked these scores several times while choosing rules" in text and "flatter the machine" in text


# --- the other outside scores (PolNeAR, Webis, speed): measured.json = benchmarks/README = README.md ----------


def _after(readme: str, label: str) -> list[float]:
    """The figures of the last step of a benchmarks/README row's "after" cell ("… → 0.920 / 0.770 ¹²")."""
    row = re.search(rf"^\| {re.escape(label)} \|([^|]*)\|([^|]*)\|([^|]*)\|([^|]*)\|", readme, re.M)
    assert row, f"no row {label!r} in benchmarks/README.md"
    last = re.split(r"→|;", re.sub(r"\([^)]*\)", "", row.group(3)))[-1]  # asides in brackets are other runs
    return [float(x) for x in re.findall(r"\d+\.\d+", last)]


def _beside(readme: str, label: str, part: int = 0) -> list[float]:
    """The figures of one part of a row's "beside it" cell ("keyword 0.975 / 0.370 / 0.536"; "…; 0.64–0.70 in …")."""
    row = re.search(rf"^\| {re.escape(label)} \|([^|]*)\|([^|]*)\|([^|]*)\|([^|]*)\|", readme, re.M)
    return [float(x) for x in re.findall(r"\d+\.\d+", row.group(4).split(";")[part])]


def test_outside_scores_are_the_ones_the_benchmarks_recorded():
    readme = (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8")
    pol, web, speed = (measured_score(n) for n in ("polnear_dev", "webis_heldout", "speed"))
    detection = [pol["sentence_precision"], pol["sentence_recall"], pol["sentence_f1"]]
    assert _after(readme, "PolNeAR dev sentence detection P / R / F1") == detection
    assert _beside(readme, "PolNeAR dev sentence detection P / R / F1")[-1] == pol["keyword_sentence_f1"]
    assert _after(readme, "PolNeAR dev source recall") == [pol["source_recall"]]
    for kind, label in (
        ("statistics", "statistic in `statistics` units"),
        ("testimony", "attribution in `testimony` units"),
    ):
        share = round(web[f"{kind}_found"] / web[f"{kind}_units"], 3)
        assert _after(readme, f"Webis held-out: {label}") == [share]
        assert _beside(readme, f"Webis held-out: {label}") == [web[f"keyword_{kind}"]]
    assert _after(readme, "Webis held-out: assumption vs evidence macro-F1") == [web["assumption_evidence_macro_f1"]]
    assert _beside(readme, "Webis held-out: assumption vs evidence macro-F1") == [web["textblob_macro_f1"]]
    assert _after(readme, "5 MB text, MB/s of CPU") == [speed["mb_per_s_low"], speed["mb_per_s_high"]]
    textblob = [speed["textblob_mb_per_s_low"], speed["textblob_mb_per_s_high"]]
    assert _beside(readme, "5 MB text, MB/s of CPU", -1) == textblob  # TextBlob in the same runs
    assert _after(readme, "one-sentence documents, CPU ms each") == [
        speed["one_sentence_ms_low"],
        speed["one_sentence_ms_high"],
    ]
    textblob = [speed["textblob_one_sentence_ms_low"], speed["textblob_one_sentence_ms_high"]]
    assert _beside(readme, "one-sentence documents, CPU ms each", -1) == textblob


def test_readme_table_is_made_from_the_measured_scores():
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import measured_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert measured_table.table() in readme and measured_table.with_table(readme) == readme
    web = measured_score("webis_heldout")
    assert f"{web['statistics_found']} of {web['statistics_units']}" in measured_table.table()


def test_lesson_07_prints_every_outside_score_with_its_source():
    from medialit import course_sources

    _, printed = run_cells("notebooks", LESSON7, "l07-14a")
    pol, web = measured_score("polnear_dev"), measured_score("webis_heldout")
    assert f"named who was cited {round(100 * pol['source_recall'])} times in 100" in printed
    assert f"a statistic in {web['statistics_found']} of the {web['statistics_units']} passages" in printed
    sources = course_sources().set_index("source_id")
    for source_id in (pol["source_id"], web["source_id"], "checkthat_2023"):
        assert sources.loc[source_id, "reference"] in printed and sources.loc[source_id, "url"] in printed
    text = "\n".join(cells_of(LESSON7))
    assert "`benchmarks/polnear.py`" in text and "`benchmarks/webis.py`" in text
    assert (ROOT / "benchmarks" / "polnear.py").exists() and (ROOT / "benchmarks" / "webis.py").exists()


def test_outside_item_counts_match_the_shared_data():
    data = ROOT.parent / "shared" / "data"
    if not (data / "webis-editorials-guardian").is_dir() or not (data / "polnear-train-dev").is_dir():
        pytest.skip("the Webis and PolNeAR data are not next to the repository")
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import webis

    web, pol = measured_score("webis_heldout"), measured_score("polnear_dev")
    labels = [label for _, label in webis.units(data / "webis-editorials-guardian", "held-out")]
    assert (labels.count("statistics"), labels.count("testimony")) == (web["statistics_units"], web["testimony_units"])
    files = sorted((data / "webis-editorials-guardian").glob("*.json"))
    assert sum(webis.part_of(f.name) == "held-out" for f in files) == web["items"]
    assert len(list((data / "polnear-train-dev" / "dev" / "text").glob("*.txt"))) == pol["items"]
