"""The `medialit` command line: print the op-ed's sentences, the answer key, and more."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from medialit.textio import InputProblem, check_text, read_text

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("table", "csv", "json")


def render(frame: pd.DataFrame, fmt: str) -> str:
    """A DataFrame as a plain-text table, CSV or JSON records (UTF-8, nothing escaped away)."""
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        return frame.to_json(orient="records", force_ascii=False, indent=2) + "\n"
    import pandas as pd

    with pd.option_context("display.max_colwidth", 120, "display.width", 200):
        return frame.to_string(index=False) + "\n"


def cmd_sentences(args: argparse.Namespace) -> str:
    """Sentences of a file, of standard input, or of the op-ed when no path is given."""
    if args.path is None:
        from medialit.article import load_article

        frame = load_article().sentences[["sentence_id", "paragraph", "part", "text"]]
    else:
        from medialit.sentences import sentence_table

        frame = sentence_table(check_text(read_text(args.path), args.path))
    return render(frame, args.format)


def cmd_key(args: argparse.Namespace) -> str:
    """One table of the answer key."""
    from medialit.key import answer_key

    return render(getattr(answer_key(), args.table), args.format)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per task."""
    parser = argparse.ArgumentParser(prog="medialit", description="Tools for the medialit media-literacy course.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("sentences", help="split a text (or the op-ed) into numbered sentences")
    p.add_argument("path", nargs="?", help="a UTF-8 text file, or - for standard input (default: the op-ed)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=cmd_sentences)

    p = sub.add_parser("key", help="print one table of the op-ed's answer key")
    p.add_argument("table", choices=("sentences", "attributions", "statistics", "cues"))
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=cmd_key)

    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


# Modules that add their own sub-commands (e.g. the annotator) append a register function here.
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []


def main(argv: list[str] | None = None) -> int:
    """Run the command line; problems with the input print one line on stderr and return 2."""
    args = build_parser().parse_args(argv)
    try:
        out = args.func(args)
    except InputProblem as problem:
        print(f"medialit: {problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    try:
        sys.stdout.write(out)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `medialit sentences | head`
        sys.stderr.close()
    return 0
