"""The course's notebooks in learner order, shared by the navigation, minutes and ask-before-tell tools.

Order: 00_start_here, skills_check_A, lessons 01 to 08, skills_check_B. Only notebooks that exist are
listed, so a lesson added later joins the chain by being created (and the tools are run again).
Exercises and solutions belong to the lesson with the same file name.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
PRACTICE_FOLDERS = ("exercises", "solutions")  # each holds one companion notebook per lesson
_LESSON = re.compile(r"^(0[1-9])_\w+\.ipynb$")


def lesson_chain(root: Path = ROOT) -> list[Path]:
    """The course notebooks that exist, in the order a learner takes them."""
    folder = root / "notebooks"
    start = sorted(folder.glob("00_*.ipynb"))
    lessons = sorted(p for p in folder.glob("0*_*.ipynb") if _LESSON.match(p.name))
    check_a, check_b = folder / "skills_check_A.ipynb", folder / "skills_check_B.ipynb"
    chain = start + [check_a] * check_a.exists() + lessons + [check_b] * check_b.exists()
    return chain


def companions(lesson: Path, root: Path = ROOT) -> list[Path]:
    """The exercise and solution notebooks of a lesson (those that exist)."""
    return [root / folder / lesson.name for folder in PRACTICE_FOLDERS if (root / folder / lesson.name).exists()]


def lesson_number(path: Path) -> int | None:
    """01_fact_or_opinion.ipynb -> 1; None for notebooks that are not numbered lessons (00, skills checks)."""
    m = _LESSON.match(path.name)
    return int(m.group(1)) if m else None


def title_of(path: Path) -> str:
    """The notebook's title: its first '# ' heading, without the '#' (the file stem if it has none)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem
