"""One schema for the key and the machine, and the key's character offsets into the article."""

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from medialit.content.article import load_article
from medialit.content.key import answer_key
from medialit.text import schema
from medialit.text.annotator import COLUMNS, annotate

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import add_offsets  # noqa: E402

sys.path.pop(0)

SPAN = {"sentences": "text", "attributions": "source", "statistics": "span", "cues": "span"}


@pytest.fixture(scope="module")
def ak():
    return answer_key()


def test_key_and_machine_columns_come_from_one_declaration():
    assert COLUMNS is schema.MACHINE_COLUMNS
    for name in schema.TABLES:
        key_cols, machine_cols = schema.KEY_COLUMNS[name], schema.MACHINE_COLUMNS[name]
        shared = [c for c in key_cols if c in machine_cols]
        assert shared == schema.SHARED_COLUMNS[name]
        assert {"sentence_id", "start", "end"} <= set(shared), name
        assert len(set(key_cols)) == len(key_cols) and len(set(machine_cols)) == len(machine_cols)
    assert "claim_type" in schema.SHARED_COLUMNS["sentences"]
    assert "opinion_score" not in schema.KEY_COLUMNS["sentences"]
    assert "rationale" not in schema.MACHINE_COLUMNS["sentences"]


def test_both_sides_fill_exactly_their_columns_with_their_types(ak):
    machine = annotate(load_article().text, first_paragraph=0)
    for side, ann in (("key", ak), ("machine", machine)):
        for name in schema.TABLES:
            frame = ann.table(name)
            assert list(frame.columns) == schema.columns(name, side), (side, name)
            for col, dtype in schema.dtypes(name, side).items():
                assert str(frame[col].dtype) == dtype, (side, name, col)
    assert list(machine.claim_types.index) == list(ak.claim_types.index)


def test_origin_is_key_machine_or_learner():
    tables = {
        "sentences": pd.DataFrame({"sentence_id": ["p01.s1"], "paragraph": [1], "text": ["x"]}),
        "attributions": pd.DataFrame(columns=["sentence_id", "source"]),
        "statistics": pd.DataFrame(columns=["sentence_id", "span"]),
        "cues": pd.DataFrame(columns=["sentence_id", "span", "cue_type"]),
    }
    assert schema.Annotation(origin="learner", **tables).origin == "learner"
    with pytest.raises(ValueError, match="key, machine, learner"):
        schema.Annotation(origin="robot", **tables)


@pytest.mark.parametrize("name", schema.TABLES)
def test_every_key_span_sits_at_its_offsets_inside_its_sentence(ak, name):
    text = load_article().text
    sentences = ak.sentences.set_index("sentence_id")
    frame = ak.table(name)
    assert frame["start"].dtype == "int64" and frame["end"].dtype == "int64"
    wrong = []
    for row in frame.itertuples(index=False):
        lo, hi = sentences.loc[row.sentence_id, "start"], sentences.loc[row.sentence_id, "end"]
        if text[row.start : row.end] != getattr(row, SPAN[name]) or not lo <= row.start <= row.end <= hi:
            wrong.append((row.sentence_id, getattr(row, SPAN[name])))
    assert not wrong


def test_sentence_offsets_are_the_articles(ak):
    article = load_article().sentences
    assert list(ak.sentences.start) == list(article.start) and list(ak.sentences.end) == list(article.end)


