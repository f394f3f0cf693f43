"""The claim ledger: each checked claim beside the key's reading of its sentence and what outside sources found.

Lesson 05 used to build this with a three-step pandas merge in a lesson cell; ``claim_ledger()`` is that
join, named and tested, with plain column names a learner can read. ``evidence_figures()`` lists every
number the outside sources give (one row per number, with its unit and qualifier), so lessons compute
with data instead of figures typed into a cell.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from medialit.text.schema import Annotation

# How the key's claim types read in learner-facing tables: "fact" would read as "true", so it is "checkable".
PLAIN_CLAIM_TYPES = {"fact": "checkable", "opinion": "opinion", "prediction": "prediction", "mixed": "mixed"}

# evidence.csv column -> the ledger's plain column name, in the ledger's order.
LEDGER_COLUMNS = {
    "evidence_id": "evidence",
    "sentence_id": "sentence",
    "claim": "claim checked",
    "claim_type": "label in the key",
    "numbers": "numbers",
    "who is cited": "who is cited",
    "verdict": "verdict",
    "publisher": "source",
    "date": "date",
    "url": "link",
    "publisher_kind": "kind of publisher",
    "publisher_side": "who they are",
    "first_hand": "first-hand?",
    "based_on": "based on",
    "context": "why",
}


def claim_ledger(key: Annotation | None = None, ev: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per outside source on a claim: the claim, the key's label, numbers and people cited, the verdict.

    ``key`` defaults to the op-ed's answer key and ``ev`` to ``evidence()``. Every evidence row is kept,
    even when the key has no numbers or sources for its sentence (those cells are empty). Each person or
    group cited in a sentence appears once, in the order the key lists them.
    """
    from medialit.content.key import answer_key, evidence

    key = answer_key() if key is None else key
    ev = evidence() if ev is None else ev
    labels = key.sentences[["sentence_id", "claim_type"]].assign(claim_type=lambda f: f["claim_type"].map(_plain))
    numbers = key.statistics.groupby("sentence_id", sort=False)["span"].agg("; ".join).rename("numbers")
    cited = key.attributions.groupby("sentence_id", sort=False)["source_who"].agg(lambda who: "; ".join(who.unique()))
    ledger = (
        ev.merge(labels, on="sentence_id", how="left")
        .merge(numbers.reset_index(), on="sentence_id", how="left")
        .merge(cited.rename("who is cited").reset_index(), on="sentence_id", how="left")
        .fillna({"numbers": "", "who is cited": "", "claim_type": ""})
    )
    present = [c for c in LEDGER_COLUMNS if c in ledger.columns]
    return ledger[present].rename(columns=LEDGER_COLUMNS).reset_index(drop=True)


def _plain(label: str) -> str:
    return PLAIN_CLAIM_TYPES.get(label, label)


@lru_cache(maxsize=1)
def _figures() -> pd.DataFrame:
    import pandas as pd

    path = resources.files("medialit.content") / "data" / "evidence_figures.csv"
    with path.open("r", encoding="utf-8") as fh:
        frame = pd.read_csv(fh, dtype=str, keep_default_na=False)
    frame["value"] = pd.to_numeric(frame["value"], errors="raise").astype("float64")
    return frame


def evidence_figures(evidence_id: str | None = None) -> pd.DataFrame:
    """Every number in the evidence's figures: evidence_id, value, unit, qualifier and what it counts.

    ``evidence()`` carries each row's first number in its ``value`` and ``unit`` columns; this table has
    them all (e06 gives three counts of drones shot down, e16 three drone figures). With ``evidence_id``,
    only that row's numbers, in the order the source gives them.
    """
    frame = _figures().copy()
    if evidence_id is not None:
        frame = frame[frame["evidence_id"] == evidence_id].reset_index(drop=True)
    return frame


def figure_value(evidence_id: str, what: str) -> float:
    """The one number of row ``evidence_id`` whose description contains ``what`` (clear error otherwise)."""
    rows = evidence_figures(evidence_id)
    hits = rows[rows["what"].str.contains(what, case=False, regex=False)]
    if len(hits) != 1:
        found = "; ".join(rows["what"]) or "no numbers"
        raise LookupError(f"{len(hits)} figures of {evidence_id} match {what!r} (it has: {found})")
    return float(hits["value"].iloc[0])
