"""Find who is quoted or cited in any English text: quotations, reporting verbs and their sources.

General rules, not a list of names: a reporting verb ("said", "warned", "according to") is found
through the shared tokens, its source is the noun phrase before it (or after it, in "said Smith"),
and the form says whether the words are quoted whole, quoted in part, paraphrased or only described.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import NamedTuple

from medialit.text.candidates import Candidate, passive_candidates, verb_candidates
from medialit.text.cited import colon_candidates, noun_candidates, poll_candidates, stance_candidates
from medialit.text.document import Document, find_quotes
from medialit.text.possessors import NOUN_LEMMAS, noun_reading, participle_source
from medialit.text.reporting import (
    _CLAUSE_AUX,
    _GROUP_WORDS,
    _PERSONS,
    RELATIVES,
    _valid_source,
    source_type,
)
from medialit.text.sources import _source_after, antecedent
from medialit.text.subjects import _name_before_age, _with_antecedent

__all__ = ["Attribution", "find_attributions", "find_quotes"]


class Attribution(NamedTuple):
    """One attribution: who (source and its offsets), the reporting words, the form and any quotation."""

    sentence: int  # index into the list of sentence spans
    source: str
    start: int
    end: int
    reporting_verb: str
    verb_start: int
    verb_end: int
    verb_stance: str
    form: str
    quote: str
    quote_start: int
    quote_end: int
    source_type: str
    continues: int = -1  # for a quotation that goes on: the sentence whose attribution it continues
    who: str = ""  # who a relative "who" / "which" source stands for ("Councillor Bell, who …"), if found


def _quote_form(text: str, q: tuple[int, int], s_lo: int) -> str:
    """direct_quote for a quoted clause introduced by ':', ',', 'that' or opening the sentence; else partial."""
    inner = text[q[0] : q[1]].strip('“”"‘’ ')
    before = text[max(s_lo, q[0] - 6) : q[0]].rstrip()
    introduced = q[0] <= s_lo + 1 or before.endswith((":", ",")) or before.lower().endswith(" that") or not before
    after = text[q[1] : q[1] + 3].lstrip()
    if (introduced and len(inner.split()) >= 4) or (inner.endswith(",") and q[0] <= s_lo + 1):
        return "direct_quote"
    if q[0] <= s_lo + 1 and (after[:1] in ("", ",") or inner.endswith((".", "?", "!"))):
        return "direct_quote"
    return "partial_quote"


def _plain_form(text: str, c: Candidate, s_lo: int, s_hi: int) -> str:
    """paraphrase when reported words follow (or precede) the verb; characterisation otherwise."""
    if c.kind == "witness":
        return "paraphrase"
    if c.kind == "passive":
        return "characterisation"
    if c.lemma.startswith(("according to", "in the words of")):
        return "paraphrase"
    cut = min(c.src[0], c.verb[0])
    head = text[max(s_lo, cut - 80) : cut]  # a bounded window: one long sentence stays linear
    if head.rstrip().endswith(",") and len(head.split()) >= 3:
        return "paraphrase"  # "The bridge is unsafe, engineers warned."
    return "paraphrase" if _CLAUSE_AUX.match(text, c.verb[1], min(s_hi, c.verb[1] + 120)) else "characterisation"


def find_attributions(doc: Document) -> list[Attribution]:
    """Attributions sentence by sentence in a prepared document."""
    text = doc.text
    candidates = verb_candidates(doc) + passive_candidates(doc) + noun_candidates(doc) + colon_candidates(doc)
    candidates += poll_candidates(doc) + stance_candidates(doc)
    kept: list[Candidate] = []
    seen: set[tuple[int, str, int]] = set()
    for c in sorted(candidates, key=lambda c: (c.sentence, c.verb[0])):
        if c.kind == "verb" and c.lemma in NOUN_LEMMAS:
            noun = noun_reading(doc, c)  # "his controversial remarks", "Bell gave a long answer": a noun
            if noun is not False:
                if noun is None:
                    continue  # the possessor's own row ("his") names who spoke
                c.src, c.kind, c.lemma = noun, "noun", text[c.verb[0] : c.verb[1]].lower()  # as a speech noun's row
        elif (
            c.src[1] + 1 == c.verb[0]
            and c.kind == "verb"
            and text[max(c.src[0], c.src[1] - 8) : c.src[1]].rsplit(" ", 1)[-1] in _GETS
        ):
            got = _given_by(doc, c)  # "The plan drew praise from the mayor": the mayor praised it
            if got is None:
                continue
            c.src = got
        elif c.kind == "verb" and text[c.verb[1] - 3 : c.verb[1]] == "ing" and _before(text, c.src, c.verb):
            c.src = (
                participle_source(doc, c, kept[-1] if kept else None) or c.src
            )  # "Bell released statements deploring …": Bell
        if c.kind == "colon" and kept and kept[-1].sentence == c.sentence and kept[-1].src == c.src:
            continue  # "Bell fired back: “…”": the verb's row holds the quotation
        if text[c.src[0]].isdigit():  # "Ann Bell, 58, who lives …, says": the name before the age
            c.src = _name_before_age(text, c.src, doc.bounds[c.sentence][0])
        elif text[c.src[0] - 4 : c.src[0]] == "who " and text[c.src[0]].islower() and c.kind == "verb":
            c.src = _with_antecedent(text, c.src, doc.bounds[c.sentence][0])  # "Voters who backed it warned"
        source = text[c.src[0] : c.src[1]]
        key = (c.sentence, source.lower(), c.verb[0])
        valid = _valid_source(source, c.lemma) or _finds_that(text, source, c) or _what_calls(text, source, c)
        if key in seen or not valid or doc.in_quote(c.src[0] + 1):
            continue
        seen.add(key)
        kept.append(c)
    return _continued_quotes(doc, _with_quotes(doc, kept))


# Verbs whose object is what others said of the subject (our own list): "drew praise", "faced criticism".
_GETS = frozenset("drew draws drawn draw won earned received receives faced faces drawing winning earning".split())


def _given_by(doc: Document, c: Candidate) -> tuple[int, int] | None:
    """The giver of words a subject drew or received, after "from" ("drew praise from the mayor"), or None."""
    text, hi = doc.text, doc.bounds[c.sentence][1]
    if text[c.verb[1] : c.verb[1] + 6] != " from ":
        return None
    return _source_after(text, c.verb[1] + 6, hi)


def _before(text: str, src: tuple[int, int], verb: tuple[int, int]) -> bool:
    """Whether a source comes before its verb in the same clause, as in "who released statements deploring"."""
    return src[0] < verb[0] and (
        verb[0] <= src[1] + 1 or (verb[0] - src[1] < 120 and "," not in text[src[1] : verb[0]])
    )


_BY_PLACE = attrgetter("sentence", "verb_start")  # the order of the rows
_NOT_FINDERS = frozenset("i we you it this that these those there here".split())
_ARTICLES = frozenset(("a", "an", "the"))
_FINDS = frozenset(("find", "indicate"))  # "show that" after a name was right only half the time on train


_WHAT_VERBS = frozenset(("call", "describe", "see", "consider"))


def _what_calls(text: str, source: str, c: Candidate) -> bool:
    """ "what it calls a folly", "what they see as a threat": the pronoun names who calls it so."""
    return c.lemma in _WHAT_VERBS and source.lower() in ("it", "they") and text[c.src[0] - 5 : c.src[0]] == "what "


def _finds_that(text: str, source: str, c: Candidate) -> bool:
    """ "Bell found that …", "The inspector indicated that …": a person or body who finds or shows *that*
    something is so reports it (without "that", "Bell found the key" reports nothing)."""
    if c.lemma not in _FINDS or c.kind != "verb" or text[c.verb[1] : c.verb[1] + 6] != " that ":
        return False
    words = source.split()
    first = words[0]
    if first.lower() in _PERSONS or (first[:1].isupper() and first.lower() not in _NOT_FINDERS):
        return True
    if first.lower() not in _ARTICLES:  # "a State Department spokesman", "the inspectors": a named body or group
        return False
    return any(w[:1].isupper() or w.lower() in _GROUP_WORDS for w in words[1:])


def _distance(c: Candidate, q: tuple[int, int]) -> int:
    return min(abs(q[0] - c.verb[1]), abs(c.src[0] - q[1]), abs(q[0] - c.src[1]))


def _nearest(group: list[Candidate], speakers: list[int], verbs: list[int], q: tuple[int, int]) -> int:
    """The candidate (an index into ``group``) nearest to quotation ``q`` among ``speakers``.

    Only the few speakers whose verbs sit on either side of the quotation can be nearest (a source is never
    far from its verb), so a sentence with thousands of quotations and verbs stays near-linear.
    """
    q0, q1 = q
    best, least = -1, -1
    for n in speakers[max(0, bisect_left(verbs, q0) - 3) : bisect_left(verbs, q1) + 3]:
        c = group[n]  # _distance(c, q), inlined: this runs for every quotation
        d = min(abs(q0 - c.verb[1]), abs(c.src[0] - q1), abs(q0 - c.src[1]))
        if least < 0 or d < least:
            best, least = n, d
    return best


def _with_quotes(doc: Document, kept: list[Candidate]) -> list[Attribution]:
    """Give each quotation in a sentence to the nearest attribution, then decide every form."""
    text = doc.text
    by_sentence: dict[int, list[Candidate]] = {}
    for c in kept:
        by_sentence.setdefault(c.sentence, []).append(c)
    found = []
    quoted = doc.quoted_sentences()
    for k, group in by_sentence.items():
        s_lo, s_hi = doc.bounds[k]
        owner: dict[int, tuple[int, int]] = {}
        pieces = doc.quotes_between(s_lo, s_hi) if k in quoted else []
        if pieces:  # most sentences have none
            # A quotation goes to a speaker; "told me" (the author as witness) only when no one else is there.
            speakers = [n for n, c in enumerate(group) if c.kind != "witness"] or list(range(len(group)))
            verbs = [group[n].verb[0] for n in speakers]
            for q in pieces:
                best = _nearest(group, speakers, verbs, q)
                if best not in owner or _distance(group[best], q) < _distance(group[best], owner[best]):
                    owner[best] = q
        for n, c in enumerate(group):
            q = owner.get(n)
            form = _quote_form(text, q, s_lo) if q else _plain_form(text, c, s_lo, s_hi)
            source = text[c.src[0] : c.src[1]]
            verb = text[c.verb[0] : c.verb[1]]
            quote = text[q[0] : q[1]].strip('“”"‘’ ') if q else ""
            q0, q1 = q if q else (-1, -1)
            who = ""
            if source in RELATIVES:  # "who" names no one: the words it stands for give the type and who it is
                near = antecedent(text, s_lo, c.src[0])
                who = text[near[0] : near[1]] if near else ""
            kind = source_type(who or source, verb, c.kind)
            found.append(Attribution(k, source, *c.src, verb, *c.verb, c.stance, form, quote, q0, q1, kind, -1, who))
    return sorted(found, key=_BY_PLACE)


def _continued_quotes(doc: Document, found: list[Attribution]) -> list[Attribution]:
    """A sentence that is (mostly) a quotation going on from the sentence before gets the same speaker.

    As in the answer key, the ``source`` of such a row is the quoted words in this sentence (the only
    place the sentence points at its speaker); ``continues`` says where the attribution was made.
    """
    text = doc.text
    speaker: dict[int, Attribution] = {}
    for a in found:
        if a.form == "direct_quote":
            speaker.setdefault(a.sentence, a)
    has_row = {a.sentence for a in found}
    extra = []
    n = len(doc.bounds)
    for first in sorted(speaker):  # only the sentences after a quoted speaker can go on quoting them
        k = first + 1
        while k < n and k not in has_row and doc.same_text(k, k - 1):
            prev = speaker[k - 1]
            lo, hi = doc.bounds[k]
            pieces = doc.quotes_between(lo, hi)
            covered = sum(b - a for a, b in pieces)
            if not pieces or covered < 0.6 * (hi - lo):
                break
            row = _continuation(text, k, pieces[0], prev)
            extra.append(row)
            speaker[k] = row
            k += 1
    extra += _unattributed_quotes(doc, has_row | {a.sentence for a in extra})
    return sorted(found + extra, key=_BY_PLACE)


def _unattributed_quotes(doc: Document, has_row: set[int]) -> list[Attribution]:
    """A sentence that is (mostly) a quotation no one in the text is said to speak: someone unnamed.

    Quotation marks credit the words to someone even when no speaker is named ("“Do not divide the
    dead!”"); the row says so (``anonymous``), with the quoted words as its source, as for a quotation
    that goes on.  Only quotations of three words or more: a quoted word or title is not a speaker's.
    """
    text = doc.text
    out = []
    for q0, q1 in doc.quotes:
        k = doc.sentence_at(q0)
        if k < 0 or k in has_row:
            continue
        lo, hi = doc.bounds[k]
        pieces = doc.quotes_between(lo, hi)
        if sum(b - a for a, b in pieces) < 0.6 * (hi - lo) or len(text[q0:q1].split()) < 3:
            continue
        has_row.add(k)
        a, b = pieces[0]
        quote = text[a:b].strip('“”"‘’ ')
        start = a + text[a:b].find(quote)
        out.append(
            Attribution(
                k, quote, start, start + len(quote), "", -1, -1, "neutral", "direct_quote", quote, a, b, "anonymous"
            )
        )
    return out


def _continuation(text: str, k: int, piece: tuple[int, int], prev: Attribution) -> Attribution:
    """The row of sentence ``k``, whose first quoted ``piece`` goes on with the quotation of ``prev``."""
    a, b = piece
    quote = text[a:b].strip('“”"‘’ ')
    q_start = a + text[a:b].find(quote)
    since = prev.continues if prev.continues >= 0 else prev.sentence
    return Attribution(
        k,
        quote,
        q_start,
        q_start + len(quote),
        "",
        -1,
        -1,
        prev.verb_stance,
        "direct_quote",
        quote,
        a,
        b,
        prev.source_type,
        since,
    )
