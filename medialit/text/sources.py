"""Where the source of a reporting verb is written: the noun phrase before it, after it, or that "who" stands for.

General rules over the text, not a list of names: skip the adverbs and times between a subject and its verb
("Bell last week said"), stop at the last clause boundary, step over an appositive or a relative clause set off
by commas ("Bell, who lost …, said"), and tidy the phrase ("But Sen. Ann Bell (D-Millbrook)" -> "Sen. Ann Bell").
"""

from __future__ import annotations

import re
from collections import deque

from medialit.text.reporting import _AUX, _CLAUSE_START, VERB_LEMMAS

# Words between a subject and its reporting verb ("Smith has repeatedly said"), skipped to find the subject.
_SKIP_WORDS = (
    "also recently publicly privately openly bluntly even reportedly repeatedly previously later then has have had "
    "was were is are will would might could may should must can did does do not never already once just first "
    "further too allegedly angrily quickly flatly loudly quietly simply again often frequently now always still "
    "kept keeps long soon ever".split()
    + "don’t doesn’t didn’t won’t wouldn’t can’t couldn’t don't doesn't didn't won't wouldn't can't couldn't".split()
    + "went as far as to|went so far as to|has gone as far as to|went on to|go as far as to|has been|have been|"
    "had been|in the past|once again".split("|")
)
# An adverb in -ly ("quickly"), but not a name or a noun that ends so ("Megyn Kelly said", "The family said").
ADVERB = r"(?!(?:family|ally|assembly|rally|supply|bully|folly|monopoly|anomaly|jelly|belly|lily)\b)[a-z]+ly"
# When, between a subject and its verb: "Bell last week said", "Bell on Tuesday wrote", "Bell in March told".
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = "January February March April May June July August September October November December".split()
_PARTS = "week month year weekend night morning afternoon evening spring summer fall autumn winter".split()
_WHEN_WORDS = (
    r"(?:(?:last|this|next|earlier\sthis|later\sthat|late\slast|early\slast)\s(?:" + "|".join(_PARTS) + ")"
    r"|(?:on|late|early|last)\s(?:" + "|".join(_DAYS) + r")(?:\s(?:morning|afternoon|evening|night))?"
    r"|(?:in|on|since|late|early|in\searly|in\slate)\s(?:" + "|".join(_MONTHS) + r")(?:\s\d{1,2})?"
    r"|(?:(?:less|more)\sthan\s)?(?:a|one|two|three|four|five|six|a\sfew|several)\s(?:day|week|month|year)s?"
    r"(?:\s(?:later|earlier|ago))?"
    r"|yesterday|today|tonight|earlier|later|recently)"
)
_SKIP_BEFORE = re.compile(
    r"(?:,?\s(?:" + "|".join(w.replace(" ", r"\s") for w in _SKIP_WORDS) + r"|" + ADVERB + r")\b)+\s?$"
)
_WHEN_BEFORE = re.compile(r"(?:,?\s(?:" + _WHEN_WORDS + r")\b)+\s?$")  # tried apart: a long alternation is slow
_SKIP_LAST = frozenset(w.split()[-1] for w in _SKIP_WORDS)  # a cheap test before the search
_WHEN_LAST = frozenset(_DAYS + _MONTHS + _PARTS) | frozenset(
    "yesterday today tonight earlier later recently ago".split()
)
_BOUNDARY = re.compile(
    r"(?:<[^<>]{0,200}>|[;:()\[\]<>—–“”\"]|''|,\s|\s-\s|\b(?:th(?:at|ough)|wh(?:ich|om?|ile|en|at|ereas|ere|ether|y)|"
    r"b(?:ecause|ut|efore)|if|a(?:fter|lthough|s)|s(?:ince|o)|how|yet)\s)"  # that which who whom while when what …
)
_LEADING = re.compile(
    r"^(?:(?:but|and|yet|so|as|meanwhile|however|even|still|now|then|also|instead|moreover|indeed|similarly|"
    r"yesterday|today|earlier|later|recently|separately|privately|publicly|in\sfact|in\sturn|for\sits\spart|"
    r"for\shis\spart|for\sher\spart),?\s)+",
    re.IGNORECASE,
)

