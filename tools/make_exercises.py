"""Generate exercises/ from solutions/: each solution block becomes a blank answer, everything else is kept.

    python tools/make_exercises.py           # (re)write exercises/*.ipynb
    python tools/make_exercises.py --check   # exit 1 if exercises/ is not exactly what generation produces

In a solutions notebook the real answer sits between two lines in a code cell:

    ### BEGIN SOLUTION
    answer_01_3 = "mixed"
    ### END SOLUTION

and the exercise gets ``answer_01_3 = ...  # your answer here`` instead. Outputs and execution counts
are stripped, widget state is dropped, and the JSON is written by nbformat, so output is deterministic.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
PLACEHOLDER = "{indent}{name} = ...  # your answer here"
_ASSIGN = re.compile(r"^\s*(answer_\w+)\s*=")
NOTICE_ID = "generated-notice"
NOTICE = (
    "*This notebook is generated from `solutions/{name}` by `tools/make_exercises.py`. "
    "Course authors: edit that file instead, then run `python tools/make_exercises.py`. "
    "Learners: type your answers where you see `...`, then run the check cell under each one.*"
)


class SolutionFormatError(ValueError):
    """A solutions notebook whose solution blocks cannot be turned into exercises safely."""


def blank_source(source: str, where: str) -> str:
    """The cell source with each solution block replaced by placeholders for the answers it assigns."""
    out: list[str] = []
    block: list[str] | None = None
    indent = ""
    for line in source.split("\n"):
        stripped = line.strip()
        if stripped == BEGIN:
            if block is not None:
                raise SolutionFormatError(f"{where}: {BEGIN} inside another solution block")
            block, indent = [], line[: len(line) - len(line.lstrip())]
        elif stripped == END:
            if block is None:
                raise SolutionFormatError(f"{where}: {END} without {BEGIN}")
            names = list(dict.fromkeys(m.group(1) for m in map(_ASSIGN.match, block) if m))
            if not names:
                raise SolutionFormatError(f"{where}: a solution block must assign an answer_... variable")
            out += [PLACEHOLDER.format(indent=indent, name=n) for n in names]
            block = None
        elif block is not None:
            block.append(line)
        else:
            out.append(line)
    if block is not None:
        raise SolutionFormatError(f"{where}: {BEGIN} without {END}")
    return "\n".join(out)


def make_exercise(solution: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """The exercise notebook for one solutions notebook (a new object; the input is not changed)."""
    nb = copy.deepcopy(solution)
    nb.metadata.pop("widgets", None)
    cells = [nbformat.v4.new_markdown_cell(NOTICE.format(name=name), id=NOTICE_ID)]
    for i, cell in enumerate(nb.cells):
        if BEGIN in cell.source or END in cell.source:
            if cell.cell_type != "code":
                raise SolutionFormatError(f"{name} cell {i}: solution markers outside a code cell")
            cell.source = blank_source(cell.source, f"{name} cell {i}")
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.metadata.pop("execution", None)
        cells.append(cell)
    nb.cells = cells
    nbformat.validate(nb)
    return nb


def render(nb: nbformat.NotebookNode) -> str:
    """The notebook's file text, exactly as nbformat.write would produce it."""
    text = nbformat.writes(nb, version=4)
    return text if text.endswith("\n") else text + "\n"


def planned(solutions: Path, exercises: Path) -> dict[Path, str]:
    """Exercise path -> file text, for every notebook in ``solutions``."""
    plan = {}
    for path in sorted(solutions.glob("*.ipynb")):
        solution = nbformat.read(path, as_version=4)
        plan[exercises / path.name] = render(make_exercise(solution, path.name))
    return plan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that exercises/ is up to date")
    parser.add_argument("--solutions", type=Path, default=ROOT / "solutions")
    parser.add_argument("--exercises", type=Path, default=ROOT / "exercises")
    args = parser.parse_args(argv)
    try:
        plan = planned(args.solutions, args.exercises)
    except (SolutionFormatError, nbformat.ValidationError, OSError, ValueError) as err:
        print(f"make_exercises: {err}", file=sys.stderr)
        return 2
    orphans = sorted(set(args.exercises.glob("*.ipynb")) - set(plan))
    if args.check:
        stale = [p for p, text in plan.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        for p in stale:
            print(f"out of date: {p.relative_to(args.exercises.parent)}", file=sys.stderr)
        for p in orphans:
            print(f"no solutions notebook for: {p.relative_to(args.exercises.parent)}", file=sys.stderr)
        if stale or orphans:
            print("run: python tools/make_exercises.py", file=sys.stderr)
            return 1
        print(f"exercises/ is up to date ({len(plan)} notebooks)")
        return 0
    args.exercises.mkdir(parents=True, exist_ok=True)
    for path, text in plan.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {path.relative_to(args.exercises.parent)}")
    for p in orphans:
        print(f"warning: {p.name} has no solutions notebook; remove it by hand", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
