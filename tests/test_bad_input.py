"""The bad-input matrix: one row per kind of bad input, each asserting a clear message and no lost work.

Rows cover text given to the command line and the splitter, pasted articles, script injection in every
HTML path, odd answer types, progress files that are corrupt, odd or unreachable, a read-only home, a
full disk, a killed kernel, and export / class-loader files. Two notebooks saving at once is tested with
real processes in tests/test_progress.py. Rows that need a tiny or read-only file system mount a tmpfs
(root only) and are skipped, with the reason, where that is not possible.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from medialit.cli import main
from medialit.learner.grading import check
from medialit.learner.progress import ProgressStore, store
from medialit.teacher.classroom import export_progress, load_class
from medialit.text.sentences import sentence_table, split_sentences
from medialit.text.textio import InputProblem, clean_pasted, read_text

CASES = {}
PAYLOADS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "&lt;script&gt;alert(2)&lt;/script&gt;")
OPED = "Headline here\n\nFirst paragraph. It goes on.\n\nSecond paragraph ends here."


def case(name):
    def register(fn):
        CASES[name] = fn
        return fn

    return register


# --- helpers ---------------------------------------------------------------------------------------------


def cli(capsys, *args, stdin: bytes | None = None, monkeypatch=None):
    """Run the command line in this process: (exit code, stdout, stderr)."""
    if stdin is not None:
        import io

        class Stdin:
            buffer = io.BytesIO(stdin)

        monkeypatch.setattr(sys, "stdin", Stdin)
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, path, *words, command="sentences"):
    """The command refuses ``path`` with exit code 2 and one line naming the problem."""
    code, out, err = cli(capsys, command, str(path))
    assert code == 2 and out == "", (code, out, err)
    assert len(err.strip().splitlines()) == 1 and err.startswith("medialit: "), err
    for word in words:
        assert word in err, err


def ids_of(capsys, path, monkeypatch=None, stdin=None):
    code, out, err = cli(capsys, "sentences", str(path), "--format", "json", stdin=stdin, monkeypatch=monkeypatch)
    assert code == 0, err
    return [(r["sentence_id"], r["text"]) for r in json.loads(out)]


@contextlib.contextmanager
def tmpfs(where: Path, options: str):
    """A tmpfs mounted at ``where`` (root only); skip the row, saying why, where mounting is not possible."""
    where.mkdir(parents=True, exist_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.decode(errors='replace').strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path) -> None:
    """Fill the file system holding ``folder`` until it has no space left."""
    with contextlib.suppress(OSError), open(folder / "filler", "wb", buffering=0) as fh:
        while True:
            fh.write(b"x" * 4096)


def saved(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# --- text given to the command line and the splitter ------------------------------------------------------


@case("text: empty file")
def _(tmp_path, capsys, monkeypatch):
    (tmp_path / "e.txt").write_bytes(b"")
    refused(capsys, tmp_path / "e.txt", "empty")


@case("text: only white space")
def _(tmp_path, capsys, monkeypatch):
    (tmp_path / "w.txt").write_bytes(b" \n\t\r\n ")
    refused(capsys, tmp_path / "w.txt", "empty")


@case("text: a folder")
def _(tmp_path, capsys, monkeypatch):
    refused(capsys, tmp_path, "is a folder")


@case("text: a missing file")
def _(tmp_path, capsys, monkeypatch):
    refused(capsys, tmp_path / "nope.txt", "no such file")


@case("text: binary (PNG)")
def _(tmp_path, capsys, monkeypatch):
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    refused(capsys, tmp_path / "b.png", "binary")
    refused(capsys, tmp_path / "b.png", "binary", command="annotate")


@case("text: a NUL byte inside text")
def _(tmp_path, capsys, monkeypatch):
    (tmp_path / "n.txt").write_bytes(b"Hello.\x00 World.")
    refused(capsys, tmp_path / "n.txt", "binary")


@case("text: Latin-1, not UTF-8")
def _(tmp_path, capsys, monkeypatch):
    (tmp_path / "l.txt").write_bytes("Café crème.".encode("latin-1"))
    refused(capsys, tmp_path / "l.txt", "not UTF-8", "save it as UTF-8")


@case("text: UTF-16 with a BOM (Windows Notepad)")
def _(tmp_path, capsys, monkeypatch):
    (tmp_path / "u.txt").write_bytes(OPED.encode("utf-16"))
    (tmp_path / "lf.txt").write_bytes(OPED.encode())
    assert ids_of(capsys, tmp_path / "u.txt") == ids_of(capsys, tmp_path / "lf.txt")


@case("text: CRLF and CR line ends, file and stdin")
def _(tmp_path, capsys, monkeypatch):
    (tmp_path / "lf.txt").write_bytes(OPED.encode())
    want = ids_of(capsys, tmp_path / "lf.txt")
    for newline in ("\r\n", "\r"):
        data = OPED.replace("\n", newline).encode()
        (tmp_path / "x.txt").write_bytes(data)
        assert ids_of(capsys, tmp_path / "x.txt") == want
        assert ids_of(capsys, "-", monkeypatch, stdin=data) == want
        assert clean_pasted(OPED.replace("\n", newline)).text == OPED


@case("text: 10 MB read whole; pasted, a clear limit")
def _(tmp_path, capsys, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Word word word. " * 625_000)
    assert len(read_text(str(big))) == 10_000_000
    assert "at most 200,000" in clean_pasted(big.read_text(encoding="utf-8")).problem


@case("text: 50 MB, over the limit, with its real size")
def _(tmp_path, capsys, monkeypatch):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50_000_000)
    refused(capsys, big, "50.0 MB", "limit is 20 MB")


@case("text: non-English (Russian, Chinese, Arabic)")
def _(tmp_path, capsys, monkeypatch):
    assert split_sentences("Путин выступил. Война продолжается.") == ["Путин выступил.", "Война продолжается."]
    assert split_sentences("今天下雨了。我们待在家里！") == ["今天下雨了。", "我们待在家里！"]
    assert split_sentences("هل أنت هنا؟ نعم.") == ["هل أنت هنا؟", "نعم."]


@case("text: emoji and a zero-width joiner in a table")
def _(tmp_path, capsys, monkeypatch):
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    (tmp_path / "e.txt").write_text(f"The {family} came home 🎉. They ate.", encoding="utf-8")
    code, out, _ = cli(capsys, "sentences", str(tmp_path / "e.txt"))
    assert code == 0 and family in out and "🎉" in out and "\\x200d" not in out


@case("text: terminal control characters in a table")
def _(tmp_path, capsys, monkeypatch):
    (tmp_path / "c.txt").write_bytes(b"Clear \x1b[2J screen. Bell \x07 here.")
    for command in ("sentences", "annotate"):
        code, out, _ = cli(capsys, command, str(tmp_path / "c.txt"))
        assert code == 0 and "\x1b" not in out and "\x07" not in out and "\\x1b[2J" in out


@case("text: not a string given to the splitter")
def _(tmp_path, capsys, monkeypatch):
    for bad in (None, 5, b"bytes"):
        with pytest.raises(InputProblem, match="should be a string of text"):
            split_sentences(bad)
        with pytest.raises(InputProblem, match="should be a string of text"):
            sentence_table(bad)
    assert InputProblem("x")._render_traceback_() == ["InputProblem: x"]  # Jupyter shows one line


@case("pasted: empty, None, bytes, NUL")
def _(tmp_path, capsys, monkeypatch):
    for bad, words in (("", "empty"), (None, "not NoneType"), (b"caf\xe9", "not UTF-8"), ("a\x00b", "binary")):
        pasted = clean_pasted(bad)
        assert not pasted.ok and words in pasted.problem


# --- script injection in every HTML path -----------------------------------------------------------------


def assert_inert(html: str) -> None:
    low = html.lower()
    assert "<script" not in low and "<img" not in low and "alert(2)</script" not in low, html[:500]


@case("html: annotate --format html")
def _(tmp_path, capsys, monkeypatch):
    (tmp_path / "x.txt").write_text(" ".join(f"Officials said {p} today." for p in PAYLOADS), encoding="utf-8")
    code, out, _ = cli(capsys, "annotate", str(tmp_path / "x.txt"), "--format", "html")
    assert code == 0 and out.lstrip().lower().startswith("<!doctype html")
    assert_inert(out)


@case("html: the handout")
def _(tmp_path, capsys, monkeypatch):
    from medialit.teacher.handout import oped_handout_html

    sentences = pd.DataFrame({"sentence_id": ["p01.s1", "p01.s2"], "paragraph": [1, 1], "text": PAYLOADS[:2]})
    assert_inert(oped_handout_html(sentences, credit=PAYLOADS[0]))


@case("html: show_table")
def _(tmp_path, capsys, monkeypatch):
    from medialit.render.display import show_table

    assert_inert(show_table(pd.DataFrame({"text": PAYLOADS}), caption=PAYLOADS[0])._repr_html_())


@case("html: feedback, pasted text and the progress view")
def _(tmp_path, capsys, monkeypatch):
    from medialit import show_progress

    for payload in PAYLOADS:
        assert_inert(check("01.8", payload)._repr_html_())
        assert_inert(check("03.4", payload)._repr_html_())
        assert_inert(clean_pasted(payload + " Council news.")._repr_html_())
    assert_inert(show_progress()._repr_html_())


# --- odd answers -----------------------------------------------------------------------------------------


@case("answers: wrong types never raise and always save valid JSON")
def _(tmp_path, capsys, monkeypatch):
    from medialit.learner.progress import progress_path

    for answer in (None, object(), {"a": 1}, b"bytes", [[[[["deep"]]]]], float("nan"), True, ..., {1, 2}):
        fb = check("01.1", answer)
        assert fb.message or fb.sections, answer
        fb._repr_html_()
        check("03.4", answer)._repr_html_()
    check("01.1", "fact")
    assert saved(progress_path())["answers"]["01.1"]["correct"] is True


# --- progress files --------------------------------------------------------------------------------------


def progress_with(progress_file: Path, content: bytes) -> ProgressStore:
    progress_file.parent.mkdir(parents=True, exist_ok=True)
    progress_file.write_bytes(content)
    return store()


def set_aside_and_kept(progress_file: Path, content: bytes, words: str) -> None:
    fb = check("01.1", "fact")
    assert any(words in n for n in fb.notices), fb.notices
    (kept,) = progress_file.parent.glob("progress.corrupt-*.json")
    assert kept.read_bytes() == content
    assert saved(progress_file)["answers"]["01.1"]["correct"] is True


for label, content, words in (
    ("not JSON", b"{half", "not valid JSON"),
    ("a JSON list", b"[1, 2]", "list"),
    ("entries of the wrong shape", b'{"answers": {"01.2": "x"}}', "wrong shape"),
    ("binary", b"\xff\xfe\x00\x00garbage", "not UTF-8"),
    ("nested 100,000 deep", b'{"answers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
    ("from a newer version", b'{"version": 2, "answers": {}, "streaks": 3}', "newer version"),
):

    def _row(tmp_path, capsys, monkeypatch, content=content, words=words):
        from medialit.learner.progress import progress_path

        progress_with(progress_path(), content)
        set_aside_and_kept(progress_path(), content, words)

    CASES[f"progress: {label}, set aside with its data"] = _row


@case("progress: a folder where the file should be")
def _(tmp_path, capsys, monkeypatch):
    from medialit.learner.progress import progress_path

    progress_path().mkdir(parents=True)
    fb = check("01.1", "fact")
    assert any("Could not read" in n for n in fb.notices) and store().get("01.1")["correct"] is True


@case("progress: a read-only (immutable) file")
def _(tmp_path, capsys, monkeypatch):
    from medialit.learner.progress import progress_path

    path = progress_path()
    progress_with(path, b'{"version": 1, "answers": {"01.2": {"answer": "fact"}}}')
    before = path.read_bytes()
    if os.geteuid() == 0:  # root ignores permissions; an immutable file stops root too
        folder = path.parent
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not supported on this file system")
        undo = ["chattr", "-i", str(folder)]
    else:
        path.parent.chmod(stat.S_IRUSR | stat.S_IXUSR)
        undo = None
    try:
        fb = check("01.1", "fact")
        assert any("Could not save" in n for n in fb.notices), fb.notices
        assert store().get("01.1")["correct"] is True and store().get("01.2")["answer"] == "fact"
    finally:
        if undo:
            subprocess.run(undo, capture_output=True)
        else:
            path.parent.chmod(stat.S_IRWXU)
    assert path.read_bytes() == before


@case("progress: a symlink, and a dangling one")
def _(tmp_path, capsys, monkeypatch):
    from medialit.learner.progress import progress_path

    path = progress_path()
    path.parent.mkdir(parents=True)
    real = tmp_path / "elsewhere" / "progress.json"
    real.parent.mkdir()
    path.symlink_to(real)  # dangling: the target does not exist yet
    check("01.1", "fact")
    assert path.is_symlink() and saved(real)["answers"]["01.1"]["correct"] is True


@case("home: read-only")
def _(tmp_path, capsys, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.delenv("MEDIALIT_PROGRESS_FILE")
    monkeypatch.setenv("HOME", str(home))
    with tmpfs(home, "ro,size=64k"):
        fb = check("01.1", "fact")
        assert any("Could not save" in n and "memory" in n for n in fb.notices), fb.notices
        assert check("01.2", "fact").notices == []  # said once, not at every check
        assert store().get("01.1")["correct"] is True
        with pytest.raises(InputProblem, match="cannot write"):
            export_progress(out=home, name="Ana")


@case("disk: full")
def _(tmp_path, capsys, monkeypatch):
    disk = tmp_path / "disk"
    with tmpfs(disk, "size=256k"):
        path = disk / "progress.json"
        monkeypatch.setenv("MEDIALIT_PROGRESS_FILE", str(path))
        check("01.1", "fact")
        before = path.read_bytes()
        fill(disk)
        fb = check("01.2", "fact")
        assert any("No space left" in n for n in fb.notices), fb.notices
        assert path.read_bytes() == before and not list(disk.glob(".progress-*.tmp"))
        assert store().get("01.2")["attempts"] == 1  # kept in memory
        with pytest.raises(InputProblem, match="No space left"):
            export_progress(out=disk, name="Ana")
        assert not list(disk.glob("medialit-*")) and not list(disk.glob(".medialit-export-*"))


@case("kernel: killed while saving")
def _(tmp_path, capsys, monkeypatch):
    path = tmp_path / "k" / "progress.json"
    code = (
        "from medialit.learner.progress import store\n"
        "import itertools\n"
        "for n in itertools.count():\n"
        "    store().update(f'q{n % 50}', answer='x' * 2000, attempts=n)\n"
    )
    env = {**os.environ, "MEDIALIT_PROGRESS_FILE": str(path)}
    for delay in (0.05, 0.15, 0.3):
        proc = subprocess.Popen([sys.executable, "-c", code], env=env)
        deadline = time.monotonic() + 30
        while not path.exists() and time.monotonic() < deadline:  # wait until it is busy saving
            time.sleep(0.02)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert isinstance(saved(path)["answers"], dict)  # never half a file
    after = ProgressStore(path)  # the dead writer's lock died with it: saving goes on
    assert after.update("q0", answer="y")["answer"] == "y" and after.pop_notices() == []


# --- export files and the class loader -------------------------------------------------------------------


@case("export: nothing saved, a bad name, a missing folder")
def _(tmp_path, capsys, monkeypatch):
    with pytest.raises(InputProblem, match="no saved progress yet"):
        export_progress(out=tmp_path, name="Ana")
    check("01.1", "fact")
    for name in ("", "a\x1b[2Jb", "x" * 200):
        with pytest.raises(InputProblem):
            export_progress(out=tmp_path, name=name)
    with pytest.raises(InputProblem, match="does not exist"):
        export_progress(out=tmp_path / "no" / "x.json", name="Ana")


@case("class: every kind of bad file named, the good ones loaded")
def _(tmp_path, capsys, monkeypatch):
    from medialit.teacher import export

    def export_text(learner, answers):
        return json.dumps({"format": "medialit-export", "learner": learner, "answers": answers})

    good = {"01.1": {"answer": "fact", "correct": True, "attempts": 1}}
    files = {
        "empty.json": b"",
        "binary.json": b"\x89PNG\x00",
        "deep.json": b'{"format": "medialit-export", "learner": "D", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "count.json": export_text("C", {"01.1": {"attempts": 10**30}}).encode(),
        "big.json": b'{"x": "' + b"y" * (export.MAX_EXPORT_BYTES + 1) + b'"}',
        "list.json": b"[]",
        "nfc.json": export_text(unicodedata.normalize("NFC", "José"), good).encode(),
        "nfd.json": export_text(unicodedata.normalize("NFD", "José"), good).encode(),
        "ok.json": export_text("Ok", good).encode(),
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    data = load_class(tmp_path)
    named = {p.split(":")[0] for p in data.problems}
    assert named == set(files) - {"nfc.json", "ok.json"}, data.problems
    assert sorted(data.answers["learner"]) == ["José", "Ok"]


@case("class: a missing folder")
def _(tmp_path, capsys, monkeypatch):
    data = load_class(tmp_path / "nowhere")
    assert data.labels.empty and "no such folder" in data.problems[0]


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name, tmp_path, capsys, monkeypatch):
    CASES[name](tmp_path, capsys, monkeypatch)


def test_the_matrix_has_a_row_for_every_kind_of_input():
    kinds = {name.split(":")[0] for name in CASES}
    assert kinds == {"text", "pasted", "html", "answers", "progress", "home", "disk", "kernel", "export", "class"}
    assert len(CASES) >= 35
