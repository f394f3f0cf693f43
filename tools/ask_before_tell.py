"""Find answers a notebook gives away before it asks the question (the leak-before-ask check).

    python tools/ask_before_tell.py            # execute the course and list every leak found
    python tools/ask_before_tell.py 02 03      # only these lessons

A learner reads a lesson and then its exercise notebook, so a lesson's cells come before its exercises.
An item (a practice or exercise question of the bank with an answer about one sentence) leaks when an
earlier cell, in its text or in its executed outputs, shows the item's answer beside the item's sentence:

- an output table row or a highlighted passage holding the sentence id and a cell or tag that equals the
  answer ("p14.s1 ... vague group", "nearly 1 million [number: nearly]");
- a markdown table row quoting a piece of the sentence ("nearly 1 million") beside the answer;
- a worked example: the sentence id in a text cell, then the answer in bold, code or after "labelled",
  before the next sentence id.

Matching is deliberately narrow so that common words do not count: in outputs the answer must fill a
whole table cell or tag, in prose it must be emphasised or named as the label, and the sentence's own
words (which may contain the answer, as "nearly" does) are never searched. Number answers count only
as numbers equal to the answer, in the cells after the sentence is quoted and before another one is.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

SID = re.compile(r"\bp\d{2}\.s\d+\b")
_SID_NODE = re.compile(r"^\[?(p\d{2}\.s\d+)\]?")
_BLOCK_TAGS = {"tr", "p", "li", "div", "br", "h1", "h2", "h3", "h4", "table", "ul", "ol", "caption", "pre"}
_QUOTED = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")
_EMPHASIS = re.compile(r"\*\*([^*]+?)\*\*|(?<![*\w])\*([^*\s][^*]*?)\*(?![*\w])|`([^`]+)`|\"([^\"]+)\"|“([^”]+)”")
_LABELLED = re.compile(r"\blabel(?:led|ed|s it|s this| it| is)?(?: as)?:?\s+\**([a-z][a-z _-]{1,30})", re.I)
_NUMBER = re.compile(r"(?<![\w.])(\d[\d,_]*(?:\.\d+)?)(?:\s*(million|thousand))?")
_CALLS = ("practice", "label_sentence", "pick_source_type", "mark_qualifier", "check")
PLAIN = {  # how learner-facing tables may show a label in plain words, besides the label itself
    "fact": ("checkable",),
    "document_or_footage": ("documents or footage", "recording or footage"),
    "author_witness": ("author as witness", "the author saw it"),
    "named_person": ("named person",),
    "role_only": ("role only", "job title only"),
    "vague_group": ("vague group",),
    "mind_reading": ("mind reading", "mind-reading"),
    "modal_future": ("future and advice", "modal future"),
    "rhetorical_even": ('"even"', "rhetorical even"),
}


@dataclass(frozen=True)
class Item:
    """What must stay hidden until a question is asked: an answer about one sentence (or one span of it)."""

    qid: str
    sentence_id: str
    sentence: str
    answers: tuple[str, ...]  # normalised forms of the answer
    number: float | None = None
    fragment: str = ""  # a span of the sentence the answer is about (a number's words), if any


@dataclass(frozen=True)
class Leak:
    qid: str
    where: str  # notebook and cell number of the earlier cell
    evidence: str

    def __str__(self) -> str:
        return f"{self.qid}: answer shown in {self.where}: {self.evidence}"


def norm(text: str) -> str:
    """Lower case, straight quotes, underscores as spaces, single spaces, no markdown emphasis."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("_", " ")
    text = re.sub(r"[*`]", "", text)
    return " ".join(text.lower().split()).strip(" .,;:!?")


def answer_forms(value: object) -> tuple[str, ...]:
    """The forms an answer may take on the page: the label, with spaces, and its plain-word names."""
    label = str(value)
    forms = {norm(label), *(norm(p) for p in PLAIN.get(label, ()))}
    return tuple(sorted(f for f in forms if f))


# --- items from the question bank -------------------------------------------------------------------


def items_for(lesson: int) -> list[Item]:
    """The bank's practice and exercise items of one lesson that concern an op-ed sentence."""
    from medialit.content.article import load_article
    from medialit.content.questions import load_questions

    text = load_article().sentences.set_index("sentence_id")["text"].to_dict()
    items: list[Item] = []
    for q in load_questions().values():
        if q.lesson != lesson or q.kind == "open":
            continue
        if q.kind == "multi":
            items += _multi_items(q, text)
            continue
        if not q.sentence_id or q.sentence_id not in text:
            continue
        value = q.expected()
        fragment = str(q.answer_key.match.get("span", "")) if q.answer_key else ""
        if q.kind == "number":
            items.append(Item(q.id, q.sentence_id, text[q.sentence_id], (), float(value), fragment))
        else:
            forms = answer_forms(value) + tuple(norm(a) for a in q.accept if len(norm(a)) > 6)
            items.append(Item(q.id, q.sentence_id, text[q.sentence_id], forms, None, fragment))
    return items


