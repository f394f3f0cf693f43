"""Write a navigation line (previous · course map · next) at the top and bottom of every course notebook.

    python tools/add_navigation.py                  # (re)write the lines in notebooks/ and solutions/
    python tools/add_navigation.py --check          # exit 1 if any line is missing or out of date
    python tools/add_navigation.py notebooks/02_who_says_so.ipynb   # only these notebooks

The order is the course's (tools/course.py): 00_start_here, skills_check_A, 01 ... 08, skills_check_B,
counting only notebooks that exist, so adding a lesson and running this tool updates its neighbours.
An exercise or solution notebook links back to its lesson and on to the next one. The lines live in two
markdown cells with fixed ids (``nav-top``, ``nav-bottom``); running the tool twice changes nothing.
``exercises/`` is generated from ``solutions/``, so after writing, this tool regenerates it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from course import ROOT, lesson_chain, title_of  # noqa: E402

TOP, BOTTOM = "nav-top", "nav-bottom"
MAP = "[Course map](../README.md#course-map)"
GENERATED_NOTICE = "generated-notice"


def nav_line(path: Path, chain: list[Path] | None = None) -> str:
    """The navigation line of one notebook (a lesson, or an exercise or solution notebook of a lesson)."""
    chain = chain if chain is not None else lesson_chain()
    names = [p.name for p in chain]
    lesson = ROOT / "notebooks" / path.name
    if path.name not in names:
        raise ValueError(f"{path.name} is not in the course order")
    at = names.index(path.name)
    before = chain[at - 1] if at > 0 else None
    after = chain[at + 1] if at + 1 < len(chain) else None
    if path.parent.name == "notebooks":
        parts = [f"[← {title_of(before)}]({before.name})" if before else "", MAP]
        parts.append(f"[{title_of(after)} →]({after.name})" if after else "")
    else:
        parts = [f"[← Lesson: {title_of(lesson)}](../notebooks/{lesson.name})", MAP]
        parts.append(f"[Next lesson: {title_of(after)} →](../notebooks/{after.name})" if after else "")
    return " · ".join(p for p in parts if p)


def with_navigation(nb: nbformat.NotebookNode, line: str) -> nbformat.NotebookNode:
    """The notebook with its two navigation cells set to ``line`` (added if missing)."""
    cells = [c for c in nb.cells if c.get("id") not in (TOP, BOTTOM)]
    start = 1 if cells and cells[0].get("id") == GENERATED_NOTICE else 0
    top = nbformat.v4.new_markdown_cell(line, id=TOP)
    bottom = nbformat.v4.new_markdown_cell(line, id=BOTTOM)
    for cell in (top, bottom):
        cell.metadata["tags"] = ["navigation"]
    nb.cells = cells[:start] + [top] + cells[start:] + [bottom]
    return nb


def targets(paths: list[Path] | None = None) -> list[Path]:
    """The notebooks this tool looks after: every course notebook and every solutions notebook of a lesson."""
    if paths:
        return [p.resolve() for p in paths]
    chain = lesson_chain()
    found = list(chain)
    for lesson in chain:
        solution = ROOT / "solutions" / lesson.name
        if solution.exists():
            found.append(solution)
    return found


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def render(nb: nbformat.NotebookNode) -> str:
    text = nbformat.writes(nb, version=4)
    return text if text.endswith("\n") else text + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the lines are up to date")
    parser.add_argument("notebooks", nargs="*", type=Path)
    args = parser.parse_args(argv)
    chain = lesson_chain()
    stale, wrote = [], []
    for path in targets(args.notebooks):
        old = path.read_text(encoding="utf-8")
        nb = with_navigation(nbformat.reads(old, as_version=4), nav_line(path, chain))
        new = render(nb)
        if new != old:
            stale.append(path)
            if not args.check:
                path.write_text(new, encoding="utf-8", newline="\n")
                wrote.append(path)
    if args.check:
        for p in stale:
            print(f"navigation out of date: {_shown(p)}", file=sys.stderr)
        if stale:
            print("run: python tools/add_navigation.py", file=sys.stderr)
            return 1
        print("navigation lines are up to date")
        return 0
    for p in wrote:
        print(f"wrote {_shown(p)}")
    if any(p.parent.name == "solutions" for p in wrote):
        import make_exercises

        return make_exercises.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
