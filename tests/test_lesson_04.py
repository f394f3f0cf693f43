"""Lesson 04 (loaded language): cue families, the key's in-quote column, and the lesson's statements."""

import pytest

from medialit import answer_key, cue_families, family_of
from medialit.content.families import family_names
from medialit.content.key import CUE_TYPES


@pytest.fixture(scope="module")
def key():
    return answer_key()


def test_every_cue_kind_is_in_exactly_one_family():
    table = cue_families()
    kinds = [c for c in CUE_TYPES if c != "date"]
    assert sorted(table["cue_type"]) == sorted(kinds) and table["cue_type"].is_unique
    assert family_names() == ("loaded language", "sure or unsure", "mind-reading", "future and advice")
    assert family_of("rhetorical_even") == "loaded language" and family_of("hedge") == "sure or unsure"
    assert family_of("recommendation") == family_of("modal_future") == "future and advice"
    with pytest.raises(KeyError):
        family_of("date")


def test_families_are_described_in_plain_words():
    table = cue_families()
    for col in ("family", "kind", "what it does", "ask"):
        assert (table[col].str.strip() != "").all() and not table[col].str.contains("_").any(), col
    assert table["ask"].str.endswith("?").all()


def test_in_quote_marks_exactly_the_cues_inside_a_recorded_quotation(key):
    cues = key.cues
    assert cues["in_quote"].dtype == bool and cues["in_quote"].any() and not cues["in_quote"].all()
    quoted = key.attributions[key.attributions["form"].isin(["direct_quote", "partial_quote"])]
    quotes = quoted.groupby("sentence_id")["quote"].agg(list)
    inside = [any(span in q for q in quotes.get(sid, [])) for sid, span in zip(cues["sentence_id"], cues["span"])]
    assert list(cues["in_quote"]) == inside
    # a quotation that runs on from the sentence before still counts as a quotation
    assert cues.set_index(["sentence_id", "span"]).loc[("p15.s3", "simply"), "in_quote"]