# Up to sixteen words, one space between them, up to a stop, a clause word or the end. Every word but the last
# needs a space after it, so the engine cannot split a long word into many pieces (that backtracking made one
# failing match on a long unbroken word take seconds); a stop word counts only at a word's start.
_AFTER_SOURCE = re.compile(
    r"\s{0,2}((?:[\w’'.\-/&]+\s{1,2}){0,15}?[\w’'.\-/&]+(?![\w’'.\-/&])\s{0,2})(?=[,.;:!?”\"()—–]|-\s|\b(?:that|who|which|on|in|at|is|"
    r"are|was|were|has|have|had|said|says|told|tells|wrote|writes|added|adds)\b|$)"
)


def _clean_source(raw: str) -> str:
    raw = _LEADING.sub("", raw.strip(" ,") + " ").strip(" ,")
    words = raw.split()
    if words and words[0].lower() in _SUBORDINATORS and len(words) > 1:  # "When Bell …", "Once Bell said": the
        raw = raw.split(None, 1)[1]  # subject of the clause the word opens
        words = words[1:]
    if len(words) == 1 and (words[0] in _OPENER_WORDS or words[0].lower() in _FUNCTION_WORDS):
        return ""  # "Monday added …", "Even", "Following": a time, an aside or a function word, not who speaks
    if len(words) == 1 and words[0][:1].isupper() and words[0].endswith("ing") and words[0].lower() in VERB_LEMMAS:
        return ""  # "Speaking on the radio, Bell …": a participle that opens the sentence is no one
    if len(words) == 2 and (words[0] in _AUX or words[0] in VERB_LEMMAS and words[0].endswith("ing")):
        if words[1] in _PRONOUN_SUBJECTS or words[1][:1].isupper():  # "did they say", "saying she applauded":
            raw, words = words[1], words[1:]  # the subject after an auxiliary or a verb of speech
    question = _QUESTION.match(raw) if raw[:1] in "WH" else None
    if question:  # "What does Bell want", "Why had Ann Bell called": the subject after the question word
        raw = question.group(1)
        words = raw.split()
    if len(words) > 2 and _SEE_DO.search(raw):  # "It's odd to watch Bell insist": Bell insists
        raw = _SEE_DO.search(raw).group(1)  # type: ignore[union-attr]
        words = raw.split()
    raw = _TRAILING.sub("", raw)  # "Bell, meanwhile", "Bell, for her part": the aside is not the speaker
    inner = _AFTER_PHRASE.match(raw) if raw[:1].isupper() or raw.startswith(_PHRASE_STARTS) else None
    if inner:  # "Under Mayor Bell the council", "with Sen. Bell calling it …": who comes after the phrase
        raw = inner.group(1) or inner.group(2)
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


# Words that open a clause of time or condition before its subject ("When Bell announced …"), and words that open a
# time or an aside and never name a speaker alone ("Monday", "Even").
_SUBORDINATORS = frozenset(
    "when once after before if unless until since while although though because whenever".split()
)
_OPENER_WORDS = frozenset(_DAYS + _MONTHS) | frozenset(
    "Even Once Here There Last Next Later Earlier Then Now Also Just Only Still Ever Meanwhile However Having "
    "Being".split()
)


_TRAILING = re.compile(
    r",\s(?:meanwhile|however|though|too|again|also|indeed|instead|historically|of\scourse|in\s(?:fact|turn|particular)"
    r"|for\s(?:example|instance|(?:his|her|its|their)\spart))$",
    re.IGNORECASE,
)
_PHRASE_STARTS = tuple(w + " " for w in "with under for after before during in on at from like unlike despite".split())
_AFTER_PHRASE = re.compile(
    r"(?:(?i:under|for|after|before|during|in|on|at|from|like|unlike|despite)\s(?:[A-Z][\w.’'\-]*\s){1,4}"
    r"((?:the|a|an|his|her|their)\s.+)|[Ww]ith\s(\S.*))$"
)
# "to watch / see / hear / let / help X" + a bare verb: X does it ("to watch Bell insist", "to help voters find";
# not "make", which is more often "to make a joke", a noun cue).
_SEE_DO = re.compile(r"(?:^|\s)(?:to|and)\s(?:watch|see|hear|let|help)\s(\S.*)$")


