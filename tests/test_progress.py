"""Saved progress: atomic writes, bad files set aside with their data kept, and lessons that never crash."""

import json
import os
import stat
from itertools import zip_longest

import pytest

from medialit import show_progress as progress_fn
from medialit.learner.progress import ProgressStore, progress_path, progress_table, store


def read(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_path_follows_the_environment(progress_file, monkeypatch, tmp_path):
    assert progress_path() == progress_file
    monkeypatch.delenv("MEDIALIT_PROGRESS_FILE")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert progress_path() == tmp_path / "home" / ".medialit" / "progress.json"


def test_update_writes_json_in_a_predictable_shape(progress_file):
    s = ProgressStore(progress_file)
    s.update("01.1", answer="fact", correct=True, attempts=1, wrong=[], revealed=False)
    data = read(progress_file)
    assert data["version"] == 1
    assert data["answers"]["01.1"] == {"answer": "fact", "correct": True, "attempts": 1, "wrong": [], "revealed": False}
    # a second store (a restarted kernel) sees the saved answer
    assert ProgressStore(progress_file).get("01.1")["answer"] == "fact"


def test_write_is_atomic_when_the_disk_fails_midway(progress_file, monkeypatch):
    s = ProgressStore(progress_file)
    s.update("01.1", answer="fact", correct=True, attempts=1)
    before = progress_file.read_bytes()

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    assert s.save() is False
    assert progress_file.read_bytes() == before  # the old file is intact
    assert sorted(p.name for p in progress_file.parent.iterdir()) == [".progress.json.lock", "progress.json"]  # no temp
    assert "No space left" in s.pop_notices()[0]
    monkeypatch.undo()
    # after a failure the answers stay in memory and the learner can keep going
    s.update("01.2", answer="opinion", correct=False, attempts=1)
    assert s.get("01.2")["answer"] == "opinion"


def test_writes_go_through_a_temporary_file_and_os_replace(progress_file, monkeypatch):
    calls = []
    real = os.replace

    def spy(src, dst):
        calls.append((os.path.basename(src), os.path.basename(dst)))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    ProgressStore(progress_file).update("01.1", answer="fact")
    assert len(calls) == 1 and calls[0][0].startswith(".progress-") and calls[0][1] == "progress.json"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2, 3]", "list"),
        ('"just text"', "str"),
        ('{"answers": [1, 2]}', "answers"),
    ],
)
def test_unusable_file_is_set_aside_with_its_data(progress_file, content, problem):
    progress_file.parent.mkdir(parents=True)
    progress_file.write_text(content, encoding="utf-8")
    s = ProgressStore(progress_file)
    assert s.load() == {}
    notice = s.pop_notices()[0]
    assert problem in notice and "corrupt-" in notice
    kept = list(progress_file.parent.glob("progress.corrupt-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content  # data preserved
    assert not progress_file.exists()  # never overwritten in place
    s.update("01.1", answer="fact", correct=True)  # a fresh file is started
    assert read(progress_file)["answers"]["01.1"]["answer"] == "fact"
    assert kept[0].read_text(encoding="utf-8") == content


def test_wrong_types_inside_keep_the_good_answers(progress_file):
    progress_file.parent.mkdir(parents=True)
    raw = {
        "version": 1,
        "answers": {
            "01.1": {"answer": "fact", "correct": True, "attempts": 2, "wrong": ["opinion"]},
            "01.2": "not a dict",
            "01.3": {"answer": "mixed", "attempts": "three"},
            "01.4": {"answer": "x", "wrong": [1, 2]},
        },
    }
    progress_file.write_text(json.dumps(raw), encoding="utf-8")
    s = ProgressStore(progress_file)
    answers = s.load()
    assert set(answers) == {"01.1"}
    assert "3 saved answer(s) had the wrong shape" in s.pop_notices()[0]
    kept = next(progress_file.parent.glob("progress.corrupt-*.json"))
    assert json.loads(kept.read_text(encoding="utf-8")) == raw
    s.save()
    assert set(read(progress_file)["answers"]) == {"01.1"}


def test_two_corrupt_files_in_the_same_second_are_both_kept(progress_file):
    progress_file.parent.mkdir(parents=True)
    for content in ("{bad", "{worse"):
        progress_file.write_text(content, encoding="utf-8")
        ProgressStore(progress_file).load()
    kept = sorted(p.read_text(encoding="utf-8") for p in progress_file.parent.glob("progress.corrupt-*"))
    assert kept == ["{bad", "{worse"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_left_alone(progress_file):
    progress_file.parent.mkdir(parents=True)
    progress_file.write_text('{"answers": {}}', encoding="utf-8")
    progress_file.chmod(0)
    try:
        s = ProgressStore(progress_file)
        s.update("01.1", answer="fact")
        assert "Could not read" in s.pop_notices()[0]
        assert s.get("01.1")["answer"] == "fact"
    finally:
        progress_file.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert read(progress_file) == {"answers": {}}


def test_a_folder_in_place_of_the_file_is_unreadable_not_a_crash(progress_file):
    progress_file.mkdir(parents=True)  # works for root too: reading a directory fails
    s = ProgressStore(progress_file)
    s.update("01.1", answer="fact")
    assert "Could not read" in s.pop_notices()[0]
    assert s.get("01.1")["answer"] == "fact" and progress_file.is_dir()


def test_binary_file_is_set_aside(progress_file):
    progress_file.parent.mkdir(parents=True)
    progress_file.write_bytes(b"\xff\xfe\x00garbage")
    s = ProgressStore(progress_file)
    s.update("01.1", answer="fact")
    notices = s.pop_notices()
    assert notices and s.get("01.1")["answer"] == "fact"


def unwritable_folder(tmp_path):
    """A folder this process cannot create files in (for root, a path under /proc)."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        return folder
    if not os.path.isdir("/proc/self"):
        pytest.skip("no folder is unwritable for root on this system")
    return os.path.join("/proc", "medialit-no-such-folder")


def test_unwritable_folder_keeps_answers_in_memory(tmp_path, monkeypatch):
    folder = unwritable_folder(tmp_path)
    monkeypatch.setenv("MEDIALIT_PROGRESS_FILE", os.path.join(folder, "progress.json"))
    s = store()
    s.update("01.1", answer="fact", correct=True, attempts=1)
    assert "Could not save" in s.pop_notices()[0]
    assert s.get("01.1")["correct"] is True
    s.update("01.2", answer="opinion")  # no second message, no exception
    assert s.pop_notices() == [] and s.get("01.2")["answer"] == "opinion"


def test_a_file_where_the_folder_should_be(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    monkeypatch.setenv("MEDIALIT_PROGRESS_FILE", str(blocker / "progress.json"))
    s = store()
    s.update("01.1", answer="fact", correct=True, attempts=1)
    assert s.pop_notices() and s.get("01.1")["correct"] is True
    assert blocker.read_text(encoding="utf-8") == "a file where a folder should be"


def test_another_notebook_writing_the_same_file_is_merged(progress_file):
    a, b = ProgressStore(progress_file), ProgressStore(progress_file)
    a.update("01.1", answer="fact")
    b.update("02.1", answer="anonymous")
    a.update("01.2", answer="opinion")
    assert set(read(progress_file)["answers"]) == {"01.1", "01.2", "02.1"}


def test_progress_table_and_summary(progress_file):
    from medialit.content.questions import load_questions
    from medialit.learner.grading import check

    empty = progress_table()
    assert list(empty.columns) == ["lesson", "title", "questions", "tried", "correct", "answer shown"]
    assert empty["tried"].sum() == 0 and "Nothing saved yet" in repr(progress_fn())
    q = next(q for q in load_questions().values() if q.kind == "number")
    check(q.id, q.expected())
    table = progress_table().set_index("lesson")
    assert table.loc[f"{q.lesson:02d}", "correct"] == 1
    view = progress_fn()
    assert "You have tried 1 of" in repr(view) and "got 1 right" in view._repr_html_()


def test_show_progress_works_however_the_module_was_imported():
    import medialit
    import medialit.learner.progress

    assert medialit.show_progress is medialit.learner.progress.show_progress
    assert "You have tried" in repr(medialit.show_progress())


def test_progress_view_escapes_and_shows_notices(progress_file):
    progress_file.parent.mkdir(parents=True)
    progress_file.write_text("<script>alert(1)</script>", encoding="utf-8")
    html = progress_fn()._repr_html_()
    assert "could not be used" in html and "<script>" not in html


# --- two notebooks saving at once (real processes) --------------------------------------------------


def _worker(path, start, jobs):
    """One 'notebook': wait for the start signal, then run its jobs against the shared progress file."""
    os.environ["MEDIALIT_PROGRESS_FILE"] = str(path)
    from medialit.learner import progress
    from medialit.learner.grading import check, solution
    from medialit.learner.labelling import save_label

    progress._STORES.clear()  # a fresh kernel: nothing inherited from the parent's memory
    start.wait()
    for kind, arg, value in jobs:
        if kind == "check":
            check(arg, value)
        elif kind == "solution":
            solution(arg)
        else:
            save_label("oped", arg, value)


def _run_notebooks(path, job_lists):
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    start = ctx.Event()
    procs = [ctx.Process(target=_worker, args=(path, start, jobs)) for jobs in job_lists]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(60)
    assert all(p.exitcode == 0 for p in procs), [p.exitcode for p in procs]
    return read(path)


def _number_question():
    from medialit.content.questions import load_questions

    return next(q for q in load_questions().values() if q.kind == "number")


@pytest.mark.parametrize("run", range(3))
def test_two_notebooks_checking_the_same_question_lose_no_attempt(tmp_path, run):
    q = _number_question()
    path = tmp_path / "progress.json"
    data = _run_notebooks(path, [[("check", q.id, q.expected())] * 80] * 2)
    assert data["answers"][q.id]["attempts"] == 160
    assert data["answers"][q.id]["correct"] is True


@pytest.mark.parametrize("run", range(3))
def test_four_notebooks_on_their_own_and_shared_questions_lose_nothing(tmp_path, run):
    from medialit.content.questions import load_questions

    ids = sorted(load_questions())
    q = _number_question()
    path = tmp_path / "progress.json"
    jobs = []
    for n in range(4):
        mine = [("solution", qid, None) for qid in ids[n::4]]
        labels = [("label", f"p{n + 1:02d}.s{i}", "fact") for i in range(1, 6)]
        shared = [("check", q.id, q.expected())] * 5
        jobs.append([job for trio in zip_longest(mine, labels, shared) for job in trio if job])
    data = _run_notebooks(path, jobs)
    answers = data["answers"]
    assert sorted(qid for qid, e in answers.items() if e.get("revealed")) == ids  # no reveal forgotten
    assert answers[q.id]["attempts"] == sum(1 for js in jobs for j in js if j[0] == "check")
    assert len(data["sentence_labels"]["oped"]) == 20


def test_merge_keeps_the_newest_answer_adds_attempts_and_never_forgets_a_reveal(progress_file):
    a, b = ProgressStore(progress_file), ProgressStore(progress_file)
    a.update("01.1", answer="fact", correct=False, attempts=1, wrong=["fact"], revealed=False)
    assert b.get("01.1")["attempts"] == 1
    b.update("01.1", revealed=True)  # b shows the answer
    a.update("01.1", answer="opinion", correct=True, attempts=2)  # a, not knowing, tries again
    saved = read(progress_file)["answers"]["01.1"]
    assert saved == {"answer": "opinion", "correct": True, "attempts": 2, "wrong": ["fact"], "revealed": True}
    a.set_label("oped", "p01.s1", "fact")
    b.set_label("oped", "p01.s2", "opinion")
    a.set_label("oped", "p01.s1", None)  # a removal is a change too
    assert read(progress_file)["sentence_labels"] == {"oped": {"p01.s2": "opinion"}}


def test_deeply_nested_file_is_set_aside_like_any_corrupt_file(progress_file):
    from medialit.learner.grading import check

    progress_file.parent.mkdir(parents=True)
    content = '{"answers": ' + "[" * 100_000 + "]" * 100_000 + "}"
    progress_file.write_text(content, encoding="utf-8")
    fb = check("01.1", "fact")  # no traceback
    assert any("nested too deeply" in n for n in fb.notices), fb.notices
    kept = list(progress_file.parent.glob("progress.corrupt-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content
    assert read(progress_file)["answers"]["01.1"]["correct"] is True


def test_absurd_numbers_and_deep_answers_are_the_wrong_shape(progress_file):
    progress_file.parent.mkdir(parents=True)
    deep = json.loads("[" * 50 + "]" * 50)
    raw = {"answers": {"01.1": {"attempts": 10**30}, "01.2": {"answer": deep}, "01.3": {"answer": "ok"}}}
    progress_file.write_text(json.dumps(raw), encoding="utf-8")
    s = ProgressStore(progress_file)
    assert set(s.load()) == {"01.3"} and "2 saved answer(s) had the wrong shape" in s.pop_notices()[0]


def test_a_file_from_a_newer_version_is_set_aside_not_downgraded(progress_file):
    progress_file.parent.mkdir(parents=True)
    newer = {"version": 2, "answers": {"01.1": {"answer": "fact", "confidence": 0.9}}, "streaks": {"days": 3}}
    progress_file.write_text(json.dumps(newer), encoding="utf-8")
    s = ProgressStore(progress_file)
    s.update("01.2", answer="opinion")
    notice = s.pop_notices()[0]
    assert "newer version of medialit" in notice and "corrupt-" in notice
    kept = next(progress_file.parent.glob("progress.corrupt-*.json"))
    assert json.loads(kept.read_text(encoding="utf-8")) == newer  # untouched, unknown keys and all
    assert set(read(progress_file)["answers"]) == {"01.2"}


def test_unknown_top_level_keys_of_a_current_file_are_kept(progress_file):
    progress_file.parent.mkdir(parents=True)
    progress_file.write_text(json.dumps({"version": 1, "answers": {}, "notes": ["mine"]}), encoding="utf-8")
    ProgressStore(progress_file).update("01.1", answer="fact")
    assert read(progress_file)["notes"] == ["mine"]


def test_a_symlinked_progress_file_is_written_through_to_its_target(tmp_path, progress_file):
    real = tmp_path / "synced" / "progress.json"
    real.parent.mkdir()
    real.write_text(json.dumps({"version": 1, "answers": {"01.1": {"answer": "fact"}}}), encoding="utf-8")
    progress_file.parent.mkdir(parents=True)
    progress_file.symlink_to(real)
    ProgressStore(progress_file).update("01.2", answer="opinion")
    assert progress_file.is_symlink() and set(read(real)["answers"]) == {"01.1", "01.2"}


def test_progress_stays_private_and_orphan_temp_files_are_cleaned_up(progress_file):
    progress_file.parent.mkdir(parents=True)
    orphan = progress_file.parent / ".progress-killed.tmp"  # left by a writer killed mid-write
    orphan.write_text('{"half', encoding="utf-8")
    old = os.path.getmtime(orphan) - 3600
    os.utime(orphan, (old, old))
    fresh = progress_file.parent / ".progress-writing-now.tmp"  # another writer's, still in progress
    fresh.write_text("{", encoding="utf-8")
    ProgressStore(progress_file).update("01.1", answer="fact")
    assert stat.S_IMODE(progress_file.stat().st_mode) == 0o600
    assert not orphan.exists() and fresh.exists()


def test_without_an_os_lock_saving_still_works(progress_file, monkeypatch):
    from medialit.learner import files

    monkeypatch.setattr(files, "fcntl", None)
    monkeypatch.setattr(files, "msvcrt", None)
    with files.locked(progress_file) as held:
        assert held is False
    ProgressStore(progress_file).update("01.1", answer="fact")
    assert read(progress_file)["answers"]["01.1"]["answer"] == "fact"


def test_the_memory_store_keeps_the_same_rules_without_a_disk(memory_progress, progress_file):
    from medialit.learner.grading import check

    check("01.1", "fact")
    assert store().get("01.1")["correct"] is True and not progress_file.exists()
    memory_progress[str(progress_file)] = b"{not json"
    assert check("01.1", "fact").notices  # a corrupt 'file' is set aside here too
    assert any(".corrupt-" in name for name in memory_progress)
