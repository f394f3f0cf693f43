"""Find who is quoted or cited in any English text: quotations, reporting verbs and their sources.

General rules, not a list of names: a reporting verb ("said", "warned", "according to") is found
through the shared tokens, its source is the noun phrase before it (or after it, in "said Smith"),
and the form says whether the words are quoted whole, quoted in part, paraphrased or only described.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from medialit.text.tokens import Tokens

# Reporting verbs by lemma; the second field says whether the verb itself takes a side ("loaded").
_NEUTRAL = """say tell add ask write note state report explain announce comment respond reply confirm answer
mention remark observe declare describe recall recount predict estimate testify post tweet call suggest
indicate show find reveal argue believe think expect film photograph""".split()
_LOADED = """warn admit claim insist accuse dismiss allege concede confess boast brag complain lament deny
reject slam blast decry condemn criticise criticize praise hail urge demand threaten vow pledge promise contend
assert acknowledge blame mock ridicule scoff sneer rant fume whine gloat quip joke mutter shout scream cry
fear hope caution stress emphasise emphasize""".split()
_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "writes", "writing", "written"],
    "find": ["found", "finds", "finding"],
    "think": ["thought", "thinks", "thinking"],
    "show": ["showed", "shows", "showing", "shown"],
    "cry": ["cried", "cries"],
}
_DOCUMENT_WORDS = frozenset(
    """report reports study studies data figures footage recordings recording survey poll polls analysis
    documents document records statistics research images video videos photos evidence estimates assessment
    intelligence satellite tests investigation review audit census""".split()
)
# Verbs too common in other senses; they report only with a document or a named subject.
_WEAK = frozenset("show find indicate reveal suggest believe think expect fear hope call describe".split())
_NOT_SUBJECT_END = frozenset(
    """the a an of and or but his her its their our my your this that these those no any some with by for from
    in on to at through without into than as is are was were be been being it he she they we i you who which
    what when while because if so not also very more most less""".split()
)
# A word before a verb form that shows it is a noun or an infinitive ("the claim", "amid fears", "to explain").
_NOUN_BEFORE = frozenset(
    """to the a an his her their its of our my your this that these those amid over about with without despite
    for from by in on at into under after before no any some such growing own new public private""".split()
)
_PASSIVE_BEFORE = frozenset("was were been being is are be".split())
_PARTICIPLES = frozenset("said told seen heard shown written found thought spotted observed".split())
_PERCEIVED = frozenset("seen heard spotted filmed photographed observed reported recorded".split())
_PRONOUNS = frozenset("he she they it we i you this that these those there who which one".split())
_SKIP_BEFORE = re.compile(
    r"(?:,?\s(?:also|recently|publicly|privately|openly|bluntly|even|reportedly|repeatedly|previously|later|then|"
    r"has|have|had|was|were|is|are|will|would|did|does|do|not|never|already|once|just|first|further|too|allegedly|"
    r"angrily|quickly|flatly|loudly|quietly|simply|again|often|frequently|went\sas\sfar\sas\sto|went\sso\sfar\sas\sto|"
    r"has\sgone\sas\sfar\sas\sto|went\son\sto|go\sas\sfar\sas\sto|has\sbeen|have\sbeen|had\sbeen|\w+ly)\b)+\s?$"
)
_BOUNDARY = re.compile(
    r"(?:<[^<>]{0,200}>|[;:()\[\]<>—–“”\"]|,\s|\s-\s|\b(?:that|which|who|whom|while|when|because|but|if|what|after|before|since|"
    r"although|though|whereas|where|whether|why|how|so|yet|as)\s)"
)
_LEADING = re.compile(
    r"^(?:(?:but|and|yet|so|meanwhile|however|even|still|now|then|also|instead|moreover|indeed|similarly|"
    r"yesterday|today|earlier|later|recently|separately|privately|publicly|in\sfact|in\sturn|for\sits\spart|"
    r"for\shis\spart|for\sher\spart),?\s)+",
    re.IGNORECASE,
)
# Nouns that attribute words to someone named after them: "according to X", "a talking point from X".
_NOMINAL_HEADS = frozenset(
    """according words point claim statement remarks comments warning admission assessment estimate argument
    message line view position""".split()
)
_AFTER_SOURCE = re.compile(
    r"\s?((?:[\w’'.\-]+\s?){1,12}?)(?=[,.;:!?”\"()—–]|(?:that|who|which|on|in|at|is|are|was|were|has|have|had|"
    r"said|says|told|tells|wrote|writes|added|adds)\b|$)"
)
_AUX = frozenset(
    """is are was were has have had will would could can may might should must isn’t aren’t wasn’t weren’t hasn’t
    haven’t won’t can’t couldn’t didn’t doesn’t don’t isn't aren't wasn't hasn't won't can't does do did""".split()
)
_QUOTES = re.compile(  # the look-ahead lets the regex engine skip quickly to a quotation mark
    r"(?=[“\"‘])(?:“[^”“\n]{1,3000}(?:”|(?=\n))|(?<![\w\"])\"[^\"\n]{1,3000}\"|(?<!\w)‘[^’‘\n]{2,300}’(?!\w))"
)
_CLAUSE_AUX = re.compile(
    r"(?i)\s(?:that\b|(?:[\w’'.\-]+\s){0,6}?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|"
    r"must|isn’t|isn't|aren’t|wasn’t|weren’t|hasn’t|haven’t|won’t|can’t|couldn’t|didn’t|doesn’t|remains|lacks|"
    r"did|does|do)\b)"
)


def _forms(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma]]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    double = lemma in ("admit", "quip", "slam", "regret")
    past = lemma + lemma[-1] + "ed" if double else lemma + "ed"
    ing = lemma + lemma[-1] + "ing" if double else lemma + "ing"
    return [lemma, lemma + "s", past, ing]


VERB_LEMMAS = {form: (lemma, "neutral") for lemma in _NEUTRAL for form in _forms(lemma)}
VERB_LEMMAS |= {form: (lemma, "loaded") for lemma in _LOADED for form in _forms(lemma)}
VERB_LEMMAS["sounding"] = VERB_LEMMAS["sounded"] = VERB_LEMMAS["sound"] = VERB_LEMMAS["sounds"] = ("sound", "loaded")


SPEECH_NOUNS = {w: "neutral" for w in "statement statements remarks comments view views assessment words".split()}
SPEECH_NOUNS |= {
    w: "loaded"
    for w in "claim claims warning warnings threat threats admission accusation accusations promise promises".split()
}


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


@dataclass
class _Candidate:
    sentence: int
    src: tuple[int, int]
    verb: tuple[int, int]
    lemma: str
    stance: str
    kind: str  # verb, noun, nominal, witness, passive


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Offsets of quotations in curly or straight double quotes (and multi-word single curly quotes)."""
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def _clean_source(raw: str) -> str:
    raw = _LEADING.sub("", raw.strip(" ,") + " ").strip(" ,")
    words = raw.split()
    if len(words) > 9 and " and " in raw:
        raw = raw.rsplit(" and ", 1)[1]
        words = raw.split()
    if len(words) > 14:
        raw = " ".join(words[-6:])
    last = raw.rsplit(" ", 1)[-1]
    if last.endswith(".") and last.count(".") == 1 and len(last) > 3:
        raw = raw[:-1]  # a full stop, not an abbreviation such as "Jr." or "U.S."
    return raw


