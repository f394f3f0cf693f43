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


# --- what a learner's file may really look like ------------------------------------------------------


def sentences_json(*args, stdin=b""):
    proc = run("sentences", *args, "--format", "json", stdin=stdin)
    assert proc.returncode == 0, proc.stderr.decode()
    return [(r["sentence_id"], r["text"]) for r in json.loads(proc.stdout)]


def test_crlf_and_cr_files_and_stdin_give_the_ids_of_the_lf_text(tmp_path):
    text = "Headline here\n\nFirst paragraph. Second one.\n\nLast paragraph\nwraps here."
    (tmp_path / "lf.txt").write_bytes(text.encode())
    want = sentences_json(str(tmp_path / "lf.txt"))
    assert [sid for sid, _ in want] == ["p01.s1", "p02.s1", "p02.s2", "p03.s1"]
    for newline in ("\r\n", "\r"):
        data = text.replace("\n", newline).encode()
        (tmp_path / "other.txt").write_bytes(data)
        assert sentences_json(str(tmp_path / "other.txt")) == want
        assert sentences_json("-", stdin=data) == want


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path, encoding):
    path = tmp_path / "notepad.txt"
    text = "Café news. Prices rose 5%."
    data = text.encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = "\ufeff".encode(encoding) + data
    path.write_bytes(data)
    assert [t for _, t in sentences_json(str(path))] == ["Café news.", "Prices rose 5%."]


def test_the_over_limit_message_gives_the_real_size(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50_000_000)  # a sparse file: 50 MB on paper, nothing on disk
    proc = run("sentences", str(big))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "50.0 MB" in err and "limit is 20 MB" in err, err
    proc = run("sentences", "-", stdin=b"x" * 20_000_001)
    assert proc.returncode == 2 and "more than 20 MB" in proc.stderr.decode()


def test_control_characters_never_reach_the_terminal_in_table_output(tmp_path):
    path = tmp_path / "esc.txt"
    path.write_bytes(b"Hello \x1b[2J world. A bell \x07 rings. Right-to-left \xe2\x80\xae trick.")
    for command in ("sentences", "annotate"):
        proc = run(command, str(path))
        out = proc.stdout.decode()
        assert proc.returncode == 0 and "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        assert "\\x1b[2J" in out and "\\x07" in out and "\\u202e" in out, command


def test_a_zero_width_joiner_is_shown_sensibly_in_tables(tmp_path):
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    path = tmp_path / "emoji.txt"
    path.write_text(f"The {family} came home. They ate.", encoding="utf-8")
    for command in ("sentences", "annotate"):
        out = run(command, str(path)).stdout.decode()
        assert family in out and "\\x200d" not in out, command
