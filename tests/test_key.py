"""The op-ed's human answer key and evidence table: schema, verbatim spans and coverage of every number."""

import csv
import json
import re
import warnings
from importlib import resources
from pathlib import Path

import pandas as pd
import pytest

from medialit.cli import main
from medialit.content import key
from medialit.content.article import load_article
from medialit.content.key import (
    CLAIM_TYPES,
    CUE_TYPES,
    FINDABLE,
    FORMS,
    KEY_COLUMNS,
    QUALIFIERS,
    SOURCE_TYPES,
    TABLES,
    VERB_STANCES,
    answer_key,
    evidence,
)

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "annotation-guide.md"
# Shared course data lives in ../shared beside the repository (see README); tests that need it skip without it.
FACTCHECK = Path(__file__).resolve().parents[2] / "shared" / "oped" / "factcheck.md"
EVIDENCE_COLUMNS = ["evidence_id", "sentence_id", "claim", "publisher", "date", "url", "figure", "value", "unit"]
EVIDENCE_COLUMNS += [
    "verdict",
    "context",
    "publisher_kind",
    "publisher_side",
    "first_hand",
    "based_on",
    "profile_source",
]
VERDICTS = ("supported", "needs context", "contested", "could not verify")
DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|undated)$")
# A number written with digits: 10, 1,200, 200,000, 70s.
DIGITS = re.compile(r"\d[\d,]*\d|\d")
# Years are dates, not statistics (documented in docs/annotation-guide.md).
YEAR = re.compile(r"^(19|20)\d\d$")
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|millions?|percent)\b", re.IGNORECASE
)
# Number words that name a person or a figure of speech, not a quantity (documented in the guide).
NOT_STATISTICS = {("p06.s1", "one"), ("p12.s4", "One"), ("p15.s2", "One")}


@pytest.fixture(scope="module")
def article_sentences():
    return load_article().sentences


@pytest.fixture(scope="module")
def texts(article_sentences):
    return dict(zip(article_sentences.sentence_id, article_sentences.text))


@pytest.fixture(scope="module")
def ak():
    return answer_key()


def raw(name):
    """A key CSV exactly as stored: every cell a string."""
    return key._read_csv(f"{name}.csv")


@pytest.mark.parametrize("name", TABLES)
def test_csv_header_is_exactly_the_key_columns(name):
    with resources.files("medialit.content").joinpath("data", "key", f"{name}.csv").open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header == KEY_COLUMNS[name]


def test_one_row_per_sentence_with_the_article_text(ak, article_sentences):
    s = ak.sentences
    assert s.sentence_id.is_unique
    assert list(s.sentence_id) == list(article_sentences.sentence_id)
    for col in ("paragraph", "part", "text"):
        assert list(s[col]) == list(article_sentences[col]), col
    assert set(s.claim_type) <= set(CLAIM_TYPES)
    assert set(s.claim_type) == set(CLAIM_TYPES), "every claim type should occur in a real op-ed key"
    assert (s.rationale.str.strip() != "").all()


def test_rationale_is_one_plain_sentence(ak):
    for sid, why in zip(ak.sentences.sentence_id, ak.sentences.rationale):
        flat = re.sub(r"\b(Gen|Lt|U\.S)\.", "X", why)
        assert "\n" not in why and why.endswith("."), sid
        assert not re.search(r"[.!?]\s+[A-Z]", flat), f"{sid}: rationale should be one sentence"


def test_debatable_rows_say_why_and_others_do_not(ak):
    assert set(raw("sentences").debatable) <= {"true", "false"}
    s = ak.sentences
    has_why = s.debatable_why.str.strip() != ""
    assert (s.debatable == has_why).all(), list(s.sentence_id[s.debatable != has_why])


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("attributions", "source"),
        ("attributions", "quote"),
        ("attributions", "reporting_verb"),
        ("statistics", "span"),
        ("cues", "span"),
    ],
)
def test_spans_occur_verbatim_in_their_sentence(ak, texts, table, column):
    frame = ak.table(table)
    missing = [
        (sid, value)
        for sid, value in zip(frame.sentence_id, frame[column])
        if value and value not in texts.get(sid, "")
    ]
    assert not missing
    if column in ("source", "span"):
        assert (frame[column] != "").all()


def test_every_row_points_to_an_existing_sentence(ak, texts):
    for name in ("attributions", "statistics", "cues"):
        assert set(ak.table(name).sentence_id) <= set(texts), name
    assert set(evidence().sentence_id) <= set(texts)


@pytest.mark.parametrize(
    ("table", "column", "allowed"),
    [
        ("attributions", "source_type", SOURCE_TYPES),
        ("attributions", "form", FORMS),
        ("attributions", "verb_stance", VERB_STANCES),
        ("attributions", "findable", FINDABLE),
        ("statistics", "qualifier", QUALIFIERS),
        ("cues", "cue_type", tuple(c for c in CUE_TYPES if c != "date")),
    ],
)
def test_enumerated_columns_use_allowed_values(ak, table, column, allowed):
    assert set(ak.table(table)[column]) <= set(allowed)


def test_notes_are_filled_in(ak):
    a = ak.attributions
    for col in ("source_who", "verb_note", "findable_note"):
        assert (a[col].str.strip() != "").all(), col
    st = ak.statistics
    for col in ("unit", "counted", "time_frame", "denominator", "source", "reader_question"):
        assert (st[col].str.strip() != "").all(), col
    assert st.reader_question.str.endswith("?").all()
    assert (ak.cues.note.str.strip() != "").all()


def test_quotes_match_their_form(ak):
    a = ak.attributions
    quoted = a.form.isin(["direct_quote", "partial_quote"])
    assert (a.quote[quoted] != "").all()
    assert (a.quote[~quoted] == "").all()


