"""The invented practice texts of lesson 6, and the helpers that load them and clean pasted articles."""

import re

import pytest

from medialit.content.questions import load_questions
from medialit.text.annotator import annotate
from medialit.text.textio import (
    MAX_PASTE_CHARS,
    InputProblem,
    PastedText,
    clean_file,
    clean_pasted,
    practice_text,
    practice_texts,
)

NAMES = practice_texts()
STANCE = {"loaded", "intensifier", "certainty", "mind_reading", "rhetorical_even", "recommendation", "metaphor"}


# --- the invented texts ------------------------------------------------------------------------------


def test_there_is_a_news_report_and_an_opinion_piece():
    assert set(NAMES) == {"millbrook_news", "millbrook_opinion"}


@pytest.mark.parametrize("name", NAMES)
def test_each_text_loads_and_says_it_is_invented(name):
    text = practice_text(name)
    assert text.name == name
    assert text.label.startswith("INVENTED FOR THE MEDIALIT COURSE")
    assert "made up" in text.label and "not" in text.label.lower()
    assert "invented" not in text.body.lower()  # the label is kept apart from the article itself
    assert text.text.startswith(text.label) and text.text.endswith(text.body)
    assert text.body.startswith("Millbrook")  # the headline
    assert "INVENTED" in repr(text) and "INVENTED" in text._repr_html_()  # every view shows the label


@pytest.mark.parametrize("name", NAMES)
def test_annotate_finds_a_number_a_source_and_an_opinion_cue(name):
    machine = annotate(practice_text(name).body)
    assert len(machine.statistics) >= 1
    assert len(machine.attributions) >= 1
    assert STANCE & set(machine.cues["cue_type"]), machine.cues


def test_the_two_texts_tell_the_same_invented_story():
    news, opinion = practice_text("millbrook_news").body, practice_text("millbrook_opinion").body
    for shared in ("Station Road", "Mill Lane", "$180,000", "14 May", '"nowhere safe for teenagers to skate."'):
        assert shared in news and shared in opinion, shared


def test_unknown_practice_text_is_a_clear_message():
    with pytest.raises(InputProblem, match="millbrook_news"):
        practice_text("../article")


# --- lesson 6's questions are about these texts: quotes verbatim, literal answers ----------------------


LESSON6 = [q for q in load_questions().values() if q.lesson == 6]


def test_lesson_6_questions_name_their_texts_and_quote_them_word_for_word():
    assert LESSON6
    for q in LESSON6:
        names = q.extra["text"] if isinstance(q.extra["text"], list) else [q.extra["text"]]
        assert set(names) <= set(NAMES), q.id
        bodies = " ".join(practice_text(n).body for n in names)
        assert q.extra["quote"], q.id
        for quote in q.extra["quote"]:
            assert quote in bodies, (q.id, quote)
        assert q.sentence_id is None and q.answer_key is None  # not about the op-ed
        if q.kind != "open":
            assert q.answer is not None and (q.rationale or q.rationale_key), q.id


def test_lesson_6_number_answer_is_the_arithmetic_on_the_texts():
    q = load_questions()["06.5"]
    news = practice_text("millbrook_news").body
    cost, offer = (int(m.replace(",", "")) for m in re.findall(r"\$([\d,]+)", news)[:2])
    assert (cost, offer) == (180_000, 50_000)
    assert abs(offer / cost * 100 - q.answer) <= q.tolerance


# --- clean_pasted: markup removed and reported, never run; bad input is a message ----------------------


def test_script_and_markup_are_removed_and_reported():
    pasted = clean_pasted(
        "<html><head><style>p {color: red}</style><script>alert('x')</script></head><body>"
        '<h1>Town news</h1><p onclick="steal()">The council met &amp; voted 5 to 2.</p><!-- hidden -->'
        "<p>Second <b>paragraph</b>.<br>Next line</p></body></html>"
    )
    assert pasted.ok
    assert pasted.text == "Town news\n\nThe council met & voted 5 to 2.\n\nSecond paragraph.\nNext line"
    for gone in ("alert", "steal", "color", "hidden", "<", ">"):
        assert gone not in pasted.text
    removed = " ".join(pasted.removed)
    assert "1 <script> block" in removed and "1 <style> block" in removed and "1 HTML comment" in removed
    assert "HTML tags (<b>, <body>, <br>, <h1>, <head>, <html>, <p>)" in removed and "1 HTML entity" in removed


def test_an_unclosed_script_is_removed_to_the_end():
    pasted = clean_pasted("Council news.<script>document.write('gotcha')")
    assert pasted.text == "Council news." and "<script> block" in pasted.removed[0]


def test_escaped_markup_is_decoded_before_tags_are_removed_so_it_never_comes_back_live():
    pasted = clean_pasted("A &lt;script&gt;alert(1)&lt;/script&gt; tag, written out in an article about HTML.")
    assert "<script" not in pasted.text and "alert" not in pasted.text  # entities first, then the tags go
    assert any("<script> block" in r for r in pasted.removed)
    assert "<script" not in pasted._repr_html_()
    assert "<script" not in clean_pasted("<script>alert(1)</script>x")._repr_html_()


def test_plain_text_is_left_alone():
    text = "Prices rose 5 < 7 percent, and AT&T said costs > revenue. It's “fine”."
    assert clean_pasted(text) == PastedText(text)


def test_white_space_and_invisible_characters_are_tidied():
    pasted = clean_pasted("  First\u00a0line \r\n\r\n\r\n\r\nSecond\u200b line\ufeff  ")
    assert pasted.text == "First line\n\nSecond line"
    assert pasted.removed == ("2 invisible characters",)
    assert pasted.summary() == "Ready: 4 words in 2 paragraphs."
    assert clean_pasted("Hello.").summary() == "Ready: 1 word in 1 paragraph."


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ("", "is empty"),
        ("  \n\t ", "is empty"),
        ('"""\n"""'[3:-3], "is empty"),
        ("<p></p><script>x()</script>", "only markup"),
        (None, "not NoneType"),
        (42, "not int"),
        (["a", "list"], "not list"),
        ("abc\x00def", "binary"),
        ("\x01\x02\x03" * 50, "binary"),
        (b"\x89PNG\x00\x01\xff", "binary"),
        (b"\xff\xfe\x00\xd8", "UTF-16"),  # a UTF-16 byte order mark, then bytes that are not UTF-16
        (b"caf\xe9", "not UTF-8"),
        ("x" * (MAX_PASTE_CHARS + 1), "at most 200,000"),
    ],
)
def test_bad_input_is_a_message_not_a_traceback(bad, words):
    pasted = clean_pasted(bad)
    assert not pasted.ok and pasted.text == ""
    assert words in pasted.problem
    assert words.split()[0] in repr(pasted) and "✘" in pasted._repr_html_()


def test_bytes_are_decoded():
    assert clean_pasted("Café news.".encode()).text == "Café news."


def test_clean_file(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<p>Hello <i>there</i>.</p><script>bad()</script>", encoding="utf-8")
    assert clean_file(str(page)).text == "Hello there."
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\x00\x10JFIF")
    for source, words in [
        (str(tmp_path / "missing.txt"), "no such file"),
        (str(tmp_path), "folder"),
        (str(binary), "binary"),
    ]:
        pasted = clean_file(source)
        assert not pasted.ok and words in pasted.problem
