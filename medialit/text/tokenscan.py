"""The tokens of a long text found by NumPy: exactly what ``re.split`` with ``tokens._TOKEN`` finds.

``tokens.Tokens`` splits a text into lower-case words (``[a-z]+(?:['’][a-z]+)?``) and digit runs (``\\d+``)
of its ``ascii_lower`` form.  On a long text the regular expression and the millions of small strings it
makes are the biggest single cost of the annotator, so here the same tokens are read from the text's code
points: runs of letters and of digits, two runs of letters joined by one apostrophe (the first two of a
chain, then the next two …, as the regex takes them).  Each token's characters, up to 16, are packed into
two 64-bit numbers, which a hash table turns into the number of its word; only the distinct words are made
into strings.  Tokens longer than 16 characters, with a digit outside ASCII, or that collide in the table
are looked up by their key in a dict instead, so the result never depends on the hash.
"""

from __future__ import annotations

from sys import intern
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789'’"  # symbols 1 … 38; 39 is a digit outside ASCII
_WIDE_DIGIT = 39
_KELVIN = 0x212A  # the Kelvin sign: str.lower() makes it "k"
_TABLES: dict[bool, np.ndarray] = {}


def _table(kelvin: bool) -> np.ndarray:
    """Each code point's symbol (0: no token character), up to the Kelvin sign; one more entry for the rest."""
    if kelvin not in _TABLES:
        import numpy as np

        table = np.zeros(_KELVIN + 2, dtype=np.uint8)
        for s, ch in enumerate(_ALPHABET, start=1):
            table[ord(ch)] = s
            if ch.isalpha():
                table[ord(ch.upper())] = s
        if kelvin:
            table[_KELVIN] = table[ord("k")]
        _TABLES[kelvin] = table
    return _TABLES[kelvin]


def _runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of True starts and ends (one past its last place)."""
    import numpy as np

    padded = np.zeros(len(mask) + 2, dtype=bool)
    padded[1:-1] = mask
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return edges[0::2], edges[1::2]


def _symbols(text: str, points: np.ndarray) -> np.ndarray:
    """Each character's symbol as ``ascii_lower(text)`` has it, then 16 zeros."""
    import numpy as np

    wide = np.unique(points[points >= 128]).tolist()
    # str.lower() turns the Kelvin sign into "k", unless some character lengthens ("İ"): then only A-Z change.
    kelvin = _KELVIN in wide and all(len(chr(c).lower()) == 1 for c in wide)
    symbols = np.zeros(len(points) + 16, dtype=np.uint8)
    symbols[: len(points)] = _table(kelvin).take(points, mode="clip")
    digits = [c for c in wide if chr(c).isdecimal()]  # what \d matches beyond 0-9
    if digits:
        symbols[: len(points)][np.isin(points, digits)] = _WIDE_DIGIT
    return symbols


