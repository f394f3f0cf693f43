"""Attribution on real political news it was not written for: PolNeAR (train and dev), sentence level.

A sentence "has an attribution" in the corpus when an annotated cue starts inside it (sentences are
medialit's own); medialit says so when one of its reporting words starts in that sentence (a quotation that
only goes on from the sentence before has no reporting word, just as in the corpus). Source recall: for each
annotated relation with a source, whether medialit names a source overlapping those words in the sentence
where the cue starts. TextBlob has no attribution finder; beside medialit stands a keyword baseline (a
sentence with "said", "says", "told" or "according to"). One annotator's file per article, the first by name.
The data are read from ../shared/data/ next to the repository (never copied into it); without them the script
says so and exits normally.  Run from the repository root:  .venv/bin/python benchmarks/polnear.py [--data DIR]
"""

from __future__ import annotations

import argparse
import re
from bisect import bisect_right
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear-train-dev"
_KEYWORDS = re.compile(r"(?i)\b(?:said|says|told|according to)\b")


def read_brat(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[dict[str, str]]]:
    """The spans (id -> kind, [(start, end), …]) and relations (role -> span id) of one brat .ann file."""
    spans, relations = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            pieces = []
            for piece in where.split(";"):
                a, _, b = piece.strip().partition(" ")
                if a.isdigit() and b.isdigit():
                    pieces.append((int(a), int(b)))
            if pieces:
                spans[parts[0]] = (kind, pieces)
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(role.split(":", 1) for role in parts[1].split() if ":" in role))
    return spans, relations


def articles(split_dir: Path) -> list[tuple[str, Path]]:
    """(text, first annotator's .ann) for every article of a split that has one."""
    first: dict[str, Path] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        first.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    out = []
    for stem, ann in sorted(first.items()):
        txt = split_dir / "text" / f"{stem}.txt"
        if txt.exists():
            out.append((txt.read_text(encoding="utf-8"), ann))
    return out


def score_split(split_dir: Path) -> dict[str, float]:
    """Sentence-level detection precision/recall/F1 and source recall, for medialit and the keyword baseline."""
    from medialit.text.annotator import annotate_many

    items = articles(split_dir)
    machine = annotate_many([text for text, _ in items])
    sents, attrs = machine.sentences, machine.attributions
    counts = {"tp": 0, "fp": 0, "fn": 0, "kw_tp": 0, "kw_fp": 0, "kw_fn": 0, "sources": 0, "found": 0}
    by_doc_s = {d: g for d, g in sents.groupby("document")}
    by_doc_a = {d: g for d, g in attrs.groupby("document")}
    for d, (text, ann) in enumerate(items):
        table = by_doc_s.get(d)
        if table is None:
            continue
        starts, ends, ids = list(table.start), list(table.end), list(table.sentence_id)

        def sentence_of(pos: int, starts=starts, ends=ends, ids=ids) -> str | None:
            k = bisect_right(starts, pos) - 1
            return ids[k] if k >= 0 and pos < ends[k] else None

        spans, relations = read_brat(ann)
        gold = {sentence_of(p[0][0]) for kind, p in spans.values() if kind == "Cue"} - {None}
        rows = by_doc_a.get(d)
        found = set(rows.sentence_id[rows.verb_start >= 0]) if rows is not None else set()  # where a cue is
        keyword = {sid for sid, a, b in zip(ids, starts, ends) if _KEYWORDS.search(text, a, b)}
        counts["tp"] += len(gold & found)
        counts["fp"] += len(found - gold)
        counts["fn"] += len(gold - found)
        counts["kw_tp"] += len(gold & keyword)
        counts["kw_fp"] += len(keyword - gold)
        counts["kw_fn"] += len(gold - keyword)
        named = {}
        if rows is not None:
            for sid, a, b in zip(rows.sentence_id, rows.start, rows.end):
                named.setdefault(sid, []).append((a, b))
        for rel in relations:
            if "Source" not in rel or "Cue" not in rel or rel["Source"] not in spans or rel["Cue"] not in spans:
                continue
            sid = sentence_of(spans[rel["Cue"]][1][0][0])
            if sid is None:
                continue
            counts["sources"] += 1
            source = spans[rel["Source"]][1]
            if any(a < gb and ga < b for a, b in named.get(sid, []) for ga, gb in source):
                counts["found"] += 1
    return counts


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT, help="folder with train/ and dev/")
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"PolNeAR data not found at {args.data}: skipping this benchmark (nothing is wrong).")
        return 0
    print("split  sentences-with-attribution: medialit P / R / F1   keyword P / R / F1   source recall (n)")
    for split in args.splits:
        if not (args.data / split).is_dir():
            print(f"{split:5}  missing")
            continue
        c = score_split(args.data / split)
        ours, kw = prf(c["tp"], c["fp"], c["fn"]), prf(c["kw_tp"], c["kw_fp"], c["kw_fn"])
        recall = c["found"] / c["sources"] if c["sources"] else 0.0
        print(
            f"{split:5}  {ours[0]:.3f} / {ours[1]:.3f} / {ours[2]:.3f}"
            f"   {kw[0]:.3f} / {kw[1]:.3f} / {kw[2]:.3f}   {recall:.3f} ({c['sources']})"
        )
    print("TextBlob finds no attributions, so it has no figure here; the keyword baseline stands in for it.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
