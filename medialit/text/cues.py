"""Find opinion cues (loaded words, hedges, intensifiers, …) and weigh them into a sentence opinion score.

The words come from our own lists in ``medialit.text.lexicon``; a few general rules sort out the
ambiguous ones ("even though" is not rhetorical, "the will of the people" is not the future).
Cues inside a quotation or a paraphrase count less: they are someone else's words, reported.
Voice signals ("we", "you", "I think", "everyone", "Remember …", "is NOT") add to the score only in
the author's own words; acronyms (NATO, CDC) are a sign of plain reporting and take a little away.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from medialit.text import lexicon
from medialit.text.tokens import Tokens, longest_first

if TYPE_CHECKING:
    import numpy as np

# How much one cue of each type pushes a sentence towards opinion (the author's own words).
WEIGHTS = {
    "loaded": 1.0,
    "mind_reading": 1.0,
    "recommendation": 1.0,
    "certainty": 0.5,
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
_NOT_RHETORICAL = frozenset("though if as so".split())
_COMPARATIVE = frozenset("more less worse better greater higher lower bigger smaller larger further".split())
_BEFORE_CERTAIN = frozenset(
    "is are was were be been am i'm i’m it's it’s almost quite fairly absolutely not for feel".split()
)
_AFTER_CERTAIN = frozenset("that to of about whether how what why who".split())
_AMBIGUOUS = frozenset("even will may certain".split())  # single words that need a look at their neighbours
_NOUN_WILL = frozenset("the political free good ill his her their its own popular last a sheer".split())


class Cue(NamedTuple):
    """One cue: its offsets in the text, its type and the words as written."""

    start: int
    end: int
    cue_type: str
    weight: float = 0.0  # its pull towards opinion in the author's own words (base_weight)


# A phrase with the offset and word of one neighbour of its anchor: a cheap first test.
Placed = tuple[tuple[str, ...], int, str, int, str]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, list[Placed]], frozenset[str]]:
    """Single-word cues by word, phrases by anchor word (each with a neighbour to test first), every word."""
    words, phrases = lexicon.load(lexicon.BY_TYPE)
    placed = {
        w: [(parts, a, kind, -1, parts[a - 1]) if a else (parts, a, kind, 1, parts[1]) for parts, a, kind in options]
        for w, options in phrases.items()
    }
    return words, placed, frozenset(words) | frozenset(phrases)


def find_cues(tokens: Tokens) -> list[Cue]:
    """Every opinion cue in the text, longest phrase first, never two cues on the same words (as Cues)."""
    return sorted(tuple.__new__(Cue, row) for row in zip(*cue_columns(tokens)))


def cue_columns(tokens: Tokens) -> tuple[list[int], list[int], list[str], list[float]]:
    """``find_cues`` as four columns (starts, ends, types, weights): the single words in text order, then the
    phrases (sorted, the rows are the Cues of ``find_cues``).

    Most cues are a plain single word: those are found for the whole text at once (NumPy look-ups over the
    tokens' word numbers), and each phrase at every place of its anchor word at once (``Tokens.phrases_at``);
    a token is looked at on its own only where the word is ambiguous or has a capital (perhaps a name) --
    with the same rules, in the same order.
    """
    import numpy as np

    words_by, phrases, _ = _lexicon()
    words, starts, text = tokens.words, tokens.starts, tokens.text
    n_words = len(words)
    known, ids = tokens.vocabulary, tokens.ids
    type_names = list(dict.fromkeys(words_by.values()))
    type_code = {t: c for c, t in enumerate(type_names)}
    type_of = np.full(len(known), -1, dtype=np.int64)  # each word's single-word cue type, as a number
    for w, c in known.items():
        t = words_by.get(w)
        if t is not None:
            type_of[c] = type_code[t]
    singles = np.flatnonzero(type_of[ids] >= 0)
    odd = np.zeros(len(known), dtype=bool)
    odd[tokens.codes(_AMBIGUOUS)] = True
    look = singles[odd[ids[singles]] | tokens.capitals()[singles]]  # an ambiguous word, or a capital
    # Every cue of two words or more: its anchor, 0 (a phrase) or 1 ("even more"), how many words before and
    # after the anchor, type and weight; in the order of their anchors, which decides ties between equal spans.
    found = tokens.phrases_at(tokens.hit_array(phrases), _phrase_options())
    longer = [(i, 0, *_placed(words[i], number)) for i, number in found]
    single: list[tuple[int, str]] = []  # the one-word cues of the tokens looked at one by one, in text order
    for i in look.tolist():
        w = words[i]
        cue_type = words_by[w]
        if text[starts[i]].isupper() and not _sentence_start(text, starts[i]):
            continue  # part of a name ("Great Britain", "Grand Hotel")
        if w not in _AMBIGUOUS:
            single.append((i, cue_type))
            continue
        nxt = words[i + 1] if i + 1 < n_words else ""
        prev = words[i - 1] if i else ""
        if w == "even":
            if nxt in _NOT_RHETORICAL or prev == "break":
                continue
            if nxt in _COMPARATIVE:
                longer.append((i, 1, 0, 1, "intensifier", base_weight("intensifier", f"even {nxt}")))
                continue
        elif w == "will" and prev in _NOUN_WILL:
            continue  # "the will of the people"
        elif w == "may" and text[starts[i]] == "M" and not _sentence_start(text, starts[i]):
            continue  # the month or a name
        elif w == "certain" and prev not in _BEFORE_CERTAIN and nxt not in _AFTER_CERTAIN:
            if i + 1 < n_words and starts[i + 1] == starts[i] + 8 and text[starts[i + 1] - 1] == " ":
                continue  # "certain groups", "a certain city": which ones, not how sure
        single.append((i, cue_type))
    longer.sort()  # by anchor, then phrase before "even more"
    # Every other one-word cue: a plain word, no capital, nothing to decide.
    plain = singles[~np.isin(singles, look, assume_unique=True)] if len(look) else singles
    where = np.concatenate([plain, np.asarray([i for i, _ in single], dtype=np.int64)])
    kinds = np.concatenate([type_of[ids[plain]], np.asarray([type_code[k] for _, k in single], dtype=np.int64)])
    order = np.argsort(where, kind="stable")
    where, kinds = where[order], kinds[order]
    # Longest first, then from the left; a word already taken by a longer cue is not a cue of its own.
    first = np.asarray([i - before for i, _, before, _, _, _ in longer], dtype=np.int64)
    last = np.asarray([i + after for i, _, _, after, _, _ in longer], dtype=np.int64)
    kept = np.flatnonzero(longest_first(first, last))
    if len(kept):
        covered = np.zeros(n_words + 1, dtype=np.int64)
        np.add.at(covered, first[kept], 1)
        np.add.at(covered, last[kept] + 1, -1)
        keep = np.cumsum(covered)[where] == 0
        where, kinds = where[keep], kinds[keep]
    # One Cue per word: its weight depends only on the word (and so its type) for a single word.
    weight = base_weight
    vocabulary = list(known)
    at = tokens.start_array()[where]
    lengths = np.fromiter(map(len, vocabulary), dtype=np.int64, count=len(vocabulary))
    ends = at + lengths[ids[where]]
    weights = {c: weight(type_names[type_of[c]], w) for c, w in enumerate(vocabulary) if type_of[c] >= 0}
    codes = ids[where].tolist()
    names = list(map(type_names.__getitem__, kinds.tolist()))
    out: tuple[list, ...] = (at.tolist(), ends.tolist(), names, list(map(weights.__getitem__, codes)))
    if len(kept):  # the phrases after the single words (not in order: ``find_cues`` sorts them)
        stops = tokens.start_array()[last[kept]] + lengths[ids[last[kept]]]
        chosen = [longer[j] for j in kept.tolist()]
        extra = (tokens.start_array()[first[kept]].tolist(), stops.tolist(), *map(list, zip(*(c[4:] for c in chosen))))
        out = tuple(a + b for a, b in zip(out, extra))
    return out  # type: ignore[return-value]


@lru_cache(maxsize=4096)
def _placed(word: str, number: int) -> tuple[int, int, str, float]:
    """Phrase ``number`` of an anchor word: how many words before and after the anchor, its type and weight."""
    parts, anchor, kind, _, _ = _lexicon()[1][word][number]
    return anchor, len(parts) - 1 - anchor, kind, base_weight(kind, " ".join(parts))


@lru_cache(maxsize=1)
def _phrase_options() -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Each anchor word's phrases as (the anchor's offset in the phrase, the phrase's words), in order."""
    return {w: [(anchor, parts) for parts, anchor, *_ in options] for w, options in _lexicon()[1].items()}


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


_SINGLE_KINDS = {
    "we": lexicon.FIRST_PERSON_PLURAL,
    "you": lexicon.SECOND_PERSON,
    "imperative": lexicon.IMPERATIVES,
}
_VOICE_BLOCKS = {"argument": lexicon.ARGUMENT_MARKERS, "stance": lexicon.STANCE, "generic": lexicon.GENERIC}
# Every kind voice_signals gives, in a fixed order.
VOICE_KINDS = (*_VOICE_BLOCKS, "emotive", *_SINGLE_KINDS, "evaluative_predicate")
_VOICE_CODE = {kind: c for c, kind in enumerate(VOICE_KINDS)}
_OPENERS = frozenset("and but so now then".split())  # "And remember …" still opens with an instruction


@lru_cache(maxsize=1)
def _markers() -> tuple[dict[str, str], dict[str, list[lexicon.Phrase]], frozenset[str]]:
    """Voice-signal words by kind, phrases by anchor word, and every word worth a look-up."""
    words, phrases = lexicon.load(_VOICE_BLOCKS | {"emotive": lexicon.EMOTIVE})
    for kind, block in _SINGLE_KINDS.items():
        for w in block.split():
            words.setdefault(w, kind)
    return words, phrases, frozenset(words) | frozenset(phrases) | _COPULAS


@lru_cache(maxsize=1)
def _marker_options() -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Each voice phrase's anchor word's phrases as (the anchor's offset in the phrase, its words), in order."""
    return {w: [(anchor, parts) for parts, anchor, _ in options] for w, options in _markers()[1].items()}


def voice_signals(tokens: Tokens) -> list[tuple[int, str]]:
    """Offsets of signs of the author's own voice, each with its kind: discourse markers ("moreover",
    "rather than"), evaluative predicates ("is ridiculous"), "we" and "you", stance phrases ("I think"),
    generic claims ("everyone"), emotive verbs ("despise") and instructions to the reader ("Remember …")."""
    offsets, kinds = voice_arrays(tokens)
    return list(zip(offsets.tolist(), map(VOICE_KINDS.__getitem__, kinds.tolist())))


def voice_arrays(tokens: Tokens) -> tuple[np.ndarray, np.ndarray]:
    """``voice_signals`` as NumPy arrays: offsets and kinds (numbers into ``VOICE_KINDS``), in the same order.

    In text order of the word that gives each signal, and for one word: a judgement after it ("is
    ridiculous"), then a phrase it anchors, then the word itself. Found for all the words of a kind at
    once; only "yet", "us" and instructions ("Remember …") are looked at one by one.
    """
    import numpy as np

    kinds, phrases, _ = _markers()
    words, starts, text, ids, known = tokens.words, tokens.starts, tokens.text, tokens.ids, tokens.vocabulary
    n = len(words)
    at, order, offsets, codes = [], [], [], []  # per part: the giving token, 0/1/2, the offset, the kind

    def table(keep: Callable[[str], bool]) -> np.ndarray:
        return np.fromiter(map(keep, known), dtype=bool, count=len(known))

    copulas = tokens.hit_array(_COPULAS)
    if len(copulas):  # a copula, at most three degree words ("not so very"), then an evaluative word
        degree = table(_DEGREE.__contains__)
        evaluative = table(lambda w: len(w) > 4 and w.endswith(_ENDINGS) and w not in _NOT_EVALUATIVE)
        j = copulas + 1
        for _ in range(3):
            j = j + ((j < n) & degree[ids[np.minimum(j, n - 1)]])
        fits = (j < n) & evaluative[ids[np.minimum(j, n - 1)]]
        at.append(copulas[fits])
        offsets.append(tokens.start_array()[j[fits]])
        codes.append(np.full(int(fits.sum()), _VOICE_CODE["evaluative_predicate"]))
        order.append(np.zeros(len(at[-1]), dtype=np.int64))
    found = tokens.phrases_at(tokens.hit_array(phrases), _marker_options())
    if found:
        places = [i for i, _ in found]
        options = [phrases[words[i]][number] for i, number in found]
        at.append(np.asarray(places, dtype=np.int64))
        offsets.append(np.asarray([starts[i - o[1]] for i, o in zip(places, options)], dtype=np.int64))
        codes.append(np.asarray([_VOICE_CODE[o[2]] for o in options], dtype=np.int64))
        order.append(np.ones(len(places), dtype=np.int64))
    kind_of = np.full(len(known), -1, dtype=np.int64)
    for w, c in known.items():
        if w in kinds:
            kind_of[c] = _VOICE_CODE[kinds[w]]
    single = np.flatnonzero(kind_of[ids] >= 0)
    odd = np.zeros(len(known), dtype=bool)
    odd[tokens.codes({"yet", "us"} | {w for w, kind in kinds.items() if kind == "imperative"})] = True
    look = odd[ids[single]]
    kept = [
        i
        for i in single[look].tolist()
        if not (
            (kinds[words[i]] == "imperative" and not _opens_sentence(tokens, i))
            or (words[i] == "yet" and i and text[starts[i - 1] : starts[i]].strip() not in ".;")
            or (words[i] == "us" and text[starts[i] : starts[i] + 2] == "US")  # the United States
        )
    ]  # "not yet", "has yet to": only a sentence-opening "Yet" argues
    single = np.union1d(single[~look], np.asarray(kept, dtype=np.int64))
    at.append(single)
    offsets.append(tokens.start_array()[single])
    codes.append(kind_of[ids[single]])
    order.append(np.full(len(single), 2, dtype=np.int64))
    where = np.concatenate(at)
    ranked = np.lexsort((np.concatenate(order), where))
    return np.concatenate(offsets)[ranked], np.concatenate(codes)[ranked]


def _opens_sentence(tokens: Tokens, i: int) -> bool:
    """Token ``i`` starts its sentence, perhaps after "And" or "But" ("But remember …")."""
    text, starts = tokens.text, tokens.starts
    if _sentence_start(text, starts[i]):
        return True
    return i > 0 and tokens.words[i - 1] in _OPENERS and _sentence_start(text, starts[i - 1])


# No leading \b: a pattern that starts with a character class lets the regex engine skip ahead quickly;
# the word boundary before the match is checked by hand.
_CAPITALS = re.compile(r"[A-Z][A-Z’']*[A-Z](?!\w)")


def capital_signals(text: str) -> list[tuple[int, str]]:
    """Words in capitals: a common word alone in capitals is emphasis ("is NOT a cure"); other capital
    words are acronyms (NATO, CDC), signs of named institutions and plain reporting."""
    out: list[tuple[int, str]] = []
    emphasis = _EMPHASIS
    prev_end = -10
    last: tuple[int, str] | None = None
    for m in _CAPITALS.finditer(text):
        a, b = m.span()
        if a and (text[a - 1].isalnum() or text[a - 1] == "_"):
            continue  # the end of a longer word ("McDONALD")
        word = m.group().lower()
        if a - prev_end <= 1 and last is not None:  # a run of capitals (a headline or a name), not emphasis
            if last[1] == "emphasis":
                out[-1] = (last[0], "acronym")
            out.append((a, "acronym"))
        else:
            out.append((a, "emphasis" if word in emphasis else "acronym"))
        last, prev_end = out[-1], b
    return out


_EMPHASIS = frozenset(lexicon.EMPHASIS.split())


@lru_cache(maxsize=4096)
def base_weight(cue_type: str, phrase: str) -> float:
    """The weight of one cue (lower-case words) in the opinion score, lowered for weak words."""
    return STRONG.get(phrase, WEIGHTS.get(cue_type, 0.0)) * (0.4 if phrase in WEAK else 1.0)
