"""Who owns or made the words a speech noun names: "Bell's remarks", "his father's claim", "the remarks he'd made".

Round 6 (issue 15): a speech noun's source is its possessor or its maker, never the words just before it. The
same words decide whether a reporting verb's cue word is a noun ("his controversial remarks", "a sharp reply").
Our own general-English lists and shapes, chosen on PolNeAR train.
"""

from __future__ import annotations

from bisect import bisect_left

from medialit.text.candidates import Candidate
from medialit.text.document import Document
from medialit.text.reporting import (
    _AUX,
    _NOT_SUBJECT_END,
    IS_CONTRACTED,
    RELATIVES,
    SPEECH_NOUNS,
    VERB_LEMMAS,
    _valid_source,
)
from medialit.text.sources import _subject_before

_TIMES = frozenset(
    "day week month year decade century night morning afternoon evening weekend season today yesterday tonight "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_DETERMINERS = frozenset("the a an his her their its our my your".split())
# Words that begin no possessor's name, even with a capital at the start of a sentence ("Despite Bell's claim").
_NOT_NAME_START = _NOT_SUBJECT_END | frozenset(
    "despite after before amid unlike like given since until under over against among during following about "
    "then yet also even only just meanwhile however instead still now".split()
)

# Verbs of making words, and what may come between a speech noun and its maker (our own lists).
_MADE = frozenset("made gave delivered offered issued posted wrote tweeted repeated uttered voiced".split())
_MAKERS = frozenset("he she they".split())
_BEFORE_MADE = frozenset("had has have once also just later".split())
_NOT_MAKERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december i we you it".split()
)
_OBJECTS = frozenset("a an the his her their its this these those some no any it them him".split())
_BREAKS = frozenset(',;:()—–"“”')


def made_by(doc: Document, i: int) -> tuple[int, int] | None:
    """Who made the words speech noun ``i`` names, told after it: "crude remarks he'd made", "the comments
    Bell made in 2006", "the promise that Ann Bell had made" (he, Bell, Ann Bell); None if no one is."""
    tokens, text = doc.tokens, doc.text
    words, starts = tokens.words, tokens.starts
    n = len(words)
    j = i + 2 if i + 1 < n and words[i + 1] in ("that", "which") else i + 1
    first = j
    while j < n and j - first < 3 and text[starts[j]].isupper() and words[j] not in _NOT_MAKERS:
        j += 1  # a name: "Bell", "Ann Bell", "Mr. Bell"
    end = tokens.end(j - 1) if j > first else -1
    if j == first and j < n:
        w = words[j]
        if w in _MAKERS or (w[-2:] in ("'d", "’d") and w[:-2] in _MAKERS):
            end = tokens.end(j) - (2 if w.endswith("d") and w not in _MAKERS else 0)
            j += 1
        elif w in ("the", "his", "her", "their") and j + 2 < n:  # "the remarks the mayor made"
            m = j + 1
            while m < n and m - j <= 2 and text[starts[m]].islower() and words[m] not in _NOT_SUBJECT_END:
                if words[m] in VERB_LEMMAS or words[m] in _MADE or words[m] in _BEFORE_MADE:
                    break
                m += 1
            if m > j + 1:
                end, j = tokens.end(m - 1), m
    if end < 0:
        return None
    if j < n and words[j] in _BEFORE_MADE:
        j += 1
    if j >= n or words[j] not in _MADE or any(ch in _BREAKS for ch in text[tokens.end(i) : starts[j]]):
        return None
    if j + 1 < n and (words[j + 1] in _OBJECTS or words[j + 1] in SPEECH_NOUNS) and text[tokens.end(j)] == " ":
        return None  # "the suit claims that Bell made statements": "made" has an object of its own, so a verb
    k = doc.sentence_at(starts[i])
    return (starts[first], end) if k >= 0 and starts[j] < doc.bounds[k][1] else None


