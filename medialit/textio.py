"""Read a learner's text from a file or standard input, turning every problem into one clear message."""

from __future__ import annotations

import sys
from pathlib import Path

MAX_BYTES = 20_000_000  # 20 MB: far more than any article, small enough to stay responsive


class InputProblem(ValueError):
    """A problem with the text a learner gave us, with a message meant for them."""


def decode_text(data: bytes, name: str = "the input") -> str:
    """Decode UTF-8 bytes into text, refusing binary data, huge inputs and empty text."""
    if len(data) > MAX_BYTES:
        raise InputProblem(f"{name} is {len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB of text.")
    if b"\x00" in data:
        raise InputProblem(f"{name} looks like a binary file, not text (it contains NUL bytes).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputProblem(
            f"{name} is not UTF-8 text (undecodable byte at position {err.start}); save it as UTF-8 and try again."
        ) from None
    return check_text(text, name)


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
        return decode_text(sys.stdin.buffer.read(MAX_BYTES + 1), "standard input")
    path = Path(source)
    if not path.exists():
        raise InputProblem(f"no such file: {source}")
    if path.is_dir():
        raise InputProblem(f"{source} is a folder, not a text file.")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as err:
        raise InputProblem(f"cannot read {source}: {err.strerror or err}") from None
    return decode_text(data, source)
