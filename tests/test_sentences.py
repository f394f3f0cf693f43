"""The sentence splitter: the op-ed read by hand, and a table of tricky general cases."""

import pytest

from medialit.text.sentences import sentence_table, split_sentences, split_spans

CASES = [
    # (text, expected sentences)
    ("Lt. Gen. Smith arrived. He spoke.", ["Lt. Gen. Smith arrived.", "He spoke."]),
    ("Dr. Jones met Mr. Brown at St. Paul's. They talked.", ["Dr. Jones met Mr. Brown at St. Paul's.", "They talked."]),
    ("The U.S. is studying it. The U.K. is not.", ["The U.S. is studying it.", "The U.K. is not."]),
    ("Aid came from the U.S. The war went on.", ["Aid came from the U.S.", "The war went on."]),
    ("We met at 9 a.m. Jones was late.", ["We met at 9 a.m. Jones was late."]),
    ("We met at 9 a.m. The bus was late.", ["We met at 9 a.m.", "The bus was late."]),
    ("J. K. Rowling wrote it. It sold well.", ["J. K. Rowling wrote it.", "It sold well."]),
    ("Growth was 2.5 percent. Prices rose 3.1%.", ["Growth was 2.5 percent.", "Prices rose 3.1%."]),
    (
        "“We will win,” Zelensky said recently. Then he left.",
        ["“We will win,” Zelensky said recently.", "Then he left."],
    ),
    ('"We lost." Smith said later. Nobody argued.', ['"We lost." Smith said later.', "Nobody argued."]),
    ("“Are we safe?” she asked. No one answered.", ["“Are we safe?” she asked.", "No one answered."]),
    (
        "He added, “I feel sorry for us. We’re being beaten.” Then silence.",
        ["He added, “I feel sorry for us.", "We’re being beaten.”", "Then silence."],
    ),
    (
        "She dismissed threats to “finish off” Ukraine, warning of collapse.",
        ["She dismissed threats to “finish off” Ukraine, warning of collapse."],
    ),
    (
        "Russia isn’t winning — they’ve gained meters, not miles. Next.",
        ["Russia isn’t winning — they’ve gained meters, not miles.", "Next."],
    ),
    ("Wait! Really? Yes.", ["Wait!", "Really?", "Yes."]),
    ("Apples, pears etc. are fruit. But not all.", ["Apples, pears etc. are fruit.", "But not all."]),
    (
        "It cost $1.2 million (about €1.1 million). Critics objected.",
        ["It cost $1.2 million (about €1.1 million).", "Critics objected."],
    ),
    ("No full stop at the end", ["No full stop at the end"]),
    ("Headline here\n\nFirst paragraph. Second sentence.", ["Headline here", "First paragraph.", "Second sentence."]),
    ("Line one wraps\nonto line two.", ["Line one wraps onto line two."]),
    ("Line one wraps\r\nonto line two.", ["Line one wraps onto line two."]),
    ("Headline\r\n\r\nFirst.\rWraps here.\r\rNext.", ["Headline", "First.", "Wraps here.", "Next."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tricky_cases(text, expected):
    assert split_sentences(text) == expected


def test_empty_and_whitespace_give_nothing():
    assert split_sentences("") == []
    assert split_sentences("  \n\n \t ") == []
    assert sentence_table("").empty


def test_offsets_index_into_the_original_text():
    text = "  First one.   Second\none!\n\n\nThird?  "
    for span in split_spans(text):
        assert " ".join(text[span.start : span.end].split()) == span.text


def test_sentence_table_columns_and_ids():
    frame = sentence_table("One. Two.\n\nThree.")
    assert list(frame.columns) == ["sentence_id", "paragraph", "start", "end", "text"]
    assert frame["sentence_id"].tolist() == ["p01.s1", "p01.s2", "p02.s1"]
    assert frame["paragraph"].tolist() == [1, 1, 2]


# --- text from Windows, old Macs, other scripts, and the wrong type ---------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_windows_and_old_mac_line_endings_give_the_ids_of_the_lf_text(newline):
    from medialit.content.article import load_article

    text = load_article().text
    other = text.replace("\n", newline)
    want, got = sentence_table(text), sentence_table(other)
    assert got["sentence_id"].tolist() == want["sentence_id"].tolist()
    assert got["text"].tolist() == want["text"].tolist()
    for span in split_spans(other):  # offsets still index the text as given
        assert " ".join(other[span.start : span.end].split()) == span.text


def test_the_article_loaded_with_crlf_has_the_same_sentences(monkeypatch):
    from medialit.content import article

    lf = article.load_article()
    real = article._data_text
    monkeypatch.setattr(article, "_data_text", lambda name: real(name).replace("\n", "\r\n"))
    article.load_article.cache_clear()
    try:
        crlf = article.load_article()
        assert crlf.text == lf.text and crlf.paragraphs == lf.paragraphs
    finally:
        article.load_article.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天下雨了。我们待在家里！你来吗？好的。", ["今天下雨了。", "我们待在家里！", "你来吗？", "好的。"]),
        ("他说：“我们赢了。”然后走了。", ["他说：“我们赢了。”", "然后走了。"]),
        ("هل أنت هنا؟ نعم، أنا هنا. شكرا!", ["هل أنت هنا؟", "نعم، أنا هنا.", "شكرا!"]),
    ],
    ids=["chinese", "chinese-quote", "arabic"],
)
def test_chinese_and_arabic_sentence_ends(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.parametrize("bad", [None, 5, b"bytes", ["a list"]])
def test_not_a_string_is_a_clear_message(bad):
    from medialit.text.textio import InputProblem

    with pytest.raises(InputProblem, match="should be a string of text, not"):
        split_sentences(bad)
    with pytest.raises(InputProblem, match="should be a string of text, not"):
        sentence_table(bad)


def test_paragraph_breaks_found_by_line_ends_are_the_patterns_own():
    import random

    from medialit.text.sentences import _PARAGRAPH_BREAK, _paragraph_breaks

    rng = random.Random(15)
    pieces = ["\n", "\n", " ", "\t", "\u00a0", "a", "B.", "\r\n", "\r", "\u2029", "\x0b"]
    for _ in range(2000):
        text = "".join(rng.choices(pieces if rng.random() < 0.5 else pieces[:7], k=rng.randint(0, 30)))
        assert _paragraph_breaks(text) == [m.span() for m in _PARAGRAPH_BREAK.finditer(text)], repr(text)
