"""Statistics, attribution and opinion in Guardian editorials it was not written for: Webis-Editorials-16.

Each argumentative unit is annotated on its own (one batch, ``annotate_many``). Three figures:
- statistic found: the share of ``statistics`` units in which medialit finds a statistic;
- attribution found: the share of ``testimony`` units in which it finds an attribution;
- assumption vs evidence (anecdote, statistics, testimony): macro-F1, medialit's "fact" counting as evidence.
TextBlob stands beside the third (subjectivity >= 0.5 counts as assumption); it finds no statistics or
attributions, so a keyword baseline stands beside the first two (a digit; "said", "says", "told", "according to").

The corpus has no train/dev split, so this script makes a fixed one by file name: an editorial is in the
``tune`` part when the first hex digit of the MD5 of its file name is 0-7, else in ``held-out``. Rules and
weights may be tuned on ``tune`` only; ``held-out`` is the figure to report (see benchmarks/README.md).
The data are read from ../shared/data/ next to the repository (never copied into it); without them the script
says so and exits normally.  Run from the repository root:  .venv/bin/python benchmarks/webis.py [--data DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "webis-editorials-guardian"
EVIDENCE = ("anecdote", "statistics", "testimony")
_SKIP = ("title", "no-unit")
_KEYWORDS = re.compile(r"(?i)\b(?:said|says|told|according to)\b")


def part_of(name: str) -> str:
    """``tune`` or ``held-out``: a fixed split by the MD5 of the file name (about half each)."""
    return "tune" if hashlib.md5(name.encode("utf-8")).hexdigest()[0] in "01234567" else "held-out"


def units(folder: Path, part: str) -> list[tuple[str, str]]:
    """(text, label) of every argumentative unit of the editorials in one part of the split."""
    out = []
    for path in sorted(folder.glob("*.json")):
        if part_of(path.name) != part:
            continue
        for paragraph in json.loads(path.read_text(encoding="utf-8"))["paragraphs"]:
            for unit in paragraph:
                if unit["label"] not in _SKIP and unit["text"].strip():
                    out.append((" ".join(unit["text"].split()), unit["label"]))
    return out


def macro_f1(gold: list[str], guess: list[str]) -> float:
    scores = []
    for label in ("assumption", "evidence"):
        tp = sum(g == p == label for g, p in zip(gold, guess))
        fp = sum(p == label != g for g, p in zip(gold, guess))
        fn = sum(g == label != p for g, p in zip(gold, guess))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def score(items: list[tuple[str, str]]) -> dict[str, float]:
    from medialit.text.annotator import annotate_many

    texts = [t for t, _ in items]
    a = annotate_many(texts)
    with_stat, with_attr = set(a.statistics.document), set(a.attributions.document)
    not_fact = set(a.sentences.document[a.sentences.claim_type != "fact"])
    labels = [label for _, label in items]
    stats = [i for i, label in enumerate(labels) if label == "statistics"]
    testimony = [i for i, label in enumerate(labels) if label == "testimony"]
    keep = [i for i, label in enumerate(labels) if label == "assumption" or label in EVIDENCE]
    gold = ["assumption" if labels[i] == "assumption" else "evidence" for i in keep]
    ours = ["assumption" if i in not_fact else "evidence" for i in keep]
    out = {
        "n": len(items),
        "stat": sum(i in with_stat for i in stats) / max(1, len(stats)),
        "stat_kw": sum(bool(re.search(r"\d", texts[i])) for i in stats) / max(1, len(stats)),
        "attr": sum(i in with_attr for i in testimony) / max(1, len(testimony)),
        "attr_kw": sum(bool(_KEYWORDS.search(texts[i])) for i in testimony) / max(1, len(testimony)),
        "f1": macro_f1(gold, ours),
        "n_stat": len(stats),
        "n_testimony": len(testimony),
    }
    try:
        from textblob.en.sentiments import PatternAnalyzer
    except ImportError:
        out["f1_textblob"] = None
        return out
    analyzer = PatternAnalyzer()
    theirs = ["assumption" if analyzer.analyze(texts[i]).subjectivity >= 0.5 else "evidence" for i in keep]
    out["f1_textblob"] = macro_f1(gold, theirs)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT, help="folder with the editorials' JSON files")
    parser.add_argument("--parts", nargs="+", default=["tune", "held-out"])
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"Webis-Editorials data not found at {args.data}: skipping this benchmark (nothing is wrong).")
        return 0
    print("part      units  statistic found (keyword)  attribution found (keyword)  assumption/evidence F1 (TextBlob)")
    for part in args.parts:
        r = score(units(args.data, part))
        blob = "not installed" if r["f1_textblob"] is None else f"{r['f1_textblob']:.3f}"
        print(
            f"{part:8}  {r['n']:5}  {r['stat']:.3f} ({r['stat_kw']:.3f}) of {r['n_stat']:<4}"
            f"      {r['attr']:.3f} ({r['attr_kw']:.3f}) of {r['n_testimony']:<4}"
            f"      {r['f1']:.3f} ({blob})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