def _multi_items(q, text: dict[str, str]) -> list[Item]:
    """A list question asks one thing of each option: the key's value for that option's row."""
    ref = q.answer_key
    if ref is None:
        return []
    listed = [col for col, want in ref.match.items() if isinstance(want, list)]
    fixed = [col for col, want in ref.match.items() if not isinstance(want, list)]
    if len(listed) != 1 or len(fixed) != 1:
        return []
    frame = _table(ref.table)
    items = []
    for option in ref.match[listed[0]]:
        rows = frame[frame[listed[0]] == option]
        if len(rows) == 0 or "sentence_id" not in rows.columns:
            continue
        row = rows.iloc[0]
        sid = str(row["sentence_id"])
        fragment = option if listed[0] != "sentence_id" else ""
        items.append(Item(f"{q.id}[{option}]", sid, text.get(sid, ""), answer_forms(row[fixed[0]]), None, fragment))
    return items


def _table(name: str):
    """The frame a key reference points into: evidence(), lesson 08's argument map, or a table of the key."""
    from medialit.content.key import answer_key, evidence

    if name == "argument":  # lesson 08: which claims carry the thesis and which way their errors lean
        from medialit.content.argument import argument_map

        return argument_map()
    return evidence() if name == "evidence" else answer_key().table(name)


# --- where an item is asked -------------------------------------------------------------------------


def asked_at(cells: list, qid: str) -> int | None:
    """Index of the first cell that asks ``qid``: a widget or check call, its listing, or its exercise heading."""
    base = qid.split("[")[0]
    lesson, _, number = base.partition(".")
    call = re.compile(rf"\b(?:{'|'.join(_CALLS)})\(\s*[\"']{re.escape(base)}[\"']")
    listing = re.compile(rf"\*\*{re.escape(base)}\*\*|^#+ Exercise {int(lesson)}\.{re.escape(number)}\b", re.M)
    for i, cell in enumerate(cells):
        pattern = call if cell.cell_type == "code" else listing
        if pattern.search(cell.source):
            return i
    return None


# --- what a cell shows ------------------------------------------------------------------------------


class _Nodes(HTMLParser):
    """HTML as lines (table rows, paragraphs) of text nodes; style and script contents dropped."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[list[str]] = [[]]
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.lines.append([])

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.lines.append([])

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.lines[-1].append(data.strip())


def output_lines(cell) -> list[list[str]]:
    """The cell's outputs as lines of text nodes (HTML preferred, else plain text split at wide gaps)."""
    lines: list[list[str]] = []
    for out in cell.get("outputs", []):
        data = out.get("data", {})
        if "text/html" in data:
            parser = _Nodes()
            parser.feed(str(data["text/html"]))
            lines += [line for line in parser.lines if line]
            continue
        text = data.get("text/plain", "") or out.get("text", "")
        for line in str(text).splitlines():
            nodes = [n.strip() for n in re.split(r"\s{2,}|\t|\|", line) if n.strip()]
            lines += [nodes] if nodes else []
    return lines


def _sid_of(node: str) -> str | None:
    m = _SID_NODE.match(node)
    return m.group(1) if m else None


def output_leaks(item: Item, lines: list[list[str]]) -> list[str]:
    """Rows or passages of an output that show the item's sentence beside its answer."""
    found = []
    for nodes in lines:
        sids = [_sid_of(n) for n in nodes]
        ids = [s for s in sids if s]
        if len(set(ids)) <= 1:  # a table row: the fragment's own row when the item is about one span
            anchored = _has_fragment(item, nodes) if item.fragment else item.sentence_id in ids
            segments = [nodes] if anchored else []
        else:  # a passage of several sentences: each sentence's nodes run until the next id
            segments, current = [], None
            for node, sid in zip(nodes, sids):
                if sid:
                    current = [node] if sid == item.sentence_id else None
                    if current is not None:
                        segments.append(current)
                elif current is not None:
                    current.append(node)
        for seg in segments:
            at = [i for i, n in enumerate(seg) if item.fragment and norm(n) == norm(item.fragment)]
            window = seg[at[0] : at[0] + 3] if at and len(set(ids)) > 1 else seg  # the tag after the span
            for node in window:
                value = norm(node.removeprefix(item.sentence_id))
                tag = re.fullmatch(r"\[?[a-z ]+: ([^\]]+)\]?", value)
                if value in item.answers or (tag and tag.group(1) in item.answers):
                    found.append(" | ".join(seg)[:160])
                    break
    return found


def _has_fragment(item: Item, nodes: list[str]) -> bool:
    return bool(item.fragment) and any(norm(n) == norm(item.fragment) for n in nodes)


def _fragments(item: Item, line: str) -> bool:
    """True if the line quotes a piece of the item's sentence (at least two words)."""
    sentence = norm(item.sentence)
    for m in _QUOTED.finditer(line):
        piece = norm(m.group(1))
        if len(piece.split()) >= 2 and len(piece) >= 8 and piece in sentence:
            return True
    return False


