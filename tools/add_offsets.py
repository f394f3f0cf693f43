"""Write ``start`` and ``end`` character offsets into the answer key's CSV files.

Every span of the key (the sentence itself; an attribution's ``source`` and its ``reporting_verb``, in
``verb_start``/``verb_end``, -1 when there is no verb; a statistic's ``span``; a cue's ``span``) gets the
offsets of where it sits in the article text, ``load_article().text``, so that ``text[start:end] == span``.
Scoring (``medialit.content.evaluation``) and highlighting read these offsets instead of searching for the
phrase again.

Run it after you edit the key::

    .venv/bin/python tools/add_offsets.py          # rewrite the four CSVs in medialit/content/data/key/
    .venv/bin/python tools/add_offsets.py --check  # exit 1 (and say which rows) when offsets are stale

When to run it: after adding, removing or changing a row's span or sentence in ``sentences.csv``,
``attributions.csv``, ``statistics.csv`` or ``cues.csv``, or after a merge or rebase that touched them
(a conflict in the ``start``/``end`` columns: keep the other side's label columns, then run this tool).
Changing only a label column (``claim_type``, ``cue_type``, a note) needs no new offsets, but running the
tool then is harmless.  A new row may leave ``start`` and ``end`` empty; a file written before the
columns existed gets them.

How it decides: it is idempotent.  Offsets that already point at the row's span inside its sentence are
kept (so a span that occurs twice in a sentence keeps the occurrence someone chose by hand); otherwise the
first occurrence inside the sentence that no other row with the same span uses is taken (or the first
occurrence, when rows outnumber occurrences: two attributions of one sentence may name the same source).  A span that is
not in its sentence is an error: fix the span (it must be copied exactly, curly quotes included).
Columns are written in the schema's order (``medialit.text.schema.KEY_COLUMNS``); other cells are kept
exactly as they are.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medialit.content.article import load_article  # noqa: E402
from medialit.content.key import verb_offsets  # noqa: E402
from medialit.text.schema import KEY_COLUMNS, TABLES  # noqa: E402

KEY_DIR = ROOT / "medialit" / "content" / "data" / "key"
SPAN_COLUMN = {"sentences": "text", "attributions": "source", "statistics": "span", "cues": "span"}


class OffsetProblem(ValueError):
    """A key row whose span cannot be found in its sentence."""


def read_rows(path: Path) -> list[dict[str, str]]:
    """A key CSV as a list of dicts of strings (missing cells as "")."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: v or "" for k, v in row.items()} for row in csv.DictReader(fh)]


def render_rows(name: str, rows: list[dict[str, str]]) -> str:
    """The CSV text of one key table, columns in schema order, newline-terminated lines."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=KEY_COLUMNS[name], lineterminator="\n", extrasaction="raise")
    writer.writeheader()
    writer.writerows([{c: row.get(c, "") for c in KEY_COLUMNS[name]} for row in rows])
    return out.getvalue()


def _occurrences(text: str, span: str, lo: int, hi: int) -> list[int]:
    found, at = [], text.find(span, lo, hi)
    while span and at >= 0:
        found.append(at)
        at = text.find(span, at + 1, hi)
    return found


def _valid(row: dict[str, str], text: str, span: str, lo: int, hi: int) -> tuple[int, int] | None:
    try:
        start, end = int(row.get("start", "")), int(row.get("end", ""))
    except ValueError:
        return None
    return (start, end) if lo <= start <= end <= hi and text[start:end] == span else None


def with_offsets(name: str, rows: list[dict[str, str]], text: str, bounds: dict[str, tuple[int, int]]) -> list[dict]:
    """Copies of ``rows`` with ``start``/``end`` filled (see the module docstring for the rule)."""
    col = SPAN_COLUMN[name]
    out = [dict(row) for row in rows]
    used: dict[tuple[str, str], set[int]] = {}
    pending = []
    for i, row in enumerate(out):
        sid, span = row.get("sentence_id", ""), row.get(col, "")
        if sid not in bounds:
            raise OffsetProblem(f"{name}.csv row {i + 2}: no sentence {sid!r} in the article")
        keep = _valid(row, text, span, *bounds[sid])
        taken = used.setdefault((sid, span), set())
        if keep is not None and keep[0] not in taken:
            taken.add(keep[0])
        else:
            pending.append(i)
    for i in pending:
        row = out[i]
        sid, span = row["sentence_id"], row.get(col, "")
        lo, hi = bounds[sid]
        found = _occurrences(text, span, lo, hi)
        if not found:
            raise OffsetProblem(f"{name}.csv row {i + 2} ({sid}): {span!r} is not in that sentence")
        at = next((at for at in found if at not in used[sid, span]), found[0])  # two rows may share a source
        used[sid, span].add(at)
        row["start"], row["end"] = str(at), str(at + len(span))
    if name == "attributions":
        for i, row in enumerate(out):
            verb_start, verb_end = verb_offsets(row, text, *bounds[row["sentence_id"]])
            if row.get("reporting_verb") and verb_start < 0:
                raise OffsetProblem(f"{name}.csv row {i + 2}: verb {row['reporting_verb']!r} is not in its sentence")
            row["verb_start"], row["verb_end"] = str(verb_start), str(verb_end)
    return out


def updated_files() -> dict[Path, tuple[str, str]]:
    """For each key CSV: its text now and its text with fresh offsets."""
    article = load_article()
    sentences = article.sentences
    bounds = dict(zip(sentences.sentence_id, zip(sentences.start.astype(int), sentences.end.astype(int))))
    files = {}
    for name in TABLES:
        path = KEY_DIR / f"{name}.csv"
        now = path.read_text(encoding="utf-8")
        files[path] = (now, render_rows(name, with_offsets(name, read_rows(path), article.text, bounds)))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when offsets are stale")
    args = parser.parse_args(argv)
    try:
        files = updated_files()
    except OffsetProblem as problem:
        print(f"add_offsets: {problem}", file=sys.stderr)
        return 2
    stale = [path for path, (now, fresh) in files.items() if now != fresh]
    if args.check:
        for path in stale:
            print(f"stale offsets or column order in {path.relative_to(ROOT)}: run tools/add_offsets.py")
        return 1 if stale else 0
    for path in stale:
        path.write_text(files[path][1], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    if not stale:
        print("offsets are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
