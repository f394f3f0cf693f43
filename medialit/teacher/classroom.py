"""The teacher's side in one import: export a learner's work, load a class's files, summarise them.

The code lives in three modules; this one keeps the names importable from one place (lessons, the
teacher notebook and older code use ``from medialit.teacher.classroom import ...``):

- ``medialit.teacher.export``: one learner's work in one hand-in file (``export_progress``).
- ``medialit.teacher.class_files``: a folder of those files into two tables (``load_class``).
- ``medialit.teacher.class_results``: agreement, disputed sentences, the key, question rates.
"""

from __future__ import annotations

from medialit.teacher.class_files import (
    ANSWER_COLUMNS,
    LABEL_COLUMNS,
    ClassData,
    load_class,
    read_export,
)
from medialit.teacher.class_results import (
    GENERAL_PROMPT,
    KAPPA_BANDS,
    SPLIT_PROMPTS,
    ClassKappa,
    KeyComparison,
    class_kappa,
    class_vs_key,
    compare_with_key,
    complete_sentences,
    discussion_prompts,
    disputed_sentences,
    kappa_reading,
    label_distribution,
    learner_agreement,
    pairwise_agreement,
    question_rates,
)
from medialit.teacher.export import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    MAX_EXPORT_BYTES,
    MAX_NAME,
    clean_name,
    default_file_name,
    export_json,
    export_payload,
    export_progress,
    size_problem,
)

__all__ = [
    "ANSWER_COLUMNS",
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "GENERAL_PROMPT",
    "KAPPA_BANDS",
    "LABEL_COLUMNS",
    "MAX_EXPORT_BYTES",
    "MAX_NAME",
    "SPLIT_PROMPTS",
    "ClassData",
    "ClassKappa",
    "KeyComparison",
    "class_kappa",
    "class_vs_key",
    "clean_name",
    "compare_with_key",
    "complete_sentences",
    "default_file_name",
    "discussion_prompts",
    "disputed_sentences",
    "export_json",
    "export_payload",
    "export_progress",
    "kappa_reading",
    "label_distribution",
    "learner_agreement",
    "load_class",
    "pairwise_agreement",
    "question_rates",
    "read_export",
    "size_problem",
]
