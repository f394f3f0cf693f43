"""The `medialit` command line: print the op-ed's sentences, the answer key, and more."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from medialit.text.textio import InputProblem, check_text, read_text

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("table", "csv", "json")


def render(frame: pd.DataFrame, fmt: str) -> str:
    """A DataFrame as a plain-text table (invisible characters shown as escapes), CSV or JSON records (UTF-8)."""
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        return frame.to_json(orient="records", force_ascii=False, indent=2) + "\n"
    import pandas as pd

    with pd.option_context("display.max_colwidth", 120, "display.width", 200):
        return _visible(frame.to_string(index=False) + "\n")


def cmd_sentences(args: argparse.Namespace) -> str:
    """Sentences of a file, of standard input, or of the op-ed when no path is given."""
    if args.path is None:
        from medialit.content.article import load_article

        frame = load_article().sentences[["sentence_id", "paragraph", "part", "text"]]
    else:
        from medialit.text.sentences import sentence_table

        frame = sentence_table(check_text(read_text(args.path), args.path))
    return render(frame, args.format)


def cmd_key(args: argparse.Namespace) -> str:
    """One table of the answer key."""
    from medialit.content.key import answer_key

    return render(getattr(answer_key(), args.table), args.format)


def render_tables(tables: dict[str, pd.DataFrame], fmt: str) -> str:
    """Several named tables in one output: a JSON object of arrays, or CSV/plain sections with a header each."""
    if fmt == "json":
        body = ",\n".join(
            f'"{name}": {frame.to_json(orient="records", force_ascii=False, indent=2)}'
            for name, frame in tables.items()
        )
        return "{\n" + body + "\n}\n"
    if fmt == "csv":
        return "\n".join(f"# {name}\n{frame.to_csv(index=False)}" for name, frame in tables.items())
    parts = []
    for name, frame in tables.items():
        shown = render(frame, "table") if len(frame) else "(none)\n"
        parts.append(f"== {name} ({len(frame)} rows) ==\n{shown}")
    return "\n".join(parts)


# Invisible characters that belong in real text (Persian, Indic scripts, emoji sequences): shown as they are.
_JOINERS = frozenset("\u200c\u200d")


def _visible(text: str) -> str:
    """Text safe for a terminal: control and other invisible characters (which could move the cursor or
    reverse the line) shown as escapes such as \\x1b or \\u202e; the zero-width (non-)joiner kept."""
    return "".join(c if c in "\n\t" or c in _JOINERS or _printable(c) else _escape(c) for c in text)


def _printable(c: str) -> bool:
    return c.isprintable() and not "\ud800" <= c <= "\udfff"


def _escape(c: str) -> str:
    n = ord(c)
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}"


def cmd_annotate(args: argparse.Namespace) -> str:
    """The four tables the machine annotator finds in a text, or a highlighted HTML page."""
    from medialit.text.annotator import annotate

    text = check_text(read_text(args.path), args.path)
    annotation = annotate(text)
    if args.format == "html":
        from medialit.render.annotation_page import annotation_html

        return annotation_html(text, annotation)
    from medialit.content.key import TABLES

    return render_tables({name: annotation.table(name) for name in TABLES}, args.format)


def cmd_evaluate(args: argparse.Namespace) -> str:
    """Precision, recall and F1 of the machine annotator on the op-ed, against the human answer key."""
    from medialit.content.evaluation import evaluate_oped, textblob_guesser

    try:
        scores = evaluate_oped()
    except (FileNotFoundError, KeyError, ValueError) as err:
        raise InputProblem(f"cannot evaluate: the answer key is missing or incomplete ({err}).") from None
    missing = ""
    if textblob_guesser() is None:
        missing = (
            "(TextBlob is not installed, so only medialit is shown; pip install 'medialit[baseline]' to compare.)\n"
        )
    tables = render_tables({"spans": scores["spans"], "claim types": scores["claims"]}, args.format)
    if args.format != "table":
        sys.stderr.write(missing)  # keep CSV and JSON on standard output machine-readable
        return tables
    return "medialit annotate on the op-ed, scored against the human answer key\n" + missing + tables


def cmd_export(args: argparse.Namespace) -> str:
    """A learner's saved answers and sentence labels, written to one JSON file to hand in."""
    from medialit.teacher.classroom import export_progress

    out = args.out
    if args.to is not None:  # a shared hand-in folder on a hub: it must exist, the file is named after the learner
        from pathlib import Path

        if args.out is not None:
            raise InputProblem("give either --out or --to, not both.")
        out = Path(args.to).expanduser()
        if not out.is_dir():
            raise InputProblem(f"the hand-in folder {out} does not exist; ask your teacher for its exact path.")
    _, messages = export_progress(out, args.name)
    return "\n".join(messages) + "\n"


