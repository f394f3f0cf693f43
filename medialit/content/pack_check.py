"""Check an article pack: every problem that would stop it being taught, in plain lines.

``check_pack`` never raises for what is inside a pack; it returns one ``Problem`` per thing to fix, so a
teacher sees the whole list at once (``medialit pack check PACK`` prints it and exits 0 only for a complete
pack).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from medialit.content.packs import MACHINE, MARKED_BY, PROFILE_COLUMNS, REQUIRED_FACTS, Pack, load_pack, pack_columns
from medialit.text.schema import CLAIM_TYPES, FORMS, QUALIFIERS, SOURCE_TYPES, TABLES
from medialit.text.textio import InputProblem

if TYPE_CHECKING:
    import pandas as pd

SPAN_COLUMN = {"sentences": "text", "attributions": "source", "statistics": "span", "cues": "span"}
DATE = re.compile(r"^\d{4}(-\d{2}){0,2}$")
UNDATED = "undated"  # a source page that carries no date says so, rather than leaving the cell empty


@dataclass(frozen=True)
class Problem:
    """One thing to fix: where it is (a file and row) and what is wrong, in words a teacher can act on."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def check_pack(folder: str | Path | None = None) -> list[Problem]:
    """Every problem in the pack at ``folder`` (the op-ed's pack when None); an empty list means complete."""
    try:
        pack = load_pack(folder)
    except InputProblem as exc:
        return [Problem(str(folder), str(exc))]
    problems = _facts(pack)
    problems += _columns(pack)
    if problems and any("lacks the columns" in p.message for p in problems):
        return problems  # rows cannot be read without their columns
    problems += _offsets(pack)
    problems += _labels(pack)
    problems += _evidence(pack)
    problems += _drafts(pack)
    return sorted(problems, key=_order)


def _order(problem: Problem) -> tuple[str, int]:
    """Problems file by file, row by row, so a teacher can work down the list."""
    m = re.search(r" row (\d+)", problem.where)
    return (problem.where.split(" ")[0], int(m.group(1)) if m else 0)


def _facts(pack: Pack) -> list[Problem]:
    missing = [k for k in REQUIRED_FACTS if not str(pack.facts.get(k) or "").strip()]
    out = [Problem("pack.json", f"give the article's {k}") for k in missing]
    if not pack.text.strip():
        out.append(Problem("article.txt", "the text is empty"))
    return out


def _columns(pack: Pack) -> list[Problem]:
    out = []
    for name in TABLES:
        lacking = [c for c in pack_columns(name) if c not in pack.tables[name].columns]
        if lacking:
            out.append(Problem(f"key/{name}.csv", f"lacks the columns {', '.join(lacking)}"))
    return out


def _row(name: str, i: int, row: pd.Series) -> str:
    return f"key/{name}.csv row {i + 2} ({row.get('sentence_id', '?')})"


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def _offsets(pack: Pack) -> list[Problem]:
    out = []
    sentences = pack.article.sentences.set_index("sentence_id")
    key_ids = set(pack.tables["sentences"]["sentence_id"])
    for sid in sentences.index:
        if sid not in key_ids:
            out.append(Problem("key/sentences.csv", f"sentence {sid} of the text has no row"))
    for name in TABLES:
        for i, row in pack.tables[name].iterrows():
            where, span = _row(name, i, row), str(row[SPAN_COLUMN[name]])
            sid = row["sentence_id"]
            if sid not in sentences.index:
                out.append(Problem(where, f"no sentence {sid} in the text"))
                continue
            start, end = _int(row["start"]), _int(row["end"])
            if start is None or end is None:
                out.append(Problem(where, f"start and end should be whole numbers (offsets of {span!r})"))
            elif pack.text[start:end] != span:
                out.append(Problem(where, f"offsets {start}-{end} do not match {span!r} in the text"))
            elif not sentences.loc[sid, "start"] <= start <= end <= sentences.loc[sid, "end"]:
                out.append(Problem(where, f"{span!r} is not inside sentence {sid}"))
    return out


def _labels(pack: Pack) -> list[Problem]:
    out = []
    checks: dict[str, list[tuple[str, tuple[str, ...] | None, str]]] = {
        "sentences": [("claim_type", CLAIM_TYPES, "a claim type"), ("rationale", None, "a reason for its label")],
        "attributions": [("source_type", SOURCE_TYPES, "a source type"), ("form", FORMS, "a form")],
        "statistics": [("qualifier", QUALIFIERS, "a qualifier (none if there is none)"), ("unit", None, "a unit")],
        "cues": [("cue_type", None, "a cue type")],
    }
    for name, rules in checks.items():
        for i, row in pack.tables[name].iterrows():
            for column, allowed, what in rules:
                value = str(row[column]).strip()
                if not value:
                    out.append(Problem(_row(name, i, row), f"give {what}"))
                elif allowed is not None and value not in allowed:
                    out.append(Problem(_row(name, i, row), f"{column} {value!r} is not one of {', '.join(allowed)}"))
    return out


def _evidence(pack: Pack) -> list[Problem]:
    out = []
    ids = set(pack.tables["sentences"]["sentence_id"])
    for i, row in pack.evidence.iterrows():
        where = f"evidence.csv row {i + 2} ({row.get('evidence_id', '?')})"
        for column in ("publisher", "date", "url", *PROFILE_COLUMNS):
            if not str(row.get(column, "")).strip():
                out.append(Problem(where, f"give the source's {column.replace('_', ' ')}"))
        date, url = str(row.get("date", "")).strip(), str(row.get("url", "")).strip()
        if date and date != UNDATED and not DATE.match(date):
            out.append(Problem(where, f"date {date!r} should look like 2025-05-24 (or say {UNDATED!r})"))
        if url and not url.startswith(("https://", "http://")):
            out.append(Problem(where, f"url {url!r} should start with https://"))
        if str(row.get("sentence_id", "")) not in ids:
            out.append(Problem(where, f"no sentence {row.get('sentence_id', '')!r} in the key"))
    return out


def _drafts(pack: Pack) -> list[Problem]:
    out = []
    for name in TABLES:
        frame = pack.tables[name]
        for i, row in frame[frame[MARKED_BY] == MACHINE].iterrows():
            out.append(Problem(_row(name, i, row), "still the machine's draft: confirm or correct it"))
    return out
