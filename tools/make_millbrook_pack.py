"""Build the course's second article pack, an invented news report, with the pack tools a teacher uses.

The text is the course's invented Millbrook news report (medialit/content/data/practice/millbrook_news.txt):
no public-domain report on the op-ed's events could be copied in full here, so the second pack is an
obviously invented one, and a news report rather than an op-ed so learners can compare the two genres.

What this script does is what a teacher does in notebooks/teacher/make_a_pack.ipynb: ``medialit pack new``
drafts the key with the annotator, then every row is decided by a person (the decisions below): the
machine's rows that are right are confirmed, wrong ones corrected or removed, missed ones added. The result
does not depend on the annotator's draft: any machine row not decided here is removed.

    .venv/bin/python tools/make_millbrook_pack.py          # (re)write medialit/content/packs/millbrook-skate-park
    .venv/bin/python tools/make_millbrook_pack.py --check  # exit 1 if the shipped pack differs from a fresh build
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medialit.content.packs import MACHINE, MARKED_BY, TABLES  # noqa: E402
from medialit.teacher.pack_maker import PackEditor, new_pack  # noqa: E402

PACK = ROOT / "medialit" / "content" / "packs" / "millbrook-skate-park"
SOURCE = ROOT / "medialit" / "content" / "data" / "practice" / "millbrook_news.txt"
TITLE = "Millbrook council delays vote on Station Road skate park"
FACTS = {
    "name": "millbrook-skate-park",
    "author": "an invented reporter for the invented Millbrook Gazette",
    "published": "invented",
    "genre": "news report (invented)",
    "licence": "Invented for the medialit course; MIT like the course's own text.",
    "credit": "An invented news report, written for the medialit course. Millbrook and everyone in it are made up.",
    "invented": True,
}
REPORTED = (
    "It reports what {who} said; whether they said it can be checked. Their words are theirs, not the reporter's."
)
SENTENCES = {  # sentence id -> (claim type, reason, another defensible label and why)
    "p00.s1": ("fact", "A headline like any sentence: the council's record shows whether the vote was delayed.", ""),
    "p01.s1": ("fact", "The delay and the length of the meeting are on the council's record.", ""),
    "p02.s1": ("fact", "A head count, credited to the clerk: someone could check the attendance list.", ""),
    "p02.s2": ("fact", "The spaces can be counted and the survey can be read.", ""),
    "p03.s1": ("fact", "The council documents can be read to see the estimate.", ""),
    "p03.s2": ("fact", "The charity's offer and the plan for the rest can be checked with the council.", ""),
    "p04.s1": (
        "fact",
        REPORTED.format(who="Councillor Nair"),
        "opinion: 'nowhere safe' is a judgement, but it is hers, quoted, not the reporter's",
    ),
    "p04.s2": ("fact", "The signatures can be counted; the number is credited to the organisers.", ""),
    "p05.s1": (
        "fact",
        REPORTED.format(who="Tom Walsh"),
        "opinion: 'a disaster' is a judgement, but it is his, quoted, not the reporter's",
    ),
    "p05.s2": ("fact", "What the association's statement says can be read; its figure is its own.", ""),
    "p06.s1": ("fact", "The traffic report can be read and the spaces counted.", ""),
    "p07.s1": (
        "prediction",
        "It says what is expected to happen on a future date.",
        "fact: the date may already be on the council's agenda, which can be checked today",
    ),
    "p07.s2": (
        "fact",
        REPORTED.format(who="the clerk"),
        "prediction: what the clerk said is about what could happen in the autumn",
    ),
    "p08.s1": ("fact", "The notice says the text is invented for the course.", ""),
    "p08.s2": ("fact", "The notice says the text is invented for the course.", ""),
}
ROWS = {  # table -> (sentence id, span, fields); offsets are found by the tools
    "attributions": [
        (
            "p02.s1",
            "the council clerk, Ann Patel",
            dict(
                source_who="Ann Patel, the council clerk",
                source_type="named_person",
                reporting_verb="according to",
                verb_stance="neutral",
                form="paraphrase",
            ),
        ),
        (
            "p02.s2",
            "a council survey",
            dict(
                source_who="a council survey",
                source_type="document_or_footage",
                reporting_verb="found",
                verb_stance="neutral",
                form="paraphrase",
            ),
        ),
        (
            "p03.s1",
            "council documents",
            dict(
                source_who="the council's documents",
                source_type="document_or_footage",
                reporting_verb="show",
                verb_stance="neutral",
                form="paraphrase",
            ),
        ),
        (
            "p04.s1",
            "Councillor Priya Nair",
            dict(
                source_who="Priya Nair, chair of the leisure committee",
                source_type="named_person",
                reporting_verb="said",
                verb_stance="neutral",
                form="partial_quote",
                quote="nowhere safe for teenagers to skate.",
            ),
        ),
        (
            "p04.s2",
            "its organisers",
            dict(
                source_who="the petition's organisers",
                source_type="vague_group",
                reporting_verb="said",
                verb_stance="neutral",
                form="paraphrase",
            ),
        ),
        (
            "p05.s1",
            "Shop owner Tom Walsh",
            dict(
                source_who="Tom Walsh, a shop owner",
                source_type="named_person",
                reporting_verb="said",
                verb_stance="neutral",
                form="partial_quote",
                quote="a disaster for the high street.",
            ),
        ),
        (
            "p05.s2",
            "The Millbrook Traders' Association",
            dict(
                source_who="the Millbrook Traders' Association",
                source_type="organisation",
                reporting_verb="said in a statement",
                verb_stance="neutral",
                form="paraphrase",
            ),
        ),
        (
            "p06.s1",
            "A council traffic report",
            dict(
                source_who="a council traffic report",
                source_type="document_or_footage",
                reporting_verb="found",
                verb_stance="neutral",
                form="paraphrase",
            ),
        ),
        (
            "p07.s2",
            "the clerk",
            dict(
                source_who="Ann Patel, the council clerk",
                source_type="role_only",
                reporting_verb="said",
                verb_stance="neutral",
                form="paraphrase",
            ),
        ),
    ],
    "statistics": [
        (
            "p01.s1",
            "more than three hours",
            dict(
                value_low="3",
                unit="hours",
                qualifier="over",
                counted="how long the meeting lasted",
                source="none stated (the reporter, who may have been there)",
            ),
        ),
        (
            "p02.s1",
            "About 120 residents",
            dict(
                value_low="120",
                value_high="120",
                unit="people",
                qualifier="about",
                counted="residents at the meeting",
                source="the council clerk",
            ),
        ),
        (
            "p02.s2",
            "64 spaces",
            dict(
                value_low="64",
                value_high="64",
                unit="parking spaces",
                qualifier="none",
                counted="spaces in the Station Road car park",
            ),
        ),
        (
            "p02.s2",
            "about three-quarters",
            dict(
                value_low="0.75",
                value_high="0.75",
                unit="share of spaces",
                qualifier="about",
                time_frame="weekdays, in a survey last spring",
                denominator="the car park's 64 spaces",
                source="a council survey",
            ),
        ),
        (
            "p03.s1",
            "an estimated $180,000",
            dict(
                value_low="180000",
                value_high="180000",
                unit="US dollars",
                qualifier="about",
                counted="the plan's cost",
                source="council documents",
            ),
        ),
        (
            "p03.s2",
            "$50,000",
            dict(
                value_low="50000",
                value_high="50000",
                unit="US dollars",
                qualifier="none",
                counted="what the charity has offered (an offer, not yet paid)",
            ),
        ),
        (
            "p04.s2",
            "1,450 signatures",
            dict(
                value_low="1450",
                value_high="1450",
                unit="signatures",
                qualifier="none",
                source="the petition's organisers",
                reader_question="Are they all Millbrook residents?",
            ),
        ),
        (
            "p05.s2",
            "up to 30 percent",
            dict(
                value_high="30",
                unit="percent",
                qualifier="up to",
                denominator="weekday customers (of which shops, counted how?)",
                source="the Millbrook Traders' Association",
                reader_question="Up to 30 percent: is that the highest shop, or the average?",
            ),
        ),
        (
            "p06.s1",
            "200 spaces",
            dict(
                value_low="200",
                value_high="200",
                unit="parking spaces",
                qualifier="none",
                counted="spaces in the Mill Lane car park",
                source="a council traffic report",
            ),
        ),
        (
            "p06.s1",
            "about half",
            dict(
                value_low="0.5",
                value_high="0.5",
                unit="share of spaces",
                qualifier="about",
                denominator="the Mill Lane car park's 200 spaces",
                source="a council traffic report",
            ),
        ),
    ],
    "cues": [
        ("p05.s1", "disaster", dict(cue_type="loaded", in_quote="true", note="Tom Walsh's word, quoted: it is his.")),
        ("p07.s2", "could", dict(cue_type="hedge", in_quote="false", note="The clerk leaves room: 'could'.")),
    ],
}
SPAN = {"attributions": "source", "statistics": "span", "cues": "span"}


def build(folder: Path) -> Path:
    """Draft the pack with the annotator, then apply every decision above with the teacher's editor."""
    raw = SOURCE.read_text(encoding="utf-8").strip()
    notice, _, body = raw.partition("\n\n")
    headline, _, rest = body.partition("\n\n")
    assert headline == TITLE, headline
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        article.write_text(f"{rest.strip()}\n\n{notice}\n", encoding="utf-8")  # the notice ends it, as a note
        new_pack(article, folder, TITLE, FACTS["author"])
    facts = json.loads((folder / "pack.json").read_text(encoding="utf-8")) | FACTS
    (folder / "pack.json").write_text(json.dumps(facts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    editor = PackEditor(folder)
    for sid, (claim, reason, other) in SENTENCES.items():
        editor.label_sentence(sid, claim, reason, other)
    for name, rows in ROWS.items():
        wanted = {(sid, span) for sid, span, _ in rows}
        for _, row in editor.pack.tables[name].copy().iterrows():
            if (row["sentence_id"], row[SPAN[name]]) not in wanted:
                editor.remove(name, row["sentence_id"], row[SPAN[name]])
        have = {(r["sentence_id"], r[SPAN[name]]) for r in editor.pack.tables[name].to_dict("records")}
        for sid, span, fields in rows:
            if (sid, span) in have:
                editor.confirm(name, sid, span, **fields)
            else:
                editor.add(name, sid, span, **fields)
    assert not any((editor.pack.tables[t][MARKED_BY] == MACHINE).any() for t in TABLES)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped pack differs from a fresh build")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = build(Path(tmp) / PACK.name)
        if args.check:
            files = sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file())
            stale = [f for f in files if not (PACK / f).is_file() or not filecmp.cmp(fresh / f, PACK / f, False)]
            if stale:
                print(f"{PACK} is stale ({', '.join(stale)}): run tools/make_millbrook_pack.py", file=sys.stderr)
                return 1
            return 0
        shutil.rmtree(PACK, ignore_errors=True)
        shutil.copytree(fresh, PACK)
    print(f"Wrote {PACK}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
