"""`medialit export`: a learner's answers and labels in one file the class loader reads; one clear line on errors."""

import json
import os
import stat
import subprocess
import sys
from datetime import datetime, timezone

import pytest

import medialit
from medialit.learner.grading import check
from medialit.learner.labelling import save_label
from medialit.teacher.classroom import default_file_name, export_progress, load_class
from medialit.text.textio import InputProblem


def run(*args, cwd=None):
    """The real command in a subprocess (it inherits the test's MEDIALIT_PROGRESS_FILE)."""
    return subprocess.run(
        [sys.executable, "-m", "medialit", *args], capture_output=True, text=True, timeout=60, cwd=cwd
    )


def some_work():
    check("01.1", "fact")
    check("01.4", "fact")  # wrong first try
    save_label("oped", "p08.s1", "opinion")
    save_label("oped", "p10.s1", "mixed")
    save_label("practice", "p01.s1", "fact")


def assert_one_clear_line(proc, *words):
    assert proc.returncode == 2, proc.stdout + proc.stderr
    err = proc.stderr.strip()
    assert "Traceback" not in proc.stderr and len(err.splitlines()) == 1, proc.stderr
    assert err.startswith("medialit: ")
    for word in words:
        assert word in err, err


def test_round_trip_through_the_command_into_the_class_loader(tmp_path):
    some_work()
    hand_in = tmp_path / "class"
    hand_in.mkdir()
    proc = run("export", "--name", "Ana Díaz", "--out", str(hand_in))
    assert proc.returncode == 0, proc.stderr
    path = hand_in / "medialit-ana-díaz.json"
    assert "Saved 2 answer(s) and 3 sentence label(s) for 'Ana Díaz'" in proc.stdout and str(path) in proc.stdout
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "medialit-export" and data["learner"] == "Ana Díaz"
    assert data["course_version"] == medialit.__version__
    stamp = datetime.fromisoformat(data["exported_at"].replace("Z", "+00:00"))
    assert data["exported_at"].endswith("Z") and stamp.tzinfo == timezone.utc
    assert abs((datetime.now(timezone.utc) - stamp).total_seconds()) < 120
    assert data["sentence_labels"] == {"oped": {"p08.s1": "opinion", "p10.s1": "mixed"}, "practice": {"p01.s1": "fact"}}
    assert data["answers"]["01.4"]["correct"] is False and data["answers"]["01.1"]["correct"] is True

    loaded = load_class(hand_in)
    assert loaded.problems == []
    assert loaded.labels.values.tolist() == [["Ana Díaz", "p08.s1", "opinion"], ["Ana Díaz", "p10.s1", "mixed"]]
    assert load_class(hand_in, label_set="practice").labels["sentence_id"].tolist() == ["p01.s1"]
    answers = loaded.answers.set_index("question_id")
    assert answers.loc["01.1", "correct"] and not answers.loc["01.4", "correct"]
    assert answers.loc["01.4", "answer"] == "fact" and answers.loc["01.4", "attempts"] == 1


def test_default_file_name_and_folder(tmp_path, monkeypatch):
    some_work()
    monkeypatch.chdir(tmp_path)
    path, messages = export_progress(name="  Sam   O'Neil ")
    assert path == tmp_path / "medialit-sam-o-neil.json"
    assert json.loads(path.read_text(encoding="utf-8"))["learner"] == "Sam O'Neil"
    assert default_file_name("***") == "medialit-learner.json"
    again, _ = export_progress(out=tmp_path / "mine.json", name="Sam")  # an explicit file name is used as is
    assert again == tmp_path / "mine.json" and again.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left behind


