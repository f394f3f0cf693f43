"""The four families of cue words (loaded language, sure or unsure, mind-reading, future and advice).

The key keeps nine fine kinds of cue (``cue_type`` in cues.csv); learners are taught four families they
can tell apart. ``data/cue_families.json`` says which kind belongs to which family, in plain words.
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
    with (resources.files("medialit.content") / "data" / "cue_families.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)


def family_of(cue_type: str) -> str:
    """The plain name of the family a cue kind belongs to ("metaphor" -> "loaded language")."""
    for family in _data()["families"]:
        if cue_type in family["cue_types"]:
            return str(family["name"])
    raise KeyError(f"no cue family holds {cue_type!r}")


def cue_families() -> pd.DataFrame:
    """One row per cue kind: family, kind (the key's label), its plain name and description, family question."""
    import pandas as pd

    rows = [
        {
            "family": family["name"],
            "cue_type": cue_type,
            "kind": about["name"],
            "what it does": about["description"],
            "ask": family["question"],
        }
        for family in _data()["families"]
        for cue_type, about in family["cue_types"].items()
    ]
    return pd.DataFrame(rows)


def family_names() -> tuple[str, ...]:
    """The families' plain names, in teaching order."""
    return tuple(str(f["name"]) for f in _data()["families"])
