"""One data model for annotations of a text, and the op-ed's human answer key that uses it.

The machine annotator returns the same ``Annotation`` class, so lessons and the
evaluation compare human and machine tables column by column.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from medialit.text.schema import (  # noqa: F401  (re-exported: the key's vocabularies)
    CLAIM_TYPES,
    CUE_TYPES,
    FINDABLE,
    FORMS,
    KEY_COLUMNS,
    QUALIFIERS,
    REQUIRED,
    SOURCE_TYPES,
    TABLES,
    VERB_STANCES,
    Annotation,
    dtypes,
)

if TYPE_CHECKING:
    import pandas as pd


def _read_csv(name: str) -> pd.DataFrame:
    import pandas as pd

    with (resources.files("medialit.content") / "data" / "key" / name).open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh, dtype=str, keep_default_na=False)


def typed_table(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Give the key's CSV columns the types the schema declares: ints, floats and booleans where they belong."""
    import pandas as pd

    frame = frame[KEY_COLUMNS[name]].copy()
    for col, dtype in dtypes(name, "key").items():
        if dtype == "bool":
            frame[col] = frame[col].str.lower().map({"true": True, "false": False}).astype(bool)
        elif dtype == "float64":
            frame[col] = pd.to_numeric(frame[col].replace("", None), errors="raise").astype("float64")
        else:
            frame[col] = frame[col].astype(dtype)
    return frame


@lru_cache(maxsize=1)
def _key_tables() -> dict[str, pd.DataFrame]:
    return {name: typed_table(name, _read_csv(f"{name}.csv")) for name in TABLES}


def answer_key() -> Annotation:
    """The op-ed's human answer key (fresh copies, so callers may modify them).

    Every table has int ``start``/``end`` columns: where its span sits in ``load_article().text``
    (written by ``tools/add_offsets.py``).
    """
    tables = {name: frame.copy() for name, frame in _key_tables().items()}
    return Annotation(origin="key", **tables)


@lru_cache(maxsize=1)
def evidence() -> pd.DataFrame:
    """What other public sources reported about the op-ed's checkable claims, with citations."""
    import pandas as pd

    with (resources.files("medialit.content") / "data" / "evidence.csv").open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh, dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def course_sources() -> pd.DataFrame:
    """Outside references the course's own teaching relies on (lateral reading, SIFT, kappa bands), with URLs."""
    import pandas as pd

    with (resources.files("medialit.content") / "data" / "sources.csv").open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh, dtype=str, keep_default_na=False)
