"""Read a learner's text from a file or standard input, turning every problem into one clear message."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from html import escape, unescape
from pathlib import Path

MAX_BYTES = 20_000_000  # 20 MB: far more than any article, small enough to stay responsive


class InputProblem(ValueError):
    """A problem with the text a learner gave us, with a message meant for them.

    In Jupyter it shows as its one-line message, not a traceback (IPython calls ``_render_traceback_``).
    """

    def _render_traceback_(self) -> list[str]:
        return [f"{type(self).__name__}: {self}"]


# Byte order marks of the Unicode encodings Windows tools write (UTF-32 first: it starts like UTF-16 LE).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def normalise_newlines(text: str) -> str:
    """Windows (CRLF) and old Mac (CR) line ends as plain LF, so paragraphs and sentence ids match."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def too_big(name: str, size: int | None) -> InputProblem:
    """The message for an input over MAX_BYTES (``size`` None: more than the limit, exact size unknown)."""
    how_big = f"is {size / 1e6:.1f} MB" if size is not None else f"is more than {MAX_BYTES / 1e6:.0f} MB"
    return InputProblem(f"{name} {how_big}; the limit is {MAX_BYTES / 1e6:.0f} MB of text.")


def decode_text(data: bytes, name: str = "the input") -> str:
    """Decode UTF-8 (or UTF-16/32 with a byte order mark) into text with LF line ends.

    Refuses binary data, inputs over MAX_BYTES and empty text with an InputProblem.
    """
    if len(data) > MAX_BYTES:
        raise too_big(name, len(data))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                label = encoding.split("-")[0].upper() + "-" + encoding.split("-")[1]
                raise InputProblem(
                    f"{name} starts like {label} text but could not be decoded; save it as UTF-8 and try again."
                ) from None
            if "\x00" in text:
                raise InputProblem(f"{name} looks like a binary file, not text (it contains NUL characters).")
            return check_text(normalise_newlines(text), name)
    if b"\x00" in data:
        raise InputProblem(f"{name} looks like a binary file, not text (it contains NUL bytes).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputProblem(
            f"{name} is not UTF-8 text (undecodable byte at position {err.start}); save it as UTF-8 and try again."
        ) from None
    return check_text(normalise_newlines(text), name)


def check_text(text: object, name: str = "the text") -> str:
    """Return ``text`` if it is a non-empty string; otherwise raise InputProblem with a clear message."""
    if not isinstance(text, str):
        raise InputProblem(f"{name} should be a string of text, not {type(text).__name__}.")
    if not text.strip():
        raise InputProblem(f"{name} is empty: there is no text to read.")
    return text


def read_text(source: str | None) -> str:
    """Read text from a path, from standard input when ``source`` is '-', or raise InputProblem."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise too_big("standard input", None)
        return decode_text(data, "standard input")
    if not isinstance(source, str) or not source:
        raise InputProblem("give the path of a text file, or - for standard input.")
    path = Path(source)
    if not path.exists():
        raise InputProblem(f"no such file: {source}")
    if path.is_dir():
        raise InputProblem(f"{source} is a folder, not a text file.")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise too_big(source, size)
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as err:
        raise InputProblem(f"cannot read {source}: {err.strerror or err}") from None
    if len(data) > MAX_BYTES:  # a file that grew, or a special file with no size (e.g. /dev/zero)
        raise too_big(source, None)
    return decode_text(data, source)


# --- Practice texts shipped with the course, and articles a learner pastes in -------------------------

MAX_PASTE_CHARS = 200_000  # about 30,000 words: far more than one article, small enough for a lesson
PRACTICE_NAMES = ("millbrook_news", "millbrook_opinion")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_BLOCK_BREAK = re.compile(
    r"</(?:p|div|h[1-6]|blockquote|article|section|header|footer|ul|ol|table)\s*>|<(?:p|div|h[1-6])\b[^<>]*>", re.I
)
_LINE_BREAK = re.compile(r"<br\s*/?>|</(?:li|tr)\s*>", re.I)
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class PracticeText:
    """An invented practice text: its name, the line saying it is invented, and the article itself."""

    name: str
    label: str
    body: str

    @property
    def text(self) -> str:
        """The whole file: the 'invented' label, a blank line, then the article."""
        return f"{self.label}\n\n{self.body}"

    def _repr_html_(self) -> str:
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in self.body.split("\n\n"))
        return (
            f'<div class="ml-practice-text" style="max-width:46em">'
            f'<p role="note" style="border:2px dashed #E69F00;padding:0.4em 0.8em"><b>⚠ {escape(self.label)}</b></p>'
            f'<div style="font-family:Georgia,serif;line-height:1.6">{paragraphs}</div></div>'
        )

    def __repr__(self) -> str:
        return f"⚠ {self.label}\n\n{self.body}"


def practice_texts() -> tuple[str, ...]:
    """The names of the invented practice texts that ship with the course."""
    return PRACTICE_NAMES


def practice_text(name: str) -> PracticeText:
    """One invented practice text from medialit/data/practice (its first paragraph says it is invented)."""
    from importlib import resources

    if name not in PRACTICE_NAMES:
        raise InputProblem(f"There is no practice text {name!r}; choose from {', '.join(PRACTICE_NAMES)}.")
    raw = (resources.files("medialit.content") / "data" / "practice" / f"{name}.txt").read_text(encoding="utf-8")
    label, _, body = raw.strip().partition("\n\n")
    if "invented" not in label.lower():
        raise ValueError(f"practice text {name!r} must start with a line saying it is invented")
    return PracticeText(name, " ".join(label.split()), body.strip())


def _count(n: int, noun: str) -> str:
    """'1 word', '2 words': a count with its noun in the right number."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


