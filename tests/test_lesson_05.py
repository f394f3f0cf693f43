"""Lesson 05 (checking claims): the evidence's source profiles and figures, the claim ledger, the checking cases."""

import re

import pytest

from medialit import answer_key, claim_ledger, evidence, evidence_figures, figure_value

KINDS = {
    "wire service",
    "newspaper",
    "news site",
    "broadcaster",
    "government or military",
    "think tank",
    "partisan site",
    "repost or aggregator",
    "social post",
    "not checked",
}


@pytest.fixture(scope="module")
def ev():
    return evidence().set_index("evidence_id")


# --- source profiles: every row, every outlet alike ----------------------------------------------------


def test_every_evidence_row_has_a_source_profile_in_plain_words(ev):
    assert set(ev["publisher_kind"]) <= KINDS
    for col in ("publisher_side", "first_hand", "based_on"):
        assert (ev[col].str.strip() != "").all(), col
    assert ev["first_hand"].str.match(r"^(yes|no|not checked)\b").all()
    profile = ev[["publisher_kind", "publisher_side", "first_hand", "based_on"]]
    assert not profile.apply(lambda col: col.str.contains(r"\w_\w")).any().any()  # no raw codes


def test_the_same_outlet_gets_the_same_profile_wherever_it_appears(ev):
    outlet = ev["publisher"].str.replace(r" \(.*\)$", "", regex=True)
    profiles = ev.assign(outlet=outlet).groupby("outlet")[["publisher_kind", "publisher_side"]].nunique()
    assert (profiles == 1).all().all(), profiles[(profiles > 1).any(axis=1)]


@pytest.mark.parametrize(
    ("publisher", "side"),
    [
        ("TASS", "Russian state news agency"),
        ("Kyiv Independent", "Ukrainian independent outlet"),
        ("newskiev.ru (pro-Kremlin, Russian-language)", "pro-Kremlin"),
        ("The Moscow Times", "critical of the Kremlin"),
    ],
)
def test_outlets_from_both_sides_are_named_for_what_they_are(ev, publisher, side):
    rows = ev[ev["publisher"] == publisher]
    assert len(rows) and rows["publisher_side"].str.contains(side, regex=False).all()


def test_who_is_behind_each_figure_names_think_tanks_and_governments_alike(ev):
    assert "US think tank" in ev.loc["e01", "based_on"] and "CSIS" in ev.loc["e01", "based_on"]
    for eid in ("e02", "e11"):
        assert "UK Ministry of Defence (government of a country that backs Ukraine)" in ev.loc[eid, "based_on"]
    for eid in ("e13", "e15", "e16"):
        assert "Ukrainian government" in ev.loc[eid, "based_on"]
    for eid in ("e06", "e10", "e21", "e22"):
        assert "Russian government" in ev.loc[eid, "based_on"]
    assert "US government" in ev.loc["e09", "based_on"] and "US government" in ev.loc["e37", "based_on"]


def test_reposts_are_marked_as_repeating_someone_else(ev):
    for eid in ("e01", "e02", "e04", "e09", "e17", "e21", "e25"):
        assert ev.loc[eid, "first_hand"].startswith("no"), eid
    cited = ev[ev["publisher"].str.contains(r"citing|republishing|via|quoting|\(AFP\)")]
    assert cited["first_hand"].str.startswith("no").all()


def test_e06_says_the_claim_overstates_without_speculating_about_launches(ev):
    context = ev.loc["e06", "context"]
    assert "overstates" in context and "Russian side" in context
    assert "launched" not in context and "rule it out" not in context


# --- figures as numbers ----------------------------------------------------------------------------------


def _written(value):
    forms = {f"{value:,.0f}", f"{value:g}"}
    if value >= 1_000_000:
        forms.add(f"{value / 1e6:g} million")
    return forms


def test_every_figure_number_is_written_in_its_evidence_row(ev):
    figures = evidence_figures()
    assert set(figures["evidence_id"]) <= set(ev.index)
    for row in figures.itertuples():
        text = ev.loc[row.evidence_id, "figure"]
        assert any(form in text for form in _written(row.value)), (row.evidence_id, row.value)
        assert row.unit and "_" not in row.unit and row.what


def test_value_and_unit_columns_hold_each_rows_first_figure(ev):
    first = evidence_figures().drop_duplicates("evidence_id").set_index("evidence_id")
    with_value = ev[ev["value"] != ""]
    assert set(with_value.index) == set(first.index)
    for eid, row in with_value.iterrows():
        assert float(row["value"]) == first.loc[eid, "value"] and row["unit"] == first.loc[eid, "unit"]
    assert (ev.loc[ev["value"] == "", "unit"] == "").all()


def test_figure_value_finds_one_number_and_explains_a_miss():
    assert figure_value("e01", "killed (CSIS") == 250_000
    assert figure_value("e06", "10 regions") == 337
    with pytest.raises(LookupError, match="it has:"):
        figure_value("e06", "Moscow")
    assert "average" in evidence_figures("e16").set_index("value").loc[250_000, "what"]


# --- the claim ledger ------------------------------------------------------------------------------------


def test_the_claim_ledger_keeps_every_evidence_row_and_names_who_is_cited_once_each():
    key = answer_key()
    ledger = claim_ledger()
    assert list(ledger["evidence"]) == list(evidence()["evidence_id"])
    who = key.attributions.groupby("sentence_id")["source_who"].unique()
    for row in ledger.itertuples():
        names = [n for n in row[ledger.columns.get_loc("who is cited") + 1].split("; ") if n]
        assert names == list(who.get(row.sentence, [])), row.sentence
    numbers = key.statistics.groupby("sentence_id")["span"].agg("; ".join)
    assert ledger.set_index("evidence").loc["e01", "numbers"] == numbers["p03.s1"]


def test_the_claim_ledger_shows_labels_in_plain_words():
    ledger = claim_ledger()
    labels = set(ledger["label in the key"])
    assert "fact" not in labels and "checkable" in labels
    assert not any(re.search(r"\w_\w", c) for c in ledger.columns)


def test_the_claim_ledger_works_on_other_tables():
    key = answer_key()
    one = evidence().head(2).copy()
    ledger = claim_ledger(key, one)
    assert len(ledger) == 2 and list(ledger["source"]) == list(one["publisher"])