def _without_sentence(item: Item, line: str) -> str:
    """The line with the sentence's own words (and quoted pieces of it) taken out."""
    sentence = norm(item.sentence)

    def drop(m: re.Match) -> str:
        piece = norm(m.group(1))
        return " " if piece and piece in sentence and len(piece.split()) >= 2 else m.group(0)

    return _QUOTED.sub(drop, line)


def markdown_leaks(item: Item, source: str) -> list[str]:
    """Table rows and worked examples in a text cell that show the item's sentence beside its answer."""
    found = []
    lines = source.splitlines()
    in_example = False
    for line in lines:
        ids = set(SID.findall(line))
        if line.lstrip().startswith("|"):
            in_example = False
            if item.sentence_id in ids or _fragments(item, line):
                cells = [norm(c) for c in _without_sentence(item, line).strip().strip("|").split("|")]
                if any(c in item.answers for c in cells) or _emphasised(item, line):
                    found.append(line.strip()[:160])
            continue
        if ids:
            in_example = item.sentence_id in ids
        if line.lstrip().startswith(">"):
            continue  # the quoted sentence itself
        if in_example and _emphasised(item, line):
            found.append(line.strip()[:160])
    return found


def _emphasised(item: Item, line: str) -> bool:
    line = _without_sentence(item, line)
    for m in _EMPHASIS.finditer(line):
        if norm(next(g for g in m.groups() if g is not None)) in item.answers:
            return True
    return any(norm(m.group(1)) in item.answers for m in _LABELLED.finditer(line))


def _numbers(text: str) -> set[float]:
    found = set()
    for m in _NUMBER.finditer(text):
        try:
            value = float(m.group(1).replace(",", "").replace("_", ""))
        except ValueError:
            continue
        found.add(value * {"million": 1e6, "thousand": 1e3}.get(m.group(2) or "", 1))
    return found


def cell_text(cell) -> str:
    """Everything a cell shows as text: its source (without solution blocks) and its outputs."""
    source = re.sub(r"### BEGIN SOLUTION.*?### END SOLUTION", "", cell.source, flags=re.S)
    return "\n".join([source] + [" ".join(line) for line in output_lines(cell)])


def find_leaks(item: Item, cells: list, names: list[str]) -> list[Leak]:
    """Every cell before the item is asked that shows its answer (``names[i]`` says where cell i is)."""
    at = asked_at(cells, item.qid)
    if at is None:
        return []
    leaks = []
    quoted = False  # for number items: the sentence has been quoted and no other sentence since
    for i, cell in enumerate(cells[:at]):
        if item.number is not None:
            ids = set(SID.findall(cell_text(cell)))
            quoted = item.sentence_id in ids or (quoted and not ids)
            if quoted and any(abs(v - item.number) < 1e-6 * max(1, item.number) for v in _numbers(cell_text(cell))):
                leaks.append(Leak(item.qid, names[i], f"the number {item.number:g} after {item.sentence_id}"))
            continue
        hits = markdown_leaks(item, cell.source) if cell.cell_type == "markdown" else []
        if cell.cell_type == "code":
            hits += output_leaks(item, output_lines(cell))
        leaks += [Leak(item.qid, names[i], hit) for hit in hits]
    return leaks


def sequence_leaks(lesson: int | None, notebooks: list[tuple[str, object]]) -> list[Leak]:
    """Leaks of a lesson's items over notebooks read one after another (name, executed notebook)."""
    cells, names = [], []
    for name, nb in notebooks:
        for i, cell in enumerate(nb.cells):
            cells.append(cell)
            names.append(f"{name} cell {i}")
    leaks: list[Leak] = []
    for item in items_for(lesson) if lesson is not None else []:
        leaks += find_leaks(item, cells, names)
    return leaks


def execute(path: Path, timeout: int = 120):
    """The notebook run top to bottom in a fresh kernel (its own directory as working directory)."""
    import nbclient
    import nbformat

    nb = nbformat.read(path, as_version=4)
    resources = {"metadata": {"path": str(path.parent)}}
    client = nbclient.NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=True, resources=resources)
    client.execute()
    return nb


def main(argv: list[str]) -> int:
    import os
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from course import companions, lesson_chain, lesson_number

    os.environ.setdefault("MEDIALIT_PROGRESS_FILE", str(Path(tempfile.mkdtemp()) / "progress.json"))
    seen: set[str] = set()
    for lesson in lesson_chain():
        number = lesson_number(lesson)
        if number is None or (argv and f"{number:02d}" not in argv):
            continue
        ran = execute(lesson)
        for companion in [None, *companions(lesson)]:
            books = [(f"notebooks/{lesson.name}", ran)]
            if companion is not None:
                books.append((f"{companion.parent.name}/{companion.name}", execute(companion)))
            for leak in sequence_leaks(number, books):
                if str(leak) not in seen:
                    seen.add(str(leak))
                    print(leak)
    print(f"{len(seen)} leak(s)")
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