_RELATIVE = re.compile(r"(?i)(?:who|whose|which|whom|where|when)\b")
_COORDINATED = re.compile(r"(?:,\sbut|\bbut|\band)\s(?:\w+ly\s)?$")
_LEADING_NAME = re.compile(r"(?:[A-Z][\w’'.\-]*\s){1,4}(?=[a-z])")


def _span(lo: int, raw: str, start: int) -> tuple[int, int] | None:
    cleaned = _clean_source(raw)
    if not cleaned:
        return None
    offset = lo + start + raw.find(cleaned)
    return offset, offset + len(cleaned)


def _subject_before(text: str, lo: int, verb: int) -> tuple[int, int] | None:
    """Offsets of the noun phrase that is the subject of a reporting verb at ``verb`` (sentence from ``lo``)."""
    lo = max(lo, verb - 300)  # a subject sits close to its verb; a bounded window keeps this linear
    left = text[lo:verb]
    skip = _SKIP_BEFORE.search(left, max(0, len(left) - 120))
    if skip:
        left = left[: skip.start()]
    left = left.rstrip()
    if left.endswith(","):  # "Keith Kellogg, President Trump's special envoy to Ukraine, said"
        inner = left[:-1]
        comma = inner.rfind(", ")
        if comma < 0:
            return None
        head_bounds = list(_BOUNDARY.finditer(inner, 0, comma))
        start = head_bounds[-1].end() if head_bounds else 0
        appositive = inner[comma + 2 :]
        if _RELATIVE.match(appositive):  # "Fenwick, who has led the town since 2019, told"
            end = comma
        elif _BOUNDARY.search(appositive) or len(appositive.split()) > 10:
            return None
        else:
            end = len(inner)
        return _span(lo, left[start:end], start)
    bounds = list(_BOUNDARY.finditer(left))
    start = bounds[-1].end() if bounds else 0
    found = _span(lo, left[start:], start)
    if found is None and _COORDINATED.search(text[lo:verb]):  # "Putin pretends …, but secretly acknowledges"
        name = _LEADING_NAME.match(text, lo, verb)
        if name:
            return _span(lo, name.group(0), 0)
    return found


