"""More places where a text credits words to someone: speech nouns, a colon after a name, a poll, "reportedly".

"Councillor Bell: “The ferry stays.”", "Fenwick: Fares Will Rise" (a headline), "a lead in the latest
Gazette poll", "Bell reportedly wants to leave". Like ``candidates``, each gives a ``Candidate``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from medialit.text.candidates import Candidate
from medialit.text.document import Document
from medialit.text.possessors import _MADE, agrees_with_plural, made_by, owner, possessor
from medialit.text.reporting import (
    _AUX,
    _NOMINAL_HEADS,
    _NOT_SOURCE_END,
    _NOT_SUBJECT_END,
    SPEECH_NOUNS,
    VERB_LEMMAS,
)
from medialit.text.sources import _source_after, _subject_before
from medialit.text.wording import _first_words

_NOT_AGENTS = frozenset("here there afar above below within inside outside abroad".split())
_POSSESSIVE = frozenset("his her their".split())
_POLLS = frozenset("poll polls survey surveys".split())
_NOT_IN_POLL = frozenset("after before as at to during until since when while and but or than that which who".split())
_POLL_DETERMINERS = frozenset("a an the this that its his her their latest new recent".split())


def poll_candidates(doc: Document) -> list[Candidate]:
    """Figures credited to a poll by "in": "a lead in the latest Gazette poll"; and "reportedly", "allegedly",
    which credit a claim to reports no one names."""
    tokens = doc.tokens
    words, starts = tokens.words, tokens.starts
    out = []
    for i in tokens.hits(_POLLS):
        k = doc.sentence_at(starts[i])
        if i < 3 or k < 0 or doc.in_quote(starts[i]):
            continue  # "in", a determiner and the noun need three tokens before it ("Polls show …" has none)
        for j in range(i - 1, max(-1, i - 10), -1):  # "in" and a determiner up to nine words before the noun
            if starts[j] < doc.bounds[k][0] or words[j] == "in":
                break
        if starts[j] < doc.bounds[k][0] or words[j] != "in" or words[j + 1] not in _POLL_DETERMINERS or j > i - 3:
            continue  # "in the polls" alone is a race's standing; "in a Gazette poll" credits one poll
        if any(
            w in _NOT_IN_POLL and not (w == "and" and doc.text[starts[m + 1]].isupper())
            for m, w in enumerate(words[j + 2 : i], j + 2)
        ):
            continue  # "in the day after polls closed", "in the press and polls": voting (not "Gazette and Herald")
        src = (starts[j + 1], tokens.end(i))
        out.append(Candidate(k, src, (starts[j], tokens.end(j)), "in", "neutral", "nominal"))
    for i in tokens.hits(_HEARSAY):
        k = doc.sentence_at(starts[i])
        if k >= 0 and not doc.in_quote(starts[i]):
            span = (starts[i], tokens.end(i))
            out.append(Candidate(k, span, span, words[i], "neutral", "passive"))
    return out


_HEARSAY = frozenset(("reportedly", "allegedly"))
_NOT_HEADLINE_SOURCES = frozenset(
    "note update warning correction editor's note related read more source sources watch listen photo video "
    "q a step example answer question summary background".split(" ")
) | {"editor's note", "read more", "update", "note"}
# Labels that open a headline or a line and name no one (our own list): "Breaking: …", "The Latest: …".
_NOT_HEADLINE_SOURCES |= frozenset(
    "breaking exclusive bombshell byline boom contributing wow look remember latest developing alert live analysis "
    "opinion clarification credit credits caption transcript recap bonus more also tip hint warning spoiler".split()
) | {
    "the latest",
    "for example",
    "for instance",
    "like the page",
    "just in",
    "fact check",
    "reality check",
    "see also",
    "editor’s note",
    "editors' note",
    "editors’ note",
    "watch now",
    "read this",
}
_COLON = re.compile(":")
_HEADLINE_SOURCE = re.compile(
    r"(?:[A-Z]{3,}\s[–—-]\s)?((?:[A-Z][\w.’'\-]*\s){0,4}[A-Z][\w.’'\-]*(?:\s(?:camp|campaign|aide|aides|spokesman|"
    r"spokeswoman|allies|supporters|officials|adviser|advisers))?):\s+(?=[A-Z“‘\"'])"
)


def colon_candidates(doc: Document) -> list[Candidate]:
    """A source, a colon and a quotation ("Trump on Twitter: “We will win”"), or a headline that opens with
    a name and a colon ("Graham: Trump's rhetoric is destroying the party"): the colon is the cue."""
    text, tokens = doc.text, doc.tokens
    out = []
    tried = -1
    for c in _COLON.finditer(text):  # only a sentence with a colon near its start can be a headline
        k = doc.sentence_at(c.start())
        if k <= tried:
            continue
        tried = k
        s_lo, s_hi = doc.bounds[k]
        if c.start() >= s_lo + 60:
            continue
        m = _HEADLINE_SOURCE.match(text, s_lo, min(s_hi, s_lo + 60))
        if m and not doc.in_quote(s_lo + 1) and m.group(1).lower() not in _NOT_HEADLINE_SOURCES:
            colon = m.end(1)
            out.append(Candidate(k, (m.start(1), colon), (colon, colon + 1), ":", "neutral", "colon"))
    for q0, _ in doc.quotes:
        colon = text.rfind(":", max(0, q0 - 3), q0)
        if colon < 0 or text[colon + 1 : q0].strip():
            continue
        k = doc.sentence_at(colon)
        if k < 0 or doc.in_quote(colon):
            continue
        j = bisect_left(tokens.starts, colon) - 1
        if j < 0 or tokens.words[j] in VERB_LEMMAS or tokens.words[j] in SPEECH_NOUNS:
            continue  # "he said:" is the verb's attribution already
        src = _subject_before(text, doc.bounds[k][0], colon)
        if src is not None:
            src = _before_verb(doc, src)  # "Rubio fired back:" -> Rubio; "told Fox News:", "X has proof:": no one
        named = src is not None and _names_someone(text[src[0] : src[1]])  # not "For example:", "Like the page:"
        if named and src is not None and len(text[src[0] : src[1]].split()) <= 8 and text[src[0]].isupper():
            out.append(Candidate(k, src, (colon, colon + 1), ":", "neutral", "colon"))
    return out


def _before_verb(doc: Document, src: tuple[int, int]) -> tuple[int, int] | None:
    """The words of a colon's source before any verb in it ("Rubio fired back forcefully:" -> "Rubio"); None if
    it starts with a verb ("told Fox News:") or holds an auxiliary ("X has two choices:" is a clause)."""
    tokens = doc.tokens
    first = bisect_left(tokens.starts, src[0])
    for m in range(first, bisect_left(tokens.starts, src[1])):
        w = tokens.words[m]
        if w in _AUX:
            return None
        if w in VERB_LEMMAS or w in _MOVES:
            return (src[0], tokens.end(m - 1)) if m > first and tokens.words[m - 1] not in _NOT_SOURCE_END else None
    return src


def _names_someone(source: str) -> bool:
    """Whether a colon's source can name a speaker: not a label ("For example") nor a phrase that opens with a
    preposition or a verb of command ("Like the page", "In short")."""
    words = source.lower().split()
    return bool(words) and source.lower() not in _NOT_HEADLINE_SOURCES and words[0] not in _NOT_FIRST


_NOT_FIRST = frozenset("for like in on at to with by of about after before as despite under over during".split())


_MOVES = frozenset("stated explained responded fired".split())  # forms the verb table does not list


def noun_candidates(doc: Document) -> list[Candidate]:
    """Speech nouns with a possessor ("the mayor's claim", "Putin's threats") and "according to X"."""
    text, sentences, tokens, inside = doc.text, doc.bounds, doc.tokens, doc.in_quote
    words, starts = tokens.words, tokens.starts
    out = []
    for i in tokens.hits(SPEECH_NOUNS):
        if agrees_with_plural(doc, i, 0):
            continue  # "Her aides claim …": a verb, whose row names "Her aides"
        j = i - 1 if i and owner(doc, i - 1) else i - 2
        if j < 0 or not owner(doc, j):
            j = i - 1 if i and words[i - 1] in _POSSESSIVE else i - 2
            if j >= 0 and words[j] in _POSSESSIVE and (j == i - 1 or words[i - 1] not in _NOT_SUBJECT_END):
                k = doc.sentence_at(starts[i])  # "his statement", "her latest remarks": he or she spoke
                if k >= 0 and not inside(starts[i]) and starts[j] >= sentences[k][0]:
                    src = (starts[j], tokens.end(j))
                    out.append(Candidate(k, src, (starts[i], tokens.end(i)), words[i], SPEECH_NOUNS[words[i]], "noun"))
            elif not _MADE.isdisjoint(words[i + 2 : i + 7]):  # a cheap test first
                made = made_by(doc, i)  # "crude remarks he'd made", "the comments Bell made in 2006"
                k = doc.sentence_at(starts[i])
                if made is not None and k >= 0 and not inside(starts[i]):
                    out.append(Candidate(k, made, (starts[i], tokens.end(i)), words[i], SPEECH_NOUNS[words[i]], "noun"))
            continue
        k = doc.sentence_at(starts[i])
        if k < 0 or inside(starts[i]) or starts[j] < sentences[k][0]:
            continue
        src = possessor(doc, j, sentences[k][0])
        out.append(Candidate(k, src, (starts[i], tokens.end(i)), words[i], SPEECH_NOUNS[words[i]], "noun"))
    for i in tokens.hits(_NOMINAL_HEADS):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        w = words[i]
        if w == "according" and nxt == "to":
            first, last, stance = i, i + 1, "neutral"
        elif w == "words" and nxt == "of" and words[i - 2 : i] == ["in", "the"]:
            first, last, stance = i - 2, i + 1, "neutral"
        elif nxt in ("from", "by") and w != "words" and (w != "point" or (i and words[i - 1] == "talking")):
            # not "of": "a view of the mayor", "a message of hope", "criticism of the plan" name what it is about
            first, last, stance = (i - 1 if w == "point" else i), i + 1, "loaded"
            agent = words[i + 2] if i + 2 < len(words) else ""
            if agent.endswith("ing") or agent in _NOT_AGENTS:
                continue  # "her position by labeling …", "the view from here": how or where, not who
        else:
            continue
        k = doc.sentence_at(starts[first])
        if k < 0 or inside(starts[first]) or last + 1 >= len(words):
            continue
        after = _source_after(text, tokens.end(last), sentences[k][1])
        if after is None and w == "according":  # a long source: "according to early results of the exit poll …"
            after = _first_words(text, tokens.end(last), sentences[k][1])
        if after:
            verb = (starts[first], tokens.end(last))
            out.append(Candidate(k, after, verb, text[verb[0] : verb[1]].lower(), stance, "nominal"))
    return out


# Adjectives that report a stance, with the word that must follow (our own list): "was critical of",
# "is confident that", "has been supportive of". The subject before the verb "be" holds the stance.
_STANCE_ADJECTIVES = {
    "critical": ("of",),
    "supportive": ("of",),
    "skeptical": ("of", "about", "that"),
    "sceptical": ("of", "about", "that"),
    "confident": ("that",),
    "convinced": ("that",),
    "hopeful": ("that",),
    "optimistic": ("that", "about"),
    "pessimistic": ("that", "about"),
    "adamant": ("that",),
    "wary": ("of",),
    "opposed": ("to",),
    "concerned": ("that", "about"),
    "worried": ("that", "about"),
    "angry": ("at", "about", "that", "over"),
    "unhappy": ("with", "about", "that"),
    "frustrated": ("with", "that"),
    "afraid": ("that",),
    "sure": ("that",),
    "certain": ("that",),
}
# More, of will and feeling (our own list): "is eager to", "was reluctant to", "is aware that", "is proud of".
_STANCE_MORE = {
    "eager": ("to",),
    "keen": ("to",),
    "reluctant": ("to",),
    "hesitant": ("to",),
    "aware": ("that",),
    "proud": ("of", "that"),
    "disappointed": ("that", "with", "by", "in"),
    "pleased": ("that", "with", "by"),
    "upset": ("that", "with", "about", "over"),
    "furious": ("that", "with", "about", "over", "at"),
    "doubtful": ("that", "about"),
    "dismissive": ("of",),
    "suspicious": ("of",),
    "fearful": ("that", "of"),
    "enthusiastic": ("about",),
    "outspoken": ("about", "on", "in"),
    "vocal": ("about", "on", "in"),
}
_STANCE_ADJECTIVES |= _STANCE_MORE  # "willing to", "determined to", "committed to", "aware of": mostly wrong on train
_BE = frozenset("is are was were been be being remains remained seemed seems appeared appears became".split())
_BEFORE_ADJECTIVE = frozenset("not so very too increasingly deeply highly more less also still openly publicly".split())


def stance_candidates(doc: Document) -> list[Candidate]:
    """A stance told with an adjective after "be": "Bell was critical of the plan", "Bell is confident that …"."""
    text, tokens = doc.text, doc.tokens
    words, starts = tokens.words, tokens.starts
    out = []
    for i in tokens.hits(_STANCE_ADJECTIVES):
        if i + 1 >= len(words) or words[i + 1] not in _STANCE_ADJECTIVES[words[i]]:
            continue
        j = i - 1
        while j > 0 and (words[j] in _BEFORE_ADJECTIVE or words[j].endswith("ly")):
            j -= 1
        k = doc.sentence_at(starts[i])
        if j < 0 or words[j] not in _BE or k < 0 or starts[j] < doc.bounds[k][0] or doc.in_quote(starts[i]):
            continue
        src = _subject_before(text, doc.bounds[k][0], starts[j])
        if src is not None and (text[src[0] : src[1]].split() or [""])[0].lower() not in _AUX:  # not "has at times"
            verb = (starts[i], tokens.end(i + 1))
            out.append(Candidate(k, src, verb, words[i], "neutral", "verb"))
    return out
