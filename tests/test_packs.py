"""Article packs: the op-ed as the first pack, a draft from the annotator, a teacher's edits, and the check."""

from __future__ import annotations

import json

import pandas.testing as pdt
import pytest

from medialit import answer_key, load_article
from medialit.cli import main
from medialit.content.pack_check import check_pack
from medialit.content.packs import MACHINE, MARKED_BY, TEACHER, load_pack
from medialit.teacher.pack_maker import PackEditor, new_pack
from medialit.text.textio import InputProblem

INVENTED = (
    "The Millbrook town council voted 5 to 2 on Tuesday to close the old river bridge, the mayor said.\n\n"
    "Repairs would cost nearly $2 million, according to the council's engineers. "
    "Critics call the decision a disaster for shop owners.\n\n"
    "The bridge will reopen by 2027, officials believe.\n"
)


@pytest.fixture
def draft(tmp_path):
    src = tmp_path / "bridge.txt"
    src.write_text(INVENTED, encoding="utf-8")
    return new_pack(src, tmp_path / "bridge", "Millbrook closes its old bridge (invented)", "An invented reporter")


def test_the_oped_is_the_first_pack_exactly_as_lessons_load_it():
    pack = load_pack()
    assert pack.name == "kirichenko-2025"
    assert pack.article.text == load_article().text
    pdt.assert_frame_equal(pack.article.sentences, load_article().sentences)
    for name in ("sentences", "attributions", "statistics", "cues"):
        pdt.assert_frame_equal(pack.key.table(name), answer_key().table(name))
    assert pack.unconfirmed() == 0


def test_the_oped_pack_passes_the_check_by_name(capsys):
    assert check_pack("kirichenko-2025") == []
    assert main(["pack", "check", "kirichenko-2025"]) == 0
    assert "complete" in capsys.readouterr().out


def test_a_new_pack_is_the_machines_draft_with_offsets_that_match(draft):
    pack = load_pack(draft)
    assert pack.article.sentences["sentence_id"].iloc[0] == "p00.s1"  # the headline, as in the op-ed
    sentences = pack.tables["sentences"]
    assert set(sentences[MARKED_BY]) == {MACHINE}
    assert len(sentences) == len(pack.article.sentences)
    for name, column in (("attributions", "source"), ("statistics", "span"), ("sentences", "text")):
        for _, row in pack.tables[name].iterrows():
            assert pack.text[int(row["start"]) : int(row["end"])] == row[column]
    assert "nearly $2 million" in set(pack.tables["statistics"]["span"])
    assert pack.unconfirmed() > 0
    assert oct((draft / "pack.json").stat().st_mode & 0o777) == "0o644"


def test_the_check_lists_what_is_missing_and_fails_on_a_draft(draft, capsys):
    messages = [str(p) for p in check_pack(draft)]
    assert any("give the article's licence" in m for m in messages)
    assert any("give a reason for its label" in m for m in messages)
    assert any("still the machine's draft" in m for m in messages)
    assert main(["pack", "check", str(draft)]) == 1
    out = capsys.readouterr().out
    assert "problems to fix" in out and "Traceback" not in out


def _finish(draft):
    """Do what a teacher does in make_a_pack: label every sentence, confirm every row, cite evidence."""
    editor = PackEditor(draft)
    for sid in list(editor.pack.tables["sentences"]["sentence_id"]):
        editor.label_sentence(sid, "fact", "A record could show whether this happened.")
    for name, column in (("attributions", "source"), ("statistics", "span"), ("cues", "span")):
        for _, row in editor.pack.tables[name].copy().iterrows():
            fields = {"unit": "votes"} if name == "statistics" and not row["unit"] else {}
            editor.confirm(name, row["sentence_id"], row[column], **fields)
    editor.add_evidence(
        "p01.s1",
        "The council voted 5 to 2",
        "Millbrook Gazette (invented)",
        "2026-01-01",
        "https://example.org/invented",
        publisher_kind="newspaper",
        publisher_side="an invented local paper; no side",
        first_hand="yes: its own report",
    )
    facts = json.loads((draft / "pack.json").read_text(encoding="utf-8"))
    facts |= {"published": "2026-01-01", "licence": "invented for the course (MIT)"}
    (draft / "pack.json").write_text(json.dumps(facts), encoding="utf-8")
    return editor


def test_every_edit_is_saved_at_once_and_marked_as_the_teachers(draft):
    editor = PackEditor(draft)
    editor.label_sentence("p01.s1", "fact", "The vote is on the council's record.")
    row = load_pack(draft).tables["sentences"].set_index("sentence_id").loc["p01.s1"]
    assert (row["claim_type"], row["rationale"], row[MARKED_BY]) == (
        "fact",
        "The vote is on the council's record.",
        TEACHER,
    )
    with pytest.raises(InputProblem, match="claim type"):
        editor.label_sentence("p01.s1", "true", "x")
    with pytest.raises(InputProblem, match="no sentences row"):
        editor.label_sentence("p09.s9", "fact", "x")