def _source_after(text: str, at: int, hi: int) -> tuple[int, int] | None:
    m = _AFTER_SOURCE.match(text, at, hi)
    if not m or not m.group(1).strip():
        return None
    return _span(m.start(1), m.group(1), 0)


def _valid_source(source: str, lemma: str) -> bool:
    words = source.lower().replace("’", "'").split()
    if not words or words[-1].strip(".,") in _NOT_SUBJECT_END - _PRONOUNS:
        return False
    if lemma in _WEAK:
        if lemma in ("show", "find", "indicate", "reveal") and not (_DOCUMENT_WORDS & set(words)):
            return False
        if len(words) == 1 and words[0] in _PRONOUNS:
            return False
        if words[0] in ("i", "we", "you"):
            return False  # the author's own view is not an attribution
    return True


def source_type(source: str, verb: str, kind: str = "verb") -> str:
    """A guess at the kind of source (key.SOURCE_TYPES) from the words of the source phrase."""
    words = source.split()
    lowered = source.lower()
    if kind == "witness":
        return "author_witness"
    if kind == "passive" or verb.lower() in ("filmed", "photographed", "films", "film"):
        return "document_or_footage"
    if not words:
        return "anonymous"
    if _DOCUMENT_WORDS & set(lowered.replace(",", " ").split()):
        return "document_or_footage"
    if words[0].lower() in ("one", "another", "a", "an", "someone", "somebody"):
        return "anonymous"
    last = words[-1].strip(".,")
    if last[:1].isupper() and last.lower() not in _ORGANISATION_WORDS:
        return "named_person"
    if _ORGANISATION_WORDS & set(lowered.split()):
        return "organisation"
    if last.lower().endswith("s") and not last[:1].isupper():
        return "vague_group"
    return "role_only"


_ORGANISATION_WORDS = frozenset(
    """ministry government council agency committee department office kremlin company bank party army police
    university institute organisation organization union court parliament congress commission newspaper
    magazine league pentagon administration corporation group network fund board""".split()
)


