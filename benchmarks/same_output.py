"""Does a speed change leave the annotator's output unchanged? Every table of every input, column by column.

Run it once with the old code and once with the new, then compare:

    PYTHONPATH=/path/to/old/checkout .venv/bin/python benchmarks/same_output.py --save /tmp/old.pkl
    .venv/bin/python benchmarks/same_output.py --compare /tmp/old.pkl

Inputs: the op-ed; PolNeAR train, the Webis ``tune`` part and CheckThat train, each the way its benchmark
annotates it (read from ../shared/data/, skipped when absent; nothing is written into the project); 30 KB of
each hostile shape of ``adversarial.py``; and a few thousand random texts made from a fixed seed (words,
names, numbers, quotation marks, brackets and line breaks in random order), annotated one by one and in
batches with ``annotate_many``. The pickle holds the four tables of each input and stays outside the project.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / ".." / "shared" / "data"
TABLES = ("sentences", "attributions", "statistics", "cues")

_PIECES = (  # invented bits of news-like text, and the punctuation the finders care about
    "said",
    "says",
    "told",
    "according to",
    "officials",
    "the mayor",
    "Anna Smith",
    "he",
    "she",
    "they",
    "warned that",
    "believe",
    "will",
    "might",
    "if",
    "not",
    "because",
    "but",
    "very",
    "clearly",
    "we",
    "you",
    "I think",
    "is",
    "was",
    "are",
    "more than",
    "about",
    "percent",
    "%",
    "$",
    "£",
    "million",
    "bn",
    "one in five",
    "12",
    "3.5",
    "2,000",
    "1999",
    "May 2025",
    "last week",
    "on Tuesday",
    "NATO",
    "CDC",
    "Millbrook",
    "council",
    "rose",
    "fell",
    "a sharp rise",
    "twice",
    "half",
    "third",
    "from 3 to 5",
    "between",
    "and",
    "or",
    "the",
    ".",
    ".",
    ",",
    ",",
    "!",
    "?",
    ":",
    ";",
    "—",
    "-",
    "(",
    ")",
    '"',
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "\n",
    "\n\n",
    "Mr.",
    "U.S.",
    "e.g.",
    "St.",
    "İ",
    "é",
    "…",
    "  ",
    "IS",
    "NOT",
    "Remember",
    "Moreover",
    "ridiculous",
)


def _phrases() -> list[str]:
    """The cue and stance phrases of two words or more (the word lists' own), so phrases meet every edge."""
    from medialit.text import lexicon, stance_words

    blocks = [*lexicon.BY_TYPE.values(), *stance_words.KINDS.values()]
    items = {" ".join(item.split()) for block in blocks for item in block.split(",")}
    return sorted(item for item in items if " " in item)


def random_texts(count: int, seed: int = 15) -> list[str]:
    """``count`` random texts of up to about 60 pieces, the same for every run with the same seed."""
    rng = random.Random(seed)
    pool = list(_PIECES) * 4 + _phrases()
    out = []
    for _ in range(count):
        pieces = rng.choices(pool, k=rng.randint(0, 60))
        out.append("".join(p if rng.random() < 0.3 or p in ".,!?:;)" else " " + p for p in pieces))
    return out


def inputs(randoms: int) -> Iterator[tuple[str, Callable[[], object]]]:
    """(name, a call that annotates it) for every input that is present."""
    sys.path.insert(0, str(HERE))
    from adversarial import SHAPES
    from checkthat import read_split
    from polnear import articles
    from webis import units

    from medialit.content.article import load_article
    from medialit.text.annotator import annotate, annotate_many

    yield "op-ed", lambda: annotate(load_article().text)
    yield "op-ed, headline first", lambda: annotate(load_article().text, first_paragraph=0)
    if (DATA / "polnear-train-dev" / "train").is_dir():
        texts = [t for t, _ in articles(DATA / "polnear-train-dev" / "train")]
        yield "PolNeAR train", lambda: annotate_many(texts)
    if (DATA / "webis-editorials-guardian").is_dir():
        items = [t for t, _ in units(DATA / "webis-editorials-guardian", "tune")]
        yield "Webis tune", lambda: annotate_many(items)
    if (DATA / "checkthat2023-en" / "train_en.tsv").exists():
        rows = read_split(DATA / "checkthat2023-en" / "train_en.tsv")
        yield "CheckThat train", lambda: annotate("\n\n".join(s for s, _ in rows))
        yield "CheckThat train, batch", lambda: annotate_many([s for s, _ in rows])
    for name, make in SHAPES.items():
        yield f"30 KB {name}", lambda make=make: annotate(make(30_000))
    texts = random_texts(randoms)
    for i in range(0, len(texts), 250):
        yield f"random {i}-{i + 249}, batch", lambda i=i: annotate_many(texts[i : i + 250])
    for i, t in enumerate(texts[:500]):
        yield f"random {i}", lambda t=t: annotate(t)


def tables(randoms: int) -> dict[str, dict]:
    """Every input's four tables."""
    out = {}
    for name, run in inputs(randoms):
        a = run()
        out[name] = {t: getattr(a, t) for t in TABLES}
    return out


def differences(old: dict[str, dict], new: dict[str, dict]) -> list[str]:
    """What differs, table by table and column by column (empty when everything is the same)."""
    import pandas as pd

    problems = []
    for name in old.keys() | new.keys():
        if name not in old or name not in new:
            problems.append(f"{name}: only in the {'old' if name in old else 'new'} run")
            continue
        for t in TABLES:
            a, b = old[name][t], new[name][t]
            if list(a.columns) != list(b.columns) or len(a) != len(b):
                problems.append(f"{name} / {t}: columns or row count differ ({len(a)} vs {len(b)} rows)")
                continue
            for c in a.columns:
                try:
                    pd.testing.assert_series_equal(a[c], b[c], check_exact=True)
                except AssertionError as e:
                    problems.append(f"{name} / {t} / {c}: {str(e).splitlines()[0]}")
    return sorted(problems)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, help="write every table to this pickle (outside the project)")
    what.add_argument("--compare", type=Path, help="compare this code's tables with a saved pickle")
    parser.add_argument("--random", type=int, default=3000, help="how many random texts (default 3000)")
    args = parser.parse_args()
    import medialit

    print(f"medialit from {Path(medialit.__file__).parent}")
    new = tables(args.random)
    rows = sum(len(df) for d in new.values() for df in d.values())
    if args.save:
        args.save.write_bytes(pickle.dumps(new))
        print(f"saved {len(new)} inputs, {rows:,} rows, to {args.save}")
        return 0
    problems = differences(pickle.loads(args.compare.read_bytes()), new)
    for p in problems[:40]:
        print(p)
    print(f"{len(new)} inputs, {rows:,} rows: " + (f"{len(problems)} differences" if problems else "all the same"))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
