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
    ``medialit.text.annotator``); the human key has ``claim_type``, the machine ``claim_type_guess``.
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