def _pieces(quotes: list[tuple[int, int]], q_starts: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
    """The parts of the (sorted, non-overlapping) quotations that fall inside lo..hi."""
    k = max(0, bisect_right(q_starts, lo) - 1)
    out = []
    while k < len(quotes) and quotes[k][0] < hi:
        a, b = quotes[k]
        if b > lo:
            out.append((max(a, lo), min(b, hi)))
        k += 1
    return out


def _in_sentence(sent_starts: list[int], sentences: list[tuple[int, int]], pos: int) -> int:
    k = bisect_right(sent_starts, pos) - 1
    return k if k >= 0 and pos < sentences[k][1] else -1


def _verb_candidates(text: str, sentences: list[tuple[int, int]], tokens: Tokens, inside) -> list[_Candidate]:
    """Reporting verbs with their sources: "X said", "said X", "X, envoy, said", "…, warning that"."""
    words, starts = tokens.words, tokens.starts
    sent_starts = [s for s, _ in sentences]
    out: list[_Candidate] = []
    for i in tokens.hits(VERB_LEMMAS):
        at = starts[i]
        k = _in_sentence(sent_starts, sentences, at)
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
            continue  # passive: handled by _passive_candidates
        if lemma == "sound":
            if words[i + 1 : i + 3] != ["the", "alarm"]:
                continue
            verb = (at, tokens.end(i + 2))
        before = text[max(s_lo, at - 3) : at].rstrip()
        if words[i].endswith("ing") and before.endswith(","):
            if out and out[-1].sentence == k:  # "…, warning that …": the same speaker as the main clause
                out.append(_Candidate(k, out[-1].src, verb, lemma, stance, "verb"))
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
            out.append(_Candidate(k, src, verb, lemma, stance, "verb"))
        if nxt in ("me", "us") and lemma in ("tell", "write", "ask", "say", "show"):
            witness = (at, tokens.end(i + 1))  # "told me": the author is the only witness
            out.append(_Candidate(k, witness, verb, lemma, stance, "witness"))
    return out


def _passive_candidates(text: str, sentences: list[tuple[int, int]], tokens: Tokens, inside) -> list[_Candidate]:
    """Agentless passives that hide a source: "was seen", "were filmed", "has been reported"."""
    words, starts = tokens.words, tokens.starts
    sent_starts = [s for s, _ in sentences]
    out = []
    for i in tokens.hits(_PERCEIVED):
        if not i or words[i - 1] not in ("was", "were", "been") or (i + 1 < len(words) and words[i + 1] == "by"):
            continue
        k = _in_sentence(sent_starts, sentences, starts[i])
        if k < 0 or inside(starts[i]) or starts[i - 1] < sentences[k][0]:
            continue
        span = (starts[i - 1], tokens.end(i))
        out.append(_Candidate(k, span, (starts[i], tokens.end(i)), words[i], "neutral", "passive"))
    return out


def _noun_candidates(text: str, sentences: list[tuple[int, int]], tokens: Tokens, inside) -> list[_Candidate]:
    """Speech nouns with a possessor ("the mayor's claim", "Putin's threats") and "according to X"."""
    words, starts = tokens.words, tokens.starts
    sent_starts = [s for s, _ in sentences]
    out = []
    for i in tokens.hits(SPEECH_NOUNS):
        j = i - 1 if i and words[i - 1].endswith(("’s", "'s")) else i - 2
        if j < 0 or not words[j].endswith(("’s", "'s")):
            continue
        k = _in_sentence(sent_starts, sentences, starts[i])
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
        out.append(_Candidate(k, src, (starts[i], tokens.end(i)), words[i], SPEECH_NOUNS[words[i]], "noun"))
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
        k = _in_sentence(sent_starts, sentences, starts[first])
        if k < 0 or inside(starts[first]) or last + 1 >= len(words):
            continue
        src = _source_after(text, tokens.end(last), sentences[k][1])
        if src:
            verb = (starts[first], tokens.end(last))
            out.append(_Candidate(k, src, verb, text[verb[0] : verb[1]].lower(), stance, "nominal"))
    return out


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


def _plain_form(text: str, c: _Candidate, s_lo: int, s_hi: int) -> str:
    """paraphrase when reported words follow (or precede) the verb; characterisation otherwise."""
    if c.kind == "witness":
        return "paraphrase"
    if c.kind == "passive":
        return "characterisation"
    if c.lemma.startswith(("according to", "in the words of")):
        return "paraphrase"
    head = text[s_lo : min(c.src[0], c.verb[0])]
    if head.rstrip().endswith(",") and len(head.split()) >= 3:
        return "paraphrase"  # "The bridge is unsafe, engineers warned."
    return "paraphrase" if _CLAUSE_AUX.match(text, c.verb[1], min(s_hi, c.verb[1] + 120)) else "characterisation"


def find_attributions(
    text: str,
    sentences: list[tuple[int, int]],
    tokens: Tokens | None = None,
    quotes: list[tuple[int, int]] | None = None,
) -> list[Attribution]:
    """Attributions sentence by sentence (``sentences`` are start/end offsets into ``text``)."""
    tokens = tokens or Tokens(text)
    quotes = find_quotes(text) if quotes is None else quotes
    q_starts = [a for a, _ in quotes]

    def inside(pos: int) -> bool:
        k = bisect_right(q_starts, pos) - 1
        return k >= 0 and quotes[k][0] < pos < quotes[k][1]

    candidates = (
        _verb_candidates(text, sentences, tokens, inside)
        + _passive_candidates(text, sentences, tokens, inside)
        + _noun_candidates(text, sentences, tokens, inside)
    )
    kept: list[_Candidate] = []
    seen: set[tuple[int, str, int]] = set()
    for c in sorted(candidates, key=lambda c: (c.sentence, c.verb[0])):
        source = text[c.src[0] : c.src[1]]
        key = (c.sentence, source.lower(), c.verb[0])
        if key in seen or not _valid_source(source, c.lemma) or inside(c.src[0] + 1):
            continue
        seen.add(key)
        kept.append(c)
    found = _with_quotes(text, sentences, quotes, kept)
    return _continued_quotes(text, sentences, quotes, found)


def _with_quotes(
    text: str, sentences: list[tuple[int, int]], quotes: list[tuple[int, int]], kept: list[_Candidate]
) -> list[Attribution]:
    """Give each quotation in a sentence to the nearest attribution, then decide every form."""
    q_starts = [a for a, _ in quotes]
    by_sentence: dict[int, list[_Candidate]] = {}
    for c in kept:
        by_sentence.setdefault(c.sentence, []).append(c)
    found = []
    for k, group in by_sentence.items():
        s_lo, s_hi = sentences[k]
        pieces = _pieces(quotes, q_starts, s_lo, s_hi)
        owner: dict[int, tuple[int, int]] = {}
        # A quotation goes to a speaker; "told me" (the author as witness) only when no one else is there.
        only_witnesses = all(c.kind == "witness" for c in group)
        for q in pieces:

            def distance(c: _Candidate, q: tuple[int, int] = q) -> int:
                return min(abs(q[0] - c.verb[1]), abs(c.src[0] - q[1]), abs(q[0] - c.src[1]))

            best = min(
                range(len(group)),
                key=lambda n: distance(group[n]) if only_witnesses or group[n].kind != "witness" else 10**9,
            )
            if best not in owner or distance(group[best]) < distance(group[best], owner[best]):
                owner[best] = q
        for n, c in enumerate(group):
            q = owner.get(n)
            form = _quote_form(text, q, s_lo) if q else _plain_form(text, c, s_lo, s_hi)
            source = text[c.src[0] : c.src[1]]
            found.append(
                Attribution(
                    k,
                    source,
                    c.src[0],
                    c.src[1],
                    text[c.verb[0] : c.verb[1]],
                    c.verb[0],
                    c.verb[1],
                    c.stance,
                    form,
                    text[q[0] : q[1]].strip('“”"‘’ ') if q else "",
                    q[0] if q else -1,
                    q[1] if q else -1,
                    source_type(source, text[c.verb[0] : c.verb[1]], c.kind),
                )
            )
    return sorted(found, key=lambda a: (a.sentence, a.verb_start))


def _continued_quotes(
    text: str, sentences: list[tuple[int, int]], quotes: list[tuple[int, int]], found: list[Attribution]
) -> list[Attribution]:
    """A sentence that is (mostly) a quotation going on from the sentence before gets the same speaker.

    As in the answer key, the ``source`` of such a row is the quoted words in this sentence (the only
    place the sentence points at its speaker); ``continues`` says where the attribution was made.
    """
    speaker: dict[int, Attribution] = {}
    for a in found:
        if a.form == "direct_quote":
            speaker.setdefault(a.sentence, a)
    has_row = {a.sentence for a in found}
    q_starts = [a for a, _ in quotes]
    extra = []
    for k, (lo, hi) in enumerate(sentences):
        prev = speaker.get(k - 1)
        if k in has_row or prev is None:
            continue
        pieces = _pieces(quotes, q_starts, lo, hi)
        covered = sum(b - a for a, b in pieces)
        if not pieces or covered < 0.6 * (hi - lo):
            continue
        a, b = pieces[0]
        quote = text[a:b].strip('“”"‘’ ')
        q_start = a + text[a:b].find(quote)
        row = Attribution(
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
            prev.continues if prev.continues >= 0 else prev.sentence,
        )
        extra.append(row)
        speaker[k] = row
    return sorted(found + extra, key=lambda a: (a.sentence, a.verb_start))