def test_a_finished_pack_passes_the_check(draft):
    _finish(draft)
    assert check_pack(draft) == []
    assert main(["pack", "check", str(draft)]) == 0


def test_the_check_catches_offsets_that_do_not_match_and_uncited_evidence(draft):
    _finish(draft)
    path = draft / "key" / "statistics.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(",nearly $2 million,", ",nearly $3 million,"), encoding="utf-8"
    )
    ev = draft / "evidence.csv"
    ev.write_text(ev.read_text(encoding="utf-8").replace("https://example.org/invented", ""), encoding="utf-8")
    messages = [str(p) for p in check_pack(draft)]
    assert any("do not match 'nearly $3 million'" in m for m in messages)
    assert any("give the source's url" in m for m in messages)


@pytest.mark.parametrize("breakage", ["no folder", "bad json", "no text", "missing column"])
def test_a_broken_pack_is_reported_not_raised(draft, tmp_path, breakage, capsys):
    target = draft
    if breakage == "no folder":
        target = tmp_path / "nowhere"
    elif breakage == "bad json":
        (draft / "pack.json").write_text("{not json", encoding="utf-8")
    elif breakage == "no text":
        (draft / "article.txt").unlink()
    else:
        path = draft / "key" / "cues.csv"
        path.write_text("sentence_id,span\n", encoding="utf-8")
    problems = check_pack(target)
    assert problems, breakage
    assert main(["pack", "check", str(target)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_new_pack_refuses_to_overwrite_a_pack(draft, capsys):
    src = draft / "article.txt"
    assert main(["pack", "new", str(src), "--title", "t", "--author", "a", "--out", str(draft)]) == 2
    assert "already holds a pack" in capsys.readouterr().err


def test_the_pack_maker_widgets_save_each_step_at_once(draft):
    from medialit.teacher.pack_widgets import PackMaker

    maker = PackMaker(draft)
    assert maker.at == 0 and "p00.s1" in maker.sentence.value
    maker.claim.value = None
    maker.save_button.click()
    assert "Choose a claim type" in maker.status.value and maker.at == 0  # nothing half-saved
    while True:
        sid = maker.ids[maker.at]
        maker.claim.value, maker.reason.value = "fact", f"A record could show {sid}."
        for name, _sid, _span, extra in maker._row_widgets:
            if name == "statistics" and not extra["unit"].value:
                extra["unit"].value = "votes"
        last = maker.at == len(maker.ids) - 1
        maker.save_button.click()
        saved = load_pack(draft).tables["sentences"].set_index("sentence_id").loc[sid]
        assert (saved["claim_type"], saved[MARKED_BY]) == ("fact", TEACHER)  # on disk before the next step
        if last:
            break
    remaining = [str(p) for p in check_pack(draft)]
    assert remaining and all(m.startswith("pack.json") for m in remaining), remaining  # only the facts are left


def test_the_second_pack_is_what_its_build_script_makes_and_passes_the_check():
    import subprocess
    import sys
    from pathlib import Path

    tool = Path(__file__).resolve().parents[1] / "tools" / "make_millbrook_pack.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert check_pack("millbrook-skate-park") == []
    pack = load_pack("millbrook-skate-park")
    assert pack.facts["invented"] is True and "invented" in pack.article.credit.lower()
    assert pack.unconfirmed() == 0


def test_end_to_end_new_article_to_class_results(draft, tmp_path, monkeypatch):
    """pack new -> the teacher's editor -> pack check -> two learners practise -> export -> class results."""
    from medialit import check, solution
    from medialit.content.pack_questions import pack_questions, use_pack
    from medialit.teacher.class_files import load_class
    from medialit.teacher.class_results import pack_rates
    from medialit.teacher.export import export_progress

    _finish(draft)
    assert check_pack(draft) == []
    pack = use_pack(draft)
    questions = pack_questions(draft, "label")
    assert questions and all(q.id.startswith(f"pack.{pack.name}.label.") for q in questions)
    hand_in = tmp_path / "hand-in"
    hand_in.mkdir()
    for n, learner in enumerate(("Ana", "Ben")):
        monkeypatch.setenv("MEDIALIT_PROGRESS_FILE", str(tmp_path / f"{learner}.json"))
        first = questions[0]
        wrong = next(o for o in first.options if o != first.answer)
        assert check(first.id, wrong if n else first.answer).status == ("incorrect" if n else "correct")
        if n:
            solution(first.id)  # Ben asks to see it
        check(questions[1].id, questions[1].answer)
        export_progress(hand_in / f"{learner}.json", learner)
    data = load_class(hand_in)
    assert not data.problems
    rates = pack_rates(data.answers, pack.name).set_index("question_id")
    row = rates.loc[questions[0].id]
    assert (row["tried"], row["correct"], row["answer_shown"]) == (2, 1, 1)
    assert row["prompt"] == questions[0].prompt
    assert questions[1].id in rates.index
    assert pack_rates(data.answers, "kirichenko-2025").empty  # packs stay apart
