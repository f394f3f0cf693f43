"""The command line: output formats, and one clear error line (never a traceback) for bad input."""

import json
import subprocess
import sys

import pytest

from medialit.cli import main


def run(*args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "medialit", *args], input=stdin, capture_output=True, timeout=60)


def test_json_of_the_oped(capsys):
    assert main(["sentences", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 60
    assert rows[0]["part"] == "headline" and rows[-1]["part"] == "author_note"
    for bad in ("General Keith", "Yaroslav", "Zelensky said", "Ukraine, warning"):
        assert not any(r["text"].startswith(bad) for r in rows)


def test_csv_and_table(capsys):
    main(["sentences", "--format", "csv"])
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "sentence_id,paragraph,part,text"
    main(["sentences"])
    assert "p09.s1" in capsys.readouterr().out


def test_file_and_stdin(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Hello there. General Kenobi!", encoding="utf-8")
    assert main(["sentences", str(f), "--format", "json"]) == 0
    assert [r["text"] for r in json.loads(capsys.readouterr().out)] == ["Hello there.", "General Kenobi!"]
    proc = run("sentences", "-", "--format", "csv", stdin=b"One. Two.")
    assert proc.returncode == 0 and proc.stdout.decode().count("p01.s") == 2


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: str(p / "missing.txt"), "no such file"),
        (lambda p: str(p), "is a folder"),
        (lambda p: (p / "bin.dat").write_bytes(b"\x89PNG\x00\x01") and str(p / "bin.dat"), "binary"),
        (lambda p: (p / "latin.txt").write_bytes("caf\xe9".encode("latin-1")) and str(p / "latin.txt"), "not UTF-8"),
        (lambda p: (p / "empty.txt").write_bytes(b"  \n") and str(p / "empty.txt"), "empty"),
    ],
)
def test_bad_input_gives_one_clear_line(tmp_path, make, message):
    proc = run("sentences", make(tmp_path))
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_empty_stdin():
    proc = run("sentences", "-", stdin=b"")
    assert proc.returncode == 2 and "empty" in proc.stderr.decode()


def test_console_script_is_declared():
    from pathlib import Path

    text = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'medialit = "medialit.cli:main"' in text
