"""One call splits and tokenises its text once, and every detector reads the same tokens (issue 15).

Also: the word shapes the opinion score counts (adverbs in -ly, adjectives in -ous, past tense in -ed),
found through the distinct words of the tokens, are exactly what a scan of the whole text finds.
"""

from __future__ import annotations

import random
import re

import pytest

from medialit.text import document, signals, stance_words
from medialit.text.annotator import annotate, annotate_many
from medialit.text.tokens import Tokens


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often a text is tokenised (any Tokens made anywhere) and split into sentences."""
    counts = {"tokens": 0, "split": 0}
    make, split = Tokens.__init__, document.split_columns

    def counting_init(self: Tokens, text: str) -> None:
        counts["tokens"] += 1
        make(self, text)

    def counting_split(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        counts["split"] += 1
        return split(*args, **kwargs)

    monkeypatch.setattr(Tokens, "__init__", counting_init)
    monkeypatch.setattr(document, "split_columns", counting_split)
    return counts


TEXT = (
    'Officials said on Tuesday that 3 in 5 residents, about 2,000 people, "clearly" want a bridge. '
    "The mayor told reporters it would cost $4 million. Critics argued that was ridiculous!\n\n"
    "He said the plan will never work, but we can wait."
)


def test_one_annotate_call_tokenises_and_splits_once(counted: dict[str, int]) -> None:
    a = annotate(TEXT)
    assert len(a.attributions) and len(a.statistics) and len(a.cues)  # every detector had something to find
    assert counted == {"tokens": 1, "split": 1}


def test_one_batch_tokenises_and_splits_once(counted: dict[str, int]) -> None:
    a = annotate_many([TEXT, "The ferry was late yesterday.", "", TEXT])
    assert set(a.sentences.document) == {0, 1, 3}
    assert counted == {"tokens": 1, "split": 1}


def _scan(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


SHAPES = [
    (signals._ADVERB_SHAPE, signals._ADVERB),
    (signals._ADJECTIVE_SHAPE, signals._ADJECTIVE),
    (stance_words._ED_SHAPE, stance_words._ED),
]
TRICKY = [
    "Quickly, quietly and clearly: o'quickly, quickly'o, quickly5, 5quickly, _quickly, éclearly, clearlyé.",
    "Wicked, dangerous, hopeful, helpless, typical, foolish: DANGEROUS, Dangerous, dangerousX, it's famous’s.",
    "He walked, talked and baked; sealed’ed, a'b'walked, İstanbul walked, KELVIN walKed, \u212aed.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_word_shapes_from_the_tokens_are_what_a_scan_finds(text: str) -> None:
    tokens = Tokens(text)
    found = [tokens.shaped(shape, pattern) for shape, pattern in SHAPES]
    assert found == [_scan(pattern, text) for _, pattern in SHAPES]
    assert sum(map(len, found)) >= 3  # each test text has words of some shape


def test_word_shapes_match_a_scan_on_random_text() -> None:
    rng = random.Random(15)
    pieces = ["ly", "ed", "ous", "ful", "ish", "a", "qu", "ick", "Q", "É", "é", "'", "’", "_", "5", " ", ",", "-"]
    for _ in range(500):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 40)))
        tokens = Tokens(text)
        for shape, pattern in SHAPES:
            assert tokens.shaped(shape, pattern) == _scan(pattern, text), text
