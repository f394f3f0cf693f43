"""Split a text once into lower-case word and digit tokens with offsets, shared by every finder.

One pass over a 5 MB text takes well under a second; each finder then looks only at the few
tokens in its own vocabulary instead of running a slow regular expression over every character.
Each distinct word has a number (``ids``, a NumPy array with one entry per token), so "which tokens
are in this vocabulary" is one array look-up for the whole text rather than a loop over its words.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import accumulate, islice, repeat
from sys import intern
from typing import TYPE_CHECKING

from medialit.text import tokenscan

if TYPE_CHECKING:
    import numpy as np

_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+")
_SPLIT = re.compile(f"({_TOKEN.pattern})")  # re.split keeps the tokens: gap, token, gap, token, …, gap
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LETTER_RUN = re.compile(r"[a-z]+")
_SHORT = 64  # up to this many tokens, ``hits`` looks at each token in Python
_LONG = 4096  # from this many characters on, the tokens are read by NumPy (tokenscan)
_FEW = 8  # up to this many words: their position lists are merged; more: one look-up table over the tokens


@lru_cache(maxsize=1)
def _ascii_word() -> np.ndarray:
    """For each code point below 128, whether it is a letter, a digit or "_" (128 and above: False)."""
    import numpy as np

    return np.fromiter((chr(c).isalnum() or c == 95 for c in range(128)), dtype=bool, count=128)


def _word_characters(points: np.ndarray) -> np.ndarray:
    """Which code points regular expressions count as ``\\w`` (``str.isalnum()`` or "_")."""
    import numpy as np

    out = _ascii_word()[np.minimum(points, 127)]
    wide = points >= 128
    if wide.any():
        odd = np.unique(points[wide])
        word = np.fromiter((chr(c).isalnum() for c in odd.tolist()), dtype=bool, count=len(odd))
        out[wide] = word[np.searchsorted(odd, points[wide])]
    return out


def ascii_lower(text: str) -> str:
    """``text`` in lower case with every character at the same offset (str.lower can lengthen 'İ')."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def longest_first(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Which of these spans of tokens (first and last token of each) are kept when the longest are taken
    first, then the leftmost, and a span that shares a token with one already taken is dropped; equal spans
    keep their given order. A span that overlaps no other is always kept, so only the others are looked at
    one by one."""
    import numpy as np

    keep = np.ones(len(first), dtype=bool)
    if len(first) < 2:
        return keep
    by_place = np.lexsort((last, first))
    starts, ends = first[by_place], last[by_place]
    clash = np.zeros(len(first), dtype=bool)
    clash[1:] = starts[1:] <= np.maximum.accumulate(ends)[:-1]  # overlaps a span that starts before it
    clash[:-1] |= starts[1:] <= ends[:-1]  # overlaps the next one
    crowded = np.sort(by_place[clash])
    order = crowded[np.lexsort((first[crowded], first[crowded] - last[crowded]))]  # a stable sort
    taken: set[int] = set()
    for j, a, b in zip(order.tolist(), first[order].tolist(), last[order].tolist()):
        if taken.isdisjoint(range(a, b + 1)):
            taken.update(range(a, b + 1))
        else:
            keep[j] = False
    return keep


class Tokens:
    """The words (a-z, with an inner apostrophe) and digit runs of a text, lower-cased, with start offsets."""

    def __init__(self, text: str) -> None:
        import numpy as np

        self.text = text
        self._points: np.ndarray | None = None
        if len(text) >= _LONG:  # NumPy reads the same tokens from the code points (tokenscan)
            self._starts, vocabulary, self.ids = tokenscan.scan(text, self._codepoints())
            self.vocabulary: dict[str, int] = {w: c for c, w in enumerate(vocabulary)}
            # Each token's word by NumPy: an array of the distinct words, indexed by every token's number.
            self.words: list[str] = np.array(vocabulary, dtype=object)[self.ids].tolist()
        else:
            parts = _SPLIT.split(ascii_lower(text))  # one C-level pass; offsets are the running sums of lengths
            self.words = list(map(intern, parts[1::2]))  # one string per distinct word: less memory
            # The distinct words in order of first use, and each token's word as a number.
            self.vocabulary = {w: c for c, w in enumerate(dict.fromkeys(self.words))}
            n = len(self.words)
            self.ids = np.fromiter(map(self.vocabulary.__getitem__, self.words), dtype=np.int32, count=n)
            # A token starts after every gap and token before it: the running sum of their lengths.
            lengths = np.empty(2 * n, dtype=np.int64)
            lengths[0::2] = np.fromiter(map(len, islice(parts, 0, 2 * n, 2)), dtype=np.int64, count=n)
            lengths[1::2] = np.fromiter(map(len, self.words), dtype=np.int64, count=n)
            self._starts = np.cumsum(lengths)[0::2].copy()
        self.starts: list[int] = self._starts.tolist()
        self._grouped: tuple[np.ndarray, list[int]] | None = None
        self._capitals: np.ndarray | None = None
        self._upper: np.ndarray | None = None

    @property
    def low(self) -> str:
        """The text in lower case (``ascii_lower``), offsets unchanged."""
        return ascii_lower(self.text)

    def hits(self, vocabulary: Collection[str], digits: bool = False) -> list[int]:
        """Indices, in order, of the tokens in ``vocabulary`` (and of digit runs when ``digits`` is true)."""
        if len(self.words) <= _SHORT:  # a short text: plain Python costs less than setting NumPy up
            return [i for i, w in enumerate(self.words) if w in vocabulary or (digits and w < "a")]
        return self.hit_array(vocabulary, digits).tolist()

    def hit_array(self, vocabulary: Collection[str], digits: bool = False) -> np.ndarray:
        """``hits`` as a NumPy array of token indices."""
        import numpy as np

        codes = self.codes(vocabulary)
        if digits:  # a digit run sorts before any letter
            codes = list(dict.fromkeys(codes + [c for w, c in self.vocabulary.items() if w < "a"]))
        if len(codes) <= _FEW:
            order, bounds = self._groups()
            if len(codes) == 1:
                return order[bounds[codes[0]] : bounds[codes[0] + 1]]
            found = np.concatenate([order[bounds[c] : bounds[c + 1]] for c in codes] or [order[:0]])
            found.sort()
            return found
        table = np.zeros(len(self.vocabulary), dtype=bool)
        table[codes] = True
        return np.flatnonzero(table[self.ids])

    def codes(self, vocabulary: Collection[str]) -> list[int]:
        """The numbers of the words of ``vocabulary`` that occur in the text."""
        known = self.vocabulary
        if len(vocabulary) < len(known):
            return [known[w] for w in vocabulary if w in known]
        return [c for w, c in known.items() if w in vocabulary]

    def shaped(self, shape: re.Pattern[str], pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        """``[(m.start(), m.group()) for m in pattern.finditer(self.text)]`` for a pattern that matches only
        a whole run of letters a-z (an adverb in -ly: ``\\b[a-z]{3,}ly\\b``), found through the tokens.

        ``shape`` must fully match every run of letters that ``pattern`` can match: only the distinct words
        with that shape are looked at, and ``pattern`` is tried at each of their places in the original
        text (so case and the characters around the word decide, as in a scan of the whole text).
        """
        import numpy as np

        text, starts = self.text, self.starts
        whole: list[int] = []  # words that are themselves of the shape
        places: list[int] = []  # runs of letters inside words with an apostrophe ("o'quickly")
        for w, c in self.vocabulary.items():
            if "'" in w or "’" in w:  # each run of letters on its own
                for m in _LETTER_RUN.finditer(w):
                    if shape.fullmatch(m.group()):
                        places += [starts[i] + m.start() for i in self.hit_array([w]).tolist()]
            elif shape.fullmatch(w):
                whole.append(c)
        match = pattern.match
        places.sort()
        found = [(at, m.group()) for at, m in zip(places, map(match, repeat(text), places)) if m]
        if not whole:
            return found
        table = np.zeros(len(self.vocabulary), dtype=bool)
        table[whole] = True
        tokens = np.flatnonzero(table[self.ids])
        if pattern.pattern != rf"\b{shape.pattern}\b":  # any other pattern: tried at each place
            at = self._starts[tokens].tolist()
            found += [(a, m.group()) for a, m in zip(at, map(match, repeat(text), at)) if m]
            return sorted(found)
        # \b word \b: the word is all in lower case in the text, and no letter, digit or _ stands beside it.
        points, lengths = self._codepoints(), self._lengths()
        at, codes = self._starts[tokens], self.ids[tokens]
        ends = at + lengths[codes]
        keep = ~_word_characters(points[np.maximum(at - 1, 0)]) | (at == 0)
        keep &= ~_word_characters(points[np.minimum(ends, len(points) - 1)]) | (ends == len(points))
        # Lower-casing changed nothing there: the text has no A-Z (nor a Kelvin sign, "k" after str.lower) in it.
        uppers = self._uppers()
        keep &= np.searchsorted(uppers, ends) == np.searchsorted(uppers, at)
        words = np.array(list(self.vocabulary), dtype=object)[codes[keep]].tolist()
        found += zip(at[keep].tolist(), words)
        return sorted(found) if places else found  # the tokens are in order already

    def _lengths(self) -> np.ndarray:
        """The length of each distinct word, by its number."""
        import numpy as np

        return np.fromiter(map(len, self.vocabulary), dtype=np.int64, count=len(self.vocabulary))

    def _uppers(self) -> np.ndarray:
        """Where the text has a character that ``str.lower`` changes into a token's letter: A-Z and the Kelvin
        sign (made on first use)."""
        if self._upper is None:
            import numpy as np

            points = self._codepoints()
            self._upper = np.flatnonzero(((points >= 65) & (points <= 90)) | (points == 0x212A))
        return self._upper

    def _groups(self) -> tuple[np.ndarray, list[int]]:
        """Token indices grouped by word (in order within each word), and where each word's group starts."""
        if self._grouped is None:
            import numpy as np

            small = len(self.vocabulary) <= 1 << 16  # NumPy sorts 16-bit numbers by radix: several times faster
            order = np.argsort(self.ids.astype(np.uint16) if small else self.ids, kind="stable")
            counts = np.bincount(self.ids, minlength=len(self.vocabulary))
            self._grouped = (order, [0, *accumulate(counts.tolist())])
        return self._grouped

    def start_array(self) -> np.ndarray:
        """The tokens' start offsets as a NumPy array."""
        return self._starts

    def capitals(self) -> np.ndarray:
        """For each token, whether the text has a capital letter where it starts (``str.isupper`` there).

        Only a capital changes when the text is lower-cased at a token's first character (A-Z, or the
        Kelvin sign), so this compares the text's code point there with the first letter of the word.
        """
        if self._capitals is None:
            import numpy as np

            first = np.fromiter((ord(w[0]) for w in self.vocabulary), dtype=np.uint32, count=len(self.vocabulary))
            self._capitals = self._codepoints()[self._starts] != first[self.ids]
        return self._capitals

    def joined(self, tokens: np.ndarray) -> np.ndarray:
        """For these tokens, whether only spaces, hyphens or line ends, at most 3 characters, separate each
        from the next (``not gap.strip(" -\\u00a0\\n") and len(gap) <= 3``; False for the last token)."""
        import numpy as np

        n = len(self.words)
        if not n:
            return np.zeros(len(tokens), dtype=bool)
        last = tokens >= n - 1
        tokens = np.minimum(tokens, n - 2) if n > 1 else np.zeros_like(tokens)
        lengths = np.fromiter(map(len, self.vocabulary), dtype=np.int64, count=len(self.vocabulary))
        ends = self._starts[tokens] + lengths[self.ids[tokens]]
        gap = self._starts[np.minimum(tokens + 1, n - 1)] - ends
        text = self._codepoints()
        joined = (gap <= 3) & ~last
        for offset in range(3):  # each character of the gap is one of the four
            chars = text[np.minimum(ends + offset, len(text) - 1)]  # space, hyphen, no-break space, line end
            joined &= (gap <= offset) | (chars == 32) | (chars == 45) | (chars == 160) | (chars == 10)
        return joined

    def _codepoints(self) -> np.ndarray:
        """The text as an array of code points (made on first use)."""
        if self._points is None:
            import numpy as np

            self._points = np.frombuffer(self.text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return self._points

    def phrases_at(self, places: np.ndarray, options: dict[str, list[tuple[int, tuple[str, ...]]]]) -> list[tuple]:
        """At each place (a token index), the first of its word's ``options`` (offset of the place in the
        phrase, the phrase's words) whose words stand there, joined (``joined``): (place, option number).

        The same as trying each place's options one by one, done for all the places of a word at once.
        """
        import numpy as np

        known, ids, n = self.vocabulary, self.ids, len(self.words)
        found: list[tuple] = []
        order = np.argsort(ids[places], kind="stable")
        words = ids[places][order]
        cuts = np.flatnonzero(np.diff(words)) + 1
        for group in np.split(places[order], cuts) if len(places) else []:
            left = group
            for number, (offset, parts) in enumerate(options.get(self.words[int(group[0])], ())):
                first = left - offset
                fits = (first >= 0) & (first + len(parts) <= n)
                if not all(w in known for w in parts):
                    continue
                safe = np.where(fits, first, 0)
                for m, w in enumerate(parts):
                    fits &= ids[np.minimum(safe + m, n - 1)] == known[w]
                    if m < len(parts) - 1:
                        fits &= self.joined(safe + m)
                found += [(i, number) for i in left[fits].tolist()]
                left = left[~fits]
                if not len(left):
                    break
        return found

    def end(self, i: int) -> int:
        """The offset just after token ``i``."""
        return self.starts[i] + len(self.words[i])

    def word_at(self, i: int) -> str:
        """Token ``i``'s word, or "" before the first token and after the last (rules look at neighbours)."""
        return self.words[i] if 0 <= i < len(self.words) else ""

    def spaced(self, a: int, b: int) -> bool:
        """Whether tokens ``a`` to ``b`` are all in the text, each one space from the next (a phrase that does
        not run over punctuation or a line end)."""
        if a < 0 or b >= len(self.words):
            return False
        return all(self.text[self.end(k - 1) : self.starts[k]] == " " for k in range(a + 1, b + 1))