def owner(doc: Document, j: int) -> bool:
    """Whether token ``j`` is a possessive: "Bell's", "the voters'" (not "there's", "it's": "there is")."""
    w = doc.tokens.words[j]
    if w.endswith(("’s", "'s")):
        return w[:-2] not in IS_CONTRACTED and w[:-2] not in _TIMES  # not "this week's warnings": a time
    end = doc.tokens.end(j)
    return w.endswith("s") and doc.text[end : end + 2] in ("' ", "’ ")


def _noun_like(word: str) -> bool:
    """Whether a lower-case word before a possessor may be part of it ("budget hawks'"; not "belying")"""
    return not (word in VERB_LEMMAS or word.endswith(("ing", "ed")) or word in _CLAUSE_WORDS)


_CLAUSE_WORDS = frozenset("whether how why where although though unless whereas".split())


def possessor(doc: Document, j: int, lo: int) -> tuple[int, int]:
    """The words of the possessor whose possessive is token ``j`` (after ``lo``): "the mayor", "Mr. Bell",
    "his father" (not "Despite Bell", "In December, Judge Bell")."""
    text, tokens = doc.text, doc.tokens
    words, starts = tokens.words, tokens.starts
    first = j
    proper = text[starts[j]].isupper()
    while first > 0 and starts[first - 1] >= lo and j - first < 3:
        before = words[first - 1]
        gap = text[tokens.end(first - 1) : starts[first]]
        short = gap == ". " and text[starts[first - 1]].isupper() and len(before) <= 3  # "Mr. Bell", "J. Bell"
        if (gap != " " and not short) or before in _NOT_NAME_START:
            break  # "In December, Justice Bell's remarks", "Despite Bell's insistence": not part of the name
        if text[starts[first - 1]].isupper() or (not proper and before not in _NOT_SUBJECT_END and _noun_like(before)):
            first -= 1
        else:
            break
    if first > 0 and words[first - 1] in _DETERMINERS and starts[first - 1] >= lo:
        first -= 1  # "the mayor's claim", "his father's argument": the whole possessor
    return (starts[first], tokens.end(j) - (2 if words[j].endswith("s") and words[j][-2] in "'’" else 0))


# Reporting verbs with a form that is also a speech noun ("remarks", "answers", "claims", "a reply").
NOUN_LEMMAS = frozenset(VERB_LEMMAS[w][0] for w in SPEECH_NOUNS if w in VERB_LEMMAS)
_OWNERS = frozenset("his her their its our my your".split())
_ONE = frozenset("a an every each another".split())  # with a singular noun: "a sharp reply" (not "a clerk replies")
_MANY = frozenset("several many no few any more further other such".split())  # "several angry comments"
_THESE = frozenset("these those".split())  # with a plural: "those recent comments"
_PREPOSITIONS_BEFORE = frozenset(
    "of in on for with about from by against over under after before without despite amid among into at".split()
)
_OBJECT = frozenset("his her their its the a an".split())  # "Bell's lawsuit demands his return": a verb


