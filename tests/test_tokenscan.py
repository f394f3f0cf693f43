"""Long texts are tokenised by NumPy (``tokenscan``), short ones by ``re.split``: both give the same tokens.

The same words, offsets, word numbers and vocabulary order, on random strings made of the characters the
token pattern cares about (apostrophe chains, digits beyond ASCII, the Kelvin sign and "İ", which change
what ``str.lower`` does, words of 8, 9, 16 and 17 letters around the packing widths) and on a long text
of many distinct words, where the hash table has collisions.
"""

from __future__ import annotations

import random

import pytest

from medialit.text import tokens
from medialit.text.tokens import Tokens

PIECES = [
    *"abzAZKk'’'’1905 \n.-_éÉßΣ",
    "\u212a",  # the Kelvin sign: "k" after str.lower(), unless the text has a character that lengthens
    "İ",  # lengthens under str.lower(): then only A-Z are lowered
    "٣",  # ARABIC-INDIC DIGIT THREE: \d matches it
    "５",  # a full-width digit
    "²",  # a superscript: not a decimal digit
    "\ud800",  # a lone surrogate
    "x" * 7,
    "y" * 8,
    "Z" * 9,
    "q" * 16,
    "w" * 17,
    "don't",
    "o’clock",
    "rock'n'roll",
]


def both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Tokens, Tokens]:
    monkeypatch.setattr(tokens, "_LONG", 10**12)
    regex = Tokens(text)
    monkeypatch.setattr(tokens, "_LONG", 0)
    scanned = Tokens(text)
    return regex, scanned


def assert_same(regex: Tokens, scanned: Tokens) -> None:
    assert scanned.words == regex.words
    assert scanned.starts == regex.starts
    assert list(scanned.vocabulary.items()) == list(regex.vocabulary.items())
    assert scanned.ids.dtype == regex.ids.dtype and scanned.ids.tolist() == regex.ids.tolist()
    assert scanned.start_array().dtype == regex.start_array().dtype


def test_random_short_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(15)
    for _ in range(1500):
        text = "".join(rng.choices(PIECES, k=rng.randint(0, 50)))
        assert_same(*both_ways(text, monkeypatch))


def test_a_long_text_of_many_distinct_words(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz'’0123456789"
    words = ["".join(rng.choices(letters, k=rng.randint(1, 20))) for _ in range(20_000)]
    text = " ".join(rng.choices(words, k=40_000)) + " Millbrook KELVIN \u212aelvin ٣٣"
    regex, scanned = both_ways(text, monkeypatch)
    assert len(regex.vocabulary) > 15_000
    assert_same(regex, scanned)


def test_the_long_path_is_taken_for_a_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    called = []
    scan = tokens.tokenscan.scan
    monkeypatch.setattr(tokens.tokenscan, "scan", lambda *a: called.append(1) or scan(*a))
    Tokens("The ferry was late. " * 300)
    Tokens("The ferry was late.")
    assert called == [1]
