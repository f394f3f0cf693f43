"""The one data model for annotations of a text, shared by the human answer key and the machine annotator.

Both sides fill the same four tables (sentences, attributions, statistics, cues); ``Annotation.origin`` says
who made them. This module sits in the text layer so the annotator can use it without importing course content.
"""

from __future__ import annotations

from dataclasses import dataclass
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

ORIGINS = ("key", "machine", "learner")  # who made an annotation: the human answer key, the annotator, a learner
BOTH, KEY, MACHINE = "both", "key", "machine"  # which side of the comparison fills a column


@dataclass(frozen=True)
class Column:
    """One column of an annotation table: its name, which side fills it, its pandas dtype, what it holds."""

    name: str
    side: str = BOTH
    dtype: str = "str"
    about: str = ""


# The four tables, declared once.  A column on side BOTH is filled by the human key and the machine alike;
# KEY and MACHINE columns belong to one side.  ``start``/``end`` are character offsets into the full text
# (the article's ``load_article().text`` for the key) of the row's span: the sentence itself, an
# attribution's source, a statistic's span, a cue's span.  The order is the order of the key's CSV files
# and of the annotator's tables.
SCHEMA: dict[str, tuple[Column, ...]] = {
    "sentences": (
        Column("sentence_id", about="p01.s1: paragraph 1, sentence 1 (paragraph 0 is the headline)"),
        Column("paragraph", dtype="int64"),
        Column("part", KEY, about="headline, body or author_note"),
        Column("start", dtype="int64"),
        Column("end", dtype="int64"),
        Column("text"),
        Column("claim_type", about="fact, opinion, prediction or mixed (a label, or the machine's guess)"),
        Column("opinion_score", MACHINE, "float64", "0 to 1: how much opinion evidence the annotator found"),
        Column("signals", MACHINE, about="the signals that decided the guess and their pull, strongest first"),
        Column("debatable", KEY, "bool", "whether another label is defensible too"),
        Column("debatable_why", KEY, about="the other defensible label and why"),
        Column("rationale", KEY, about="why the key chose its label, in one sentence"),
    ),
    "attributions": (
        Column("sentence_id"),
        Column("source", about="the words that name the source, as in the text"),
        Column("source_who", about="who that is, in full"),
        Column("source_type"),
        Column("reporting_verb"),
        Column("verb_stance"),
        Column("verb_note", KEY),
        Column("form"),
        Column("quote"),
        Column("start", dtype="int64", about="offsets of the source span"),
        Column("end", dtype="int64"),
        Column("verb_start", dtype="int64", about="offsets of the reporting verb (-1 when there is none)"),
        Column("verb_end", dtype="int64"),
        Column("findable", KEY),
        Column("findable_note", KEY),
    ),
    "statistics": (
        Column("sentence_id"),
        Column("span"),
        Column("start", dtype="int64"),
        Column("end", dtype="int64"),
        Column("value_low", dtype="float64"),
        Column("value_high", dtype="float64"),
        Column("unit"),
        Column("counted", KEY),
        Column("qualifier"),
        Column("time_frame", KEY),
        Column("denominator", KEY),
        Column("source", KEY),
        Column("reader_question", KEY),
    ),
    "cues": (
        Column("sentence_id"),
        Column("span"),
        Column("start", dtype="int64"),
        Column("end", dtype="int64"),
        Column("cue_type"),
        Column("in_quote", dtype="bool", about="whether the cue sits inside a quotation"),
        Column("note", KEY),
    ),
}
TABLES = tuple(SCHEMA)


def columns(table: str, side: str) -> list[str]:
    """The columns of ``table`` that ``side`` ("key" or "machine") fills, in order."""
    return [c.name for c in SCHEMA[table] if c.side in (BOTH, side)]


def dtypes(table: str, side: str) -> dict[str, str]:
    """The non-string columns of ``table`` on ``side`` and their pandas dtypes."""
    return {c.name: c.dtype for c in SCHEMA[table] if c.side in (BOTH, side) and c.dtype != "str"}


# Columns every table must have, whoever made it; the full column lists of the human key and the machine.
REQUIRED = {
    "sentences": ["sentence_id", "paragraph", "text"],
    "attributions": ["sentence_id", "source"],
    "statistics": ["sentence_id", "span"],
    "cues": ["sentence_id", "span", "cue_type"],
}
KEY_COLUMNS = {name: columns(name, KEY) for name in TABLES}
MACHINE_COLUMNS = {name: columns(name, MACHINE) for name in TABLES}
SHARED_COLUMNS = {name: columns(name, BOTH) for name in TABLES}


@dataclass
class Annotation:
    """Four tables about one text: sentences, attributions, statistics and cues.

    ``origin`` says who made it: "key" (the human answer key), "machine" (``medialit.text.annotator``)
    or "learner".  Every side names its claim label ``claim_type``.
    """

    sentences: pd.DataFrame
    attributions: pd.DataFrame
    statistics: pd.DataFrame
    cues: pd.DataFrame
    origin: str = "key"

    def __post_init__(self) -> None:
        if self.origin not in ORIGINS:
            raise ValueError(f"Annotation.origin must be one of {', '.join(ORIGINS)}, not {self.origin!r}")
        for name, cols in REQUIRED.items():
            missing = [c for c in cols if c not in getattr(self, name).columns]
            if missing:
                raise ValueError(f"Annotation.{name} lacks columns {missing}")

    @property
    def claim_types(self) -> pd.Series:
        """The claim type of each sentence, indexed by sentence_id (a human label or a machine guess)."""
        return self.sentences.set_index("sentence_id")["claim_type"]

    def table(self, name: str) -> pd.DataFrame:
        """One of the four tables by name."""
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; choose from {', '.join(TABLES)}")
        return getattr(self, name)
