"""Lesson 05's checking cases: what a checker would read about a claim, joined with the evidence rows it cites.

``data/checking.json`` holds, for a few of the op-ed's checkable claims, short excerpts from two or three
sources (a summary in the course's own words, quoting only what the fact-check notes quote), the course's
verdict with its reasons, and a worked example of lateral reading with cited pages. Each excerpt names an
evidence row; publisher, date, URL and source profile come from ``evidence()``, so a citation is written once.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    with resources.files("medialit.content").joinpath("data", "checking.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)


def case_ids() -> tuple[str, ...]:
    """The checking cases, in the order lessons use them."""
    return tuple(c["id"] for c in _data()["cases"])


def checking_case(case_id: str) -> dict[str, Any]:
    """One case: its claim, sentence id, sources, the course's verdict and reasons (a KeyError names the cases)."""
    for case in _data()["cases"]:
        if case["id"] == case_id:
            return case
    raise KeyError(f"no checking case {case_id!r}; choose from {', '.join(case_ids())}")


def case_sources(case_id: str) -> pd.DataFrame:
    """What each source reported, with its publisher, date and link: what a checker reads before judging."""
    import pandas as pd

    from medialit.content.key import evidence

    ev = evidence().set_index("evidence_id")
    rows = []
    for source in checking_case(case_id)["sources"]:
        row = ev.loc[source["evidence_id"]]
        rows.append(
            {
                "source": source.get("who", row["publisher"]),
                "date": row["date"],
                "what it reports": source["says"],
                "link": row["url"],
                "evidence_id": source["evidence_id"],
            }
        )
    return pd.DataFrame(rows)


def case_profiles(case_id: str) -> pd.DataFrame:
    """The course's profile of each source of a case (kind, side, first-hand, based on) and its citation."""
    from medialit.content.key import evidence

    ids = list(dict.fromkeys(s["evidence_id"] for s in checking_case(case_id)["sources"]))
    ev = evidence().set_index("evidence_id").loc[ids].reset_index()
    columns = {
        "publisher": "source",
        "publisher_kind": "kind of publisher",
        "publisher_side": "who they are",
        "first_hand": "first-hand?",
        "based_on": "based on",
        "profile_source": "where this profile comes from",
    }
    return ev[list(columns)].rename(columns=columns)


def lateral_reading(subject: str | None = None) -> list[dict[str, Any]]:
    """The lateral-reading examples (all, or the one about ``subject``): what other pages say about a source."""
    examples = _data()["lateral_reading"]
    if subject is None:
        return list(examples)
    found = [e for e in examples if e["subject"] == subject]
    if not found:
        names = ", ".join(e["subject"] for e in examples)
        raise KeyError(f"no lateral-reading example about {subject!r}; choose from {names}")
    return found


def stored_copies_note() -> str:
    """What it means that every source of the course is a stored copy of a public page."""
    return str(_data()["stored_copies"])