# A subject of its own after "who" ("Bell, who he said was late", "Rubio, who many had backed"): "who" is its object.
_OWN_SUBJECT = re.compile(
    r"(?:he|she|they|it|i|we|you|no\sone|many|some|most|few|all|both|each|the|a|an|this|that|these|those|his|her|their)\b"
)


_PRONOUN_SUBJECTS = frozenset("he she they we you it".split())
_FUNCTION_WORDS = _SUBORDINATORS | frozenset(
    """following like unlike where what why how there here among despite during from by in on at for with without
    under over until""".split()
)
_QUESTION = re.compile(
    r"(?:What|Why|How|Where|When|Which)\s(?:(?:do|does|did|had|has|have|is|are|was|were|will|would|can|could|should)"
    r"\s)?((?:[A-Z][\w.’'\-]*\s?)+|he|she|they|we|you|I|it)$"
)


_CLOSING_DASHES = frozenset(("—", "–", "-", "--"))
_DASHES = ("—", "–", "-")
_RELATIVE = re.compile(r"(?i)(?:who|whose|which|whom|where|when)\b")
_COORDINATED = re.compile(r"(?:,\sbut|\bbut|\band)\s(?:" + ADVERB + r"\s)?$")
_LEADING_NAME = re.compile(r"(?:[A-Z][\w’'.\-]*\s){1,4}(?=[a-z])")


# Verb forms that end a clause: a subject never holds one ("… last week said Trump" is not who is "seeking").
_SAID_IN = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds)\b")
_SAID_SET = frozenset("said says told tells wrote writes added adds argued argues insisted warned".split())
_SAID = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds|argued|argues|insisted|warned)\s(?=\S)")


def _span(lo: int, raw: str, start: int) -> tuple[int, int] | None:
    said = None if _SAID_SET.isdisjoint(raw.split()) else deque(_SAID.finditer(raw), maxlen=1)  # the last one
    if said:
        raw, start = raw[said[0].end() :], start + said[0].end()
    cleaned = _clean_source(raw)
    if not cleaned:
        return None
    offset = lo + start + raw.find(cleaned)
    return offset, offset + len(cleaned)


_NEAR = (32, 120)  # look for a boundary this close to the verb first


def _last_boundary(text: str, end: int) -> int:
    """Where the last clause boundary (``_BOUNDARY``) in ``text[:end]`` ends, or 0 if there is none.

    The same as the end of the last of ``_BOUNDARY.finditer(text, 0, end)``, but it first scans only the
    last characters: a scan that starts later finds the same matches once it is past the first few
    characters (the patterns are short, and a tag ends with ``>``, a boundary of its own), so a match found
    well inside the short window is the last one.  Only when there is none does the whole window get scanned.
    """
    for near in _NEAR:
        if end <= near:
            break
        last = deque(_BOUNDARY.finditer(text, end - near, end), maxlen=1)  # keeps only the last match
        if last and last[0].start() >= end - near + 12:
            return last[0].end()
    last = deque(_BOUNDARY.finditer(text, 0, end), maxlen=1)
    return last[0].end() if last else 0


def _drop_party(left: str) -> str:
    """``left`` without a short bracket at its end: "Sen. Ann Bell (D-Ore.)" -> "Sen. Ann Bell"."""
    if not left.endswith(")"):
        return left
    j = left.rfind("(", max(0, len(left) - 40))
    if j <= 0 or left[j - 1] != " " or ")" in left[j:-1]:
        return left
    return left[:j].rstrip()


