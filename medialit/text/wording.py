"""Small tests of wording that the reporting-verb finder (``candidates``) asks: a name that looks like a modal,
and the reporting nouns a verb such as "made" or "issued" reaches over a few words.

"said Will Doyle" names Will Doyle ("Will" is not the modal here); "made an impassioned plea", "issued the
following statement" and "took a direct swing at" report as "made a plea", "issued a statement" and "took aim at".
"""

from __future__ import annotations

import re

from medialit.text.reporting import _AUX, _WEAK, DETERMINERS, VERB_LEMMAS
from medialit.text.tokens import Tokens

_NAME_MODALS = frozenset(("Will", "May", "Can"))  # first names, not modals, in "said Will Doyle"


def _has_aux(source: str) -> bool:
    """Whether the words after a verb hold an auxiliary, so they are a clause ("said Russia isn't winning"),
    not a source; a capitalised "Will" or "May" before another capital is a name ("said Will Doyle")."""
    words = source.split()
    for n, w in enumerate(words):
        if w.lower() in _AUX and not (w in _NAME_MODALS and n + 1 < len(words) and words[n + 1][:1].isupper()):
            return True
    return False


def _name_at(text: str, at: int) -> bool:
    """Whether the words after ``at`` open with a capitalised "Will" / "May" / "Can" and another capital (a name)."""
    words = text[at : at + 30].split(None, 2)
    return len(words) > 1 and words[0] in _NAME_MODALS and words[1][:1].isupper()


# Nouns that report after "make", "issue" / "release" and "take" with up to three words between: "made an
# impassioned plea", "made these same allegations", "issued the following statement", "took a direct swing at"
# ("made his remarks during …" tells when, not what: remarks, comments and statements only as _MADE has them).
_GAPPED_NOUNS = {
    "make": frozenset(
        """argument arguments case appeal appeals allegation allegations accusation accusations claim claims mention
        promise promises pledge pledges plea pleas point points pitch prediction predictions threat threats commitment
        clear""".split()
    ),
    "issue": frozenset("statement statements warning warnings threat threats call apology denial response".split()),
    "take": frozenset("aim shot shots swing swings swipe swipes whack jab jabs dig digs potshots".split()),
}
_GAPPED_NOUNS["release"] = _GAPPED_NOUNS["issue"]


def _gapped(text: str, tokens: Tokens, i: int, lemma: str) -> tuple[str, ...] | None:
    """The words after the verb at token ``i`` up to one of its reporting nouns, if one follows within three
    words, one space apart ("made an impassioned plea"); None otherwise."""
    nouns = _GAPPED_NOUNS.get(lemma)
    if nouns is None:
        return None
    words, starts = tokens.words, tokens.starts
    for n in range(i + 2, min(i + 5, len(words))):
        if text[tokens.end(n - 1) : starts[n]] != " " or words[n - 1] == "good":
            return None  # "made good on a promise" keeps it: an act
        if words[n] in nouns:
            return tuple(words[i + 1 : n + 1])
    return None


# Reporting verbs that put their speaker after them ("…, said Bell", "…, added the mayor"); after any other verb the
# words that follow are what is reported on ("Bell, a baker who …, denounced the mayor's remarks").
_INVERTS = frozenset(
    """say tell add write ask note explain continue recall reply respond answer insist warn argue admit claim
    conclude observe remark declare concede confirm announce report suggest predict estimate complain boast
    lament quip joke counter retort cry shout scream yell mutter whisper agree comment state""".split()
)


_STRONG_WITH = {"call": ("for", "on")}  # "to call for a vote", "would call on the mayor": a demand, not a name


def _weak(lemma: str, nxt: str) -> bool:
    """Whether a verb is one of the weak ones (``_WEAK``) here: "call" is not before "for" or "on"."""
    return lemma in _WEAK and nxt not in _STRONG_WITH.get(lemma, ())


_BETWEEN_AUX = frozenset("first also later widely initially originally previously recently repeatedly".split())


def _between_aux(word: str, nxt: str) -> bool:
    """Whether ``word`` may stand between "was" and a participle: "was widely praised", and before an agent
    "was first reported by" ("is also expected to" stays the writer's: on train it was seldom a cue)."""
    return word.endswith("ly") or (word in _BETWEEN_AUX and nxt == "by")


_NOT_AGENTS = frozenset("phone telephone email e-mail text letter video mail fax radio satellite far".split())


