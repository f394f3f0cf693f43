"""Printable handouts: self-contained HTML, everything escaped, a legend, a credit, and every sentence of the key."""

import re
import subprocess
import sys

import pytest

from medialit import answer_key, evidence
from medialit.cli import main
from medialit.content.key import Annotation
from medialit.render.styles import STYLES, VIEW_CSS
from medialit.teacher.handout import KEY_FILE, OPED_FILE, key_handout_html, oped_handout_html, write_handouts

EXTERNAL = re.compile(r"""<(script|link|iframe|img|object|embed)\b|@import|url\(|<[^>]*\ssrc\s*=""", re.I)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("handouts")
    paths = write_handouts(folder)
    assert [p.name for p in paths] == [OPED_FILE, KEY_FILE]
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


def test_both_pages_are_self_contained_and_print_friendly(pages):
    for name, html in pages.items():
        assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html, name
        assert not EXTERNAL.search(html), f"{name}: {EXTERNAL.search(html).group(0)}"
        assert "@media print" in html and "print-color-adjust" in html
        hrefs = re.findall(r'href="([^"]*)"', html)
        assert all(h.startswith("https://") or h.startswith("http://") for h in hrefs)  # only citation links
        assert "Kirichenko" in html and "Quoted for study and criticism" in html  # credit line
        assert "MIT licence" in html


def test_oped_handout_has_a_legend_and_marks_that_are_not_colour_only(pages):
    html = pages[OPED_FILE]
    assert 'class="ml-legend"' in html and "Legend" in html
    for key in ("cue_judgement", "cue_force", "cue_soft", "source", "verb", "statistic"):
        style = STYLES[key]
        assert style.name in html and style.look in html and style.legend.replace("'", "&#x27;") in html, key
        assert f'class="ml-mark ml-m-{key}" style="{style.css(1)}"' in html, key  # drawn as the table says
    tags = re.findall(r'<sup class="ml-tag ml-tag-(\w+)">\[([^\]]+)\]</sup>', html)
    counts = re.search(r"Highlighted: (\d+) × cue word, (\d+) × source, (\d+) × number", html)
    assert len(tags) == sum(map(int, counts.groups()))  # exactly one text tag after each marked span
    assert sum(1 for style, _ in tags if style.startswith("cue_")) > 20  # a text tag beside each mark
    assert ("cue_judgement", "mind-reading") in tags and ("source", "anonymous") in tags
    assert ("statistic", "up to") in tags
    assert VIEW_CSS in html  # the one style table's CSS, theme variables with light fallbacks
    assert "p12.s1" in html and "200,000 drones per month" in html


def test_key_handout_lists_every_sentence_and_every_citation(pages):
    html = pages[KEY_FILE]
    key = answer_key()
    for sid in key.sentences["sentence_id"]:
        assert f">{sid}<" in html, sid
    debatable = key.sentences[key.sentences["debatable"]]
    assert html.count(">yes: ") == len(debatable)
    for url in evidence()["url"]:
        assert f'href="{url}"' in html, url
    for heading in ("1. Sentences", "2. Sources", "3. Numbers", "4. What outside sources reported"):
        assert heading in html
    first_question = key.statistics["reader_question"].iloc[0]
    assert first_question.replace("'", "&#x27;").replace('"', "&quot;") in html


def test_a_script_in_a_sentence_is_shown_as_text():
    key = answer_key()
    bad = "<script>alert('x')</script> & more"
    key.sentences.loc[0, "text"] = bad
    key.sentences.loc[0, "rationale"] = '<img src="http://evil.example/x.png">'
    key.cues = key.cues.iloc[0:0]
    sentences = key.sentences[["sentence_id", "paragraph", "part", "text"]]
    for html in (oped_handout_html(sentences, key, credit="<b>credit</b>"), key_handout_html(key, evidence())):
        assert "<script>" not in html and "&lt;script&gt;" in html
        assert not EXTERNAL.search(html)
    assert "&lt;b&gt;credit&lt;/b&gt;" in oped_handout_html(sentences, key, credit="<b>credit</b>")


def test_a_key_without_evidence_still_makes_a_page():
    key = answer_key()
    empty = Annotation(key.sentences, key.attributions.iloc[0:0], key.statistics.iloc[0:0], key.cues.iloc[0:0])
    html = key_handout_html(empty, evidence().iloc[0:0], credit="A credit line.")
    assert "4. What outside sources" not in html and "A credit line." in html and ">p00.s1<" in html


def test_the_command_writes_both_files(tmp_path, capsys):
    assert main(["handout", "--out", str(tmp_path / "new" / "folder")]) == 0
    out = capsys.readouterr().out
    assert out.count("Wrote ") == 2
    assert (tmp_path / "new" / "folder" / OPED_FILE).stat().st_size > 10_000


def test_an_unwritable_folder_is_one_clear_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "medialit", "handout", "--out", str(blocker / "sub")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("medialit: cannot write the handouts") and len(proc.stderr.strip().splitlines()) == 1
