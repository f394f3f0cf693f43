"""Agreement between annotators: Cohen's kappa for two, Fleiss' kappa for a class, as plain functions.

Used to check the answer key against an independent annotation and, in the
teacher's kit, to show how far a class agrees on each sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa of two equally long label sequences (1 = perfect, 0 = chance level)."""
    if len(a) != len(b):
        raise ValueError("the two annotations must label the same items")
    n = len(a)
    if n == 0:
        raise ValueError("no items to compare")
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if expected == 1:
        return 1.0
    return (observed - expected) / (1 - expected)


def fleiss_kappa(counts: Sequence[Sequence[int]]) -> float:
    """Fleiss' kappa from a table: one row per item, one column per category, cells = raters choosing it."""
    rows = [list(r) for r in counts if sum(r) > 0]
    if not rows:
        raise ValueError("no ratings")
    raters = sum(rows[0])
    if raters < 2 or any(sum(r) != raters for r in rows):
        raise ValueError("every item needs the same number (at least two) of raters")
    n_items = len(rows)
    p_items = [(sum(c * c for c in r) - raters) / (raters * (raters - 1)) for r in rows]
    totals = [sum(col) for col in zip(*rows)]
    p_cats = [t / (n_items * raters) for t in totals]
    p_bar = sum(p_items) / n_items
    p_e = sum(p * p for p in p_cats)
    if p_e == 1:
        return 1.0
    return (p_bar - p_e) / (1 - p_e)


def label_counts(labels: pd.DataFrame, categories: Sequence[str]) -> pd.DataFrame:
    """From long labels (rater, item, label) to a table of counts per item and category."""
    table = labels.pivot_table(index="item", columns="label", values="rater", aggfunc="count", fill_value=0)
    return table.reindex(columns=list(categories), fill_value=0).astype("int64")


def pairwise_kappas(labels: pd.DataFrame) -> pd.DataFrame:
    """Cohen's kappa for every pair of raters over the items both labelled (columns rater_a, rater_b, items, kappa)."""
    import pandas as pd

    wide = labels.pivot_table(index="item", columns="rater", values="label", aggfunc="first")
    rows = []
    for ra, rb in combinations(sorted(wide.columns), 2):
        both = wide[[ra, rb]].dropna()
        if len(both):
            rows.append(
                {
                    "rater_a": ra,
                    "rater_b": rb,
                    "items": len(both),
                    "kappa": cohen_kappa(both[ra].tolist(), both[rb].tolist()),
                }
            )
    return pd.DataFrame(rows, columns=["rater_a", "rater_b", "items", "kappa"])
