"""Split a text once into lower-case word and digit tokens with offsets, shared by every finder.

One pass over a 5 MB text takes well under a second; each finder then looks only at the few
tokens in its own vocabulary instead of running a slow regular expression over every character.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import accumulate, chain, islice, repeat
from sys import intern

_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+")
_SPLIT = re.compile(f"({_TOKEN.pattern})")  # re.split keeps the tokens: gap, token, gap, token, …, gap
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LETTER_RUN = re.compile(r"[a-z]+")


def ascii_lower(text: str) -> str:
    """``text`` in lower case with every character at the same offset (str.lower can lengthen 'İ')."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


class Tokens:
    """The words (a-z, with an inner apostrophe) and digit runs of a text, lower-cased, with start offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = ascii_lower(text)
        self._by_word: dict[str, list[int]] | None = None
        self._digits: list[int] = []
        parts = _SPLIT.split(self.low)  # one C-level pass; offsets are the running sum of the lengths
        self.words: list[str] = list(map(intern, parts[1::2]))  # one string per distinct word: less memory
        # Every other running sum is a token's start; islice drops the others as they are made, which
        # keeps a 20 MB text from holding millions of needless integers at once.
        self.starts: list[int] = list(islice(accumulate(map(len, parts)), 0, len(parts) - 1, 2))

    def hits(self, vocabulary: Collection[str], digits: bool = False) -> list[int]:
        """Indices, in order, of the tokens in ``vocabulary`` (and of digit runs when ``digits`` is true)."""
        index = self._index()
        keys = vocabulary if len(vocabulary) < len(index) else [w for w in index if w in vocabulary]
        lists = [index[w] for w in keys if w in index]
        if digits:
            lists.append(self._digits)
        if len(lists) == 1:
            return list(lists[0])
        return sorted(chain.from_iterable(lists))

    def shaped(self, shape: re.Pattern[str], pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        """``[(m.start(), m.group()) for m in pattern.finditer(self.text)]`` for a pattern that matches only
        a whole run of letters a-z (an adverb in -ly: ``\\b[a-z]{3,}ly\\b``), found through the tokens.

        ``shape`` must fully match every run of letters that ``pattern`` can match: only the distinct words
        with that shape are looked at, and ``pattern`` is tried at each of their places in the original
        text (so case and the characters around the word decide, as in a scan of the whole text).
        """
        index, text, starts = self._index(), self.text, self.starts
        places: list[int] = []
        for w, where in index.items():
            if "'" in w or "’" in w:  # "o'quickly": each run of letters on its own
                parts = [(m.start(), m.group()) for m in _LETTER_RUN.finditer(w)]
            else:
                parts = [(0, w)]
            for offset, part in parts:
                if shape.fullmatch(part):
                    places += [starts[i] + offset for i in where] if offset else [starts[i] for i in where]
        places.sort()
        match = pattern.match
        return [(at, m.group()) for at, m in zip(places, map(match, repeat(text), places)) if m]

    def _index(self) -> dict[str, list[int]]:
        """Token positions by word, built on first use (one pass; every later look-up is cheap)."""
        if self._by_word is None:
            by_word: dict[str, list[int]] = {w: [] for w in dict.fromkeys(self.words)}  # one list per word
            for i, w in enumerate(self.words):
                by_word[w].append(i)
            self._digits = sorted(chain.from_iterable(v for k, v in by_word.items() if k < "a"))
            self._by_word = by_word
        return self._by_word

    def end(self, i: int) -> int:
        """The offset just after token ``i``."""
        return self.starts[i] + len(self.words[i])
