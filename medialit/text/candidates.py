"""Candidate attributions in a document: reporting verbs, agentless passives and speech nouns.

Each candidate is a place where a text credits words or thoughts to someone: the verb or noun that
reports, and the offsets of its source. ``attribution`` then keeps the valid ones and gives them quotations.
"""

from __future__ import annotations

from dataclasses import dataclass

from medialit.text.document import Document
from medialit.text.reporting import (
    _AUX,
    _NOMINAL_HEADS,
    _NOT_SUBJECT_END,
    _NOUN_BEFORE,
    _PARTICIPLES,
    _PASSIVE_BEFORE,
    _PERCEIVED,
    SPEECH_NOUNS,
    VERB_LEMMAS,
    _source_after,
    _subject_before,
)


@dataclass
class Candidate:
    """A place that may credit words to someone: sentence index, source and verb offsets, lemma, stance, kind."""

    sentence: int
    src: tuple[int, int]
    verb: tuple[int, int]
    lemma: str
    stance: str
    kind: str  # verb, noun, nominal, witness, passive


def verb_candidates(doc: Document) -> list[Candidate]:
    """Reporting verbs with their sources: "X said", "said X", "X, envoy, said", "…, warning that"."""
    text, sentences, tokens, inside = doc.text, doc.bounds, doc.tokens, doc.in_quote
    words, starts = tokens.words, tokens.starts
    out: list[Candidate] = []
    for i in tokens.hits(VERB_LEMMAS):
        at = starts[i]
        k = doc.sentence_at(at)
        if k < 0 or inside(at):
            continue
        s_lo, s_hi = sentences[k]
        lemma, stance = VERB_LEMMAS[words[i]]
        verb = (at, tokens.end(i))
        prev = words[i - 1] if i and starts[i - 1] >= s_lo else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (text[at].isupper() and at != s_lo) or text[at - 1 : at] == "-":
            continue  # part of a name ("United States") or of a compound ("so-called")
        if prev in _NOUN_BEFORE and not text[max(s_lo, at - 12) : at].endswith("as to "):
            continue  # an infinitive or a noun: "forced to explain", "the claim", "amid fears"
        if nxt in _AUX or prev.endswith(("’s", "'s")):
            continue  # a noun: "his growing fear is clear", "Putin's threats"
        if prev in _PASSIVE_BEFORE and (words[i].endswith("ed") or words[i] in _PARTICIPLES):
            continue  # passive: handled by passive_candidates
        if lemma == "sound":
            if words[i + 1 : i + 3] != ["the", "alarm"]:
                continue
            verb = (at, tokens.end(i + 2))
        before = text[max(s_lo, at - 3) : at].rstrip()
        if words[i].endswith("ing") and before.endswith(","):
            if out and out[-1].sentence == k:  # "…, warning that …": the same speaker as the main clause
                out.append(Candidate(k, out[-1].src, verb, lemma, stance, "verb"))
            continue
        src = None
        if before.endswith(("”", '"')) or at == s_lo:
            src = _source_after(text, verb[1], s_hi)  # "…,” said Zelensky
        elif before.endswith(","):
            src = _subject_before(text, s_lo, at) or _source_after(text, verb[1], s_hi)
        if src is not None and src[0] > at and _AUX & set(text[src[0] : src[1]].lower().split()):
            src = None  # "said Russia isn't winning" is a clause, not a source
        if src is None:
            src = _subject_before(text, s_lo, at)
        if src is not None:
            out.append(Candidate(k, src, verb, lemma, stance, "verb"))
        if nxt in ("me", "us") and lemma in ("tell", "write", "ask", "say", "show"):
            witness = (at, tokens.end(i + 1))  # "told me": the author is the only witness
            out.append(Candidate(k, witness, verb, lemma, stance, "witness"))
    return out


def passive_candidates(doc: Document) -> list[Candidate]:
    """Agentless passives that hide a source: "was seen", "were filmed", "has been reported"."""
    sentences, tokens, inside = doc.bounds, doc.tokens, doc.in_quote
    words, starts = tokens.words, tokens.starts
    out = []
    for i in tokens.hits(_PERCEIVED):
        if not i or words[i - 1] not in ("was", "were", "been") or (i + 1 < len(words) and words[i + 1] == "by"):
            continue
        k = doc.sentence_at(starts[i])
        if k < 0 or inside(starts[i]) or starts[i - 1] < sentences[k][0]:
            continue
        span = (starts[i - 1], tokens.end(i))
        out.append(Candidate(k, span, (starts[i], tokens.end(i)), words[i], "neutral", "passive"))
    return out


def noun_candidates(doc: Document) -> list[Candidate]:
    """Speech nouns with a possessor ("the mayor's claim", "Putin's threats") and "according to X"."""
    text, sentences, tokens, inside = doc.text, doc.bounds, doc.tokens, doc.in_quote
    words, starts = tokens.words, tokens.starts
    out = []
    for i in tokens.hits(SPEECH_NOUNS):
        j = i - 1 if i and words[i - 1].endswith(("’s", "'s")) else i - 2
        if j < 0 or not words[j].endswith(("’s", "'s")):
            continue
        k = doc.sentence_at(starts[i])
        if k < 0 or inside(starts[i]) or starts[j] < sentences[k][0]:
            continue
        first = j
        proper = text[starts[j]].isupper()
        while first > 0 and starts[first - 1] >= sentences[k][0] and j - first < 3:
            if text[starts[first - 1]].isupper() or (not proper and words[first - 1] not in _NOT_SUBJECT_END):
                first -= 1
            else:
                break
        if first > 0 and words[first - 1] in ("the", "a", "an") and starts[first - 1] >= sentences[k][0]:
            first -= 1
        src = (starts[first], tokens.end(j) - 2)
        out.append(Candidate(k, src, (starts[i], tokens.end(i)), words[i], SPEECH_NOUNS[words[i]], "noun"))
    for i in tokens.hits(_NOMINAL_HEADS):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        w = words[i]
        if w == "according" and nxt == "to":
            first, last, stance = i, i + 1, "neutral"
        elif w == "words" and nxt == "of" and words[i - 2 : i] == ["in", "the"]:
            first, last, stance = i - 2, i + 1, "neutral"
        elif nxt in ("from", "by", "of") and w != "words" and (w != "point" or (i and words[i - 1] == "talking")):
            first, last, stance = (i - 1 if w == "point" else i), i + 1, "loaded"
        else:
            continue
        k = doc.sentence_at(starts[first])
        if k < 0 or inside(starts[first]) or last + 1 >= len(words):
            continue
        src = _source_after(text, tokens.end(last), sentences[k][1])
        if src:
            verb = (starts[first], tokens.end(last))
            out.append(Candidate(k, src, verb, text[verb[0] : verb[1]].lower(), stance, "nominal"))
    return out
