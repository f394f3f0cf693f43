"""Make and edit article packs: a draft from the annotator, then a teacher's corrections, saved at once.

``new_pack`` turns a text file into a pack folder whose key is the annotator's output, every row marked
``machine``. ``PackEditor`` is what the teacher notebook's widgets call: each change (a claim type and its
reason, a confirmed attribution or statistic, an evidence row) is written to disk atomically straight away
and the row is marked ``teacher``. ``medialit pack check`` then says what is still missing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medialit.content.packs import (
    EVIDENCE_COLUMNS,
    EVIDENCE_FILE,
    KEY_DIR,
    MACHINE,
    MARKED_BY,
    PACK_FILE,
    TEACHER,
    TEXT_FILE,
    Pack,
    load_pack,
    pack_columns,
)
from medialit.learner.files import SHARED, write_atomic
from medialit.text.schema import TABLES
from medialit.text.textio import InputProblem, check_text

if TYPE_CHECKING:
    import pandas as pd

SLUG = re.compile(r"[^a-z0-9]+")


def _csv_text(columns: list[str], rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _cell(row.get(c, "")) for c in columns})
    return out.getvalue()


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "" if value != value else f"{value:g}"
    return "" if value is None else str(value)


def write_table(folder: Path, name: str, frame: pd.DataFrame) -> None:
    """Write one key table of a pack atomically (a crash never leaves half a file)."""
    (folder / KEY_DIR).mkdir(parents=True, exist_ok=True)
    write_atomic(folder / KEY_DIR / f"{name}.csv", _csv_text(pack_columns(name), frame.to_dict("records")), SHARED)


def write_evidence(folder: Path, frame: pd.DataFrame) -> None:
    """Write a pack's evidence rows atomically."""
    columns = list(dict.fromkeys([*EVIDENCE_COLUMNS, *frame.columns]))
    write_atomic(folder / EVIDENCE_FILE, _csv_text(columns, frame.to_dict("records")), SHARED)


def slug(title: str) -> str:
    """A folder name from a title: "Millbrook's new bridge" -> "millbrook-s-new-bridge"."""
    return SLUG.sub("-", title.lower()).strip("-")[:60] or "pack"


def draft_tables(text: str) -> dict[str, pd.DataFrame]:
    """The annotator's tables for ``text`` in a pack's key columns, every row marked as the machine's."""
    from medialit.content.article import make_article
    from medialit.text.annotator import annotate

    machine = annotate(text, first_paragraph=0)
    parts = make_article({}, text).sentences.set_index("sentence_id")["part"]
    tables = {}
    for name in TABLES:
        frame = machine.table(name).copy()
        if name == "cues":
            frame = frame[frame["cue_type"] != "date"]  # dates are not stance cues; the key leaves them out
        if name == "sentences":
            frame["part"] = frame["sentence_id"].map(parts).fillna("body")
            frame["debatable"] = False
            frame["rationale"] = ""
        for column in pack_columns(name):
            if column not in frame.columns:
                frame[column] = ""
        frame[MARKED_BY] = MACHINE
        tables[name] = frame[pack_columns(name)].reset_index(drop=True)
    return tables


def new_pack(article: str | Path, out: str | Path, title: str, author: str, **facts: str) -> Path:
    """Write a draft pack for the text file ``article`` into the folder ``out``; return the folder.

    The headline (``title``) becomes paragraph 0 so sentence ids match the op-ed's (p00.s1 is the headline).
    Refuses to overwrite a folder that already holds a pack.
    """
    from medialit.text.textio import read_text

    body = check_text(read_text(str(article)), "the article").strip()
    title, author = check_text(title, "the title").strip(), check_text(author, "the author").strip()
    folder = Path(out)
    if (folder / PACK_FILE).exists():
        raise InputProblem(f"{folder} already holds a pack; choose another folder or edit that one.")
    folder.mkdir(parents=True, exist_ok=True)
    text = body if body.startswith(title) else f"{title}\n\n{body}"
    text += "\n"
    write_atomic(folder / TEXT_FILE, text, SHARED)
    meta = {"name": folder.name, "title": title, "author": author, "published": "", "outlet": None, "url": None}
    meta |= {"genre": "", "licence": "", "credit": "", "made_with": "medialit pack new"} | facts
    write_atomic(folder / PACK_FILE, json.dumps(meta, indent=2, ensure_ascii=False) + "\n", SHARED)
    for name, frame in draft_tables(text).items():
        write_table(folder, name, frame)
    write_evidence(folder, load_pack(folder).evidence)
    return folder


