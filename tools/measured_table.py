"""The README's table of how the annotator does on news it was not written for, made from measured.json.

The figures are measured by the scripts in ``benchmarks/`` and recorded in ``benchmarks/README.md``;
``medialit/content/data/measured.json`` holds the latest of each, and lesson 07 and the README read them
from there.  This script prints the README's table from that file, so the README never types a figure:
``tests/test_lesson_07.py`` checks that README.md holds exactly this table.

    .venv/bin/python tools/measured_table.py          # print the table
    .venv/bin/python tools/measured_table.py --write  # put it into README.md between its markers
"""

from __future__ import annotations

import argparse
from pathlib import Path

from medialit.content.evaluation import measured_score

ROOT = Path(__file__).resolve().parents[1]
BEGIN = "<!-- measured table: made by tools/measured_table.py from medialit/content/data/measured.json -->"
END = "<!-- end of measured table -->"


def _share(found: int, units: int) -> str:
    return f"{found} of {units} ({found / units:.3f})"


def table() -> str:
    """Markdown rows: the data, what is measured, the annotator, the baseline beside it, the target, the script."""
    ct, pol = measured_score("checkthat_2023_dev"), measured_score("polnear_dev")
    web, speed = measured_score("webis_heldout"), measured_score("speed")
    rows = [
        ("data (never used to write the rules)", "what is measured", "annotator", "beside it", "target", "script"),
        ("---",) * 6,
        (
            f"CheckThat! 2023 English dev, {ct['items']} news sentences",
            "subjective or objective: macro-F1",
            f"{ct['annotator_macro_f1']:.3f}",
            f"TextBlob {ct['textblob_macro_f1']:.3f}",
            "≥ 0.76",
            f"`{ct['script']}`",
        ),
        (
            f"PolNeAR dev, {pol['items']} US political news articles",
            "sentences that quote or cite someone: precision / recall / F1",
            f"{pol['sentence_precision']:.3f} / {pol['sentence_recall']:.3f} / {pol['sentence_f1']:.3f}",
            f"keyword F1 {pol['keyword_sentence_f1']:.3f}",
            "F1 ≥ 0.82",
            f"`{pol['script']}`",
        ),
        ("", "who is cited: share of the marked sources it names", f"{pol['source_recall']:.3f}", "", "≥ 0.75", ""),
        (
            f"Webis-Editorials-16, the {web['items']} Guardian editorials kept apart",
            "a statistic found in a `statistics` unit",
            _share(web["statistics_found"], web["statistics_units"]),
            f"a digit {web['keyword_statistics']:.3f}",
            "≥ 0.92",
            f"`{web['script']}`",
        ),
        (
            "",
            "an attribution found in a `testimony` unit",
            _share(web["testimony_found"], web["testimony_units"]),
            f"keyword {web['keyword_testimony']:.3f}",
            "≥ 0.80",
            "",
        ),
        (
            "",
            "assumption or evidence: macro-F1",
            f"{web['assumption_evidence_macro_f1']:.3f}",
            f"TextBlob {web['textblob_macro_f1']:.3f}",
            "≥ 0.65",
            "",
        ),
        (
            "speed (CPU time, 2 cores, nothing else running)",
            "one 5 MB text: MB a second",
            f"{speed['mb_per_s_low']:.2f}–{speed['mb_per_s_high']:.2f}",
            f"TextBlob {speed['textblob_mb_per_s_low']:.2f}–{speed['textblob_mb_per_s_high']:.2f}",
            "≥ 3",
            f"`{speed['script']}`",
        ),
        (
            "",
            "one-sentence documents: ms each",
            f"{speed['one_sentence_ms_low']:.3f}–{speed['one_sentence_ms_high']:.3f}",
            f"TextBlob {speed['textblob_one_sentence_ms_low']:.3f}–{speed['textblob_one_sentence_ms_high']:.3f}",
            "≤ TextBlob",
            "",
        ),
    ]
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def with_table(readme: str) -> str:
    """``readme`` with the text between the markers replaced by the current table."""
    head, rest = readme.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{table()}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the table into README.md")
    args = parser.parse_args()
    if not args.write:
        print(table())
        return 0
    path = ROOT / "README.md"
    path.write_text(with_table(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
