"""Split any English text into paragraphs and sentences, keeping character offsets.

Line ends may be LF, CRLF (Windows) or CR (old Macs): the ids are the same, and offsets index the text
as given. Sentence ends of Chinese and Japanese (。！？, no space after them) and Arabic (؟ and the
Urdu full stop ۔) are split too.

Written here rather than taken from pysbd or syntok: both are unmaintained since
2021-22 and neither keeps a quotation together with the attribution that follows
it ("…," Zelensky said.), which this course relies on.  The rules are small,
general and tested on a table of tricky cases (tests/test_sentences.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from medialit.text.textio import InputProblem

if TYPE_CHECKING:  # pandas is imported lazily to keep `import medialit` fast
    import pandas as pd

# Titles and other abbreviations that are (almost) never the end of a sentence.
TITLES = frozenset(
    """mr mrs ms dr prof gen lt col capt cpt sgt maj adm cmdr gov sen rep st mt
    jr sr rev hon pres supt insp det amb fr sec atty brig cdr lieut
    no nos vs v fig figs approx est dept univ ave blvd rd op vol vols pp
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Abbreviations that end a sentence only when a clear sentence start follows.
SOMETIMES_FINAL = frozenset("etc inc ltd corp co bros jr sr".split())
# Words that almost always open a new sentence after a dotted abbreviation (U.S., a.m.).
SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i you this that these those there but and so yet
    in on at for if when while after before his her its their our my as however
    meanwhile still then some many most all one two three no not what who why how""".split()
)
REPORTING_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|wrote|writes|warned|warns|"
    "admitted|admits|explained|explains|noted|notes|claimed|claims|insisted|insists|"
    "replied|replies|continued|argued|argues|stated|states|declared|declares|"
    "recalled|recalls|whispered|shouted|cried|concluded|acknowledged|acknowledges"
)

_OPEN_QUOTES = "\"'“‘«「『"
_CLOSERS = "\"'”’»)]」』）"
# Candidate boundary: terminal punctuation, optional closing quotes/brackets, then space; or a CJK full
# stop, exclamation or question mark, which needs no space after it.
# The look-ahead also captures the first character after the white space (group 1), so deciding a
# boundary needs no second search in the common case.
_CANDIDATE = re.compile(  # a mark first (one set of characters), so the regex engine skips quickly to one
    r"[.!?؟۔…。！？](?:(?<=[.!?؟۔…])(?:(?<=…)|(?<=[.!?؟۔])[.!?؟۔]*)["
    + re.escape(_CLOSERS)
    + r"]*(?=\s+(\S)?)|(?<=[。！？])[。！？]*["
    + re.escape(_CLOSERS)
    + r"]*)"
)
_NEWLINE = r"(?:\r\n|\r(?!\n)|\n)"  # CRLF is one line end, never two
_PARAGRAPH_BREAK = re.compile(r"(?=[\r\n])" + _NEWLINE + r"[ \t\u00a0]*" + _NEWLINE + r"\s*")
_ATTRIBUTION_AFTER = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*\s+){1,4}(?:" + REPORTING_VERBS + r")\b[^.!?\"“”]{0,60}[.!?]",
)
_FIRST_WORD = re.compile(r"[\w’']+")
_CLOSER_SET = frozenset(_CLOSERS)
_PLAIN_STARTS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_NON_SPACE = re.compile(r"\S")
_RUN = re.compile(r"[\w.]*")  # \w is exactly str.isalnum() or "_"
_LOWER_ATTRIBUTION_AFTER = re.compile(r"\s*(?:he|she|they|we|I|it)\s+(?:" + REPORTING_VERBS + r")\b")


@dataclass(frozen=True)
class Span:
    """One sentence: its paragraph number, its offsets in the original text and its text."""

    paragraph: int
    index: int  # 1-based position within the paragraph
    start: int
    end: int
    text: str


def _word_before(text: str, pos: int) -> str:
    """The token (letters, digits, dots) that ends just before position ``pos`` (or before a newline there)."""
    lo = max(0, pos - 80)  # a bounded window keeps long paragraphs linear
    end = pos - 1 if pos > lo and text[pos - 1] in "\r\n" else pos  # like the regex ``[\w.]+$``
    run = _RUN.match(text[lo:end][::-1])  # the run of [\w.] read backwards (it may be empty)
    return text[end - run.end() : end] if run else ""


def _is_boundary(text: str, punct_start: int, punct_end: int, at: int) -> bool:
    """Decide whether a candidate boundary at text[punct_start:punct_end] ends a sentence.

    ``at`` is the offset of the first non-space character after it (-1: nothing follows).
    """
    if at < 0:
        return True
    limit = at + 300  # look at most 300 characters ahead: no quadratic work on long paragraphs
    nxt = text[at]
    # The next sentence must start with a capital (or a letter of a script without case), a digit or an
    # opening quote/bracket.
    if nxt.islower():
        return False
    if not (nxt.isalpha() or nxt.isdigit() or nxt in _OPEN_QUOTES or nxt in "(["):
        return False
    mark = text[punct_start:punct_end]
    if not _CLOSER_SET.isdisjoint(mark):
        # A quotation followed by its attribution stays one sentence: “We lost.” Smith said.
        if mark[0] in "!?" and _LOWER_ATTRIBUTION_AFTER.match(text, punct_end, limit):
            return False
        if _ATTRIBUTION_AFTER.match(text, punct_end, limit):
            return False
    if mark[0] == ".":
        word = _word_before(text, punct_start)
        bare = word.rstrip(".").lower()
        if bare in TITLES and len(mark) == 1:
            return False
        if len(bare) == 1 and bare.isalpha() and word[:1].isupper():
            return False  # an initial: J. K. Rowling
        dotted = "." in word.rstrip(".")  # a dotted abbreviation such as U.S. or a.m.
        if dotted or bare in SOMETIMES_FINAL:
            first_next = _FIRST_WORD.match(text, at, limit)
            return (first_next.group(0).lower() if first_next else "") in SENTENCE_STARTERS
    return True


def _split_block(block: str, offset: int, paragraph: int, out: tuple[list, ...]) -> None:
    """Add the sentences of one paragraph block to the columns ``out`` (paragraph, index, start, end, text).

    ``offset`` is where the block starts in the whole text.  Columns, not one object per sentence: a text
    of millions of tiny sentences stays fast.  A sentence ends at its mark (never at white space) and the
    next one starts at the first character after the white space that follows, which the candidate
    pattern has found already.
    """
    paragraphs, indices, starts, stops, texts = out
    start = len(block) - len(block.lstrip())
    index = 0
    for m in _CANDIDATE.finditer(block):
        at = m.start(1)
        pe = m.end()
        if at < 0 and pe < len(block):  # a CJK mark: the next character may follow at once
            first = _NON_SPACE.search(block, pe)
            at = first.start() if first else -1
        ps = m.start()
        if at >= 0 and pe - ps == 1 and block[at] in _PLAIN_STARTS:  # one mark, then A-Z or 0-9
            # The common cases, decided here with the same rules as _is_boundary: "… won! Then …", "… 5. The …"
            if block[ps] == ".":
                space = block.rfind(" ", ps - 80 if ps > 80 else 0, ps)
                word = block[space + 1 : ps]  # when all letters, this is the word _word_before finds
                if space < 0 or not word.isalpha():
                    word = _word_before(block, ps)
                bare = word.rstrip(".").lower()
                if bare in TITLES or (len(bare) == 1 and bare.isalpha() and word[:1].isupper()):
                    continue  # "Mr. Smith", an initial: "J. K. Rowling"
                if "." in word.rstrip(".") or bare in SOMETIMES_FINAL:
                    first_next = _FIRST_WORD.match(block, at, at + 300)
                    if (first_next.group(0).lower() if first_next else "") not in SENTENCE_STARTERS:
                        continue
            elif block[ps] not in "!?":
                if not _is_boundary(block, ps, pe, at):
                    continue
        elif not _is_boundary(block, ps, pe, at):
            continue
        index += 1
        paragraphs.append(paragraph)
        indices.append(index)
        starts.append(offset + start)
        stops.append(offset + pe)
        piece = block[start:pe]  # starts and ends with a non-space character
        # Printable means its only white space is the ASCII space; no double space means it is folded already.
        texts.append(piece if piece.isprintable() and "  " not in piece else " ".join(piece.split()))
        start = at if at >= 0 else len(block)
    end = len(block[start:].rstrip())
    if end:
        paragraphs.append(paragraph)
        indices.append(index + 1)
        starts.append(offset + start)
        stops.append(offset + start + end)
        piece = block[start : start + end]
        texts.append(piece if piece.isprintable() and "  " not in piece else " ".join(piece.split()))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of ``text``: blocks separated by blank lines."""
    _need_text(text)
    spans = []
    pos = 0
    for a, b in _paragraph_breaks(text):
        spans.append((pos, a))
        pos = b
    spans.append((pos, len(text)))
    search = _NON_SPACE.search
    return [(s, e) for s, e in spans if search(text, s, e)]  # not blank (no copy of the paragraph made)