def test_the_offsets_tool_finds_nothing_stale():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "add_offsets.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_offsets_tool_fills_fixes_keeps_and_refuses():
    text = "Ann said no. Bob said it was bad, very bad."
    bounds = {"p01.s1": (0, 12), "p01.s2": (13, len(text))}
    rows = [
        {"sentence_id": "p01.s2", "span": "bad", "start": "", "end": ""},  # new row: filled
        {"sentence_id": "p01.s2", "span": "bad", "start": "", "end": ""},  # same span again: next occurrence
        {"sentence_id": "p01.s1", "span": "no", "start": "3", "end": "5"},  # stale: fixed
    ]
    out = add_offsets.with_offsets("cues", rows, text, bounds)
    assert [(int(r["start"]), int(r["end"])) for r in out] == [(29, 32), (39, 42), (9, 11)]
    assert all(text[int(r["start"]) : int(r["end"])] == r["span"] for r in out)
    # a hand-chosen second occurrence is kept, and a second run changes nothing
    chosen = [{"sentence_id": "p01.s2", "span": "bad", "start": "39", "end": "42"}]
    assert add_offsets.with_offsets("cues", chosen, text, bounds) == chosen
    assert add_offsets.with_offsets("cues", out, text, bounds) == out
    with pytest.raises(add_offsets.OffsetProblem, match="'good' is not in that sentence"):
        add_offsets.with_offsets("cues", [{"sentence_id": "p01.s1", "span": "good"}], text, bounds)


def test_the_offsets_tool_writes_schema_order_and_check_mode_notices(tmp_path, monkeypatch):
    key_dir = tmp_path / "key"
    key_dir.mkdir()
    for name in schema.TABLES:
        rows = add_offsets.read_rows(add_offsets.KEY_DIR / f"{name}.csv")
        for row in rows:  # an old file: no offset columns
            row.pop("start"), row.pop("end")
        cols = [c for c in schema.KEY_COLUMNS[name] if c not in ("start", "end")]
        frame = pd.DataFrame(rows, columns=cols)
        frame.to_csv(key_dir / f"{name}.csv", index=False, lineterminator="\n")
    monkeypatch.setattr(add_offsets, "KEY_DIR", key_dir)
    monkeypatch.setattr(add_offsets, "ROOT", tmp_path)
    assert add_offsets.main(["--check"]) == 1
    assert add_offsets.main([]) == 0
    assert add_offsets.main(["--check"]) == 0
    for name in schema.TABLES:
        written = (key_dir / f"{name}.csv").read_text(encoding="utf-8")
        assert written == (add_offsets.KEY_DIR / f"{name}.csv").read_text(encoding="utf-8"), name


def test_every_reporting_verb_in_the_key_sits_at_its_offsets_inside_its_sentence(ak):
    text = load_article().text
    sentences = ak.sentences.set_index("sentence_id")
    rows = ak.attributions
    assert rows["verb_start"].dtype == "int64"
    wrong = []
    for row in rows.itertuples(index=False):
        lo, hi = sentences.loc[row.sentence_id, "start"], sentences.loc[row.sentence_id, "end"]
        if not row.reporting_verb:
            ok = row.verb_start == row.verb_end == -1
        else:
            ok = text[row.verb_start : row.verb_end] == row.reporting_verb and lo <= row.verb_start <= hi
        if not ok:
            wrong.append((row.sentence_id, row.reporting_verb))
    assert not wrong
    assert (rows.reporting_verb != "").sum() > 10  # the key does name verbs


def test_verb_offsets_prefer_the_verb_after_the_source_and_keep_a_hand_choice():
    from medialit.content.key import verb_offsets

    text = "They said no. Then Ann said yes, and said it twice."
    lo, hi = 14, len(text)
    row = {"reporting_verb": "said", "start": "19", "end": "22"}  # source "Ann"
    assert verb_offsets(row, text, lo, hi) == (23, 27)
    chosen = row | {"verb_start": "37", "verb_end": "41"}
    assert verb_offsets(chosen, text, lo, hi) == (37, 41)
    assert verb_offsets(row | {"verb_start": "5", "verb_end": "9"}, text, lo, hi) == (23, 27)  # outside: moved
    assert verb_offsets({"reporting_verb": "told"}, text, lo, hi) == (-1, -1)
    assert verb_offsets({"reporting_verb": ""}, text, lo, hi) == (-1, -1)