@dataclass(frozen=True)
class PastedText:
    """A pasted article made safe to study: plain text, a list of what was removed, or why it can't be used."""

    text: str
    removed: tuple[str, ...] = ()
    problem: str = ""

    @property
    def ok(self) -> bool:
        """True when there is text to study."""
        return not self.problem

    def summary(self) -> str:
        """One line for the learner: the problem, or how much text there is."""
        if self.problem:
            return self.problem
        words = len(self.text.split())
        paragraphs = len([p for p in self.text.split("\n\n") if p.strip()])
        return f"Ready: {_count(words, 'word')} in {_count(paragraphs, 'paragraph')}."

    def _repr_html_(self) -> str:
        colour = "#D55E00" if self.problem else "#009E73"
        head = ("✘ " if self.problem else "✔ ") + self.summary()
        parts = [f'<div role="status" style="border-left:5px solid {colour};padding:0.3em 0.8em">']
        parts.append(f"<p><b>{escape(head)}</b></p>")
        if self.removed:
            items = "".join(f"<li>{escape(r)}</li>" for r in self.removed)
            parts.append(f"<p>Removed before studying (shown as text, never run):</p><ul>{items}</ul>")
        if self.text:
            start = self.text[:300].replace("\n\n", " ¶ ") + ("…" if len(self.text) > 300 else "")
            parts.append(f"<p><i>Starts:</i> {escape(start)}</p>")
        parts.append("</div>")
        return "".join(parts)

    def __repr__(self) -> str:
        lines = [("✘ " if self.problem else "✔ ") + self.summary()]
        lines += [f"  removed: {r}" for r in self.removed]
        return "\n".join(lines)


def _strip_markup(text: str) -> tuple[str, list[str]]:
    """Text with scripts, styles, comments and tags taken out, and what was removed."""
    removed: list[str] = []
    for kind, pattern in (
        ("<script> block", r"<script\b[^>]*>.*?(?:</script\s*>|\Z)"),
        ("<style> block", r"<style\b[^>]*>.*?(?:</style\s*>|\Z)"),
        ("HTML comment", r"<!--.*?(?:-->|\Z)"),
    ):
        text, n = re.subn(pattern, " ", text, flags=re.S | re.I)
        if n:
            note = " (code that could run)" if "script" in kind else ""
            removed.append(f"{n} {kind}{'s' if n != 1 else ''}{note}")
    names = sorted({m.group(0)[1:].lstrip("/").split()[0].rstrip("/>").lower() for m in _TAG.finditer(text)})
    count = len(_TAG.findall(text))
    text = _LINE_BREAK.sub("\n", _BLOCK_BREAK.sub("\n\n", text))
    text = _TAG.sub("", text)
    if names:
        shown = ", ".join(f"<{t}>" for t in names[:8]) + (", …" if len(names) > 8 else "")
        removed.append(f"{count} HTML tag{'s' if count != 1 else ''} ({shown})")
    return text, removed


def clean_pasted(text: object, name: str = "your text") -> PastedText:
    """Make a pasted article safe to study: HTML and scripts removed (and listed), never run; a message if unusable.

    Never raises: an empty, binary, huge or non-text input gives a PastedText whose ``problem`` says why.
    """
    if isinstance(text, (bytes, bytearray)):
        try:
            text = decode_text(bytes(text), name)
        except InputProblem as problem:
            return PastedText("", problem=str(problem))
    if not isinstance(text, str):
        return PastedText("", problem=f"{name} should be text between quotes, not {type(text).__name__}.")
    if len(text) > MAX_PASTE_CHARS:
        return PastedText(
            "", problem=f"{name} has {len(text):,} characters; paste one article (at most {MAX_PASTE_CHARS:,})."
        )
    if "\x00" in text or len(_CONTROL.findall(text)) > max(10, len(text) // 100):
        return PastedText("", problem=f"{name} looks like the inside of a binary file, not text.")
    removed: list[str] = []
    entities = len(_ENTITY.findall(text))
    if entities:  # decode first, so "&lt;script&gt;" is removed as a tag below instead of coming back live
        text = unescape(text)
        removed.append(f"{entities} HTML entit{'ies' if entities != 1 else 'y'} turned into characters (&amp; → &)")
    if _TAG.search(text) or "<!--" in text:
        text, markup = _strip_markup(text)
        removed += markup
    text, invisible = _INVISIBLE.subn("", text)
    if invisible:
        removed.append(f"{invisible} invisible character{'s' if invisible != 1 else ''}")
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " "))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not text:
        what = "only markup, no words" if removed else "empty"
        return PastedText("", tuple(removed), f"{name} is {what}: paste the article's text between the quotes.")
    return PastedText(text, tuple(removed))


def clean_file(source: str) -> PastedText:
    """Read a text file and clean it like a pasted article; a message (never a traceback) if it can't be read."""
    try:
        return clean_pasted(read_text(source), source)
    except InputProblem as problem:
        return PastedText("", problem=str(problem))
    except (TypeError, ValueError) as err:
        return PastedText("", problem=f"cannot read {source!r}: {err}")