def _paragraph_breaks(text: str) -> list[tuple[int, int]]:
    """The offsets of every ``_PARAGRAPH_BREAK`` in ``text``, as ``finditer`` finds them.

    Without a CR every break starts at a LF: ``str.find`` jumps from one LF to the next far faster than
    the regex engine walks the text, and the pattern is tried only there.
    """
    if "\r" in text:
        return [m.span() for m in _PARAGRAPH_BREAK.finditer(text)]
    out = []
    find, match = text.find, _PARAGRAPH_BREAK.match
    pos = find("\n")
    while pos >= 0:
        m = match(text, pos)
        if m:
            out.append(m.span())
            pos = find("\n", m.end())
        else:
            pos = find("\n", pos + 1)
    return out


def _need_text(text: object) -> str:
    """``text`` itself if it is a string; otherwise an InputProblem that says what was given instead."""
    if not isinstance(text, str):
        raise InputProblem(f"the text to split should be a string of text, not {type(text).__name__}.")
    return text


def split_spans(text: str, first_paragraph: int = 1) -> list[Span]:
    """Split ``text`` into sentences with paragraph numbers and character offsets."""
    _need_text(text)
    return [Span(*row) for row in zip(*split_columns(text, first_paragraph))]


def split_columns(text: str, first_paragraph: int = 1) -> tuple[list[int], list[int], list[int], list[int], list[str]]:
    """The sentences of ``text`` as five columns: paragraph, index in it, start, end and text (as in Span)."""
    _need_text(text)
    out: tuple[list, ...] = ([], [], [], [], [])
    for p_no, (ps, pe) in enumerate(paragraph_spans(text), start=first_paragraph):
        _split_block(text[ps:pe], ps, p_no, out)
    return out  # type: ignore[return-value]


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as plain strings (white space inside each folded)."""
    return [s.text for s in split_spans(text)]


def sentence_id(paragraph: int, index: int) -> str:
    """The stable, human-readable id of a sentence, e.g. ``p03.s2``."""
    return f"p{paragraph:02d}.s{index}"


def sentence_table(text: str, first_paragraph: int = 1) -> pd.DataFrame:
    """A DataFrame of the sentences of any text: sentence_id, paragraph, start, end, text."""
    import pandas as pd

    rows = [
        {
            "sentence_id": sentence_id(s.paragraph, s.index),
            "paragraph": s.paragraph,
            "start": s.start,
            "end": s.end,
            "text": s.text,
        }
        for s in split_spans(text, first_paragraph)
    ]
    columns = ["sentence_id", "paragraph", "start", "end", "text"]
    return pd.DataFrame(rows, columns=columns).astype({"paragraph": "int64", "start": "int64", "end": "int64"})
