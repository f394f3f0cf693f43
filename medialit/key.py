"""One data model for annotations of a text, and the op-ed's human answer key that uses it.

The machine annotator returns the same ``Annotation`` class, so lessons and the
evaluation compare human and machine tables column by column.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

CLAIM_TYPES = ("fact", "opinion", "prediction", "mixed")
SOURCE_TYPES = (
    "named_person",  # a person named in the text
    "role_only",  # a person identified only by role ("the city's mayor")
    "organisation",  # an organisation or government
    "anonymous",  # one unnamed individual ("one soldier")
    "vague_group",  # an unnamed group ("analysts", "bloggers")
    "document_or_footage",  # recordings, footage, reports
    "author_witness",  # the author as the witness ("told me")
)
FORMS = ("direct_quote", "partial_quote", "paraphrase", "characterisation")
VERB_STANCES = ("neutral", "loaded")
FINDABLE = ("yes", "partly", "no")
QUALIFIERS = ("none", "nearly", "about", "around", "up to", "over", "several", "vague", "range")
CUE_TYPES = (
    "loaded",  # evaluative or emotionally loaded word or phrase
    "intensifier",  # words that turn the volume up ("dramatically", "mere")
    "hedge",  # words that soften or leave room ("likely", "may")
    "certainty",  # words that claim certainty ("clear", "never", "evident")
    "metaphor",  # figurative language ("meat-grinder", "one hand tied behind its back")
    "mind_reading",  # claims about inner states ("pretends", "secretly acknowledges")
    "rhetorical_even",  # "even" used to signal surprise or escalation
    "recommendation",  # what someone should do ("would be wise to")
    "modal_future",  # "will", "might", conditionals about the future
    "date",  # a date or time expression (machine output; not stance)
)

# Columns each table must have, and the columns the human key adds.
REQUIRED = {
    "sentences": ["sentence_id", "paragraph", "text"],
    "attributions": ["sentence_id", "source"],
    "statistics": ["sentence_id", "span"],
    "cues": ["sentence_id", "span", "cue_type"],
}
KEY_COLUMNS = {
    "sentences": ["sentence_id", "paragraph", "part", "text", "claim_type", "debatable", "debatable_why", "rationale"],
    "attributions": [
        "sentence_id",
        "source",
        "source_who",
        "source_type",
        "form",
        "reporting_verb",
        "verb_stance",
        "verb_note",
        "quote",
        "findable",
        "findable_note",
    ],
    "statistics": [
        "sentence_id",
        "span",
        "value_low",
        "value_high",
        "unit",
        "counted",
        "qualifier",
        "time_frame",
        "denominator",
        "source",
        "reader_question",
    ],
    "cues": ["sentence_id", "span", "cue_type", "note"],
}
TABLES = tuple(REQUIRED)


@dataclass
class Annotation:
    """Four tables about one text: sentences, attributions, statistics and cues.

    ``origin`` says who made it ("key" for the human answer key, "machine" for
    ``medialit.annotate``); the human key has ``claim_type``, the machine ``claim_type_guess``.
    """

    sentences: pd.DataFrame
    attributions: pd.DataFrame
    statistics: pd.DataFrame
    cues: pd.DataFrame
    origin: str = "key"

    def __post_init__(self) -> None:
        for name, cols in REQUIRED.items():
            missing = [c for c in cols if c not in getattr(self, name).columns]
            if missing:
                raise ValueError(f"Annotation.{name} lacks columns {missing}")

    @property
    def claim_types(self) -> pd.Series:
        """The claim type of each sentence, indexed by sentence_id (human label or machine guess)."""
        col = "claim_type" if "claim_type" in self.sentences.columns else "claim_type_guess"
        return self.sentences.set_index("sentence_id")[col]

    def table(self, name: str) -> pd.DataFrame:
        """One of the four tables by name."""
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; choose from {', '.join(TABLES)}")
        return getattr(self, name)


def _read_csv(name: str) -> pd.DataFrame:
    import pandas as pd

    with resources.files("medialit").joinpath("data", "key", name).open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh, dtype=str, keep_default_na=False)


def _typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Give the key's CSV columns their types: ints, floats and booleans where they belong."""
    import pandas as pd

    frame = frame[KEY_COLUMNS[name]].copy()
    if name == "sentences":
        frame["paragraph"] = frame["paragraph"].astype("int64")
        frame["debatable"] = frame["debatable"].str.lower().map({"true": True, "false": False}).astype(bool)
    if name == "statistics":
        for col in ("value_low", "value_high"):
            frame[col] = pd.to_numeric(frame[col].replace("", None), errors="raise").astype("float64")
    return frame


@lru_cache(maxsize=1)
def _key_tables() -> dict[str, pd.DataFrame]:
    return {name: _typed(name, _read_csv(f"{name}.csv")) for name in TABLES}


def answer_key() -> Annotation:
    """The op-ed's human answer key (fresh copies, so callers may modify them)."""
    tables = {name: frame.copy() for name, frame in _key_tables().items()}
    return Annotation(origin="key", **tables)


@lru_cache(maxsize=1)
def evidence() -> pd.DataFrame:
    """What other public sources reported about the op-ed's checkable claims, with citations."""
    import pandas as pd

    with resources.files("medialit").joinpath("data", "evidence.csv").open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh, dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def course_sources() -> pd.DataFrame:
    """Outside references the course's own teaching relies on (lateral reading, SIFT, kappa bands), with URLs."""
    import pandas as pd

    with resources.files("medialit").joinpath("data", "sources.csv").open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh, dtype=str, keep_default_na=False)