def test_without_a_name_the_login_name_is_used_and_said(tmp_path):
    some_work()
    proc = run("export", "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "--name" in proc.stdout
    (file,) = tmp_path.glob("medialit-*.json")
    assert json.loads(file.read_text(encoding="utf-8"))["learner"]


def test_no_progress_yet(tmp_path):
    assert_one_clear_line(run("export", "--name", "Ana", "--out", str(tmp_path)), "no saved progress yet")
    assert list(tmp_path.iterdir()) == []


def test_a_progress_file_with_nothing_in_it(tmp_path, progress_file):
    progress_file.parent.mkdir(parents=True)
    progress_file.write_text('{"version": 1, "answers": {}}', encoding="utf-8")
    assert_one_clear_line(run("export", "--name", "Ana", "--out", str(tmp_path)), "no answers or sentence labels")


def test_a_corrupt_progress_file_is_set_aside_and_said(tmp_path, progress_file):
    progress_file.parent.mkdir(parents=True)
    progress_file.write_text("{this is not json", encoding="utf-8")
    proc = run("export", "--name", "Ana", "--out", str(tmp_path))
    assert_one_clear_line(proc, "nothing to export", "not valid JSON", "progress.corrupt-")
    (aside,) = progress_file.parent.glob("progress.corrupt-*.json")
    assert aside.read_text(encoding="utf-8") == "{this is not json"  # the learner's data is kept
    assert not list(tmp_path.glob("medialit-*.json"))


def test_a_partly_bad_progress_file_exports_what_could_be_kept(tmp_path, progress_file):
    progress_file.parent.mkdir(parents=True)
    raw = {"answers": {"01.1": {"answer": "fact", "correct": True, "attempts": 1}, "01.2": "garbage"}}
    progress_file.write_text(json.dumps(raw), encoding="utf-8")
    proc = run("export", "--name", "Ana", "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "1 saved answer(s) had the wrong shape" in proc.stdout and "Saved 1 answer(s)" in proc.stdout
    assert set(json.loads((tmp_path / "medialit-ana.json").read_text(encoding="utf-8"))["answers"]) == {"01.1"}
    assert set(json.loads(progress_file.read_text(encoding="utf-8"))["answers"]) == {"01.1"}  # fresh file kept
    assert len(list(progress_file.parent.glob("progress.corrupt-*.json"))) == 1


@pytest.mark.parametrize(
    ("where", "words"),
    [
        (lambda tmp: tmp / "no-such-folder" / "x.json", ("does not exist",)),
        (lambda tmp: tmp / "a-file.txt" / "x.json", ("does not exist",)),
    ],
)
def test_unwritable_paths(tmp_path, where, words):
    some_work()
    (tmp_path / "a-file.txt").write_text("in the way", encoding="utf-8")
    assert_one_clear_line(run("export", "--name", "Ana", "--out", str(where(tmp_path))), "cannot write", *words)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder(tmp_path):
    some_work()
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert_one_clear_line(run("export", "--name", "Ana", "--out", str(locked)), "cannot write", "ermission")
    finally:
        locked.chmod(stat.S_IRWXU)


def test_the_progress_file_itself_is_refused(progress_file):
    some_work()
    before = progress_file.read_bytes()
    assert_one_clear_line(run("export", "--name", "Ana", "--out", str(progress_file)), "progress file itself")
    assert progress_file.read_bytes() == before


@pytest.mark.parametrize("name", ["", "   ", "a\x1b[2Jb", "x" * 200])
def test_bad_names(tmp_path, name):
    some_work()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InputProblem):
        export_progress(out=out, name=name)
    assert list(out.iterdir()) == []


def test_an_export_is_readable_by_the_teacher_and_progress_stays_private(tmp_path, progress_file):
    some_work()
    path, _ = export_progress(out=tmp_path, name="Ana")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert stat.S_IMODE(progress_file.stat().st_mode) == 0o600


def test_long_open_answers_still_make_an_export_the_class_loader_reads(tmp_path, progress_file):
    progress_file.parent.mkdir(parents=True)
    essays = {f"0{n}.9": {"answer": "word " * 110_000, "correct": True, "attempts": 1} for n in range(1, 5)}
    progress_file.write_text(json.dumps({"version": 1, "answers": essays}), encoding="utf-8")
    path, _ = export_progress(out=tmp_path, name="Ana")
    assert path.stat().st_size > 2_200_000  # the size that the old 2 MB loader limit refused
    loaded = load_class(tmp_path)
    assert loaded.problems == [] and len(loaded.answers) == 4


def test_an_export_over_the_shared_limit_is_refused_before_writing(tmp_path, progress_file, monkeypatch):
    from medialit.teacher import export as classroom  # the one module that holds the limit

    some_work()
    monkeypatch.setattr(classroom, "MAX_EXPORT_BYTES", 500)
    with pytest.raises(InputProblem, match="the limit a teacher's class loader reads is 0.0005 MB"):
        export_progress(out=tmp_path, name="Ana")
    assert list(tmp_path.glob("medialit-*")) == []


def test_an_export_leaves_no_temp_file_and_cleans_up_old_ones(tmp_path):
    some_work()
    hand_in = tmp_path / "hand-in"
    hand_in.mkdir()
    orphan = hand_in / ".medialit-export-killed.tmp"
    orphan.write_text("{", encoding="utf-8")
    old = os.path.getmtime(orphan) - 3600
    os.utime(orphan, (old, old))
    export_progress(out=hand_in, name="Ana")
    assert sorted(p.name for p in hand_in.iterdir()) == ["medialit-ana.json"]