class PackEditor:
    """Change a pack row by row; every change is saved at once and marked as the teacher's."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.pack: Pack = load_pack(self.folder)

    def _save(self, name: str) -> None:
        write_table(self.folder, name, self.pack.tables[name])

    def _index(self, name: str, sentence_id: str, span: str | None = None) -> int:
        frame = self.pack.tables[name]
        hits = frame.index[frame["sentence_id"] == sentence_id]
        if span is not None:
            column = {"attributions": "source", "statistics": "span", "cues": "span"}[name]
            hits = [i for i in hits if frame.at[i, column] == span]
        if not len(hits):
            raise InputProblem(f"no {name} row for {sentence_id}" + (f" with {span!r}" if span else ""))
        return int(hits[0])

    def label_sentence(self, sentence_id: str, claim_type: str, rationale: str, debatable_why: str = "") -> None:
        """Set a sentence's claim type and the reason for it."""
        from medialit.text.schema import CLAIM_TYPES

        if claim_type not in CLAIM_TYPES:
            raise InputProblem(f"choose a claim type from {', '.join(CLAIM_TYPES)}, not {claim_type!r}")
        check_text(rationale, "the reason")
        i, frame = self._index("sentences", sentence_id), self.pack.tables["sentences"]
        frame.loc[i, ["claim_type", "rationale", "debatable_why"]] = [claim_type, rationale.strip(), debatable_why]
        frame.loc[i, ["debatable", MARKED_BY]] = ["true" if debatable_why else "false", TEACHER]
        self._save("sentences")

    def confirm(self, name: str, sentence_id: str, span: str, **fields: str) -> None:
        """Confirm (and optionally correct) one attribution, statistic or cue row."""
        frame = self.pack.tables[name]
        unknown = [f for f in fields if f not in frame.columns or f in ("start", "end", "sentence_id")]
        if unknown:
            raise InputProblem(f"{name} rows have no field you can set called {', '.join(unknown)}")
        i = self._index(name, sentence_id, span)
        for column, value in fields.items():
            frame.at[i, column] = str(value)
        frame.at[i, MARKED_BY] = TEACHER
        self._save(name)

    def add(self, name: str, sentence_id: str, span: str, **fields: str) -> None:
        """Add a row the machine missed; ``span`` is copied exactly from the sentence (offsets are found)."""
        import pandas as pd

        sentences = self.pack.tables["sentences"].set_index("sentence_id")
        if sentence_id not in sentences.index:
            raise InputProblem(f"no sentence {sentence_id} in the pack")
        start = int(sentences.at[sentence_id, "start"])
        at = self.pack.text.find(span, start, int(sentences.at[sentence_id, "end"]))
        if not span or at < 0:
            raise InputProblem(f"{span!r} is not in sentence {sentence_id}: copy it exactly, quotes included")
        column = {"attributions": "source", "statistics": "span", "cues": "span"}[name]
        row = {"sentence_id": sentence_id, column: span, "start": str(at), "end": str(at + len(span))}
        row |= {k: str(v) for k, v in fields.items()} | {MARKED_BY: TEACHER}
        frame = pd.concat([self.pack.tables[name], pd.DataFrame([row])], ignore_index=True).fillna("")
        self.pack.tables[name] = frame.sort_values(["start"], key=lambda c: c.astype(int), kind="stable")
        self.pack.tables[name] = self.pack.tables[name].reset_index(drop=True)
        self._save(name)

    def remove(self, name: str, sentence_id: str, span: str) -> None:
        """Delete a row the machine got wrong (it found a statistic or source that is not one)."""
        frame = self.pack.tables[name]
        self.pack.tables[name] = frame.drop(index=self._index(name, sentence_id, span)).reset_index(drop=True)
        self._save(name)

    def add_evidence(self, sentence_id: str, claim: str, publisher: str, date: str, url: str, **fields: str) -> str:
        """Add a cited evidence row for a checkable claim; return its id.

        Give its source profile too (``publisher_kind``, ``publisher_side``, ``first_hand``), as the op-ed's
        evidence rows do; ``medialit pack check`` asks for them.
        """
        import pandas as pd

        frame = self.pack.evidence
        eid = f"e{len(frame) + 1:02d}"
        row = {"evidence_id": eid, "sentence_id": sentence_id, "claim": claim, "publisher": publisher}
        row |= {"date": date, "url": url} | fields
        self.pack.evidence = pd.concat([frame, pd.DataFrame([row])], ignore_index=True).fillna("")
        write_evidence(self.folder, self.pack.evidence)
        return eid


def start_pack(
    article: str | Path | None = None, folder: str | Path | None = None, title: str = "", author: str = ""
) -> Path:
    """The pack to work on: reopen ``folder`` if it holds one (saved edits kept), else draft a new one.

    With no ``article``, a draft is made from the course's invented Millbrook opinion piece in a scratch
    folder, so the notebook can be tried before a teacher has chosen a text.
    """
    if folder is not None and (Path(folder) / PACK_FILE).exists():
        return Path(folder)
    if article is None:
        import tempfile

        from medialit.text.textio import practice_text

        demo = practice_text("millbrook_opinion")
        headline, _, body = demo.body.partition("\n\n")
        scratch = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="medialit-pack-")) / "demo"
        source = scratch.parent / "demo-article.txt"
        scratch.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(f"{body}\n\n{demo.label}\n", encoding="utf-8")
        return new_pack(source, scratch, headline.strip(), "an invented columnist (practice text)")
    return new_pack(article, folder or slug(title), title, author)


def pack_report(folder: str | Path) -> str:
    """What ``medialit pack check`` says about a pack, as text for a notebook cell."""
    from medialit.content.pack_check import check_pack

    problems = check_pack(folder)
    if not problems:
        return f"{folder}: complete, ready to teach."
    lines = [f"{len(problems)} thing{'s' if len(problems) != 1 else ''} to fix before you teach this pack:"]
    return "\n".join([*lines, *(f"  {p}" for p in problems)])
