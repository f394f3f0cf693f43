"""Article packs: any article as a folder the course can teach, in the course's one annotation schema.

A pack is a folder::

    pack.json          what the article is: title, author, published, outlet, url, genre, licence, credit
    article.txt        the text; its first paragraph is the headline (sentence ids start at p00.s1)
    key/sentences.csv  the answer key, one CSV per table of ``medialit.text.schema`` (the key's columns),
    key/attributions.csv   with character offsets (``start``, ``end``) into article.txt, plus one column
    key/statistics.csv     ``marked_by``: "machine" for a row the annotator drafted and nobody has checked,
    key/cues.csv           "teacher" for a row a person made or confirmed
    evidence.csv       optional: what other sources say about the article's checkable claims, cited

``load_pack()`` with no argument is the course's own op-ed, read from the package, so every lesson sees the
op-ed exactly as ``load_article()`` and ``answer_key()`` give it. Packs that ship with the course are found by
name (``load_pack("kirichenko-2025")``); any other pack by its folder. The op-ed's folder predates packs: its
facts file is ``metadata.json`` and its key, made by people, has no ``marked_by`` column (a missing column
means every row was made by a person).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medialit.text.schema import KEY_COLUMNS, TABLES, Annotation
from medialit.text.textio import InputProblem, normalise_newlines

if TYPE_CHECKING:
    import pandas as pd

    from medialit.content.article import Article

MARKED_BY = "marked_by"  # the one column a pack's key adds to the schema: who made or confirmed the row
MACHINE, TEACHER = "machine", "teacher"
PACK_FILE, TEXT_FILE, KEY_DIR, EVIDENCE_FILE = "pack.json", "article.txt", "key", "evidence.csv"
OLD_FACTS_FILE = "metadata.json"  # the op-ed's facts file, from before packs existed
OPED = "kirichenko-2025"
REQUIRED_FACTS = ("title", "author", "published", "licence")
EVIDENCE_COLUMNS = ["evidence_id", "sentence_id", "claim", "publisher", "date", "url", "figure", "verdict", "context"]
# The source profile every evidence row carries, as in the op-ed's evidence.csv: what kind of publisher, its
# side or affiliation (or that none is known), and whether it reports first-hand.
PROFILE_COLUMNS = ["publisher_kind", "publisher_side", "first_hand"]


def pack_columns(table: str) -> list[str]:
    """The columns of one key CSV in a pack: the schema's key columns, then ``marked_by``."""
    return [*KEY_COLUMNS[table], MARKED_BY]


@dataclass
class Pack:
    """One article pack, loaded: its facts, its text, its answer key and its evidence rows."""

    name: str
    facts: dict[str, Any]
    text: str
    tables: dict[str, pd.DataFrame]
    evidence: pd.DataFrame
    path: Path | None = None
    questions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def key(self) -> Annotation:
        """The pack's answer key in the course's one schema (without the ``marked_by`` column)."""
        from medialit.content.key import typed_table

        tables = {n: typed_table(n, f.drop(columns=[MARKED_BY])) for n, f in self.tables.items()}
        return Annotation(origin="key", **tables)

    @property
    def article(self) -> Article:
        """The pack's text as an Article (numbered sentences, paragraphs, credit)."""
        from medialit.content.article import make_article

        return make_article(self.facts, self.text)

    def unconfirmed(self) -> int:
        """How many key rows are still the machine's draft."""
        return sum(int((f[MARKED_BY] == MACHINE).sum()) for f in self.tables.values() if MARKED_BY in f)


def _read_csv(text: str) -> pd.DataFrame:
    import pandas as pd

    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputProblem(f"the pack has no {what} ({path.name} is missing in {path.parent}).") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputProblem(f"cannot read {path}: {exc}") from None


def builtin_packs() -> dict[str, Path]:
    """The packs that ship with the course, by name: the op-ed first, then those in content/packs/."""
    from importlib import resources

    root = Path(str(resources.files("medialit.content")))
    found = {OPED: root / "data"}
    packs = root / "packs"
    if packs.is_dir():
        found |= {p.name: p for p in sorted(packs.iterdir()) if (p / PACK_FILE).is_file()}
    return found


def pack_folder(name_or_path: str | Path) -> Path:
    """A built-in pack's folder by its name, or the folder given."""
    return builtin_packs().get(str(name_or_path), Path(name_or_path))


def read_facts(folder: Path) -> dict[str, Any]:
    """pack.json (or the op-ed's metadata.json) as a dict, or InputProblem saying what is wrong with it."""
    name = PACK_FILE if (folder / PACK_FILE).exists() or not (folder / OLD_FACTS_FILE).exists() else OLD_FACTS_FILE
    try:
        facts = json.loads(_read(folder / name, "facts file (pack.json)"))
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InputProblem(f"{folder / PACK_FILE} is not valid JSON ({exc}).") from None
    if not isinstance(facts, dict):
        raise InputProblem(f"{folder / PACK_FILE} should hold one JSON object of facts.")
    return facts


def _with_verb_offsets(frame: pd.DataFrame, text: str, sentences: pd.DataFrame) -> pd.DataFrame:
    """Fill the reporting verbs' offsets (a pack written before they were kept, or edited by hand)."""
    from medialit.content.key import place_verbs

    try:
        placed = place_verbs(frame, text, sentences)
    except (KeyError, ValueError):
        return frame  # a broken table: ``medialit pack check`` says what is wrong with it
    columns = [c for c in pack_columns("attributions") if c in placed.columns]
    return placed[columns + [c for c in placed.columns if c not in columns]]


def load_pack(folder: str | Path | None = None) -> Pack:
    """Load a pack from ``folder``; with no folder, the course's op-ed (from the package, no network)."""
    folder = pack_folder(OPED if folder is None else folder)
    if not folder.is_dir():
        raise InputProblem(f"no pack folder at {folder}")
    facts = read_facts(folder)
    text_file = str(facts.get("text_file") or TEXT_FILE)
    text = normalise_newlines(_read(folder / text_file, "text"))
    tables = {}
    for name in TABLES:
        path = folder / KEY_DIR / f"{name}.csv"
        frame = _read_csv(_read(path, f"{name} table")) if path.exists() else _read_csv(",".join(pack_columns(name)))
        if MARKED_BY not in frame.columns:
            frame[MARKED_BY] = TEACHER  # a key from before packs: every row made by people
        tables[name] = frame
    tables["attributions"] = _with_verb_offsets(tables["attributions"], text, tables["sentences"])
    ev = folder / EVIDENCE_FILE
    evidence = _read_csv(_read(ev, "evidence")) if ev.exists() else _read_csv(",".join(EVIDENCE_COLUMNS))
    name = str(facts.get("name") or folder.name)
    return Pack(name=name, facts=facts, text=text, tables=tables, evidence=evidence, path=folder)