def test_every_quotation_in_the_oped_is_attributed(ak, article_sentences):
    with_quote = set(ak.attributions.sentence_id[ak.attributions.quote != ""])
    quoting = {sid for sid, t in zip(article_sentences.sentence_id, article_sentences.text) if "“" in t or "”" in t}
    assert quoting, "the op-ed has quotations"
    assert quoting <= with_quote, sorted(quoting - with_quote)


def test_value_ranges_fit_their_qualifier(ak):
    st = ak.statistics
    both = st.value_low.notna() & st.value_high.notna()
    assert (st.value_low[both] <= st.value_high[both]).all()
    for q, row in zip(st.qualifier, st.itertuples()):
        if q == "over":
            assert pd.notna(row.value_low) and pd.isna(row.value_high), row.span
        if q == "up to":
            assert pd.isna(row.value_low) and pd.notna(row.value_high), row.span
        if q == "range":
            assert row.value_low < row.value_high, row.span
        if any(ch.isdigit() for ch in row.span):
            assert pd.notna(row.value_low) or pd.notna(row.value_high), row.span


def _covered(start, end, spans, text):
    for span in spans:
        for m in re.finditer(re.escape(span), text):
            if m.start() <= start and end <= m.end():
                return True
    return False


def test_every_number_written_in_digits_is_a_statistic(ak, article_sentences):
    spans = ak.statistics.groupby("sentence_id").span.apply(list).to_dict()
    missing = []
    for sid, text in zip(article_sentences.sentence_id, article_sentences.text):
        for m in DIGITS.finditer(text):
            if YEAR.match(m.group()):
                continue
            if not _covered(m.start(), m.end(), spans.get(sid, []), text):
                missing.append((sid, m.group()))
    assert not missing


def test_every_number_word_is_a_statistic_or_a_documented_exception(ak, article_sentences):
    spans = ak.statistics.groupby("sentence_id").span.apply(list).to_dict()
    missing = []
    for sid, text in zip(article_sentences.sentence_id, article_sentences.text):
        for m in NUMBER_WORDS.finditer(text):
            if (sid, m.group()) in NOT_STATISTICS:
                continue
            if not _covered(m.start(), m.end(), spans.get(sid, []), text):
                missing.append((sid, m.group()))
    assert not missing
    guide = GUIDE.read_text(encoding="utf-8")
    for phrase in ("one hand", "One soldier", "One bluntly admitted"):
        assert phrase in guide, f"the guide should explain why {phrase!r} is not a statistic"


def test_the_key_and_evidence_load_without_warnings():
    key._key_tables.cache_clear()
    key.evidence.cache_clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ak = answer_key()
        ev = evidence()
    assert ak.origin == "key" and len(ak.sentences) == len(load_article().sentences)
    assert ak.sentences.debatable.dtype == bool and ak.sentences.paragraph.dtype == "int64"
    assert ak.statistics.value_low.dtype == "float64" and len(ev) > 0


def test_evidence_rows_are_complete_and_cited():
    ev = evidence()
    assert list(ev.columns) == EVIDENCE_COLUMNS
    assert list(ev.evidence_id) == [f"e{i:02d}" for i in range(1, len(ev) + 1)]
    assert ev.url.str.match(r"^https?://\S+$").all()
    assert ev.date.str.match(DATE).all(), list(ev.date[~ev.date.str.match(DATE)])
    assert set(ev.verdict) <= set(VERDICTS)
    for col in ("claim", "publisher", "context"):
        assert (ev[col].str.strip() != "").all(), col
    verdicts = ev.groupby("claim").verdict.nunique()
    assert (verdicts == 1).all(), "rows sharing a claim must share a verdict"
    assert not ev.duplicated(["sentence_id", "url"]).any()


@pytest.mark.skipif(not FACTCHECK.exists(), reason="shared fact-check notes not available")
def test_evidence_only_cites_sources_from_the_factcheck():
    notes = FACTCHECK.read_text(encoding="utf-8")
    ev = evidence()
    assert all(url in notes for url in ev.url)
    cited = set(re.findall(r"https?://[^\s)|]+", notes.split("## Claims table")[1].split("| 22 |")[0]))
    assert cited <= set(ev.url), sorted(cited - set(ev.url))


def test_every_statistic_has_evidence_or_is_listed_in_the_guide(ak):
    guide = GUIDE.read_text(encoding="utf-8")
    section = guide.split("## Statistics with no outside source in our notes")[1].split("\n## ")[0]
    checked = set(evidence().sentence_id)
    unlisted = [(sid, span) for sid, span in zip(ak.statistics.sentence_id, ak.statistics.span) if sid not in checked]
    assert all(f"“{span}”" in section for _, span in unlisted), unlisted


def test_the_guide_explains_every_label_the_key_uses(ak):
    guide = GUIDE.read_text(encoding="utf-8")
    labels = [*CLAIM_TYPES, *SOURCE_TYPES, *FORMS, *VERB_STANCES, *VERDICTS]
    labels += [c for c in CUE_TYPES if c != "date"] + [q for q in QUALIFIERS if q != "none"]
    assert [x for x in labels if f"`{x}`" not in guide] == []
    verbs = set(ak.attributions.reporting_verb) - {""}
    assert [v for v in verbs if v not in guide] == []


def test_cli_prints_the_statistics_as_json(capsys, ak):
    assert main(["key", "statistics", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(ak.statistics)
    assert list(rows[0]) == KEY_COLUMNS["statistics"]
    assert [r["span"] for r in rows] == list(ak.statistics.span)
