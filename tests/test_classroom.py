"""Class results: load a folder of exports (bad files reported and skipped), agreement, disputes, key, questions."""

import json
import math
import shutil
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from medialit import answer_key
from medialit.teacher.agreement import cohen_kappa, fleiss_kappa
from medialit.teacher.classroom import (
    ClassData,
    class_kappa,
    class_vs_key,
    compare_with_key,
    complete_sentences,
    disputed_sentences,
    kappa_reading,
    label_distribution,
    load_class,
    pairwise_agreement,
    question_rates,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "notebooks" / "teacher" / "sample_class"
TEACHER_NB = ROOT / "notebooks" / "teacher" / "class_results.ipynb"
sys.path.insert(0, str(ROOT / "tools"))
import make_sample_class  # noqa: E402


def frame(rows):
    return pd.DataFrame(rows, columns=["learner", "sentence_id", "label"])


@pytest.fixture(scope="module")
def sample():
    return load_class(SAMPLE)


@pytest.fixture
def class_copy(tmp_path):
    folder = tmp_path / "class"
    shutil.copytree(SAMPLE, folder)
    return folder


# --- the shipped sample class -----------------------------------------------------------------------


def test_sample_class_loads_twelve_synthetic_learners(sample):
    assert isinstance(sample, ClassData) and sample.problems == []
    learners = sorted(sample.labels["learner"].unique())
    assert learners == [f"Learner {n:02d} (synthetic)" for n in range(1, 13)]
    assert list(sample.labels.columns) == ["learner", "sentence_id", "label"]
    key = answer_key().sentences
    stretch = set(key.loc[key["paragraph"].between(8, 12), "sentence_id"])
    assert set(sample.labels["sentence_id"]) == stretch and len(stretch) == 17
    assert set(sample.labels["label"]) <= {"fact", "opinion", "prediction", "mixed"}
    assert set(sample.answers["learner"]) == set(learners)
    for path in SAMPLE.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["synthetic"] is True and "(synthetic)" in data["learner"] and "Not a real person" in data["note"]


def test_regenerating_the_sample_class_gives_identical_files(tmp_path):
    assert make_sample_class.differences(SAMPLE) == []
    make_sample_class.write(tmp_path)
    assert make_sample_class.differences(tmp_path) == []
    (tmp_path / "medialit-learner-03-synthetic.json").write_text("{}", encoding="utf-8")
    (tmp_path / "medialit-extra.json").write_text("{}", encoding="utf-8")
    assert make_sample_class.differences(tmp_path) == ["medialit-extra.json", "medialit-learner-03-synthetic.json"]


def test_fleiss_kappa_of_the_sample_class_comes_from_agreement(sample):
    result = class_kappa(sample.labels)
    shared = complete_sentences(sample.labels)
    assert result.learners == 12 and result.sentences == len(shared) == 15 and result.left_out == 2
    table = sample.labels[sample.labels["sentence_id"].isin(shared)]
    counts = table.groupby(["sentence_id", "label"]).size().unstack(fill_value=0)
    assert result.kappa == pytest.approx(fleiss_kappa(counts.values.tolist()))
    assert -1 <= result.kappa <= 1 and 0.2 < result.kappa < 0.8  # realistic: neither chance nor unanimity
    assert result.reading in ("fair", "moderate", "substantial")
    assert f"{result.kappa:.2f}" in str(result) and "15 sentences" in str(result)


def test_pairwise_kappas_of_the_sample_class(sample):
    pairs = pairwise_agreement(sample.labels)
    assert len(pairs) == 12 * 11 // 2
    assert list(pairs.columns) == ["learner_a", "learner_b", "sentences", "kappa", "reading"]
    assert pairs["kappa"].between(-1, 1).all()
    row = pairs.iloc[0]
    wide = sample.labels.pivot(index="sentence_id", columns="learner", values="label")
    both = wide[[row["learner_a"], row["learner_b"]]].dropna()
    assert row["sentences"] == len(both)
    assert row["kappa"] == pytest.approx(cohen_kappa(both.iloc[:, 0].tolist(), both.iloc[:, 1].tolist()))


def test_disputed_sentences_of_the_sample_class_include_debatable_ones(sample):
    key = answer_key().sentences
    top = disputed_sentences(sample.labels, key, top=5)
    assert len(top) == 5 and top["debatable"].any()
    assert top["majority_share"].is_monotonic_increasing
    assert {"text", "claim_type", "debatable_why"} <= set(top.columns)
    assert top["text"].str.len().gt(20).all()


def test_sample_class_against_the_key(sample):
    table = class_vs_key(sample.labels)
    assert len(table) == 17
    summary = compare_with_key(table)
    debatable = answer_key().sentences.set_index("sentence_id")["debatable"]
    assert summary.agree == int(table["agrees"].sum()) and summary.debatable == int(
        debatable[table["sentence_id"]].sum()
    )
    assert summary.agree > summary.sentences / 2  # a class that learned something mostly matches the key
    assert summary.agree_debatable < summary.debatable  # and departs from it where the key says it may
    assert -1 <= summary.kappa <= 1


# --- bad files in a class folder -------------------------------------------------------------------


def test_corrupt_empty_and_wrong_schema_files_are_reported_and_skipped(class_copy):
    (class_copy / "broken.json").write_text('{"format": "medialit-export", "learner": ', encoding="utf-8")
    (class_copy / "empty.json").write_bytes(b"")
    (class_copy / "other.json").write_text('{"name": "Sam", "score": 7}', encoding="utf-8")
    data = load_class(class_copy)
    assert len(data.problems) == 3
    by_file = {p.split(":")[0]: p for p in data.problems}
    assert set(by_file) == {"broken.json", "empty.json", "other.json"}
    assert "not valid JSON" in by_file["broken.json"] and "empty" in by_file["empty.json"]
    assert "not a medialit export" in by_file["other.json"]
    assert all(p.endswith("skipped.") for p in data.problems)
    assert data.labels["learner"].nunique() == 12  # the good files are all still there


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("binary.json", b"\x89PNG\x00\x01\xff", "not a UTF-8 text file"),
        ("list.json", b"[1, 2, 3]", "not a medialit export"),
        ("spaces.json", b"  \n ", "empty"),
        ("nameless.json", b'{"format": "medialit-export", "answers": {}}', "no learner name"),
        ("badshape.json", b'{"format": "medialit-export", "learner": "X", "answers": []}', "not JSON objects"),
        ("essay.docx", b"PK\x03\x04", "not a .json export file"),
    ],
)
def test_other_unusable_files_never_crash(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    (tmp_path / ".hidden.json").write_text("{", encoding="utf-8")  # hidden files are ignored
    (tmp_path / "subfolder").mkdir()
    data = load_class(tmp_path)
    assert len(data.problems) == 1 and data.problems[0].startswith(f"{name}: ") and message in data.problems[0]
    assert data.labels.empty and data.answers.empty
    assert class_kappa(data.labels).kappa is None and label_distribution(data.labels).empty


def test_a_second_file_for_the_same_learner_is_skipped(class_copy):
    original = class_copy / "medialit-learner-05-synthetic.json"
    shutil.copy(original, class_copy / "zz-learner-05-again.json")
    data = load_class(class_copy)
    assert len(data.problems) == 1
    assert data.problems[0].startswith("zz-learner-05-again.json:") and "already loaded from" in data.problems[0]
    assert (data.labels["learner"] == "Learner 05 (synthetic)").sum() == 17


def test_bad_entries_inside_a_good_file_are_left_out_and_noted(tmp_path):
    payload = {
        "format": "medialit-export",
        "learner": "Sam <b>",
        "answers": {"01.1": {"answer": "fact", "correct": True, "attempts": 1}, "01.2": "oops"},
        "sentence_labels": {"oped": {"p08.s1": "fact", "p08.s2": "true"}, "other": 3},
    }
    (tmp_path / "sam.json").write_text(json.dumps(payload), encoding="utf-8")
    data = load_class(tmp_path)
    assert data.labels.values.tolist() == [["Sam <b>", "p08.s1", "fact"]]
    assert data.answers["question_id"].tolist() == ["01.1"]
    assert any("1 answer(s) had the wrong shape" in p for p in data.problems)
    assert any("2 sentence label(s)" in p for p in data.problems)


def export_text(learner="Sam", **fields):
    answers = fields.pop("answers", {"01.1": {"answer": "fact", "correct": True, "attempts": 1}})
    return json.dumps({"format": "medialit-export", "learner": learner, "answers": answers, **fields})


def test_crafted_files_are_named_with_a_reason_and_the_rest_load(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.json").write_text('{"format": "medialit-export", "learner": "D", "x": ' + deep + "}")
    (tmp_path / "deep-answer.json").write_text(
        export_text("E", answers={"01.1": {"answer": json.loads("[" * 500 + "]" * 500)}}), encoding="utf-8"
    )
    (tmp_path / "huge-count.json").write_text(
        export_text("H", answers={"01.1": {"attempts": 10**30}, "01.2": {"attempts": 2}}), encoding="utf-8"
    )
    (tmp_path / "huge-float.json").write_text(export_text("F", answers={"01.1": {"answer": 1e400}}))
    (tmp_path / "ok.json").write_text(export_text("Ok"), encoding="utf-8")
    data = load_class(tmp_path)  # never raises
    by_file = {p.split(":")[0]: p for p in data.problems}
    assert "nested too deeply" in by_file["deep.json"] and by_file["deep.json"].endswith("skipped.")
    assert "wrong shape" in by_file["deep-answer.json"] and "wrong shape" in by_file["huge-count.json"]
    assert set(data.answers["learner"]) == {"F", "H", "Ok"}
    assert data.answers.loc[data.answers["learner"] == "H", "attempts"].tolist() == [2]


def test_one_learner_spelt_in_nfc_and_nfd_is_one_learner(tmp_path):
    import unicodedata

    nfc, nfd = unicodedata.normalize("NFC", "José Müller"), unicodedata.normalize("NFD", "José Müller")
    assert nfc != nfd
    (tmp_path / "a.json").write_text(export_text(nfc), encoding="utf-8")
    (tmp_path / "b.json").write_text(export_text(nfd), encoding="utf-8")
    data = load_class(tmp_path)
    assert data.answers["learner"].tolist() == [nfc]
    assert len(data.problems) == 1 and "already loaded" in data.problems[0]


def test_the_loader_and_export_share_one_size_limit(tmp_path):
    from medialit.teacher import export as classroom  # the one module that holds the limit

    big = tmp_path / "big.json"
    big.write_text(export_text(padding="x" * classroom.MAX_EXPORT_BYTES), encoding="utf-8")
    size = big.stat().st_size
    (problem,) = load_class(tmp_path).problems
    assert f"{size / 1e6:.1f} MB" in problem and f"{classroom.MAX_EXPORT_BYTES / 1e6:g} MB" in problem


def test_a_missing_folder_is_a_problem_not_a_crash(tmp_path):
    data = load_class(tmp_path / "nowhere")
    assert data.labels.empty and "no such folder" in data.problems[0]


# --- the pure functions on small, hand-checked tables -----------------------------------------------


def test_distribution_majority_ties_and_entropy():
    labels = frame(
        [
            ("a", "s1", "fact"),
            ("b", "s1", "fact"),
            ("c", "s1", "mixed"),
            ("d", "s1", "mixed"),
            ("a", "s2", "opinion"),
            ("b", "s2", "opinion"),
            ("c", "s2", "opinion"),
            ("d", "s2", "opinion"),
        ]
    )
    dist = label_distribution(labels).set_index("sentence_id")
    assert dist.loc["s1", ["fact", "opinion", "prediction", "mixed"]].tolist() == [2, 0, 0, 2]
    assert dist.loc["s1", "majority"] == "fact / mixed" and dist.loc["s1", "tie"]
    assert dist.loc["s1", "entropy"] == pytest.approx(1.0) and dist.loc["s1", "majority_share"] == 0.5
    assert dist.loc["s2", "majority"] == "opinion" and dist.loc["s2", "entropy"] == 0.0
    assert disputed_sentences(labels, top=1)["sentence_id"].tolist() == ["s1"]


def test_fleiss_uses_only_sentences_everyone_labelled():
    labels = frame(
        [
            ("a", "p01.s1", "fact"),
            ("b", "p01.s1", "fact"),
            ("a", "p01.s2", "opinion"),
            ("b", "p01.s2", "opinion"),
            ("a", "p01.s3", "fact"),  # b skipped it
        ]
    )
    result = class_kappa(labels)
    assert (result.sentences, result.learners, result.left_out) == (2, 2, 1)
    assert result.kappa == pytest.approx(1.0) and result.reading == "almost perfect"
    disagree = frame([("a", "s1", "fact"), ("b", "s1", "opinion"), ("a", "s2", "opinion"), ("b", "s2", "fact")])
    assert class_kappa(disagree).kappa == pytest.approx(-1.0)
    assert class_kappa(frame([("a", "s1", "fact")])).kappa is None  # one learner: no agreement to measure


@pytest.mark.parametrize(
    ("kappa", "band"),
    [(-0.1, "poor"), (0.0, "slight"), (0.2, "slight"), (0.35, "fair"), (0.5, "moderate"), (0.7, "substantial")]
    + [(0.81, "almost perfect"), (1.0, "almost perfect"), (None, "not available"), (math.nan, "not available")],
)
def test_kappa_reading_follows_landis_and_koch(kappa, band):
    assert kappa_reading(kappa).startswith(band)


def test_class_vs_key_counts_ties_as_not_agreeing():
    key = pd.DataFrame(
        {
            "sentence_id": ["s1", "s2", "s3"],
            "claim_type": ["fact", "opinion", "mixed"],
            "debatable": [False, True, True],
        }
    )
    labels = frame(
        [("a", "s1", "fact"), ("b", "s1", "fact"), ("a", "s2", "fact"), ("b", "s2", "opinion")]
        + [("a", "s3", "opinion"), ("b", "s3", "opinion"), ("a", "s9", "fact")]
    )
    table = class_vs_key(labels, key).set_index("sentence_id")
    assert list(table.index) == ["s1", "s2", "s3"]  # s9 is not in the key
    assert table["agrees"].tolist() == [True, False, False] and table.loc["s2", "tie"]
    summary = compare_with_key(table.reset_index())
    assert (summary.sentences, summary.agree, summary.ties, summary.debatable, summary.agree_debatable) == (
        3,
        1,
        1,
        2,
        0,
    )
    assert summary.kappa == pytest.approx(cohen_kappa(["fact", "opinion"], ["fact", "mixed"]))
    assert "1 of 3 sentences" in str(summary)


def test_question_rates():
    answers = pd.DataFrame(
        [
            ("a", "01.1", "fact", True, 1, False),
            ("b", "01.1", "fact", True, 2, False),
            ("c", "01.1", "mixed", False, 2, True),
            ("a", "01.4", "fact", False, 2, True),
            ("b", "01.4", "fact", False, 2, True),
            ("c", "01.4", "", False, 0, True),  # only looked at the solution
        ],
        columns=["learner", "question_id", "answer", "correct", "attempts", "revealed"],
    )
    rates = question_rates(answers).set_index("question_id")
    assert list(rates.index) == ["01.1", "01.4"]
    assert rates.loc["01.1", ["tried", "first_try", "correct", "answer_shown"]].tolist() == [3, 1, 2, 1]
    assert rates.loc["01.1", "correct_share"] == pytest.approx(2 / 3)
    assert rates.loc["01.4", "tried"] == 2 and rates.loc["01.4", "common_wrong"] == "fact (2)"
    assert rates.loc["01.1", "lesson"] == 1 and rates.loc["01.1", "kind"] == "choice"


def test_question_rates_show_wrong_choices_as_the_buttons_do():
    answers = pd.DataFrame(
        [
            ("a", "02.5", "direct_quote", False, 2, True),
            ("b", "02.5", "direct_quote", False, 2, True),
            ("c", "02.5", "paraphrase", False, 2, True),
            ("a", "04.5", "likely_to", False, 2, True),  # a typed span answer is shown as typed
        ],
        columns=["learner", "question_id", "answer", "correct", "attempts", "revealed"],
    )
    rates = question_rates(answers).set_index("question_id")
    assert rates.loc["02.5", "common_wrong"] == "direct quote (2)"
    assert rates.loc["04.5", "common_wrong"] == "likely_to (1)"


def test_teacher_notebook_cites_the_kappa_bands_from_course_sources():
    from medialit import course_sources

    nb = nbformat.read(TEACHER_NB, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert 'course_sources().set_index("source_id").loc["kappa_bands"]' in code
    assert "Landis" in course_sources().set_index("source_id").loc["kappa_bands", "reference"] and "Landis" in prose
    assert "Experienced annotators rarely" not in prose and "In our view" in prose
    assert "From the answers learners saved in lessons 01–03" not in prose


# The teacher's notebook gets the hygiene checks in tests/test_notebook_hygiene.py, like every notebook.


def test_teacher_notebook_reads_the_sample_class_beside_it():
    nb = nbformat.read(TEACHER_NB, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert 'Path("sample_class")' in code  # relative to the notebook's folder, where nbval runs it
