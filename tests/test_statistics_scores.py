"""Round 6 (lead): two counts side by side ("voted 5-2", "won 3-1", "by 2-1") are a score, a vote or a ratio, not
a range from the smaller to the larger; and qualifiers written after a number ("five years at most", "£2 million
or more", "30 or so") qualify it as the same words before it do.

Every sentence is our own invention (the town of Millbrook); none comes from a corpus.
"""

import math

import pytest

from medialit.text.annotator import annotate


def stats(text):
    """(span, low, high, unit, qualifier) of every statistic, with NaN as None."""
    out = []
    for r in annotate(text).statistics.itertuples():
        low, high = (None if math.isnan(v) else v for v in (r.value_low, r.value_high))
        out.append((r.span, low, high, r.unit, r.qualifier))
    return out


@pytest.mark.parametrize(
    "text, span, unit",
    [
        ("The Millbrook council voted 5-2 to keep the ferry.", "5-2", "a score, vote or ratio, 5 to 2"),
        ("The Rovers won 3-1 on Saturday.", "3-1", "a score, vote or ratio, 3 to 1"),
        ("The game ended 2-2.", "2-2", "a score, vote or ratio, 2 to 2"),
        ("The Millbrook final was 3–1 to the Rovers.", "3–1", "a score, vote or ratio, 3 to 1"),  # an en dash
        ("A 217-212 vote kept the pier open.", "217-212", "a score, vote or ratio, 217 to 212"),
    ],
)
def test_two_counts_side_by_side_are_a_score_not_a_range(text, span, unit):
    assert stats(text) == [(span, None, None, unit, "none")]


def test_a_score_keeps_the_qualifier_before_it():
    assert stats("Bell led Ames by nearly 2-1 in the Gazette poll.") == [
        ("nearly 2-1", None, None, "a score, vote or ratio, 2 to 1", "nearly")
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        ("The ferry takes 20-30 minutes.", ("20-30 minutes", 20.0, 30.0, "minutes", "range")),  # a range runs up
        ("Fares rose 5-10 percent.", ("5-10 percent", 5.0, 10.0, "percent", "range")),
    ],
)
def test_ranges_that_run_up_stay_ranges(text, found):
    assert stats(text) == [found]


def test_a_span_of_years_is_not_a_score():
    assert not any("score" in unit for *_, unit, _ in stats("In the 1939-45 war the Millbrook pier closed."))


@pytest.mark.parametrize(
    "text, found",
    [
        ("The old ferry has five years at most.", ("five years at most", None, 5.0, "years", "up to")),
        ("The bridge would cost £2 million or more.", ("£2 million or more", 2000000.0, None, "pounds", "over")),
        ("There were 12 or fewer boats in the harbour.", ("12 or fewer boats", None, 12.0, "boats", "up to")),
        ("About 30 or so goats escaped.", ("About 30", 30.0, 30.0, "", "about")),  # one qualifier is enough
        ("Two or more councillors said no.", ("Two or more councillors", 2.0, None, "councillors", "over")),
        ("The pier needs 30 or so planks.", ("30 or so planks", 30.0, 30.0, "planks", "about")),
    ],
)
def test_a_qualifier_after_the_number_counts_as_one_before_it(text, found):
    assert stats(text) == [found]
