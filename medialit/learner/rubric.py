"""Feedback on a written answer from its question's rubric: loaded words kept, questions that ask for nothing.

An open answer is always saved (there is no word count to reach: "Who counted them?" is a good answer).
These checks only add notes a learner can act on; they never mark an answer wrong, because a reader's
own good wording may differ from anything we foresaw.
"""

from __future__ import annotations

import re

from medialit.content.answers import norm_text
from medialit.content.feedback import asks_questions, loaded_phrases
from medialit.content.questions import Question

# Words too common to show that a loaded phrase was kept ("Behind the facade": "facade" counts, "behind" not).
COMMON = frozenset(
    """
    a an the of to in on at by for with from and or but so as is are was were be been being it its this that
    these those which who whom why what how one two behind growing grows grow still very more most own his her
    their our your they them he she we you i not no into out up over under than then there here
    """.split()
)
# A question that asks for any of these asks for something a reader could look up.
LOOKUP_WORDS = re.compile(
    r"\b(who|whom|whose|which|where|when|name[sd]?|source[sd]?|cite[sd]?|quote[sd]?|said|"
    r"original|translat\w*|interview\w*|post(?:ed|s)?|channel|publish\w*|report\w*|document\w*|"
    r"how many|how much|number[s]?|count(?:ed|s|ing)?|figure[s]?|percent\w*|estimate[sd]?|range|"
    r"data|study|studies|survey\w*|record\w*|evidence|measure[sd]?|date[sd]?|month[s]?|year[s]?|"
    r"mean[s]?|defin\w*|exactly|check\w*|verif\w*|confirm\w*|proof|prove)\b",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text.lower())


def _stem(word: str) -> str:
    """The start of a word that its other forms share ("desperate" -> "despera": desperately, desperation)."""
    return word[: max(4, len(word) - 2)]


def kept_loaded_words(answer: str, phrases: list[str]) -> list[str]:
    """The loaded words or phrases of the original still in ``answer``, as the answer writes them.

    A phrase counts when it is there whole, or (for a phrase of several telling words, such as a metaphor)
    when at least half of those words are; a single telling word counts in any form ("desperation").
    """
    mine = _words(answer)
    text = f" {' '.join(mine)} "
    kept: list[str] = []
    for phrase in phrases:
        words = _words(phrase)
        if words and f" {' '.join(words)} " in text:
            kept.append(phrase)
            continue
        telling = [w for w in words if w not in COMMON and len(w) >= 4]
        found = [m for w in telling for m in mine if len(m) >= 4 and m.startswith(_stem(w)[: len(m)])]
        if len(telling) == 1 and found:
            kept.append(found[0])
        elif len(telling) > 1 and 2 * len({w for w in telling if any(m.startswith(_stem(w)) for m in mine)}) >= len(
            telling
        ):
            kept.append(phrase)
    return list(dict.fromkeys(kept))


def vague_questions(answer: str) -> list[str]:
    """The questions in ``answer`` that ask for no source, name or number (what a reader could look up)."""
    parts = [p.strip() for p in re.split(r"(?<=\?)", answer) if p.strip()]
    return [p for p in parts if not LOOKUP_WORDS.search(p)]


def _quoted_list(items: list[str]) -> str:
    return ", ".join(f"“{i}”" for i in items)


def open_notes(q: Question, answer: str) -> list[tuple[str, str]]:
    """Labelled notes on a written answer, from the question's rubric data (``data/feedback.json``)."""
    notes = []
    phrases = loaded_phrases(q)
    if phrases:
        kept = kept_loaded_words(answer, phrases)
        if kept:
            notes.append(
                (
                    "Loaded words kept",
                    "Your sentence still has words from the original that carry the author's view: "
                    f"{_quoted_list(kept)}. A neutral rewrite leaves them out and keeps only what could be checked.",
                )
            )
        else:
            notes.append(
                ("Loaded words", "None of the loaded words the key marks in the original are in your sentence.")
            )
    if asks_questions(q):
        vague = vague_questions(answer)
        if "?" not in answer:
            notes.append(("Questions", "Write your questions as questions, each ending with a question mark."))
        elif vague:
            shown = [v if len(v) <= 80 else v[:79] + "…" for v in vague[:3]]
            notes.append(
                (
                    "Questions",
                    f"This asks for no source, name or number: {_quoted_list(shown)}. A question that helps you check "
                    "asks who, where, when, how many or which source.",
                )
            )
    return notes


def is_words(answer: str) -> bool:
    """True when an answer has at least one word of two letters (not only digits or punctuation)."""
    return bool(re.search(r"[^\W\d_]{2,}", norm_text(answer)))
