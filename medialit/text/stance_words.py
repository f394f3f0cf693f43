"""More signs of how a sentence is written, for the opinion score: tense, judgement words, reasons, contrast.

Our own short word lists, written from general knowledge of English (not taken from a published lexicon
and not built from any data set). Each kind is a plain idea a learner can check in the sentence:

- ``judgement``: everyday words of praise, blame or importance ("important", "fair", "failure", "deserve");
- ``feeling``: words for how people feel ("fear", "hope", "proud", "angry");
- ``reason``: the author giving reasons ("because", "so", "which means");
- ``contrast``: "but", "however", "although": weighing one thing against another;
- ``can``: "can", "cannot": what is possible in general, not what happened;
- ``present``: "is", "are", "has": a statement about how things are now (in general);
- ``past``: "was", "were", "had", verbs in -ed: telling what happened (a sign of reporting or a story);
- ``time``: "yesterday", "on Monday", "last week": a report of a particular moment.

``find(tokens)`` returns (offset, kind) pairs; ``signals.collect`` counts them in the author's own words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from medialit.text.tokens import Tokens

if TYPE_CHECKING:
    import numpy as np

JUDGEMENT = """
important, importance, crucial, vital, essential, necessary, unnecessary, serious, seriously, significant,
real, true, genuine, proper, properly, right, rightly, fair, fairly, unfairly, legitimate, appropriate,
inappropriate, adequate, inadequate, sufficient, insufficient, effective, ineffective, successful,
unsuccessful, success, failure, fail, fails, failed, useful, useless, valuable, worthwhile, worthy, welcome,
sensible, reasonable, unreasonable, wise, unwise, sound, poor, poorly, hard, difficult, easy, simple, simply,
complex, complicated, problem, problems, crisis, threat, danger, risk, risky, damage, damaging, harm, harmful,
benefit, beneficial, deserve, deserves, deserved, deserving, duty, shame, shameful, blame, blamed, responsibility,
credit, praise, fault, mistake, mistakes, error, errors, lesson, lessons, justice, injustice, freedom, dignity,
values, morally, moral, immoral, ethical, unethical, respect, honour, honor, worth, matter, matters, mattered,
enough, too, excessive, modest, tiny, little, mere, ideal, better, best, worse, worst, bold, radical, extreme,
extremist, free, fairness, equality, inequality, decent, indecent, rational, irrational, logical, sensible,
pointless, meaningful, meaningless, sustainable, unsustainable, hopeful, hopeless, strong, stronger, strongly,
weakness, strength, powerful, powerless, clever, foolish, brave, bravery, courage, noble, kind, cruel, cruelty,
generous, selfish, greedy, honest, honesty, dishonest, lie, lies, truth, myth, myths, nonsense
"""
FEELING = """
fear, fears, feared, fearing, afraid, hope, hopes, hoped, hoping, worry, worries, worried, worrying, anger,
angry, angered, outrage, outraged, furious, fury, love, loves, loved, loving, hate, hates, hated, hatred, joy,
joyful, happy, happiness, unhappy, sad, sadness, sorrow, grief, proud, pride, ashamed, shame, guilt, guilty,
envy, jealous, bitter, bitterness, frustration, frustrated, frustrating, disappointed, disappointment,
delighted, pleased, glad, upset, shocked, horrified, scared, frightened, excited, excitement, anxious, anxiety,
despair, hopeful, relief, relieved, longing, nostalgia, contempt, disgust, disgusted, boredom, bored, lonely,
loneliness, suffering, suffer, suffers
"""
REASON = """
because, so, therefore, thus, hence, consequently, why, reason, reasons, means, meaning, since, given, unless,
otherwise, which means, that means, this means, as a result, the result, in turn, no wonder, after all
"""
CONTRAST = """
but, however, although, though, whereas, while, whilst, despite, instead, yet, nevertheless, nonetheless,
still, rather, unlike, even so, on the other hand, by contrast, in contrast, at the same time, and yet
"""
CAN = "can, cannot, can't, can’t, could not, couldn't, couldn’t"
PRESENT = """
is, are, isn't, aren't, isn’t, aren’t, has, have, hasn't, haven't, hasn’t, haven’t, does, do, doesn't, don't,
doesn’t, don’t, am, it's, it’s, that's, that’s, there's, there’s, remains, remain, seems, seem, becomes, become,
lies, means, needs, makes, matters, tends, looks, feels
"""
PAST = """
was, were, wasn't, weren't, wasn’t, weren’t, had, hadn't, hadn’t, did, didn't, didn’t, went, came, took, gave,
made, got, began, became, left, met, sent, held, told, found, saw, won, lost, fell, rose, ran, paid, spent,
built, brought, bought, sold, wrote, spoke, chose, broke, led, kept, thought, knew, felt, stood, sat, grew, drew
"""
# Words in -ed that are usually not a verb telling what happened (adjectives, or too common to mean it).
NOT_PAST = frozenset(
    """need indeed bed red shed speed seed feed breed proceed succeed exceed deed weed bleed greed hundred
    sacred naked wicked wretched rugged ragged beloved learned aged alleged united based supposed
    used concerned interested tired worried scared advanced detailed limited related skilled""".split()
)
TIME = """
yesterday, today, tonight, monday, tuesday, wednesday, thursday, friday, saturday, sunday, last week,
last month, last year, this week, this month, earlier this, on monday, on tuesday, on wednesday, on thursday,
on friday, on saturday, on sunday, ago, recently, earlier, later, afterwards, at the time, that day, that night
"""

KINDS = {
    "judgement": JUDGEMENT,
    "feeling": FEELING,
    "reason": REASON,
    "contrast": CONTRAST,
    "can": CAN,
    "present": PRESENT,
    "past": PAST,
    "time": TIME,
}


def _lists() -> tuple[dict[str, str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """One-word entries by word, and phrases by their first word (each with its kind)."""
    words: dict[str, str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, block in KINDS.items():
        for entry in block.replace("\n", " ").split(","):
            parts = tuple(entry.split())
            if len(parts) == 1:
                words.setdefault(parts[0], kind)
            elif parts:
                phrases.setdefault(parts[0], []).append((parts, kind))
    return words, phrases


_WORDS, _PHRASES = _lists()
_ED = re.compile(r"\b[a-z]{3,}ed\b")  # looked for among the distinct words (Tokens.shaped)
_ED_SHAPE = re.compile(r"[a-z]{3,}ed")
_VOCABULARY = frozenset(_WORDS) | frozenset(_PHRASES)


def _by_second_word() -> dict[str, dict[str, list[tuple[tuple[str, ...], str]]]]:
    """The phrases by first word, then by second word (a phrase is tried only when its second word follows)."""
    out: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
    for first, options in _PHRASES.items():
        for parts, kind in options:
            out.setdefault(first, {}).setdefault(parts[1], []).append((parts, kind))
    return out


_NEXT = _by_second_word()


def find(tokens: Tokens) -> list[tuple[int, str]]:
    """(offset, kind) of every word or phrase of the lists above, and of verbs in -ed (``past``)."""
    offsets, kinds = find_arrays(tokens)
    return list(zip(offsets.tolist(), map(KIND_NAMES.__getitem__, kinds.tolist())))


KIND_NAMES = (*KINDS, "past")  # the kinds as numbered by ``find_arrays``
_CODE = {kind: c for c, kind in enumerate(KIND_NAMES)}


def find_arrays(tokens: Tokens) -> tuple[np.ndarray, np.ndarray]:
    """``find`` as two NumPy arrays: the offsets, and the kinds as numbers (``KIND_NAMES``), in the same order.

    The words of the lists are found by one table look-up over all the tokens; only the places where a
    phrase's first two words stand side by side are looked at one by one (a word inside a phrase counts once,
    the first phrase from the left wins).
    """
    import numpy as np

    words, ids, vocabulary = tokens.words, tokens.ids, tokens.vocabulary
    kind_of = np.full(len(vocabulary) + 1, -1, dtype=np.int64)  # the last entry: a word that does not occur
    for w, kind in _WORDS.items():
        if w in vocabulary:
            kind_of[vocabulary[w]] = _CODE[kind]
    starts = tokens.start_array()
    # Phrases: their first word, then their second word just after it; each candidate checked in full.
    present = [(f, nexts) for f, nexts in _NEXT.items() if f in vocabulary]
    pairs = {(vocabulary[f], vocabulary[s]) for f, nexts in present for s in nexts if s in vocabulary}
    phrase_at: list[int] = []
    phrase_kind: list[int] = []
    covered = np.zeros(len(words) + 1, dtype=np.int64)
    if pairs and len(words) > 1:
        width = len(vocabulary)
        first = np.zeros(width, dtype=bool)
        first[[f for f, _ in pairs]] = True
        at = np.flatnonzero(first[ids[:-1]])
        wanted = np.asarray(sorted(f * width + s for f, s in pairs), dtype=np.int64)
        at = at[np.isin(ids[at].astype(np.int64) * width + ids[at + 1], wanted)]
        taken = -1
        for i in at.tolist():
            if i <= taken:
                continue
            for parts, kind in _NEXT[words[i]].get(words[i + 1], ()):
                if tuple(words[i : i + len(parts)]) == parts:
                    phrase_at.append(i)
                    phrase_kind.append(_CODE[kind])
                    taken = i + len(parts) - 1
                    covered[i] += 1
                    covered[taken + 1] -= 1
                    break
    single = np.flatnonzero(kind_of[ids] >= 0)
    if phrase_at:
        single = single[np.cumsum(covered)[single] == 0]  # not a word inside a phrase
        where = np.concatenate([single, np.asarray(phrase_at, dtype=np.int64)])
        order = np.argsort(where, kind="stable")
        where = where[order]
        kinds = np.concatenate([kind_of[ids[single]], np.asarray(phrase_kind, dtype=np.int64)])[order]
    else:
        where, kinds = single, kind_of[ids[single]]
    past = [at for at, w in tokens.shaped(_ED_SHAPE, _ED) if w not in NOT_PAST]
    offsets = np.concatenate([starts[where], np.asarray(past, dtype=np.int64)])
    return offsets, np.concatenate([kinds, np.full(len(past), _CODE["past"], dtype=np.int64)])
