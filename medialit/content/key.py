"""One data model for annotations of a text, and the op-ed's human answer key that uses it.

The machine annotator returns the same ``Annotation`` class, so lessons and the
evaluation compare human and machine tables column by column.
"""

from __future__ import annotations

from collections.abc import Mapping
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


def verb_offsets(row: Mapping[str, object], text: str, lo: int, hi: int) -> tuple[int, int]:
    """Where an attribution's reporting verb sits in its sentence ``text[lo:hi]``: (start, end), or (-1, -1).

    Offsets already in the row are kept when they point at the verb inside the sentence (someone may have
    chosen one of two occurrences by hand); otherwise the first occurrence after the source is taken, else
    the first in the sentence. A row with no verb, or a verb not in its sentence, gets (-1, -1).
    """
    verb = str(row.get("reporting_verb") or "")
    if not verb:
        return -1, -1
    try:
        start, end = int(str(row.get("verb_start"))), int(str(row.get("verb_end")))
        if lo <= start <= end <= hi and text[start:end] == verb:
            return start, end
    except ValueError:
        pass
    try:
        after = min(max(int(str(row.get("end"))), lo), hi)
    except ValueError:
        after = lo
    at = text.find(verb, after, hi)
    at = text.find(verb, lo, hi) if at < 0 else at
    return (at, at + len(verb)) if at >= 0 else (-1, -1)


def place_verbs(frame: pd.DataFrame, text: str, sentences: pd.DataFrame) -> pd.DataFrame:
    """An attributions table (string cells) with ``verb_start``/``verb_end`` filled by ``verb_offsets``."""
    bounds = dict(zip(sentences["sentence_id"], zip(sentences["start"].astype(int), sentences["end"].astype(int))))
    frame = frame.copy()
    placed = [verb_offsets(row, text, *bounds.get(str(row["sentence_id"]), (0, 0))) for _, row in frame.iterrows()]
    frame["verb_start"] = [str(a) for a, _ in placed]
    frame["verb_end"] = [str(b) for _, b in placed]
    return frame


@lru_cache(maxsize=1)
def _key_tables() -> dict[str, pd.DataFrame]:
    return {name: typed_table(name, _read_csv(f"{name}.csv")) for name in TABLES}


def key_table(name: str) -> pd.DataFrame:
    """One table of the answer key, shared and read-only: for look-ups on every check, without copying the key.

    Callers must not modify it; ``answer_key()`` gives copies that may be changed.
    """
    tables = _key_tables()
    if name not in tables:
        raise KeyError(f"no table {name!r}; choose from {', '.join(tables)}")
    return tables[name]


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
