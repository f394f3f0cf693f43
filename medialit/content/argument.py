"""Lesson 08's data: which checked claims carry the op-ed's thesis, which way their errors lean, and a counter-text.

``argument_map()`` reads ``data/argument.csv``: for every sentence the fact-check looked at, whether it carries
the thesis or is background, and whether what the sources found makes it lean *towards the thesis*, *neither
way*, or *cannot tell*, with our reason. Every figure in a reason comes from ``evidence.csv`` rows of the same
sentence (a test keeps it so). ``counter_text()`` is an invented blog post that argues the opposite with
overstatements of its own, so learners can see that the lean test cuts both ways.

``claim_evidence()`` is the one place lesson 08 gets "what the evidence says" for each claim: from the claim
ledger (``medialit.content.ledger.claim_ledger``) when it is there, otherwise from ``evidence()`` directly.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

ROLES = ("carries the thesis", "background")
LEANS = ("towards the thesis", "neither way", "cannot tell")


@lru_cache(maxsize=1)
def _map() -> pd.DataFrame:
    import pandas as pd

    with (resources.files("medialit.content") / "data" / "argument.csv").open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh, dtype=str, keep_default_na=False)


def argument_map() -> pd.DataFrame:
    """One row per checked sentence: sentence_id, role (carries the thesis / background), leans, why."""
    return _map().copy()


@lru_cache(maxsize=1)
def counter_text() -> dict[str, Any]:
    """The invented counter-text: its label, outlet, byline, title, thesis and sentences (id, text, why)."""
    with (resources.files("medialit.content") / "data" / "counter_text.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)


def _evidence_rows() -> pd.DataFrame:
    """Evidence rows with plain column names: the claim ledger's when it exists, else evidence() renamed."""
    try:
        from medialit.content.ledger import claim_ledger  # lesson 05's ledger (plain column names)
    except ImportError:
        from medialit.content.key import evidence

        names = {"sentence_id": "sentence", "claim": "claim checked", "publisher": "source", "context": "why"}
        return evidence().rename(columns=names)
    return claim_ledger()


def claim_evidence(sentence_ids: list[str] | None = None, with_leans: bool = False) -> pd.DataFrame:
    """Per checked sentence: the claim checked, the verdict, what the sources say and who they are.

    ``with_leans`` adds the course's reading (role in the argument, which way it leans, and why): show it only
    after learners have made their own call.
    """
    rows = _evidence_rows()
    if sentence_ids is not None:
        rows = rows[rows["sentence"].isin(sentence_ids)]
    grouped = rows.groupby("sentence", sort=False).agg(
        claim=("claim checked", "first"),
        verdict=("verdict", "first"),
        sources=("source", lambda s: "; ".join(dict.fromkeys(s))),
        said=("why", lambda s: " ".join(dict.fromkeys(s))),
    )
    table = grouped.reset_index().rename(
        columns={"claim": "claim checked", "said": "what the sources say", "sources": "sources"}
    )
    if sentence_ids is not None:
        order = {sid: i for i, sid in enumerate(sentence_ids)}
        table = table.sort_values("sentence", key=lambda s: s.map(order)).reset_index(drop=True)
    if with_leans:
        reading = argument_map().rename(
            columns={"sentence_id": "sentence", "role": "role in the argument", "why": "the course's reason"}
        )
        table = table.merge(reading, on="sentence", how="left")
    return table


def counter_readings() -> pd.DataFrame:
    """The course's reading of the counter-text: each sentence, whether it overstates, and why."""
    import pandas as pd

    rows = [
        {"sentence": s["id"], "overstates?": "yes" if s["overstates"] else "no", "why": s["why"]}
        for s in counter_text()["sentences"]
    ]
    return pd.DataFrame(rows)


FINDABLE = {"yes": "yes", "partly": "only in part", "no": "no"}


def footage_notes(sentence_ids: tuple[str, ...] = ("p13.s1", "p12.s6")) -> pd.DataFrame:
    """What the answer key notes about the op-ed's recordings and videos, in plain column names and words.

    One row per sentence: who the source is, whether a reader could find the recording or video from the
    text, and why. Lesson 08 shows it after learners have said what they would need to know.
    """
    from medialit.content.key import answer_key

    table = answer_key().attributions.set_index("sentence_id").loc[list(sentence_ids)].reset_index()
    return table.assign(findable=table["findable"].map(lambda v: FINDABLE.get(str(v), str(v)))).rename(
        columns={
            "sentence_id": "sentence",
            "source_who": "who",
            "findable": "can a reader find it?",
            "findable_note": "why",
        }
    )[["sentence", "who", "can a reader find it?", "why"]]


def verdicts_by_role() -> pd.DataFrame:
    """How many checked claims of each role (carries the thesis / background) got each verdict.

    One row per role, one column per verdict, and the number of claims: the count lesson 08 reads after
    learners have sorted the claims themselves.
    """
    import pandas as pd

    reading = argument_map().set_index("sentence_id")
    verdicts = claim_evidence(list(reading.index)).set_index("sentence")["verdict"]
    rows = []
    for role in ROLES:
        ids = [sid for sid in reading.index if reading.loc[sid, "role"] == role]
        counts = verdicts[ids].value_counts()
        rows.append({"role in the argument": role, "claims": len(ids), **{v: int(n) for v, n in counts.items()}})
    table = pd.DataFrame(rows).fillna(0)
    return table.astype({c: int for c in table.columns if c != "role in the argument"})
