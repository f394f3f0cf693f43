"""Seconds per MB of `annotate` on hostile shapes of text, at two sizes: every stage must stay near-linear.

Shapes: many quotation marks in one sentence, one long line without punctuation, deep parentheses, many
numbers, many tiny sentences, many capitalised names. Each is run at --mb and twice that; the ratio of the
two times should stay near 2 (a quadratic stage gives 4). ``--big 20`` also times a 20 MB input of each
shape (the target: about 30 s each on the shared 2-core machine).
Run from the repository root:  .venv/bin/python benchmarks/adversarial.py [--mb 1] [--big 20]
"""

from __future__ import annotations

import argparse
import time


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _plain_words(size: int) -> str:
    """One line of ordinary news words (invented here) with no punctuation at all."""
    unit = (
        "officials said the plan would cost more than the council had expected and the mayor told reporters "
        "that nobody believed it while critics argued the town needed a new bridge according to residents "
    )
    return _repeat(unit, size)


SHAPES = {
    "many quotes": lambda n: _repeat('He said "', n),
    "one long line": _plain_words,
    "deep parentheses": lambda n: _repeat("(a ", n // 2) + _repeat(")", n - n // 2),
    "many numbers": lambda n: _repeat("12 to 14 percent, 3 in 5, $4 million, 2,000 troops and 1.5bn ", n),
    "tiny sentences": lambda n: _repeat("A. B! C? Yes. 5. ", n),
    "capitalised names": lambda n: _repeat("Anna Smith Told Ben Jones That Carl Brown Said ", n),
}


def cpu_seconds(text: str, repeat: int = 1) -> float:
    """CPU seconds of the fastest of ``repeat`` calls of annotate(text)."""
    from medialit.text.annotator import annotate

    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        annotate(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="the smaller size in MB (default 1; also twice it)")
    parser.add_argument("--big", type=float, default=0.0, help="also time one input of this many MB per shape")
    args = parser.parse_args()
    from medialit.text.annotator import annotate

    annotate("Warm up: the first call loads pandas.")
    small = int(args.mb * 1e6)
    print(f"{'shape':18}  {'s/MB at ' + str(args.mb) + ' MB':>14}  {'s/MB at ' + str(2 * args.mb) + ' MB':>14}  ratio")
    for name, make in SHAPES.items():
        a, b = cpu_seconds(make(small)), cpu_seconds(make(2 * small))
        line = f"{name:18}  {a / args.mb:14.2f}  {b / (2 * args.mb):14.2f}  {b / a:5.2f}"
        if args.big:
            big = cpu_seconds(make(int(args.big * 1e6)))
            line += f"   {args.big:g} MB in {big:.1f} s"
        print(line, flush=True)


if __name__ == "__main__":
    main()
