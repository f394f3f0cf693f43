"""One text prepared once for every detector: its sentences, its tokens and its quotations.

The idea is spaCy's ``Doc``: the annotator splits and tokenises a text a single time and hands the same
``Document`` to the date, statistic, attribution and cue finders, so no finder splits the text again.
Several texts can share one ``Document`` (``annotate_many``): they are joined with blank lines, so no
sentence, quotation or phrase runs from one text into the next, and ``document`` says whose each sentence is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from operator import add
from typing import TYPE_CHECKING

from medialit.text.sentences import Span, sentence_id, split_columns
from medialit.text.tokens import Tokens

if TYPE_CHECKING:
    import numpy as np

SEPARATOR = "\n\n"  # between the texts of a batch: always a paragraph break, so always a sentence break
_QUOTES = re.compile(  # each branch opens with its mark, so the regex engine skips quickly to one of them
    r"“[^”“\n]{1,3000}(?:”|(?<=[.,?!])“(?![\w“])|(?=\n))|\"(?<![\w\"]\")[^\"\n]{1,3000}\"|‘(?<!\w‘)[^’‘\n]{2,300}’(?!\w)"
)


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Offsets of quotations in curly or straight double quotes (and multi-word single curly quotes)."""
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


class Document:
    """A text (or several joined by blank lines) split into sentences and tokens, with its quotations."""

    def __init__(self, texts: str | list[str], first_paragraph: int = 1) -> None:
        batch = [texts] if isinstance(texts, str) else list(texts)
        self.offsets: list[int] = []  # where each text of the batch starts in ``self.text``
        pos = 0
        for t in batch:
            self.offsets.append(pos)
            pos += len(t) + len(SEPARATOR)
        self.text = SEPARATOR.join(batch)
        numbers, index, self.starts, self.ends, self.texts = split_columns(self.text, first_paragraph)
        self._numbers, self._index = numbers, index  # paragraph numbers over the whole batch, as split
        self.bounds = list(zip(self.starts, self.ends))
        # Which text each sentence belongs to, and its paragraph numbered from the start of that text.
        if len(batch) == 1:
            self.document = [0] * len(self.starts)
            self.paragraphs = list(numbers)  # a single text's paragraphs are numbered from first_paragraph
        else:
            self.document = [bisect_right(self.offsets, start) - 1 for start in self.starts]
            first_of: dict[int, int] = {}
            for p, d in zip(numbers, self.document):
                first_of.setdefault(d, p)
            self.paragraphs = [p - first_of[d] + first_paragraph for p, d in zip(numbers, self.document)]
        # sentence_id(p, i) for every sentence, made by C-level maps: a paragraph's prefix once, then + str(i)
        prefixes = {p: sentence_id(p, 0)[:-1] for p in set(self.paragraphs)}
        self.ids: list[str] = list(map(add, map(prefixes.__getitem__, self.paragraphs), map(str, index)))
        self.tokens = Tokens(self.text)
        self.quotes = find_quotes(self.text)
        self.q_starts = [a for a, _ in self.quotes]
        self._q_ends = [b for _, b in self.quotes]
        self._arrays: tuple | None = None  # starts and ends as NumPy arrays, made on first use

    @property
    def spans(self) -> list[Span]:
        """The sentences as ``Span`` records (built on demand; the finders read the columns)."""
        return [Span(*row) for row in zip(self._numbers, self._index, self.starts, self.ends, self.texts)]

    def __len__(self) -> int:
        """The number of sentences."""
        return len(self.starts)

    def sentence_at(self, pos: int) -> int:
        """The index of the sentence that holds offset ``pos``, or -1 between sentences."""
        k = bisect_right(self.starts, pos) - 1
        return k if k >= 0 and pos < self.ends[k] else -1

    def sentences_of(self, positions: list[int]) -> list[int]:
        """``[self.sentence_at(p) for p in positions]``, with the binary searches done by NumPy for many.

        On a long text the list of sentence starts is far larger than the CPU cache, and a Python binary
        search chases a pointer at every step; NumPy searches a compact array instead.
        """
        if len(positions) < 64:
            return [self.sentence_at(p) for p in positions]
        import numpy as np

        starts, ends = self.arrays()
        if not len(starts):
            return [-1] * len(positions)
        pos = np.asarray(positions, dtype=np.int64)
        k = np.searchsorted(starts, pos, side="right") - 1
        inside = (k >= 0) & (pos < ends[np.maximum(k, 0)])
        return np.where(inside, k, -1).tolist()

    def word_places(self, vocabulary: Collection[str]) -> zip:
        """The tokens of ``vocabulary`` inside a sentence and outside quotations, not the second part of a
        compound ("so-called"), with what a finder asks about their neighbours, found by NumPy for all at once:
        (token, sentence, one or two spaces before it, a letter or digit the tokens do not keep just before the
        word before, one or two spaces after it, a capital at its start, a capital at the start of the word
        before; each as Python values)."""
        import numpy as np

        tokens, text = self.tokens, self.text
        hits, starts, points = tokens.hit_array(vocabulary), tokens.start_array(), tokens._codepoints()
        places = starts[hits].tolist()
        sentence = np.asarray(self.sentences_of(places), dtype=np.int64)
        quoted = np.asarray(self.in_quotes(places), dtype=bool)
        at = starts[hits]
        dash = (at > 0) & (points[np.maximum(at - 1, 0)] == 45)  # "-" just before
        chosen = (sentence >= 0) & ~quoted & ~dash
        hits, at, sentence = hits[chosen], at[chosen], sentence[chosen]
        n, lengths, ids = len(tokens.words), tokens._lengths(), tokens.ids
        before, after = np.maximum(hits - 1, 0), np.minimum(hits + 1, n - 1)
        prev_spaced = (hits > 0) & _spaces(points, starts[before] + lengths[ids[before]], at)
        next_spaced = (hits + 1 < n) & _spaces(points, at + lengths[ids[hits]], starts[after])
        prev_start = starts[before]
        joined = np.zeros(len(hits), dtype=bool)
        look = np.flatnonzero(prev_spaced & (prev_start > 0))
        joined[look] = [c.isalnum() for c in map(text.__getitem__, (prev_start[look] - 1).tolist())]
        capitals = tokens.capitals()
        columns = (prev_spaced, joined, next_spaced, capitals[hits], capitals[before] & (hits > 0))
        return zip(hits.tolist(), sentence.tolist(), *(c.tolist() for c in columns))

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The sentences' starts and ends as NumPy arrays (made on first use)."""
        if self._arrays is None:
            import numpy as np

            self._arrays = (np.asarray(self.starts, dtype=np.int64), np.asarray(self.ends, dtype=np.int64))
        return self._arrays

    def in_quote(self, pos: int) -> bool:
        """True when ``pos`` is strictly inside a quotation (not on its opening mark)."""
        k = bisect_right(self.q_starts, pos) - 1
        return k >= 0 and self.q_starts[k] < pos < self._q_ends[k]

    def in_quotes(self, positions: list[int]) -> list[bool]:
        """``[self.in_quote(p) for p in positions]``, with the binary searches done by NumPy for many."""
        if len(positions) < 64 or not self.quotes:
            return [self.in_quote(p) for p in positions]
        import numpy as np

        q_starts, q_ends = np.asarray(self.q_starts, dtype=np.int64), np.asarray(self._q_ends, dtype=np.int64)
        pos = np.asarray(positions, dtype=np.int64)
        k = np.searchsorted(q_starts, pos, side="right") - 1
        safe = np.maximum(k, 0)
        return ((k >= 0) & (q_starts[safe] < pos) & (pos < q_ends[safe])).tolist()

    def quoted_sentences(self) -> set[int]:
        """The sentences that share a character with a quotation (``quotes_between`` finds a piece there)."""
        import numpy as np

        if not self.quotes or not self.starts:
            return set()
        starts, ends = self.arrays()
        q_starts, q_ends = np.asarray(self.q_starts, dtype=np.int64), np.asarray(self._q_ends, dtype=np.int64)
        # Quotations never overlap one another: the last one that opens before a sentence ends reaches into it
        # if it closes after the sentence starts.
        k = np.searchsorted(q_starts, ends, side="left") - 1
        reach = (k >= 0) & (q_ends[np.maximum(k, 0)] > starts)
        return set(np.flatnonzero(reach).tolist())

    def quotes_between(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The parts of the quotations that fall inside lo..hi."""
        quotes = self.quotes
        k = max(0, bisect_right(self.q_starts, lo) - 1)
        out = []
        while k < len(quotes) and quotes[k][0] < hi:
            a, b = quotes[k]
            if b > lo:
                out.append((max(a, lo), min(b, hi)))
            k += 1
        return out

    def same_text(self, k: int, j: int) -> bool:
        """Sentences ``k`` and ``j`` come from the same text of the batch."""
        return self.document[k] == self.document[j]


def _spaces(points: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Whether the text from ``lo`` to ``hi`` is one space or two, for each pair of offsets (``points``: the
    text's code points)."""
    import numpy as np

    gap, last = hi - lo, len(points) - 1
    one = points[np.clip(lo, 0, last)] == 32
    two = points[np.clip(lo + 1, 0, last)] == 32
    return ((gap == 1) & one) | ((gap == 2) & one & two)