def _subject_before(text: str, lo: int, verb: int) -> tuple[int, int] | None:
    """Offsets of the noun phrase that is the subject of a reporting verb at ``verb`` (sentence from ``lo``)."""
    s_lo, lo = lo, max(lo, verb - 300)  # a subject sits close to its verb; a bounded window keeps this linear
    left = text[lo:verb]
    closed = False
    for _ in range(2):  # "Bell on Tuesday also said": the adverbs, the time, then adverbs again
        last_word = (left[-40:].rsplit(None, 1) or [""])[-1] if left[-1:].isspace() or left[-1:].isalnum() else ""
        if last_word in _SKIP_LAST or last_word.endswith("ly"):  # else _SKIP_BEFORE cannot match: skip the search
            skip = _SKIP_BEFORE.search(left, max(0, len(left) - 120))
            if skip:
                closed = closed or "," in skip.group()  # "Bell, who …, has said": a comma among the skipped words
                left = left[: skip.start()]
                if skip.group()[0] == "," and ", " in left[-200:]:  # "Ann Bell, who …, suddenly insist": the comma
                    left += ","  # closes an aside, as in "Ann Bell, who …, insists"
                last_word = (left[-40:].rsplit(None, 1) or [""])[-1] if left[-1:].isalnum() else ""
        if last_word not in _WHEN_LAST:
            break
        when = _WHEN_BEFORE.search(left, max(0, len(left) - 60))  # "Bell last week said", "Bell on Tuesday wrote"
        if not when:
            break
        closed = closed or "," in when.group()
        left = left[: when.start()]
    left = _drop_party(left.rstrip())
    mark = left.rsplit(None, 1)[-1] if left[-1:] in _DASHES else ""
    if mark in _CLOSING_DASHES and left[-len(mark) - 1 : -len(mark)].isspace():  # "Governor Bell — a ferry fan —
        aside = left.rfind(mark, max(0, len(left) - 200), len(left) - len(mark))  # said": the subject is before it
        return _subject_before(text, s_lo, lo + aside) if aside > 0 else None
    n = 5 if left.endswith("which") else 3 if left.endswith("who") else 0
    if n and (len(left) == n or left[-n - 1] in " ,"):  # "Bell, who has long argued …", "voters who believe …":
        return lo + len(left) - n, lo + len(left)  # the written source is "who"
    closed = closed or left.endswith(",") or left.rstrip("'\"”’").endswith(",")  # ",” said" too
    if closed:  # "Bell, who lost …, Colorado, in 2012, said": a clause after the subject
        opening = _OPENING_SUBJECT.match(text, s_lo, verb)
        if opening and opening.end() < lo + len(left) and not _SAID_IN.search(text, opening.end(), verb):
            return opening.start(1), opening.end(1)
    if left.endswith(","):  # "Keith Kellogg, President Trump's special envoy to Ukraine, said"
        inner = _drop_party(left[:-1])
        comma = inner.rfind(", ")
        if comma < 0:
            return None
        start = _last_boundary(inner, comma)
        appositive = inner[comma + 2 :]
        if _RELATIVE.match(appositive):  # "Fenwick, who has led the town since 2019, told"
            end = comma
        elif _BOUNDARY.search(appositive) or len(appositive.split()) > 10:
            name = _OPENING_NAME.match(text, s_lo, verb) or _OPENING_NP.match(text, s_lo, verb)
            if name:  # "Ann Bell, a baker who …, and a friend of …, said"; "The clerk, a woman who …, said"
                return name.start(1), name.end(1)
            name = _NAME_BEFORE.search(inner, max(0, comma - 60), comma)  # "“…,” Fred Kagan, director of …, said"
            return _span(lo, name.group(0), name.start()) if name else None
        else:
            end = len(inner)
        return _span(lo, left[start:end], start)
    start = _last_boundary(left, len(left))
    found = _span(lo, left[start:], start)
    if (
        found
        and text[found[0] - 6 : found[0]] == ", who "
        and text[found[0]].islower()
        and not _OWN_SUBJECT.match(text, found[0])
    ):
        return found[0] - 4, found[0] - 1  # "Ann Bell, who highlighted …, saying": a verb phrase is no one; "who" is
    if found is None and _COORDINATED.search(text[lo:verb]):  # "Putin pretends …, but secretly acknowledges"
        name = _LEADING_NAME.match(text, lo, verb)
        if name:
            return _span(lo, name.group(0), 0)
    return found