def _bounds(symbols: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Start and end of every token, in order."""
    import numpy as np

    body = symbols[:n]
    starts, ends = _runs((body - np.uint8(1)) < 26)  # runs of letters
    if len(starts) > 1:  # a run and the next with one apostrophe between them: one word
        link = (starts[1:] == ends[:-1] + 1) & ((symbols[ends[:-1]] - np.uint8(37)) < 2)  # ' or ’
        if link.any():
            k = np.arange(len(starts))
            chain = np.ones(len(starts), dtype=bool)
            chain[1:] = ~link
            second = ((k - np.maximum.accumulate(np.where(chain, k, 0))) & 1).astype(bool)
            joined = np.flatnonzero(link & ~second[:-1])
            ends = ends.copy()
            ends[joined] = ends[joined + 1]
            starts, ends = starts[~second], ends[~second]
    digit_starts, digit_ends = _runs(((body - np.uint8(27)) < 10) | (body == _WIDE_DIGIT))
    if not len(digit_starts):
        return starts, ends
    marks = np.zeros(n + 1, dtype=bool)
    marks[starts] = True
    marks[digit_starts] = True
    tails = np.zeros(n + 1, dtype=bool)
    tails[ends] = True
    tails[digit_ends] = True
    return np.flatnonzero(marks), np.flatnonzero(tails)


def scan(text: str, points: np.ndarray) -> tuple[np.ndarray, list[str], np.ndarray]:
    """The tokens of ``text`` (``points``: its code points): start offsets, the distinct words in order of
    first use, and each token's word as a number (int32), as ``Tokens`` builds them from ``re.split``."""
    import numpy as np

    n = len(points)
    symbols = _symbols(text, points)
    starts, ends = _bounds(symbols, n)
    count = len(starts)
    lengths = ends - starts
    masks = np.array([(1 << (8 * i)) - 1 for i in range(8)] + [(1 << 64) - 1], dtype=np.uint64)
    packed = np.ndarray(shape=(len(symbols) - 7,), dtype="<u8", buffer=symbols, strides=(1,))  # 8 at each place
    low = packed[starts] & masks[np.minimum(lengths, 8)]
    high = packed[starts + 8] & masks[np.clip(lengths - 8, 0, 8)]
    odd = lengths > 16
    if (symbols == _WIDE_DIGIT).any():
        wide = np.concatenate(([0], np.cumsum(symbols[:n] == _WIDE_DIGIT)))
        odd |= wide[ends] > wide[starts]
    # A hash table of 2**bits places; a token is in it when the token stored at its place has its key.
    bits = min(max(count.bit_length(), 8), 22)
    mixed = low * np.uint64(0x9E3779B97F4A7C15) ^ (high + np.uint64(0x632BE59BD9B4E019)) * np.uint64(0xC2B2AE3D27D4EB4F)
    place = (mixed >> np.uint64(64 - bits)).astype(np.int64)
    index = np.arange(count)
    holder = np.zeros(1 << bits, dtype=np.int64)
    holder[place] = index
    stored = holder[place]
    fits = (low[stored] == low) & (high[stored] == high) & ~odd[stored] & ~odd
    first = np.full(1 << bits, count, dtype=np.int64)
    np.minimum.at(first, place[fits], index[fits])
    used = np.flatnonzero(first < count)
    # The others by their key: (low, high), or the word itself when it does not fit 16 symbols.
    rest = np.flatnonzero(~fits).tolist()
    keys: dict[object, int] = {}
    group: list[int] = []
    for i, a, b, w in zip(rest, low[rest].tolist(), high[rest].tolist(), odd[rest].tolist()):
        key = text[starts[i] : ends[i]].lower() if w else (a, b)
        group.append(keys.setdefault(key, len(keys)))
    firsts = np.concatenate([first[used], np.full(len(keys), count, dtype=np.int64)])
    if rest:
        np.minimum.at(firsts, len(used) + np.asarray(group, dtype=np.int64), np.asarray(rest, dtype=np.int64))
    order = np.argsort(firsts, kind="stable")
    code = np.empty(len(firsts), dtype=np.int32)
    code[order] = np.arange(len(firsts), dtype=np.int32)
    ids = np.empty(count, dtype=np.int32)
    slot_code = np.zeros(1 << bits, dtype=np.int32)
    slot_code[used] = code[: len(used)]
    ids[fits] = slot_code[place[fits]]
    if rest:
        ids[rest] = code[len(used) + np.asarray(group, dtype=np.int64)]
    words = [_word(text, symbols, a, b) for a, b in zip(starts[firsts[order]].tolist(), ends[firsts[order]].tolist())]
    return starts, words, ids


def _word(text: str, symbols: np.ndarray, start: int, end: int) -> str:
    """The lower-case word from ``start`` to ``end`` (its symbols; the text itself for a digit beyond 0-9)."""
    s = symbols[start:end].tobytes()
    if _WIDE_DIGIT in s:
        return intern(text[start:end].lower())
    return intern("".join([_ALPHABET[c - 1] for c in s]))
