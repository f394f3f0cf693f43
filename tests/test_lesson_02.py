"""Lesson 02: statements its prose makes about the key and the evidence, and its plain-word tables.

If the key or evidence.csv changes, these fail and point to the sentence of the lesson to revise.
"""

from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_lesson_02_statements_still_hold():
    from medialit import answer_key, evidence

    a = answer_key().attributions
    kinds = a.groupby("sentence_id")["source_type"].apply(sorted)
    assert kinds["p12.s4"] == ["anonymous", "author_witness"]  # the worked example: two sources
    assert kinds["p14.s2"][0] == "named_person" and kinds["p15.s1"] == ["vague_group"]  # the two examples
    verbs = a.set_index(["sentence_id", "reporting_verb"])["verb_stance"]
    assert verbs[("p15.s1", "warn")] == verbs[("p08.s2", "accuse")] == "loaded"
    assert verbs[("p14.s1", "sounding the alarm")] == "loaded" and verbs[("p11.s3", "said")] == "neutral"
    putin = a[a["sentence_id"] == "p08.s1"].iloc[0]  # credited with a secret acknowledgement
    assert (putin["form"], putin["findable"]) == ("characterisation", "no")
    ev = evidence().drop_duplicates("sentence_id").set_index("sentence_id")["verdict"]
    six = ["p07.s1", "p08.s2", "p09.s1", "p11.s3", "p14.s2", "p17.s3"]
    assert {sid: ev[sid] for sid in six} == {
        "p07.s1": "needs context",
        "p08.s2": "needs context",
        "p09.s1": "could not verify",
        "p11.s3": "supported",
        "p14.s2": "needs context",
        "p17.s3": "needs context",
    }


def test_key_tables_use_plain_words():
    from medialit import compare_with_key

    table = compare_with_key("attributions", ["p13.s1", "p12.s4"], ["sentence_id", "source_type", "verb_stance"])
    text = table.to_string()
    assert "documents or footage" in text and "author as witness" in text
    assert "document_or_footage" not in text and "verb_stance" not in text and "source_type" not in text


@pytest.mark.parametrize("folder", ["notebooks", "solutions", "exercises"])
def test_sentences_are_quoted_without_doubled_marks_and_buttons_say_tab_and_enter(folder):
    nb = nbformat.read(ROOT / folder / "02_who_says_so.ipynb", as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "””" not in prose and "““" not in prose
    assert "arrow" not in prose.lower()
    assert "document_or_footage" not in prose and "author_witness" not in prose  # plain words to type
    if folder == "notebooks":
        assert "**Space** or **Enter**" in prose


def test_every_evidence_table_says_who_runs_each_outlet_and_its_side():
    from lesson_cells import check_evidence_tables_name_every_outlets_side

    check_evidence_tables_name_every_outlets_side(2)


def test_the_comparison_tables_say_no_verb_where_the_key_has_none():
    """exercises/02's comparison (s02-cmp-c) shows 'no verb: implied', never an empty reporting-verb cell."""
    import lesson_cells as lc

    from medialit import answer_key, compare_with_key
    from medialit.content.keyview import NO_VERB

    assert "reporting_verb" in lc.cell("solutions", "02_who_says_so", "s02-cmp-c")
    none_written = answer_key().attributions["reporting_verb"].fillna("").eq("")
    assert none_written.any()  # p11.s4, p15.s3, p17.s5: the verb of the sentence before carries over
    shown = compare_with_key("attributions", columns=["sentence_id", "reporting_verb"])
    assert (shown["reporting verb"].str.strip() != "").all()
    assert (shown.loc[none_written.to_numpy(), "reporting verb"] == NO_VERB).all()
    assert shown.loc[~none_written.to_numpy(), "reporting verb"].ne(NO_VERB).all()


def test_partisan_is_explained_before_the_fact_check_table_uses_it():
    from lesson_cells import check_explained_before

    from medialit import evidence

    assert "partisan" in evidence().set_index("evidence_id").loc["e08", "context"]  # c02-32 shows it
    check_explained_before(2, "c02-32", r"\*partisan\* source is one that takes a side")
