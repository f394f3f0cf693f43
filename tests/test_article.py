"""The op-ed as data: faithful text, stable sentence ids, the headline and author note as rows."""

import json
from pathlib import Path

import pytest

from medialit import load_article

# Counted by reading the op-ed: sentences per paragraph, headline (0) to author note (21).
EXPECTED_PER_PARAGRAPH = [1, 2, 2, 2, 3, 3, 2, 2, 3, 1, 3, 4, 6, 2, 2, 3, 3, 5, 4, 4, 2, 1]
SHARED = Path(__file__).resolve().parents[2] / "shared" / "oped"


def test_facts():
    a = load_article()
    assert a.title == "Putin’s growing anxiety mirrors Russia’s failures on the battlefield"
    assert a.author == "David Kirichenko"
    assert a.author_note == "David Kirichenko is an Associate Research Fellow at the Henry Jackson Society."
    assert a.outlet is None and a.url is None  # not confirmed: we do not guess
    assert a.published == "2025-05"
    assert len(a.paragraphs) == 22 and a.paragraphs[0] == a.title and a.paragraphs[-1] == a.author_note


def test_sentence_count_matches_a_reading_by_hand():
    s = load_article().sentences
    assert s.groupby("paragraph").size().tolist() == EXPECTED_PER_PARAGRAPH
    assert len(s) == 60


def test_ids_are_unique_and_human_readable():
    s = load_article().sentences
    assert s["sentence_id"].is_unique
    assert s["sentence_id"].str.fullmatch(r"p\d{2}\.s\d+").all()
    assert s.iloc[0]["sentence_id"] == "p00.s1" and s.iloc[-1]["sentence_id"] == "p21.s1"


def test_parts():
    s = load_article().sentences
    assert s.iloc[0]["part"] == "headline"
    assert s.iloc[-1]["part"] == "author_note"
    assert set(s["part"].iloc[1:-1]) == {"body"}


@pytest.mark.parametrize("bad_start", ["General Keith", "Yaroslav", "Zelensky said", "Ukraine, warning"])
def test_no_sentence_starts_mid_sentence(bad_start):
    assert not load_article().sentences["text"].str.startswith(bad_start).any()


def test_known_sentences_are_whole():
    s = load_article().sentences.set_index("sentence_id")["text"]
    assert s["p09.s1"].startswith("Retired Lt. General Keith Kellogg") and s["p09.s1"].endswith("not miles.")
    assert s["p11.s3"].endswith("Zelensky said recently.")
    assert s["p19.s4"] == "And by late April, a car bomb had killed Russian Gen. Yaroslav Moskalik."
    assert s["p14.s2"].startswith("Sviatoslav Golikov") and "“finish off” Ukraine, warning" in s["p14.s2"]


def test_sentences_are_a_copy():
    a = load_article()
    frame = a.sentences
    frame.loc[0, "text"] = "changed"
    assert a.sentences.loc[0, "text"] == a.title


def test_offsets_point_into_the_text():
    a = load_article()
    for row in a.sentences.itertuples():
        assert " ".join(a.text[row.start : row.end].split()) == row.text


@pytest.mark.skipif(not SHARED.exists(), reason="shared/ material not present")
def test_text_is_faithful_except_recorded_corrections():
    received = (SHARED / "article.txt").read_text(encoding="utf-8")
    a = load_article()
    normalised = "\n".join(line.rstrip() for line in received.replace("\u00a0", " ").split("\n"))
    assert normalised.endswith("Society..")
    assert a.text == normalised[:-1] + "\n"
    assert len(a.metadata["corrections"]) == 2
    assert json.loads((SHARED / "metadata.json").read_text(encoding="utf-8"))["author"] == a.author
