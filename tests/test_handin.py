"""`medialit export --to FOLDER`: hand in to a shared folder on a hub (the README's hub recipe, step 6)."""

import stat
import subprocess
import sys

from medialit.learner.grading import check


def run(*args, cwd=None):
    """The real command in a subprocess (it inherits the test's MEDIALIT_PROGRESS_FILE)."""
    return subprocess.run(
        [sys.executable, "-m", "medialit", *args], capture_output=True, text=True, timeout=60, cwd=cwd
    )


def test_hand_in_to_a_folder_named_after_the_learner_and_readable_by_the_teacher(tmp_path):
    check("01.1", "fact")
    handin = tmp_path / "handin"
    handin.mkdir()
    done = run("export", "--to", str(handin), "--name", "Ana Díaz")
    assert done.returncode == 0, done.stderr
    (path,) = handin.iterdir()
    assert path.name == "medialit-ana-díaz.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # the teacher is another user on the hub
    assert str(path) in done.stdout


def test_a_missing_hand_in_folder_is_one_clear_line_and_nothing_is_written(tmp_path):
    check("01.1", "fact")
    done = run("export", "--to", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert done.returncode == 2
    assert "hand-in folder" in done.stderr and "does not exist" in done.stderr and "Traceback" not in done.stderr
    assert not list(tmp_path.glob("*.json"))


def test_out_and_to_together_are_refused(tmp_path):
    check("01.1", "fact")
    done = run("export", "--to", str(tmp_path), "--out", str(tmp_path / "x.json"))
    assert done.returncode == 2 and "not both" in done.stderr
