"""The opinion score's inputs and rules: the word lists of stance_words, the SUPPORT rule, the shipped weights,
and the fitting script's promises (the hand bias ships, a useful signal gains weight)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from medialit.text import opinion, stance_words
from medialit.text.annotator import annotate
from medialit.text.signals import sentence_signals
from medialit.text.tokens import Tokens

ROOT = Path(__file__).resolve().parents[1]


def kinds(text: str) -> list[str]:
    return [kind for _, kind in sorted(stance_words.find(Tokens(text)))]


def test_stance_words_finds_each_kind_in_plain_words():
    assert kinds("It matters because the plan failed, but we can wait.") == [
        "judgement",  # "matters" is a word of importance before it is a present tense
        "reason",
        "judgement",  # "failed": blame …
        "past",  # … and a verb in -ed
        "contrast",
        "can",
    ]
    assert kinds("The ferry was late yesterday.") == ["past", "time"]


def test_a_phrase_counts_once_and_ed_adjectives_are_not_past():
    assert kinds("The fare rose, which means the town pays.") == ["past", "reason"]  # not "means" again
    assert kinds("On Monday the fare rose.") == ["time", "past"]  # not "Monday" again
    assert kinds("Indeed the plan is limited and the hall is red.") == ["present", "present"]  # no -ed verb here
    assert kinds("Signed and sealed.") == ["past"]  # a capital -ed word at the start is not counted


def test_us_in_capitals_is_the_country_not_we():
    from medialit.text.cues import voice_signals

    def we(text: str) -> list[str]:
        return [kind for _, kind in voice_signals(Tokens(text)) if kind == "we"]

    assert we("The US and the UK signed the treaty in May.") == []
    assert we("Tell us why the US signed it.") == ["we"]  # "us" the pronoun still counts
    assert we("Let US know.") == []  # capitals are read as the country: the price of the rule


def test_judgement_words_count_only_in_the_authors_own_words():
    (_, own), (_, quoted) = sentence_signals(["The plan is important.", "“The plan is important,” the mayor told us."])
    assert own.get("judgement") == 1 and own.get("general") == 1
    assert "judgement" not in quoted and "present" not in quoted
    assert quoted.get("past") == 1  # "told": a sign of a report counts anywhere


@pytest.mark.parametrize("text", ["The sky is blue.", "The ferry is small.", "I am here."])
def test_tense_and_i_alone_never_make_an_opinion(text):
    row = annotate(text).sentences.iloc[0]
    assert row.claim_type == "fact", (row.opinion_score, row.signals)
    assert "present tense" not in row.signals and "'I'" not in row.signals


def test_tense_backs_up_a_sign_in_the_words():
    row = annotate("The mayor’s plan is a disaster.").sentences.iloc[0]
    assert row.claim_type == "opinion"
    assert row.signals.startswith("loaded words") and "present tense" in row.signals


def test_vector_drops_support_signals_without_a_word_sign():
    caps = opinion.model()["caps"]
    assert opinion.vector({"present": 2, "general": 1, "first_person": 1, "date": 1}, caps) == {"date": 1}
    assert opinion.vector({"present": 2, "loaded": 1}, caps) == {"present": 2, "loaded": 1}
    assert opinion.vector({"present": 9}, caps) == {}


def test_shipped_model_explains_every_weight_and_keeps_signal_less_sentences_plain():
    m = opinion.model()
    assert set(m["weights"]) <= set(opinion.LABELS)  # every pull has a plain name in the signals column
    assert opinion.SUPPORT | opinion.WORD_SIGNS <= set(m["weights"])
    assert opinion.logistic(m["bias"]) < m["threshold"]  # a sentence with no signal is plain fact
    score, pulls = opinion.score({})
    assert score < m["threshold"] and pulls == []


@pytest.fixture()
def trainer():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_opinion

        yield train_opinion
    finally:
        sys.path.remove(str(ROOT / "tools"))


def test_fit_ships_the_hand_bias_and_learns_a_useful_signal(trainer):
    # Two made-up corpora with different opinion rates; "judgement" marks the opinions in both.
    a = [({"judgement": 1.0}, 1, 1.0)] * 30 + [({}, 0, 1.0)] * 60 + [({"judgement": 1.0}, 0, 1.0)] * 5
    b = [({"judgement": 1.0}, 1, 2.0)] * 40 + [({}, 1, 2.0)] * 10 + [({}, 0, 2.0)] * 20
    bias, w = trainer.fit(a + b, strength=0.01, rounds=200)
    assert bias == trainer.PRIOR_BIAS
    assert w["judgement"] > 1.0  # from a prior of 0
    assert w["loaded"] == pytest.approx(trainer.PRIOR["loaded"])  # no data: the hand weight stays


def test_cross_validation_reports_each_fold(trainer):
    # 50 made-up items of each corpus; "judgement" marks most opinions, so every fold scores above chance.
    a = [({"judgement": 1.0}, 1, 1.0)] * 20 + [({}, 0, 1.0)] * 25 + [({"judgement": 1.0}, 0, 1.0)] * 5
    b = [({"judgement": 1.0}, 1, 2.0)] * 30 + [({}, 0, 2.0)] * 15 + [({}, 1, 2.0)] * 5
    pairs = trainer.cross_validate(a + b, strength=0.01, rounds=100)
    assert sorted(p[3] for p in pairs) == sorted(list(range(5)) * 20)  # every item once, in one of five folds
    threshold = 0.45
    spread = trainer.fold_spread(pairs, threshold)
    assert set(spread) == {"checkthat", "webis"} and all(len(v) == 5 for v in spread.values())
    assert all(f1 > 0.5 for values in spread.values() for f1 in values)
    pooled = trainer.corpus_f1(pairs, threshold)
    for name, values in spread.items():  # the folds' figures lie around the pooled one
        assert min(values) <= pooled[name] + 1e-9 and max(values) >= pooled[name] - 1e-9
    assert "±" in trainer.spread_text(spread)
    other = trainer.cross_validate(a + b, strength=0.01, seed=1, rounds=100)  # other folds, every item once
    assert sorted(p[3] for p in other) == sorted(p[3] for p in pairs) and other != pairs
