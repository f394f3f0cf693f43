"""medialit: a media-literacy course built around one real op-ed.

Heavy libraries (pandas, ipywidgets) load only when a function that needs them is
first used, so `import medialit` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "Article": "medialit.article",
    "load_article": "medialit.article",
    "split_sentences": "medialit.sentences",
    "sentence_table": "medialit.sentences",
    "InputProblem": "medialit.textio",
    "practice_text": "medialit.textio",
    "clean_pasted": "medialit.textio",
    "clean_file": "medialit.textio",
    "Annotation": "medialit.key",
    "answer_key": "medialit.key",
    "evidence": "medialit.key",
    "course_sources": "medialit.key",
    "annotate": "medialit.annotate",
    "evaluate_oped": "medialit.evaluate",
    "annotation_html": "medialit.report",
    "show_annotation": "medialit.report",
    "show_article": "medialit.display",
    "highlight": "medialit.display",
    "bar_chart": "medialit.display",
    "show_table": "medialit.display",
    "check": "medialit.checks",
    "hint": "medialit.checks",
    "solution": "medialit.checks",
    "show_progress": "medialit.progress",
    "practice": "medialit.widgets",
    "label_sentence": "medialit.widgets",
    "pick_source_type": "medialit.widgets",
    "mark_qualifier": "medialit.widgets",
    "question_table": "medialit.questions",
    "label_sentences": "medialit.labelling",
    "saved_labels": "medialit.labelling",
    "save_label": "medialit.labelling",
    "load_class": "medialit.classroom",
    "export_progress": "medialit.classroom",
    "write_handouts": "medialit.handout",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    """Import public names on first use (PEP 562)."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'medialit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
