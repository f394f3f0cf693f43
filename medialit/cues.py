"""Find opinion cues (loaded words, hedges, intensifiers, …) and weigh them into a sentence opinion score.

The words come from our own lists in ``medialit.lexicon``; a few general rules sort out the
ambiguous ones ("even though" is not rhetorical, "the will of the people" is not the future).
Cues inside a quotation or a paraphrase count less: they are someone else's words, reported.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from medialit import lexicon
from medialit.tokens import Tokens

# How much one cue of each type pushes a sentence towards opinion (the author's own words).
WEIGHTS = {
    "loaded": 1.0,
    "mind_reading": 1.0,
    "recommendation": 1.0,
    "certainty": 0.7,
    "metaphor": 0.6,
    "intensifier": 0.5,
    "hedge": 0.35,
    "rhetorical_even": 0.35,
    "modal_future": 0.25,
    "date": 0.0,
}
# Phrases that weigh more than their type: a forecast stated with no room for doubt.
STRONG = {"will never": 0.7, "will only": 0.7, "will always": 0.7, "won't ever": 0.7}
# Hedges differ: the author's own guess ("probably", "arguably") says more than a reporter's care ("reportedly").
STRONG |= {"probably": 0.6, "arguably": 0.7, "presumably": 0.6, "supposedly": 0.6, "perhaps": 0.5, "maybe": 0.5}
STRONG |= {"kind of": 0.5, "sort of": 0.5, "as if": 0.6, "as though": 0.5, "reportedly": 0.1, "allegedly": 0.1}
# Common words that are cues only weakly (they often appear in plain reporting too).
WEAK = frozenset("already itself themselves largely mostly partly if would could may".split())
QUOTED_WEIGHT = 0.2  # a cue inside quotation marks: the speaker's words, not the author's
REPORTED_WEIGHT = 0.4  # a cue inside a paraphrase after a reporting verb ("warned that …")
PERSONAL = frozenset("i me my mine we us our ours you your yours myself ourselves yourself".split())
_NOT_RHETORICAL = frozenset("though if as so".split())
_COMPARATIVE = frozenset("more less worse better greater higher lower bigger smaller larger further".split())
_NOUN_WILL = frozenset("the political free good ill his her their its own popular last a sheer".split())


class Cue(NamedTuple):
    """One cue: its offsets in the text, its type and the words as written."""

    start: int
    end: int
    cue_type: str
    weight: float = 0.0  # its pull towards opinion in the author's own words (see cue_weight)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, list[lexicon.Phrase]], frozenset[str]]:
    words, phrases = lexicon.load(lexicon.BY_TYPE)
    return words, phrases, frozenset(words) | frozenset(phrases)


def _phrase_at(tokens: Tokens, i: int, options: list[lexicon.Phrase]) -> tuple[int, int, str] | None:
    """The longest phrase whose anchor word is token ``i``: (first token, last token, cue type)."""
    words = tokens.words
    for parts, anchor, kind in options:
        first = i - anchor
        if (
            first >= 0
            and tuple(words[first : first + len(parts)]) == parts
            and _adjacent(tokens, first, len(parts) - 1)
        ):
            return first, first + len(parts) - 1, kind
    return None


def find_cues(tokens: Tokens) -> list[Cue]:
    """Every opinion cue in the text, longest phrase first, never two cues on the same words."""
    words_by, phrases, vocabulary = _lexicon()
    words, starts, text = tokens.words, tokens.starts, tokens.text
    candidates: list[tuple[int, int, str]] = []
    for i in tokens.hits(vocabulary):
        w = words[i]
        options = phrases.get(w)
        if options:
            found = _phrase_at(tokens, i, options)
            if found:
                candidates.append(found)
        cue_type = words_by.get(w)
        if cue_type is None or (text[starts[i]].isupper() and not _sentence_start(text, starts[i])):
            continue  # not a single-word cue, or part of a name ("Great Britain", "Grand Hotel")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        last = i
        if w == "even":
            if nxt in _NOT_RHETORICAL or prev == "break":
                continue
            if nxt in _COMPARATIVE:
                cue_type, last = "intensifier", i + 1
        elif w == "will" and prev in _NOUN_WILL:
            continue  # "the will of the people"
        elif w == "may" and text[starts[i]] == "M" and not _sentence_start(text, starts[i]):
            continue  # the month or a name
        candidates.append((i, last, cue_type))
    chosen: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for first, last, kind in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):  # longest first
        if first == last:
            if first not in taken:
                taken.add(first)
                chosen.append((first, last, kind))
        elif not taken.intersection(range(first, last + 1)):
            taken.update(range(first, last + 1))
            chosen.append((first, last, kind))
    out = []
    for first, last, kind in sorted(chosen):
        phrase = " ".join(words[first : last + 1])
        out.append(Cue(starts[first], tokens.end(last), kind, base_weight(kind, phrase)))
    return out


def _adjacent(tokens: Tokens, i: int, n: int) -> bool:
    """True when tokens i..i+n are separated only by spaces or hyphens (a phrase, not across a comma)."""
    for j in range(i, i + n):
        gap = tokens.text[tokens.end(j) : tokens.starts[j + 1]]
        if gap.strip(" -\u00a0\n") or len(gap) > 3:
            return False
    return True


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 4) : at].rstrip(" \"“‘'(\n")
    return not before or before[-1] in ".!?"


_COPULAS = frozenset(lexicon.COPULAS.split())
_DEGREE = frozenset(
    "not so too very quite rather more less most far much increasingly really truly simply just also still "
    "even hardly scarcely utterly totally entirely deeply particularly".split()
)
_ENDINGS = tuple(lexicon.EVALUATIVE_ENDINGS.split())
_NOT_EVALUATIVE = frozenset(lexicon.NOT_EVALUATIVE)


@lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], dict[str, list[lexicon.Phrase]]]:
    words, phrases = lexicon.load({"argument": lexicon.ARGUMENT_MARKERS})
    return frozenset(words), phrases


def voice_signals(tokens: Tokens) -> list[tuple[int, str]]:
    """Offsets of signs that the author argues: discourse markers ("moreover", "rather than") and
    evaluative predicates ("is ridiculous", "seems pointless"), each with its kind."""
    single, phrases = _markers()
    words, starts = tokens.words, tokens.starts
    out: list[tuple[int, str]] = []
    for i in tokens.hits(single | frozenset(phrases) | _COPULAS):
        w = words[i]
        if w in _COPULAS:
            j = i + 1
            while j < len(words) and j - i <= 3 and words[j] in _DEGREE:
                j += 1
            if j < len(words):
                adj = words[j]
                if len(adj) > 4 and adj.endswith(_ENDINGS) and adj not in _NOT_EVALUATIVE:
                    out.append((starts[j], "evaluative_predicate"))
        if w in phrases:
            found = _phrase_at(tokens, i, phrases[w])
            if found:
                out.append((starts[found[0]], "argument"))
        if w in single and (w != "yet" or i == 0 or tokens.text[starts[i - 1] : starts[i]].strip() in ".;"):
            out.append((starts[i], "argument"))
    return out


@lru_cache(maxsize=4096)
def base_weight(cue_type: str, phrase: str) -> float:
    """The weight of one cue (lower-case words) in the opinion score, lowered for weak words."""
    return STRONG.get(phrase, WEIGHTS.get(cue_type, 0.0)) * (0.4 if phrase in WEAK else 1.0)


def cue_weight(cue: Cue, quoted: bool, reported: bool) -> float:
    """A cue's weight where it stands: full in the author's words, less inside a quote or a paraphrase."""
    if quoted:
        return cue.weight * QUOTED_WEIGHT
    if reported:
        return cue.weight * REPORTED_WEIGHT
    return cue.weight


def opinion_score(evidence: float) -> float:
    """Squash the summed evidence into 0..1 (0 = plain reporting, near 1 = strongly opinionated)."""
    return 1.0 - math.exp(-max(0.0, evidence))
