"""Kappa statistics against worked examples with known answers."""

import pandas as pd
import pytest

from medialit.teacher.agreement import cohen_kappa, fleiss_kappa, label_counts, pairwise_kappas

# Fleiss (1971) style example as worked on Wikipedia's "Fleiss' kappa" page: 10 items, 14 raters; kappa = 0.210.
FLEISS_TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_worked_example():
    assert fleiss_kappa(FLEISS_TABLE) == pytest.approx(0.210, abs=0.001)


def test_cohen_by_hand():
    # observed 0.75, expected 0.5*0.25 + 0.5*0.75 = 0.5, so kappa = 0.5
    assert cohen_kappa(["y", "y", "n", "n"], ["y", "n", "n", "n"]) == pytest.approx(0.5)
    assert cohen_kappa(list("abcab"), list("abcab")) == 1.0
    assert cohen_kappa(["a", "b"], ["b", "a"]) == pytest.approx(-1.0)


def test_bad_shapes_raise_clearly():
    with pytest.raises(ValueError):
        cohen_kappa(["a"], ["a", "b"])
    with pytest.raises(ValueError):
        fleiss_kappa([[1, 1], [2, 1]])


def test_long_labels_to_counts_and_pairs():
    labels = pd.DataFrame(
        [
            ("ann", "s1", "fact"),
            ("bob", "s1", "fact"),
            ("cy", "s1", "opinion"),
            ("ann", "s2", "opinion"),
            ("bob", "s2", "opinion"),
            ("cy", "s2", "opinion"),
        ],
        columns=["rater", "item", "label"],
    )
    counts = label_counts(labels, ["fact", "opinion", "mixed"])
    assert counts.loc["s1"].tolist() == [2, 1, 0] and counts.loc["s2"].tolist() == [0, 3, 0]
    pairs = pairwise_kappas(labels)
    assert len(pairs) == 3
    assert pairs.set_index(["rater_a", "rater_b"]).loc[("ann", "bob"), "kappa"] == 1.0
