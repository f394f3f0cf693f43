"""The evaluation measures on small hand-made tables (invented sentences) whose right answers we can work out."""

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from medialit.content.evaluation import (
    binary,
    claim_scores,
    class_scores,
    compare,
    locate,
    match_spans,
    prf,
    span_scores,
    textblob_guesser,
)
from medialit.content.key import Annotation


def test_prf_counts():
    assert prf(3, 4, 6) == pytest.approx((0.5, 0.75, 0.6))
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)


def test_locate_ignores_curly_quotes_and_case():
    sentence = "The mayor’s “plan” failed."
    assert locate('mayor\'s "plan"', sentence) == (4, 18)
    assert locate("THE MAYOR", sentence) == (0, 9)
    assert locate("ferry", sentence) is None and locate("", sentence) is None


def test_match_spans_is_one_to_one():
    # one long machine span overlaps two key spans: it can match only one of them
    key = [((0, 16), "around 5 percent"), ((20, 29), "near zero")]
    assert match_spans(key, [((0, 29), "around 5 percent to near zero")]) == 1
    assert match_spans(key, [((0, 8), "around 5"), ((20, 24), "near")]) == 2
    assert match_spans(key, [((40, 45), "later")]) == 0
    # phrases that cannot be located are compared by shared words
    assert match_spans([(None, "the town's mayor")], [(None, "Mayor Fenwick")]) == 1


def test_span_scores_per_sentence():
    texts = {"p01.s1": "Glimmerton has 12,450 residents and 3 boats.", "p01.s2": "It rained 5 days."}
    key = pd.DataFrame(
        {"sentence_id": ["p01.s1", "p01.s1", "p01.s2"], "span": ["12,450 residents", "3 boats", "5 days"]}
    )
    machine = pd.DataFrame({"sentence_id": ["p01.s1", "p01.s2", "p01.s2"], "span": ["12,450", "5 days", "It"]})
    row = span_scores(key, machine, texts, "span", "statistics").iloc[0]
    assert (row.matched, row.precision, row.recall) == (
        2,
        pytest.approx(0.667, abs=1e-3),
        pytest.approx(0.667, abs=1e-3),
    )


def test_class_scores_and_binary():
    gold = ["fact", "opinion", "mixed", "fact"]
    pred = ["fact", "fact", "mixed", "fact"]
    scores = class_scores(gold, pred, ("fact", "opinion", "mixed"))
    assert scores["accuracy"] == 0.75
    assert scores["f1 fact"] == pytest.approx(0.8) and scores["f1 opinion"] == 0 and scores["f1 mixed"] == 1
    assert scores["macro-F1"] == pytest.approx(0.6)
    assert binary(["fact", "prediction", "mixed", "opinion"]) == ["fact", "not_fact", "not_fact", "not_fact"]


def test_claim_scores_side_by_side():
    frame = claim_scores(["fact", "opinion"], {"ours": ["fact", "opinion"], "other": ["fact", "fact"]})
    binary_row = frame[(frame.task == "fact vs not-fact") & (frame.measure == "accuracy")].iloc[0]
    assert (binary_row.ours, binary_row.other) == (1.0, 0.5)
    assert set(frame.task) == {"fact vs not-fact", "four claim types"}


def _annotation(claims, stats, origin):
    sentences = pd.DataFrame(
        {
            "sentence_id": ["p01.s1", "p01.s2"],
            "paragraph": [1, 1],
            "text": ["The ferry carries 300 people.", "The mayor said it is a disaster."],
            "claim_type": claims,
        }
    )
    return Annotation(
        sentences=sentences,
        attributions=pd.DataFrame({"sentence_id": ["p01.s2"], "source": ["The mayor"]}),
        statistics=pd.DataFrame({"sentence_id": ["p01.s1"] * len(stats), "span": stats}),
        cues=pd.DataFrame({"sentence_id": ["p01.s2"], "span": ["disaster"], "cue_type": ["loaded"]}),
        origin=origin,
    )


def test_compare_a_machine_annotation_with_a_key():
    key = _annotation(["fact", "fact"], ["300 people"], "key")
    machine = _annotation(["fact", "opinion"], ["300 people", "The ferry"], "machine")
    scores = compare(machine, key)
    spans = scores["spans"].set_index("task")
    stats = spans.loc["statistics (span overlap)"]
    assert (stats.recall, stats.precision) == (1.0, 0.5)
    assert spans.loc["attributions (source overlap)"].f1 == 1.0
    claims = scores["claims"].set_index(["task", "measure"])
    assert claims.loc[("fact vs not-fact", "accuracy"), "medialit"] == 0.5


def test_compare_refuses_sentences_that_do_not_line_up():
    key = _annotation(["fact", "fact"], [], "key")
    machine = _annotation(["fact", "fact"], [], "machine")
    machine.sentences.loc[0, "text"] = "Something else."
    with pytest.raises(ValueError, match="first_paragraph=0"):
        compare(machine, key)


def test_textblob_baseline_if_installed():
    guess = textblob_guesser()
    if guess is None:
        pytest.skip("TextBlob is not installed (optional: pip install 'medialit[baseline]')")
    assert guess("This is a terrible, wonderful, amazing idea.") == "opinion"
    assert guess("The ferry left at noon.") == "fact"


# --- the CheckThat benchmark script: polite without data, right with a tiny invented file ---------

ROOT = Path(__file__).resolve().parents[1]


def run_benchmark(*args):
    script = ROOT / "benchmarks" / "checkthat.py"
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, timeout=60)


def test_checkthat_benchmark_skips_politely_without_the_data(tmp_path):
    proc = run_benchmark("--data", str(tmp_path / "absent"))
    assert proc.returncode == 0 and "skipping" in proc.stdout and not proc.stderr


def test_checkthat_benchmark_reads_the_tsv_format(tmp_path):
    rows = [
        "id\tsentence\tlabel\tsolved_conflict",  # a header line is skipped
        'a1\t"The ferry is a ""total"" disaster, and that is shameful."\tSUBJ\tFalse',
        "a2\tThe Glimmerton ferry left at noon on Monday.\tOBJ\tFalse",
    ]
    for split in ("train", "dev"):
        (tmp_path / f"{split}_en.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import checkthat
    finally:
        sys.path.pop(0)
    pairs = checkthat.read_split(tmp_path / "dev_en.tsv")
    assert pairs[0] == ('The ferry is a "total" disaster, and that is shameful.', "SUBJ") and len(pairs) == 2
    assert checkthat.medialit_labels([s for s, _ in pairs]) == ["SUBJ", "OBJ"]
    proc = run_benchmark("--data", str(tmp_path))
    assert proc.returncode == 0
    assert [line.split()[:4] for line in proc.stdout.splitlines()[1:]] == [
        ["train", "2", "0.50", "1.000"],
        ["dev", "2", "0.50", "1.000"],
    ]


def test_cli_evaluate_prints_every_task(capsys):
    from medialit.cli import main

    assert main(["evaluate", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [row["task"] for row in data["spans"]] == [
        "statistics (span overlap)",
        "attributions (source overlap)",
        "opinion cues (span overlap, any type)",
    ]
    assert {row["task"] for row in data["claim types"]} == {"fact vs not-fact", "four claim types"}
    assert main(["evaluate"]) == 0 and "precision" in capsys.readouterr().out