def noun_reading(doc: Document, c: Candidate) -> tuple[int, int] | None | bool:
    """A verb candidate whose cue word is a speech noun, told by the words before it: a possessor ("his
    controversial remarks", "Bell's expected answers"), "a" with a singular ("a sharp reply") or "several" with
    a plural ("no easy answers"); not "Bell answers", "a clerk replies", "Bell regularly pledges".

    False for a verb; else the source of the noun when a verb of making comes just before it ("Bell gave a
    long answer", "Bell made remarks": Bell), or None (the possessor's own row names who spoke, if any).
    """
    tokens, text = doc.tokens, doc.text
    words, starts = tokens.words, tokens.starts
    i = bisect_left(starts, c.verb[0])
    if i >= len(words) or starts[i] != c.verb[0] or words[i] not in SPEECH_NOUNS or c.src[1] > c.verb[0]:
        return False
    if made_by(doc, i) is not None:
        return None  # "crude remarks he'd made": the noun's own row names its maker
    plural = words[i].endswith("s")
    if plural and i + 1 < len(words) and words[i + 1] in _OBJECT and text[tokens.end(i)] == " ":
        return False
    lo = doc.bounds[c.sentence][0]
    if agrees_with_plural(doc, i, lo):
        return False  # "Her aides claim the pier is safe": the plain form agrees with a plural, so a verb
    noun = False
    for m in range(i - 1, max(-1, i - 6), -1):
        if starts[m] < lo or text[tokens.end(m) : starts[m + 1]] not in (" ", "' ", "’ "):
            break
        w = words[m]
        if w in _MAKING:
            return _maker(doc, c, m)  # "Bell made remarks", "Bell gave a long answer"
        if noun and w in _TO_WHOM:
            continue  # "gave her a long answer"
        if w in _OWNERS or owner(doc, m):  # "his controversial remarks", "Bell's expected answers"
            if m >= i - 2:
                return None  # the noun's own row (noun_candidates) names the possessor
            return (starts[m], tokens.end(m)) if w in _OWNERS else possessor(doc, m, lo)
        if w in _ONE or w in _MANY or (plural and w in _THESE):
            if plural != (w in _MANY or w in _THESE):
                return False
            noun = True
        elif w in _PREPOSITIONS_BEFORE and m < i - 1:  # (just before it: "by warning", verb_candidates' own)
            return None  # "of empty promises", "In somber comments, …": the object of a preposition
        elif m == i - 1 and w.endswith(("ing", "ed")) and text[starts[m]].islower():
            noun = True  # the object of a verb: "seeking answers", "denied claims", "his expected answers"
        elif w in ("and", "or") or w.endswith("ly"):
            continue  # "Bell's absurd and factually wrong claim"; "Bell regularly pledges" (a name then: a verb)
        elif w in _NOT_SUBJECT_END or w in _AUX or text[starts[m]].isupper():
            break
    return None if noun else False


def agrees_with_plural(doc: Document, i: int, lo: int) -> bool:
    """Whether the speech noun at token ``i`` is a plain form ("claim", "demand") just after a word that looks like
    a plural noun ("aides", "voters"; not "news", "Bell's", "various", "business"), so it is the plural's verb:
    "Her aides claim …", "The mayor's supporters demand …" (after sentence start ``lo``)."""
    m = i - 1
    if m < 0 or doc.tokens.starts[m] < lo or doc.text[doc.tokens.end(m)] != " " or doc.tokens.words[i].endswith("s"):
        return False
    w = doc.tokens.words[m]
    return w.endswith("s") and not w.endswith(("ss", "us", "'s", "’s", "news")) and w not in _NOT_SUBJECT_END


# Verbs whose object is words someone makes (our own list): "made remarks", "gave a long answer".
_MAKING = frozenset(
    """make makes made making give gives gave given giving deliver delivers delivered delivering offer offers offered
    offering issue issues issued issuing repeat repeats repeated repeating reiterate reiterates reiterated post posts
    posted posting""".split()
)
_TO_WHOM = frozenset("her him them us me".split())
# Words between a subject and its verb of making ("Bell has since made"): not part of the source.
_BETWEEN = frozenset("to not never also even just already since again then still himself herself itself".split())


def _maker(doc: Document, c: Candidate, m: int) -> tuple[int, int] | None:
    """The source of a speech noun after the verb of making at token ``m``: the words of the candidate's
    source before that verb, without auxiliaries and adverbs ("Bell has even made remarks": Bell)."""
    tokens, words = doc.tokens, doc.tokens.words
    j = m - 1
    while j >= 0 and tokens.starts[j] >= c.src[0]:
        w = words[j]
        if not (w in _AUX or w in _BETWEEN or w.endswith(("ly", "ed", "ing")) or w in ("will", "would", "could")):
            break
        j -= 1
    if j < 0 or tokens.starts[j] < c.src[0] or j < m - 4:
        return None
    src = (c.src[0], tokens.end(j))
    return src if _valid_source(doc.text[src[0] : src[1]], c.lemma) else None


