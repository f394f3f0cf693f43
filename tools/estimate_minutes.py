"""Estimate how many minutes a learner needs for each notebook, from what it shows once it has run.

    python tools/estimate_minutes.py            # run every course and exercise notebook, print a table
    python tools/estimate_minutes.py 01 02      # only these lessons (and their exercises)

The rules are the constants below, so anyone can see (and argue with) them. Words are counted in text
cells and in what code cells print; table words are read more slowly than prose. Each practice or
exercise item costs a fixed time, open writing tasks their own, each sentence of a labelling widget
30 seconds. Cells tagged ``optional`` (an online extra, a class activity) are left out, as their
minutes are stated apart. tests/test_minutes.py checks that every stated time is at least the estimate.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from course import ROOT, companions, lesson_chain  # noqa: E402

PROSE_WORDS_PER_MINUTE = 180  # reading running text
TABLE_WORDS_PER_MINUTE = 90  # reading a table: across and down, comparing rows
SECONDS_PER_CODE_CELL = 10  # find the cell, run it, glance at what it does
MINUTES_PER_ITEM = 1.0  # a practice or exercise question: read, think, answer, read the feedback
MINUTES_PER_OPEN_ITEM = 3.0  # a writing task (a rewrite, questions to ask), unless the bank says otherwise
SECONDS_PER_LABELLED_SENTENCE = 30  # one sentence of a labelling widget: read it and press a button
OPTIONAL_TAG = "optional"
_WORD = re.compile(r"\w[\w'’-]*")
_ITEM_CALL = re.compile(r"\b(?:practice|label_sentence|pick_source_type|mark_qualifier|check)\(\s*[\"']([\w.]+)[\"']")
_SKILL_ITEMS = re.compile(r"\bskill_items\(\s*[\"']([AB])[\"']\s*,\s*[\"'](\w+)[\"']")  # a skills-check part
_LABELLER = re.compile(r"\b(?:label_sentences|first_read)\(")
_SID = re.compile(r"\bp\d{2}\.s\d+\b")


@dataclass
class Estimate:
    """Minutes by kind of work; ``total`` rounds the sum up to a whole minute."""

    prose_words: int = 0
    table_words: int = 0
    code_cells: int = 0
    items: list[str] = field(default_factory=list)
    open_minutes: float = 0.0
    open_items: int = 0
    labelled_sentences: int = 0

    @property
    def minutes(self) -> float:
        return (
            self.prose_words / PROSE_WORDS_PER_MINUTE
            + self.table_words / TABLE_WORDS_PER_MINUTE
            + self.code_cells * SECONDS_PER_CODE_CELL / 60
            + (len(self.items) - self.open_items) * MINUTES_PER_ITEM
            + self.open_minutes
            + self.labelled_sentences * SECONDS_PER_LABELLED_SENTENCE / 60
        )

    @property
    def total(self) -> int:
        return math.ceil(self.minutes - 1e-9)


class _Words(HTMLParser):
    """Counts words of an HTML output, inside tables and outside; style and script skipped."""

    def __init__(self) -> None:
        super().__init__()
        self.prose = self.table = self._skip = self._tables = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "script")
        self._tables += tag == "table"

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script") and self._skip > 0
        self._tables -= tag == "table" and self._tables > 0

    def handle_data(self, data):
        if not self._skip:
            n = len(_WORD.findall(data))
            if self._tables:
                self.table += n
            else:
                self.prose += n


def _markdown_words(source: str) -> tuple[int, int]:
    """(prose words, table words) of a text cell; link targets are not read."""
    prose = table = 0
    for line in source.splitlines():
        line = re.sub(r"\]\([^)]*\)", "]", line)
        n = len(_WORD.findall(line.replace("|", " ").replace("---", "")))
        if line.lstrip().startswith("|"):
            table += n
        else:
            prose += n
    return prose, table


def _open_minutes(qid: str) -> float | None:
    from medialit.content.questions import get_question

    q = get_question(qid)
    if q is None or q.kind != "open":
        return None
    return float(q.extra.get("minutes", MINUTES_PER_OPEN_ITEM))


def _skill_items(source: str) -> list[str]:
    """The ids of the skills-check items a ``skill_items(form, skill)`` call shows (each is one item)."""
    from medialit.learner.skills import form_items

    return [q.id for form, skill in _SKILL_ITEMS.findall(source) for q in form_items(form, skill)]


def estimate(nb) -> Estimate:
    """The estimate for one notebook (executed, so that what its cells print is counted too)."""
    est = Estimate()
    for cell in nb.cells:
        if OPTIONAL_TAG in cell.get("metadata", {}).get("tags", []) or cell.get("id") in ("nav-top", "nav-bottom"):
            continue
        if cell.cell_type == "markdown":
            prose, table = _markdown_words(cell.source)
            est.prose_words += prose
            est.table_words += table
            continue
        if cell.cell_type != "code":
            continue
        est.code_cells += 1
        calls = _ITEM_CALL.findall(cell.source) + _skill_items(cell.source)
        asked = [q for q in dict.fromkeys(calls) if q not in est.items]
        for qid in asked:
            est.items.append(qid)
            minutes = _open_minutes(qid)
            if minutes is not None:
                est.open_items += 1
                est.open_minutes += minutes
        if _LABELLER.search(cell.source):
            text = " ".join(str(o.get("data", {}).get("text/plain", "")) for o in cell.get("outputs", []))
            est.labelled_sentences += len(set(_SID.findall(text)))
            continue
        if asked or "check(" in cell.source:
            continue  # the item's own time covers reading its widget and feedback
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "text/html" in data:
                words = _Words()
                words.feed(str(data["text/html"]))
                est.prose_words += words.prose
                est.table_words += words.table
            else:
                text = str(data.get("text/plain", "") or out.get("text", ""))
                est.prose_words += len(_WORD.findall(text))
    return est


def course_notebooks(only: list[str] | None = None) -> list[Path]:
    """Every course notebook and its exercise notebook, in course order (optionally only some lessons)."""
    found = []
    for lesson in lesson_chain():
        if only and lesson.name[:2] not in only and lesson.stem not in only:
            continue
        found.append(lesson)
        found += [p for p in companions(lesson) if p.parent.name == "exercises"]
    return found


def _first_minutes(text: str) -> int | None:
    m = re.search(r"(\d+)\s*(?:minutes|min)\b", text)
    return int(m.group(1)) if m else None


def stated_minutes(path: Path) -> list[tuple[str, int]]:
    """Every time the course states for a notebook: its header, the README course map, the teacher's guide."""
    import nbformat

    found = []
    nb = nbformat.read(path, as_version=4)
    first = next(
        (c for c in nb.cells if c.cell_type == "markdown" and c.get("id") not in ("generated-notice", "nav-top")), None
    )
    if first is not None:
        m = re.search(r"\*\*Time:\*\*[^\n]*?(\d+) minutes", first.source)
        if m:
            found.append(("header", int(m.group(1))))
    number = path.name[:2] if path.name[:2].isdigit() else None
    if path.parent.name == "notebooks":
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        row = re.search(rf"^\|\s*`notebooks/{re.escape(path.stem)}`.*\|\s*(\d+)[^|]*\|\s*$", readme, re.M)
        if row:
            found.append(("README", int(row.group(1))))
    guide_path = ROOT / "docs" / "teacher-guide.md"
    if number is None or not guide_path.exists():
        return found
    guide = guide_path.read_text(encoding="utf-8")
    row = re.search(rf"^\| {number} [^|]*\|[^|]*\|([^|]*)\|([^|]*)\|", guide, re.M)
    column = 1 if path.parent.name == "notebooks" else 2
    cell = re.match(r"\s*(\d+)", row.group(column)) if row else None
    if cell:
        found.append(("guide table", int(cell.group(1))))
    section = re.search(rf"^### {number} ·.*?(?=^### |^## |\Z)", guide, re.M | re.S)
    if section and path.parent.name == "notebooks":
        text = section.group(0)
        m = re.search(r"\*\*Minutes:\*\*\s*(\d+)", text)
        if m:
            found.append(("guide lesson", int(m.group(1))))
        for m in re.finditer(r"\*\*(45|90)-minute plan\.\*\*.*?(\d+) min: the\s+notebook", text, re.S):
            found.append((f"guide {m.group(1)}-min plan", int(m.group(2))))
    return found


def main(argv: list[str]) -> int:
    import os
    import tempfile

    from ask_before_tell import execute

    os.environ.setdefault("MEDIALIT_PROGRESS_FILE", str(Path(tempfile.mkdtemp()) / "progress.json"))
    header = f"{'notebook':42} {'prose':>6} {'table':>6} {'code':>5} {'items':>5} {'label':>5} {'est.':>5}  stated"
    print(header)
    print("-" * len(header))
    for path in course_notebooks(argv):
        est = estimate(execute(path))
        stated = ", ".join(f"{where} {m}" for where, m in stated_minutes(path))
        name = f"{path.parent.name}/{path.stem}"
        print(
            f"{name:42} {est.prose_words:6} {est.table_words:6} {est.code_cells:5} {len(est.items):5} "
            f"{est.labelled_sentences:5} {est.total:5}  {stated}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
