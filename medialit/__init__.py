"""medialit: a media-literacy course built around one real op-ed.

Heavy libraries (pandas, ipywidgets) load only when a function that needs them is
first used, so `import medialit` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "Article": "medialit.content.article",
    "load_article": "medialit.content.article",
    "split_sentences": "medialit.text.sentences",
    "sentence_table": "medialit.text.sentences",
    "InputProblem": "medialit.text.textio",
    "practice_text": "medialit.text.textio",
    "clean_pasted": "medialit.text.textio",
    "clean_file": "medialit.text.textio",
    "Annotation": "medialit.content.key",
    "answer_key": "medialit.content.key",
    "evidence": "medialit.content.key",
    "course_sources": "medialit.content.key",
    "claim_ledger": "medialit.content.ledger",
    "evidence_figures": "medialit.content.ledger",
    "figure_value": "medialit.content.ledger",
    "cue_families": "medialit.content.families",
    "show_case": "medialit.learner.checking",
    "yours_and_the_machines": "medialit.learner.yourturn",
    "your_article": "medialit.learner.yourturn",
    "article_note": "medialit.learner.yourturn",
    "article_text": "medialit.learner.yourturn",
    "compare_case": "medialit.learner.checking",
    "show_lateral_reading": "medialit.learner.checking",
    "stored_copies_note": "medialit.content.checking",
    "family_of": "medialit.content.families",
    "annotate": "medialit.text.annotator",
    "evaluate_oped": "medialit.content.evaluation",
    "annotation_html": "medialit.render.annotation_page",
    "show_annotation": "medialit.render.annotation_page",
    "show_article": "medialit.render.display",
    "highlight": "medialit.render.display",
    "bar_chart": "medialit.render.charts",
    "show_table": "medialit.render.tables",
    "check": "medialit.learner.grading",
    "hint": "medialit.learner.grading",
    "solution": "medialit.learner.grading",
    "show_progress": "medialit.learner.progress",
    "start_lesson": "medialit.learner.friendly",
    "checkthat_note": "medialit.content.evaluation",
    "outside_news_notes": "medialit.content.evaluation",
    "compare_with_key": "medialit.content.keyview",
    "key_beside_machine": "medialit.content.keyview",
    "plain_table": "medialit.content.keyview",
    "evidence_for": "medialit.content.keyview",
    "fact_check_summary": "medialit.content.keyview",
    "key_number": "medialit.content.keyview",
    "numbers_without_source": "medialit.content.keyview",
    "first_read": "medialit.learner.labelling",
    "practice": "medialit.learner.practice",
    "question_table": "medialit.content.questions",
    "label_sentences": "medialit.learner.labelling",
    "saved_labels": "medialit.learner.labelling",
    "save_label": "medialit.learner.labelling",
    "skill_items": "medialit.learner.skills",
    "skills_report": "medialit.learner.skills",
    "claim_evidence": "medialit.content.argument",
    "counter_text": "medialit.content.argument",
    "counter_readings": "medialit.content.argument",
    "argument_map": "medialit.content.argument",
    "footage_notes": "medialit.content.argument",
    "verdicts_by_role": "medialit.content.argument",
    "load_class": "medialit.teacher.classroom",
    "export_progress": "medialit.teacher.classroom",
    "load_pack": "medialit.content.packs",
    "use_pack": "medialit.content.pack_questions",
    "pack_questions": "medialit.content.pack_questions",
    "check_pack": "medialit.content.pack_check",
    "write_handouts": "medialit.teacher.handout",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    """Import public names on first use (PEP 562)."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'medialit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
