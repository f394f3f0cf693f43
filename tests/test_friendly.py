"""A label typed without quotes gets a friendly message, not a traceback; other errors stay as they were."""

import pytest

from medialit.learner import friendly


@pytest.fixture
def shell():
    from IPython.core.interactiveshell import InteractiveShell

    sh = InteractiveShell.instance()
    friendly._forgotten.clear()
    assert friendly.install(sh)
    yield sh
    sh.set_custom_exc((), None)
    sh.events.unregister("post_run_cell", friendly._remember_fixes)
    friendly._forgotten.clear()


def test_unquoted_label_gets_a_message_about_quotes(shell, capsys):
    shell.run_cell("answer_03_2 = ...")
    shell.run_cell("answer_03_2 = nearly")
    out = capsys.readouterr()
    assert 'answer_03_2 = "nearly"' in out.out and "quotes" in out.out
    assert "Traceback" not in out.out + out.err and "NameError" not in out.out + out.err


def test_then_the_check_cell_does_not_say_not_attempted(shell, capsys):
    shell.run_cell("from medialit import check")
    shell.run_cell("answer_03_2 = ...")
    shell.run_cell("answer_03_2 = nearly")
    capsys.readouterr()
    shell.run_cell('check("03.2", answer_03_2)')
    out = capsys.readouterr().out
    assert "Not attempted" not in out and "without quotes" in out and "Traceback" not in out
    shell.run_cell('answer_03_2 = "nearly"')  # fixed: the note is forgotten, the check works again
    assert "answer_03_2" not in friendly._forgotten


def test_unquoted_list_of_ids_and_unquoted_check_argument(shell, capsys):
    shell.run_cell("answer_01_6 = [p06.s2, p17.s3]")
    assert '["p06.s2", "p17.s3"]' in capsys.readouterr().out
    shell.run_cell("from medialit import check")
    shell.run_cell('check("03.2", nearly)')
    assert '"nearly"' in capsys.readouterr().out


def test_other_name_errors_keep_their_traceback(shell, capsys):
    shell.run_cell("print(undefined_helper)")
    out = capsys.readouterr()
    assert "NameError" in out.out + out.err and "✋" not in out.out


def test_handler_writes_nothing_and_start_lesson_prints_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    friendly.start_lesson("01")  # outside IPython: only the line
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "Ready" in out and "Fact or opinion?" in out
    assert "?." not in out  # a title ending in "?" gets no full stop after it
    assert list(tmp_path.iterdir()) == []
    assert friendly.unquoted_message("x", "y = x") is None