# Nouns for words put out in writing or on film, and verbs that put them out (our own lists): "Bell released a
# statement confirming …", "Bell filed a lawsuit in 2013 alleging …": Bell confirms and alleges.
_PUT_OUT = frozenset(
    """statement statements letter letters paper papers report reports lawsuit lawsuits suit suits complaint
    complaints ad ads advert adverts video videos memo memos email emails tweet tweets op-ed article articles
    book study brief filing filings petition resolution release releases note notes editorial column post posts
    message messages document documents""".split()
)
_PUTS_OUT = frozenset(
    """release releases released releasing issue issues issued issuing file files filed filing write writes wrote
    written writing author authors authored authoring co-authored publish publishes published publishing send sends
    sent sending post posts posted posting run runs ran running air airs aired airing make makes made making
    deliver delivers delivered delivering unveil unveils unveiled circulate circulated circulating sign signs signed
    draft drafted pen penned share shared sharing produce produced submit submitted present presented put puts
    putting""".split()
)
_WHEN = frozenset(
    """on in last this week month year earlier later yesterday today tonight night morning afternoon evening monday
    tuesday wednesday thursday friday saturday sunday""".split()
)
_SUBJECTS = frozenset("he she they it we i you who which that".split())  # "she revised her statement …"
_PREPOSITIONS = frozenset("in with through by on from".split())
_LEADING = frozenset("with without amid despite".split())  # "with 30 percent of voters saying": they say it


def participle_source(doc: Document, c: Candidate, before: Candidate | None) -> tuple[int, int] | None:
    """A better source for a participle cue that follows its source's words ("… released statements deploring"),
    or None to keep it: who put out the statement or paper ("Bell released statements deploring …": Bell; "who
    co-authored a paper outlining …": who), else the document; "with 30 percent of voters saying": the voters."""
    tokens, text = doc.tokens, doc.text
    words, starts = tokens.words, tokens.starts
    first, i = bisect_left(starts, c.src[0]), bisect_left(starts, c.verb[0])
    if first >= i or starts[first] != c.src[0]:
        return None
    m = i - 1
    while m > first and i - m <= 3 and (words[m] in _WHEN or words[m] < "a"):
        m -= 1  # "issued a statement Tuesday saying", "filed a lawsuit in 2013 alleging"
    for n in range(m - 1, max(first - 1, m - 5), -1):  # "comments Bell made in 2006 saying": Bell says
        if words[m] in _MADE and words[n] in SPEECH_NOUNS:
            return made_by(doc, n)
    if words[m] not in _PUT_OUT:
        if words[first] in _LEADING and text[starts[first]].islower() and first + 1 < i:
            return (starts[first + 1], c.src[1])
        return None
    noun = m
    while m > first and noun - m < 4 and words[m - 1] not in _PUTS_OUT:
        m -= 1  # "a short statement", "his new paper"
    m -= 1
    if not text[starts[noun]].islower():
        return None
    if m < first or words[m] not in _PUTS_OUT:  # no one said to put it out: the document, from its article
        det = next((d for d in range(noun - 1, max(first, noun - 4) - 1, -1) if words[d] in _DETERMINERS), -1)
        opens = (text[starts[first]].islower() and words[first] not in _SUBJECTS) or words[first] in _PREPOSITIONS
        return (starts[det], tokens.end(noun)) if det > first and opens else None  # "came an open letter calling"
    verb = m - 1 if words[m] == "out" or (words[m] == "authored" and words[m - 1] == "co") and m > first else m
    lo = doc.bounds[c.sentence][0]
    src = (c.src[0], starts[verb]) if verb > first else _subject_before(text, lo, starts[verb])
    if src is None and before is not None and before.sentence == c.sentence and before.verb[1] < starts[verb]:
        src = before.src  # "Bell's campaign backtracked, putting out a statement contradicting …": the campaign
    if src is not None:  # "Ann Bell filed a lawsuit …", "The clerk has since released …": without "has since"
        j, top = bisect_left(starts, src[1]) - 1, bisect_left(starts, src[0])
        while j > top and (words[j] in _AUX or words[j] in _BETWEEN or words[j].endswith("ly")):
            j -= 1
        src = (src[0], tokens.end(j)) if j >= top else None
    if src is not None:
        name = text[src[0] : src[1]]
        if name.lower() in RELATIVES or _valid_source(name, c.lemma):
            return src
    return (starts[m + 1], tokens.end(noun))  # the document itself: "an open letter calling …"