# Words that open a time or a place, not a subject: "Earlier Wednesday, speaking at …" is not who spoke.
_NOT_OPENING = (
    _DAYS
    + _MONTHS
    + """Earlier Later Last Next This That On In At After Before During Throughout Since
Yesterday Today Tonight Then Now When While Once""".split()
)
# A subject that opens the sentence, then a relative clause or a participle set off by commas: "Ann Bell,
# who …", "The mayor, speaking at …". Only the comma just before the verb can close it.
_OPENING_SUBJECT = re.compile(
    r"(?:(?:But|And|Yet|So|Still|Meanwhile),?\s)?(?!(?:" + "|".join(_NOT_OPENING) + r")\b)"
    r"((?:[A-Z][\w’'.\-]*|[Tt]he|[Aa]n?)(?:\s[\w’'.\-]+){0,5}?)"
    r"(?:\s\([^()]{1,30}\))?,\s(?=(?:who|whose)\s|[a-z]+ing\s)"
)
_OPENING_NP = re.compile(
    r"(?:(?:But|And|Yet|So),?\s)?((?:The|A|An)\s(?:[\w’'.\-]+\s){0,5}?[\w’'.\-]+),\s(?=(?:a|an|the|who)\s)"
)
_NAME_BEFORE = re.compile(r"(?<=[”\"'] )(?:[A-Z][\w’'.\-]*\s){0,3}[A-Z][\w’'.\-]*$")
# A name that opens the sentence and is followed by a comma: "Ann Bell, …" or "But Sen. Ann Bell, …".
_OPENING_NAME = re.compile(
    r"(?:(?:But|And|Yet|So)\s)?((?:[A-Z][\w’'.\-]*\s){0,4}[A-Z][\w’'.\-]*)(?:\s\([^()]{1,30}\))?,\s"
)


def _source_after(text: str, at: int, hi: int) -> tuple[int, int] | None:
    m = _AFTER_SOURCE.match(text, at, hi)
    if not m or not m.group(1).strip() or m.group(1).split(None, 1)[0].lower() in _NOT_AFTER_START:
        return None  # "said he would go" is a clause, "said in an interview" a place, not a source
    return _span(m.start(1), m.group(1), 0)


_NOT_AFTER_START = _CLAUSE_START | frozenset("in on at during after before for with to from about of last".split())

_ANTECEDENT = re.compile(r"(?:[\w’'.\-]+\s){0,7}[\w’'.\-]+$")
_NOT_IN_ANTECEDENT = frozenset(
    """to with among than by for from in on at against into about of and or but is are was were be been being has
    have had it this there here watch watched watching see saw seeing hear heard hearing let help helped""".split()
)  # and the verbs of "to watch Bell, who …, insist": who is Bell


def antecedent(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """The noun phrase a relative "who" / "which" at ``at`` stands for: "Councillor Bell" in "Councillor Bell,
    who …", "critics" in "Trump dismissed critics who …" (the words back to a preposition, verb or stop)."""
    left = text[max(lo, at - 120) : at].rstrip()
    left = left[:-1].rstrip() if left.endswith(",") else left
    m = _ANTECEDENT.search(left)
    if not m:
        return None
    words, starts = m.group().split(" "), [m.start()]
    for w in words[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    first = len(words) - 1
    while first > 0:
        w = words[first - 1].lower()
        if w in _NOT_IN_ANTECEDENT or w in VERB_LEMMAS or w in _AUX or (w.endswith("ed") and w.islower()):
            break
        first -= 1
    base = max(lo, at - 120)
    return base + starts[first], base + m.end()
