"""Candidate attributions in a document: reporting verbs and agentless passives (speech nouns: ``cited``).

Each candidate is a place where a text credits words or thoughts to someone: the verb or noun that
reports, and the offsets of its source. ``attribution`` then keeps the valid ones and gives them quotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medialit.text.document import Document
from medialit.text.reporting import (
    _AUX,
    _BY_A_QUOTE,
    _CLAUSE_AUX,
    _NOUN_BEFORE,
    _PARTICIPLES,
    _PASSIVE_BEFORE,
    _PERCEIVED,
    VERB_LEMMAS,
    _valid_source,
)
from medialit.text.sources import (
    ADVERB,
    _source_after,
    _subject_before,
)
from medialit.text.subjects import (
    _OPENERS,
    _after_opening,
    _main_subject,
    _predicate,
    _purpose_subject,
    infinitive_source,
)
from medialit.text.wording import (
    _CLAUSE_FREE,
    _INVERTS,
    _agent_by,
    _between_aux,
    _compound_noun,
    _gapped,
    _has_aux,
    _name_at,
    _trim_agent,
    _weak,
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
    text, sentences, tokens = doc.text, doc.bounds, doc.tokens
    words, starts = tokens.words, tokens.starts
    out: list[Candidate] = []
    for i, k, prev_spaced, prev_joined, nxt_spaced, capital, prev_capital in doc.word_places(VERB_LEMMAS):
        at = starts[i]
        s_lo, s_hi = sentences[k]
        lemma, stance = VERB_LEMMAS[words[i]]
        verb = (at, at + len(words[i]))
        # Neighbours count only when just a space separates them ("her,” said" is not "her said").
        prev = words[i - 1] if prev_spaced and starts[i - 1] >= s_lo else ""
        if prev and prev_joined:
            prev = "é"  # the end of a word with a letter the tokens do not keep ("García said"): a name, no "a"
        nxt = words[i + 1] if nxt_spaced else ""
        ing = words[i].endswith("ing")
        by_doing = ing and (prev in _BY_DOING or (prev == "in" and not _weak(lemma, nxt)))  # "by saying", "in denying"
        headline = words[i] in _HEADLINE_VERBS and prev and prev_capital
        if capital and at != s_lo and not headline:
            continue  # part of a name ("United States"), unless a headline: "Mayor Says Ferry Will Stay"
        infinitive = False
        if prev in _NOUN_BEFORE:  # an infinitive or a noun: "forced to explain", "the claim", "amid fears"
            as_to = prev == "to" and text[max(s_lo, at - 12) : at].endswith("as to ")
            infinitive = prev == "to" and not _weak(lemma, nxt) and not as_to  # "went on to say": who, below
            some = prev == "some" and not words[i].endswith("s")  # but "Some say …", "But some warned …"
            some = some and (i < 2 or starts[i - 1] == s_lo or words[i - 2] in _OPENERS)
            if not (some or as_to or infinitive or by_doing):
                continue
        if _compound_noun(text, tokens, i, s_lo):
            continue  # a noun: "According to a council report, …", "A police report said …"
        if prev and prev < "a" and words[i].endswith("ed"):
            continue  # "the 1,237 pledged delegates": a participle used as an adjective after a number
        if nxt == "of" and lemma not in _VERB_OF:
            continue  # a noun: "fear of retribution", "the claim of"
        if prev in _CONTRACTED and starts[i - 1] >= s_lo:  # "he’s argued", "she's hoping": he or she speaks
            if not (words[i].endswith("ed") or words[i] in _PARTICIPLES or words[i].endswith("ing")):
                continue
            src = (starts[i - 1], starts[i - 1] + len(prev) - 2)
            if _valid_source(text[src[0] : src[1]], lemma):
                out.append(Candidate(k, src, verb, lemma, stance, "verb"))
            continue
        if prev.endswith(("’s", "'s")) or (
            nxt in _AUX and not _RELATIVE_SUBJECT.search(text, max(s_lo, at - 50), at) and not _name_at(text, verb[1])
        ):
            continue  # a noun: "his growing fear is clear", "Putin's threats"; not "a plan that he said was …"
        if words[i].endswith("ed") or words[i] in _PARTICIPLES:
            aux = i - 1 if prev in _PASSIVE_BEFORE else i - 2 if _between_aux(prev, nxt) and i > 1 else -1
            if (aux >= 0 and words[aux] in _PASSIVE_BEFORE and starts[aux] >= s_lo) or _agent_by(text, words, i, nxt):
                passive = _passive(doc, i, aux, k, nxt)  # "was praised by X", "is expected to", "was asked"
                if passive is not None:
                    out.append(passive)
                continue
            if words[i] == "asked" and (prev in _WHEN or at == s_lo) and nxt in _ASKED_ABOUT:
                out.append(Candidate(k, (starts[i - 1] if prev else at, verb[1]), verb, "ask", stance, "passive"))
                continue  # "When asked about the ferry, …": someone unnamed asked
        if words[i] in _WITH_NEXT:  # "plans to", "talking about", "made it clear", "issued a statement"
            after = next((n for n in _WITH_NEXT[words[i]] if tuple(words[i + 1 : i + 1 + len(n)]) == n), None)
            after = after or _gapped(text, tokens, i, lemma)  # "made an implicit argument", "took some shots at"
            if after is None or not nxt or tokens.end(i + len(after)) > s_hi:
                continue
            verb = (at, tokens.end(i + len(after)))
        if lemma in _SEES_AS and not _AS_LATER.match(text, verb[1], min(s_hi, verb[1] + 80)):
            continue  # "sees the ferry as a lifeline" reports a view; "saw the ferry" does not
        if lemma in _PHRASAL:  # "sound the alarm", "put it", "point out": only with their particle
            particle = _PHRASAL[lemma]
            if nxt != particle[0] or tuple(words[i + 1 : i + 1 + len(particle)]) != particle:
                continue  # the particle must follow after a space: not "percentage points. Out of 542"
            verb = (at, tokens.end(i + len(_PHRASAL[lemma])))
        if prev in _MODALS and _weak(lemma, nxt):
            continue  # "Trump will realize that …": the writer's forecast of a thought, not a reported one
        agrees = nxt in _CLAUSE_FREE.get(lemma, ())  # "Bell agreed with the mayor", "residents worry about …"
        if (
            lemma in _NEEDS_CLAUSE
            and nxt != "to"
            and not agrees
            and not _CLAUSE_AUX.match(text, verb[1], min(s_hi, verb[1] + 120))
        ):
            continue  # "might feel real pressure": a feeling about a thing, not a reported thought
        if lemma in _NEAR_QUOTE and not _QUOTE_NEAR.search(text, max(s_lo, at - 40), min(s_hi, verb[1] + 3)):
            if lemma != "offer" or not _OFFERED.intersection(words[i + 1 : i + 6]):
                continue  # "continued" reports only next to a quotation ("…,” she continued), "offered" or
                # with words it offers: "offered a defence of", "offered the crowd his view"
        if by_doing:
            src = _main_subject(doc, i, s_lo)
            if src is not None:
                out.append(Candidate(k, src, verb, lemma, stance, "verb"))
            continue
        if infinitive:
            src = infinitive_source(doc, i, s_lo) or _purpose_subject(doc, i, s_lo)  # "went on to say", "came to say"
            if src is not None:
                out.append(Candidate(k, src, verb, lemma, stance, "verb"))
            continue
        before = text[max(s_lo, at - 4) : at].rstrip()
        if ing and before.endswith((",”", ',"', ",''")):
            before = ","  # "Bell called it “late,” saying …": the comma inside the quotation ends the clause
        if ing and not before.endswith(",") and _ADVERBS_AFTER_COMMA.search(text, max(s_lo, at - 40), at):
            before = ","  # "…, often citing trust", "…, falsely suggesting that …": the comma before the adverbs
        if ing and before.endswith(","):
            if out and out[-1].sentence == k:  # "…, warning that …": the same speaker as the main clause
                out.append(Candidate(k, out[-1].src, verb, lemma, stance, "verb"))
            else:  # "Cruz won Iowa, saying …": the subject of the sentence speaks
                src = _main_subject(doc, i, s_lo)
                if src is not None:
                    out.append(Candidate(k, src, verb, lemma, stance, "verb"))
            continue
        if words[i] == "say" and before.endswith(",") and text[verb[1] : verb[1] + 1] == ",":
            continue  # "to, say, single digits": for example
        src = None
        if before.endswith(_QUOTE_ENDS) or (at == s_lo and not ing):
            src = _source_after(text, verb[1], s_hi)  # "…,” said Zelensky
        elif before.endswith(","):
            src = _subject_before(text, s_lo, at) or (
                _source_after(text, verb[1], s_hi) if lemma in _INVERTS or nxt == "by" else None
            )
        if src is not None and src[0] > at and _has_aux(text[src[0] : src[1]]):
            src = None  # "said Russia isn't winning" is a clause, not a source
        if src is None:
            src = _subject_before(text, s_lo, at)
        if src is None and ing and at == s_lo:  # "Declaring that …, the mayor offered …": who comes after
            src = _after_opening(doc, i, k)
        if src is None and before.endswith(","):  # "Bell, meanwhile, who …, said": the sentence's subject
            src = _main_subject(doc, i, s_lo)
        if prev in ("and", "but", "then", "also") and (src is None or not _valid_source(text[src[0] : src[1]], lemma)):
            src = _main_subject(doc, i, s_lo)  # "Reid caucused … and says …"
        if ing and src is not None and _predicate(text, src):
            src = _main_subject(doc, i, s_lo)  # "Bell issued a statement saying …": who issued it, not "issued a …"
        if src is not None:
            out.append(Candidate(k, src, verb, lemma, stance, "verb"))
        if nxt in ("me", "us") and lemma in ("tell", "write", "ask", "say", "show"):
            witness = (at, tokens.end(i + 1))  # "told me": the author is the only witness
            out.append(Candidate(k, witness, verb, lemma, stance, "witness"))
    return out


# Verbs a title-case headline capitalises ("Mayor Fenwick Says …"); words[] are lower case.
_HEADLINE_VERBS = frozenset(
    """says said tells told warns urges admits denies vows slams blasts insists argues suggests predicts promises
    accuses praises rejects defends asks explains reveals confirms announces believes thinks wants hopes fears
    claims calls say show shows find finds reveals described describes asked tweets tweeted endorses endorsed blames
    mocks defends""".split()
)
# Forms that report only with the words after them.
_WITH_NEXT: dict[str, tuple[tuple[str, ...], ...]] = {f: (("to",),) for f in "plan plans".split()} | {
    f: (("about",),) for f in "talk talks talking".split()
}
_MADE = "clear|it clear|the case|a case|their case|his case|her case|its case|the point|a point|no mention|no secret"
_MADE += "|a promise|a commitment|a plea|a pledge|comments|remarks|a statement|statements|an appeal|an argument"
_WITH_NEXT |= {f: tuple(tuple(m.split()) for m in _MADE.split("|")) for f in "make makes made making".split()}
_WITH_NEXT |= {f: (("a", "statement"),) for f in "issue issues issued issuing release releases released".split()}
_WITH_NEXT |= {f: (("to",),) for f in "refer refers referred referring".split()}
_TAKEN = (
    "issue with|credit for|aim at|a shot at|shots at|a swipe at|swipes at|a stand|a stance|the position|exception to"
)
_WITH_NEXT |= {f: tuple(tuple(m.split()) for m in _TAKEN.split("|")) for f in "take takes took taken taking".split()}
_WITH_NEXT |= {f: (("for",),) for f in "pushes pushed pushing".split()}  # and "pushed back", below
_SEES_AS = frozenset(("see",))
_AS_LATER = re.compile(r"\s(?:[\w’'\-]+\s){0,5}?as\b")
_PHRASAL = {"sound": ("the", "alarm"), "put": ("it",), "sum": ("up",)}
_WITH_NEXT |= {f: (("out",), ("to",)) for f in "point points pointed pointing".split()}  # "points out", "pointed to"
_WITH_NEXT |= {f: (("in",),) for f in "weigh weighs weighed weighing".split()}  # "weighed in"
_WITH_NEXT |= {f: (("out",),) for f in "lash lashes lashed lashing".split()}  # "lashed out"
_WITH_NEXT |= {f: (("for",), ("back",)) for f in "pushes pushed pushing".split()}
_WITH_NEXT |= {f: (("back",),) for f in "hit hits hitting fire fires fired firing shoot shoots shot shooting".split()}
_WITH_NEXT |= {f: (("of",), ("about",), ("out",)) for f in "speak speaks spoke spoken speaking".split()}
_MODALS = frozenset("will would might could may must should can shall".split())
_NEAR_QUOTE = frozenset(
    ("continue", "offer", "read", *_BY_A_QUOTE.values())
)  # "…,” the sign read; "which read “Bell 4 Mayor”"
_OFFERED = frozenset(
    """defense defence defenses defences opinion opinions view views response assessment evaluation description
    descriptions explanation apology praise criticism warning prediction testimony tribute thoughts words remarks
    comment comments congratulations condolences ideas argument critique rebuttal endorsement support""".split()
)
# Verbs that report with "of": "spoke of", "warned of", "Trump said of waterboarding", "she wrote of her fear".
_VERB_OF = frozenset("speak think warn complain boast know hear learn say write tell".split())
_NEEDS_CLAUSE = frozenset(
    """feel know hear learn consider doubt wonder worry agree highlight maintain understand realize realise remember
    assume presume imagine anticipate suspect underscore sense pronounce""".split()
)
_ADVERBS_AFTER_COMMA = re.compile(
    r",(?:\s(?:" + ADVERB + r"|often|also|again|even|still|then|now|later|eventually)){1,3}\s$"
)
_GAP = (" ", "  ")
_BY_DOING = frozenset("by while without when after before".split())
# A subject after a relative word, just before the verb: "a letter that he said was drafted", "what critics say is",
# "Bell, who he said was late" (a comma before "who": "asked who they thought was" is a question).
_RELATIVE_SUBJECT = re.compile(r"(?:\b(?:which|that|what|whom)|,\swho)\s(?:[\w’'.\-]+\s){1,4}$")
_QUOTE_NEAR = re.compile(r"[“”\"]|''")
# How a quotation can end just before "said X": curly, straight, two single quotes (''…,'') or a
# wrongly curled opening mark (“…,“ said).
_QUOTE_ENDS = ("”", '"', "''", "“")
_CONTRACTED = frozenset(p + a + "s" for p in ("he", "she", "who") for a in ("’", "'"))
_SEEN_AUX = frozenset(("was", "were", "been"))  # passive_candidates' own
_WHEN = frozenset("when if once after".split())
_ASKED_ABOUT = frozenset("about whether if what how why who to for on".split())
# Passives that hide who speaks or thinks, and the word that must follow ("" = any): "is expected to",
# "it is believed that", "was asked", "is viewed as". "was seen" and the like are passive_candidates'.
_HIDDEN = {w: ("to", "that") for w in "expected believed thought rumored rumoured alleged said understood".split()}
_HIDDEN |= {
    w: ""
    for w in """asked told urged warned advised reminded quoted considered deemed criticized criticised condemned
    derided mocked ridiculed denounced praised hailed accused blamed lambasted castigated chided scolded rebuked
    berated disparaged""".split()
}
# Reporting verbs whose agent after "by" is a speaker: "was praised by the mayor" (not "was attacked by drones").
_BY_AGENT = frozenset(
    """ask tell advise quote describe endorse support oppose call question inform remind portray characterize
    characterise depict label dub report propose write recommend announce state suggest""".split()
)
_PHYSICAL = frozenset("attack blast slam threaten defend back shout scream yell cry".split())
_HIDDEN |= {w: ("as",) for w in "viewed regarded described portrayed characterized characterised".split()}


def _passive(doc: Document, i: int, aux: int, k: int, nxt: str) -> Candidate | None:
    """A reporting verb in the passive: its agent after "by" is the source; a hidden agent gives a passive row."""
    tokens, text = doc.tokens, doc.text
    words, starts = tokens.words, tokens.starts
    verb = (starts[i], tokens.end(i))
    lemma, stance = VERB_LEMMAS[words[i]]
    if nxt == "by" and i + 2 < len(words) and (lemma in _BY_AGENT or (stance == "loaded" and lemma not in _PHYSICAL)):
        src = _trim_agent(text, _source_after(text, tokens.end(i + 1), doc.bounds[k][1]))
        if src is not None and _valid_source(text[src[0] : src[1]], lemma):
            return Candidate(k, src, verb, lemma, stance, "verb")
        return None
    if nxt == "by" or (words[i] in _PERCEIVED and (words[aux] in ("be", "being") or words[i - 1] in _SEEN_AUX)):
        return None  # an agent that is not a speaker ("was decided by a runoff"); "was seen": passive_candidates
    need = "" if words[i] in _PERCEIVED else _HIDDEN.get(words[i])
    if need is None or (need and nxt not in need):
        return None
    return Candidate(k, (starts[aux], verb[1]), verb, lemma, stance, "passive")


def passive_candidates(doc: Document) -> list[Candidate]:
    """Agentless passives that hide a source: "was seen", "were filmed", "has been reported"."""
    sentences, tokens, inside = doc.bounds, doc.tokens, doc.in_quote
    words, starts = tokens.words, tokens.starts
    out = []
    for i in tokens.hits(_PERCEIVED):
        if not i or words[i - 1] not in _SEEN_AUX or (i + 1 < len(words) and words[i + 1] == "by"):
            continue
        k = doc.sentence_at(starts[i])
        if k < 0 or inside(starts[i]) or starts[i - 1] < sentences[k][0]:
            continue
        span = (starts[i - 1], tokens.end(i))
        out.append(Candidate(k, span, (starts[i], tokens.end(i)), words[i], "neutral", "passive"))
    return out