def cmd_handout(args: argparse.Namespace) -> str:
    """Two printable HTML handouts: the highlighted op-ed and the answer key."""
    from medialit.teacher.handout import write_handouts

    paths = write_handouts(args.out)
    return "".join(f"Wrote {path}\n" for path in paths)


def cmd_pack_new(args: argparse.Namespace) -> str:
    """A draft article pack: the text, its facts, and the annotator's key marked as the machine's."""
    from medialit.teacher.pack_maker import new_pack, slug

    out = args.out or slug(args.title)
    facts = {k: v for k, v in (("published", args.published), ("licence", args.licence)) if v}
    folder = new_pack(args.article, out, args.title, args.author, **facts)
    return (
        f"Wrote a draft pack in {folder}/ (every label is the machine's guess).\n"
        f"Next: open notebooks/teacher/make_a_pack.ipynb to check it, then run: medialit pack check {folder}\n"
    )


def cmd_pack_check(args: argparse.Namespace) -> tuple[str, int]:
    """Every problem that stops a pack being taught; exit status 0 only for a complete pack."""
    from medialit.content.pack_check import check_pack

    problems = check_pack(args.pack)
    if not problems:
        return f"{args.pack}: complete, ready to teach.\n", 0
    lines = [f"{args.pack}: {len(problems)} problem{'s' if len(problems) != 1 else ''} to fix"]
    return "\n".join([*lines, *(f"  {p}" for p in problems)]) + "\n", 1


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

    p = sub.add_parser("annotate", help="find opinion cues, attributions and statistics in any English text")
    p.add_argument("path", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--format", choices=(*FORMATS, "html"), default="table")
    p.set_defaults(func=cmd_annotate)

    p = sub.add_parser("evaluate", help="score the annotator on the op-ed against the human answer key")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("export", help="save your answers and sentence labels to one JSON file to hand in")
    p.add_argument("--out", help="the file to write, or a folder for it (default: medialit-<name>.json here)")
    p.add_argument("--to", metavar="FOLDER", help="hand in to this shared folder (on a hub: the teacher's folder)")
    p.add_argument("--name", help="your name as the teacher should see it (default: your login name)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("handout", help="write printable HTML handouts: the highlighted op-ed and the answer key")
    p.add_argument("--out", default=".", help="the folder to write them in (created if missing; default: here)")
    p.set_defaults(func=cmd_handout)

    p = sub.add_parser("pack", help="make or check an article pack (any article as a lesson)")
    pack = p.add_subparsers(dest="pack_command", required=True)
    q = pack.add_parser("new", help="write a draft pack from a text file (the annotator's key, to be checked)")
    q.add_argument("article", help="the article as a UTF-8 text file (its body; the title is given apart)")
    q.add_argument("--title", required=True, help="the article's headline")
    q.add_argument("--author", required=True, help="who wrote it")
    q.add_argument("--published", help="when it was published, e.g. 2025-05-24")
    q.add_argument("--licence", help="the licence that lets the course ship the text")
    q.add_argument("--out", help="the pack folder to create (default: a name made from the title)")
    q.set_defaults(func=cmd_pack_new)
    q = pack.add_parser("check", help="list every problem in a pack; exit 0 only when it is complete")
    q.add_argument("pack", help="the pack folder")
    q.set_defaults(func=cmd_pack_check)

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
    code = 0
    if isinstance(out, tuple):  # a command that reports a verdict as its exit status (pack check)
        out, code = out
    try:
        sys.stdout.write(out)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `medialit sentences | head`
        sys.stderr.close()
    return code
