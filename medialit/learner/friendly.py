"""A friendly start for every notebook: a one-line "ready" message and a kind word for labels typed without quotes.

``start_lesson("01")`` is the last line of each notebook's first code cell. It prints one line, so a
learner can see that Run All really ran (clicked while the kernel is still starting, it silently does
nothing), and installs an IPython handler for ``NameError``: ``answer_03_2 = nearly`` then explains
that a label needs quotes instead of showing a traceback. So that the check cell below does not answer
"Not attempted yet" as if nothing had been typed, the handler also forgets the blank placeholder
(``...``) of that answer variable; the check cell then gets the same friendly message.

The handler only prints. It writes no file, sends nothing anywhere and leaves every other error, and
every other NameError, to IPython's usual traceback (pitfall 30 of the course-engineering notes).
"""

from __future__ import annotations

import re
import traceback
from types import TracebackType
from typing import Any

_ASSIGN = re.compile(r"^\s*(answer_\w+)\s*=\s*(.+?)\s*(#.*)?$")
_CHECK = re.compile(r"\bcheck\(\s*[\"'][\w.]+[\"']\s*,\s*(.+?)\s*\)")
_forgotten: dict[str, str] = {}  # answer variable -> what was typed without quotes (this kernel only)


def _example(typed: str) -> str:
    """The typed text with quotes added: `nearly` -> "nearly", `[p06.s2, p12.s3]` -> ["p06.s2", "p12.s3"]."""
    inner = typed.strip()
    if inner.startswith("[") and inner.endswith("]"):
        items = [i.strip() for i in inner[1:-1].split(",") if i.strip()]
        return "[" + ", ".join(f'"{i.strip(chr(34) + chr(39))}"' for i in items) + "]"
    return f'"{inner}"'


def unquoted_message(name: str, line: str, user_ns: dict[str, Any] | None = None) -> str | None:
    """What to say about a NameError for ``name`` raised by ``line`` (None if it is not about an answer)."""
    if name in _forgotten:
        typed = _forgotten[name]
        return (
            f"{name} has no answer yet: the answer cell above stopped because {typed} was typed without "
            f"quotes. Change it to {name} = {_example(typed)}, run that cell, then run this one again."
        )
    m = _ASSIGN.match(line)
    if m and re.search(rf"\b{re.escape(name)}\b", m.group(2)):
        variable, typed = m.group(1), m.group(2)
        if user_ns is not None and user_ns.get(variable, None) is Ellipsis:
            del user_ns[variable]  # so the check cell does not say "Not attempted yet"
            _forgotten[variable] = typed
        return (
            f"Put your answer in quotes: {variable} = {_example(typed)}. Without quotes Python reads "
            f"{name} as the name of something it should already know, and it does not know it."
        )
    c = _CHECK.search(line)
    if c and re.search(rf"\b{re.escape(name)}\b", c.group(1)) and not name.startswith("answer_"):
        return f"Put your answer in quotes, for example {_example(c.group(1))}."
    if name.startswith("answer_"):
        return f"{name} is not set yet. Run the answer cell above this one first (Shift + Enter), then this one."
    return None


def _handler(shell: Any, etype: type, value: BaseException, tb: TracebackType, tb_offset: int | None = None) -> Any:
    """IPython custom exception handler: a friendly line for answers typed without quotes, else the usual traceback."""
    name = getattr(value, "name", None) or _name_from(str(value))
    frames = traceback.extract_tb(tb)
    line = frames[-1].line if frames else ""
    message = unquoted_message(str(name or ""), line or "", getattr(shell, "user_ns", None)) if name else None
    if message is None:
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
        return None
    print(f"✋ {message}")
    return None


def _name_from(text: str) -> str | None:
    m = re.search(r"name '(\w+)' is not defined", text)
    return m.group(1) if m else None


def _remember_fixes(result: Any) -> None:
    """After a cell runs without error, forget notes about the answer variables it set."""
    if getattr(result, "error_in_exec", None) is None:
        info = getattr(result, "info", None)
        source = getattr(info, "raw_cell", "") or ""
        for m in re.finditer(r"^\s*(answer_\w+)\s*=", source, re.M):
            _forgotten.pop(m.group(1), None)


def install(shell: Any = None) -> bool:
    """Install the handler in the running IPython kernel (once); False outside IPython."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None:
        return False
    shell.set_custom_exc((NameError,), _handler)
    if _remember_fixes not in shell.events.callbacks.get("post_run_cell", []):
        shell.events.register("post_run_cell", _remember_fixes)
    return True


def start_lesson(name: str) -> None:
    """Print one "ready" line for notebook ``name`` ("01", "skills_check_A", ...) and install the friendly handler."""
    install()
    title = _title(name)
    end = "" if title.endswith(("?", "!", ".")) else "."
    print(f"✔ Ready: {title}{end} Run the cells in order, from the top.")


def _title(name: str) -> str:
    if name.isdigit():
        from medialit.content.questions import lesson_titles

        number = int(name)
        known = lesson_titles().get(number)
        if number == 0:
            return "00 · Start here"
        return f"lesson {name} · {known}" if known else f"lesson {name}"
    return name.replace("_", " ")