def _agent_by(text: str, words: list[str], i: int, nxt: str) -> bool:
    """Whether the participle at token ``i`` is a passive with its agent after "by" and no "was" before it:
    "As reported by the Gazette", "the plan, proposed by the council", "Bell, accused by critics of …"; not
    "Bell warned by phone" (a name before it is the subject of an active verb)."""
    if nxt != "by" or not words[i].endswith("ed") or i < 1 or i + 2 >= len(words) or words[i + 2] in _NOT_AGENTS:
        return False
    prev = words[i - 1]
    return prev in ("as", "and", ",") or (prev.isalpha() and prev.islower() and prev not in _AUX_LIKE)


_AUX_LIKE = frozenset("he she they it we i you who which that has have had also not".split())


_AGENT_END = re.compile(r"\s(?:to|of|for|with|about|if|whether|as|during|after|before|since)\s|\s[a-z]+ed\b")


def _trim_agent(text: str, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The agent after "by" without what follows it: "the Gazette" in "reported by the Gazette to be weak",
    "the council" in "a plan proposed by the council failed", "critics" in "accused by critics of lying"."""
    if src is None:
        return None
    cut = _AGENT_END.search(text, src[0], src[1])
    return (src[0], cut.start()) if cut and cut.start() > src[0] else src


# Verbs that need a clause (``candidates._NEEDS_CLAUSE``) but report without one before these words.
_CLAUSE_FREE = {"agree": ("with",), "disagree": ("with",), "worry": ("about",), "wonder": ("about", "whether", "if")}
# "knows how …", "understood why …", "learned whether …": a question clause is what they know (our own list)
_CLAUSE_FREE |= {lemma: ("how", "why", "whether") for lemma in "know understand remember realize realise learn".split()}


_FIRST_WORDS = re.compile(
    r"\s*((?:[\w’'.\-/&]+\s){0,9}?[\w’'.\-/&]+)(?=[,;:.!?”\"()—–]|\s[—–-]\s|$|\s(?:that|who|which)\b)"
)


def _first_words(text: str, at: int, hi: int) -> tuple[int, int] | None:
    """Up to ten words after ``at`` that end at a stop, a dash or "that"; else the first six words: the
    start of a long source ("according to early results of the exit poll conducted by …, Bell leads")."""
    m = _FIRST_WORDS.match(text, at, hi)
    if m:
        return m.start(1), m.end(1)
    words = list(re.finditer(r"\S+", text[at:hi]))[:6]
    return (at + words[0].start(), at + words[-1].end()) if words else None


# Reporting verbs whose form is also a noun that ends a noun phrase: "a council report", "the police claims".
_NOUN_FORMS = frozenset(
    "report reports claim claims comment comments warning warnings estimate estimates forecast forecasts".split()
)
_NOT_MODIFIER = frozenset("he she they we i you it who which that and or but not also".split()) | _AUX


def _compound_noun(text: str, tokens: Tokens, i: int, s_lo: int) -> bool:
    """Whether the verb form at token ``i`` is the head noun of a phrase that "a" / "the" opens one or two words
    before ("According to a council report, …", "A new police report said …"), shown by what follows it: a
    comma or full stop (not after "reports": "…, the Gazette reports."), or a verb ("… report found", "… reports
    were").  "The council reports that …" stays a verb."""
    words, starts = tokens.words, tokens.starts
    if words[i] not in _NOUN_FORMS or i < 2:
        return False
    if not any(words[j] in DETERMINERS and starts[j] >= s_lo for j in (i - 2, i - 3) if j >= 0):
        return False
    between = [words[j] for j in range(max(i - 2, 0), i) if words[j] not in DETERMINERS]
    if not between or any(w in _NOT_MODIFIER or w.endswith("ly") for w in between):
        return False
    end = tokens.end(i)
    after = text[end : end + 1]
    if after in (",", ".", ";", ")") or end >= len(text):
        return not words[i].endswith("s")  # "…, the Gazette reports." is a verb; "a Gazette report." a noun
    nxt = words[i + 1] if i + 1 < len(words) and after == " " else ""
    if words[i].endswith("s"):  # "… reports found"; not "which the Gazette estimates would cost" (a verb)
        return nxt in VERB_LEMMAS and nxt not in _NOUN_FORMS
    return nxt in _AUX or (nxt in VERB_LEMMAS and nxt not in _NOUN_FORMS)
