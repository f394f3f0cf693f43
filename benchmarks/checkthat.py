"""Opinion detection on real news it was not written for: CheckThat! 2023 subjectivity (English), macro-F1.

medialit's guess "fact" counts as OBJ and every other guess (opinion, prediction, mixed) as SUBJ; the
TextBlob baseline says SUBJ when subjectivity >= 0.5. The data are read from ../shared/data/ next to the
repository (never copied into it); without them the script says so and exits normally.
Run from the repository root:  .venv/bin/python benchmarks/checkthat.py [--data DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "checkthat2023-en"


def read_split(path: Path) -> list[tuple[str, str]]:
    """(sentence, label) pairs from a CheckThat TSV: id, sentence, label, solved_conflict; no header needed."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[2] not in ("SUBJ", "OBJ"):
            continue  # a header line or a broken row
        sentence = parts[1]
        if len(sentence) > 1 and sentence[0] == sentence[-1] == '"':
            sentence = sentence[1:-1].replace('""', '"')  # CSV-style quoting of a field that holds quotes
        rows.append((" ".join(sentence.split()), parts[2]))
    return rows


def medialit_labels(sentences: list[str]) -> list[str]:
    """SUBJ when any sentence medialit finds in the item is not guessed to be plain fact."""
    from medialit.text.annotator import annotate

    table = annotate("\n\n".join(sentences)).sentences  # one paragraph per item, annotated in one pass
    not_fact = set(table.loc[table["claim_type"] != "fact", "paragraph"])
    return ["SUBJ" if i + 1 in not_fact else "OBJ" for i in range(len(sentences))]


def textblob_labels(sentences: list[str]) -> list[str] | None:
    try:
        from textblob.en.sentiments import PatternAnalyzer
    except ImportError:
        return None
    analyzer = PatternAnalyzer()
    return ["SUBJ" if analyzer.analyze(s).subjectivity >= 0.5 else "OBJ" for s in sentences]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT, help="folder with train_en.tsv and dev_en.tsv")
    parser.add_argument(
        "--splits", nargs="+", default=["train", "dev"], help="which splits to score (train only while tuning)"
    )
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"CheckThat data not found at {args.data}: skipping this benchmark (nothing is wrong).")
        return 0
    from medialit.content.evaluation import class_scores

    print("split  items  SUBJ share  medialit macro-F1  TextBlob macro-F1")
    for split in args.splits:
        path = args.data / f"{split}_en.tsv"
        if not path.exists():
            print(f"{split:5}  missing ({path.name})")
            continue
        rows = read_split(path)
        sentences, gold = [s for s, _ in rows], [label for _, label in rows]
        ours = class_scores(gold, medialit_labels(sentences), ("SUBJ", "OBJ"))["macro-F1"]
        theirs = textblob_labels(sentences)
        baseline = f"{class_scores(gold, theirs, ('SUBJ', 'OBJ'))['macro-F1']:.3f}" if theirs else "not installed"
        share = gold.count("SUBJ") / len(gold)
        print(f"{split:5}  {len(rows):5}  {share:10.2f}  {ours:17.3f}  {baseline:>17}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
