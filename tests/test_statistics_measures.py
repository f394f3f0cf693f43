"""Issue 15, round 4: statistics named by what they measure, and the shapes of the issue's list main had missed.

Every sentence is our own invention (the town of Millbrook); none comes from a corpus.
"""

import pytest

from medialit.text.annotator import annotate
from medialit.text.dates import find_dates
from medialit.text.numbers import find_statistics


def spans(text):
    return [row.span for row in annotate(text).statistics.itertuples()]


@pytest.mark.parametrize(
    "text, span, unit, qualifier",
    [
        ("Spending per head fell in Millbrook.", "Spending per head", "per head", "vague"),
        ("Millbrook's GDP per capita rose.", "GDP per capita", "per capita", "vague"),
        ("Millbrook was ranked 12th in the county.", "ranked 12th", "rank", "vague"),
        ("Millbrook finished third in the bake-off.", "finished third", "rank", "vague"),
        ("Millbrook came last in the rankings.", "came last", "rank", "vague"),
        ("Millbrook is bottom of the league for buses.", "bottom of the league", "rank", "vague"),
        ("Millbrook tops the league table for buses.", "league table", "rank", "vague"),
        ("Fares rose over the past decade.", "over the past decade", "years", "none"),
        ("The proportion of pupils who cycle is small.", "The proportion of pupils", "proportion", "vague"),
        ("The percentage of goats that escape is small.", "The percentage of goats", "percentage", "vague"),
        ("The share of pupils who cycle is small.", "The share of pupils", "share", "vague"),
        ("The median wage in Millbrook is low.", "The median wage", "median", "vague"),
        ("The poorest fifth of households pay most.", "The poorest fifth", "share", "none"),
        ("Unemployment has fallen in Millbrook.", "Unemployment has fallen", "change (no number)", "vague"),
        ("The crime rate in Millbrook is low.", "crime rate", "rate", "vague"),
        ("Bakery rents soared.", "soared", "change (no number)", "vague"),
        ("Goats outnumber people in Millbrook.", "outnumber", "change (no number)", "vague"),
        ("Fares rose for a fourth year.", "for a fourth year", "times in a row", "none"),
        ("Fares rose for the third year running.", "third year running", "times in a row", "none"),
        ("Pupils in Millbrook are half as likely to cycle.", "half", "share", "none"),
        ("Fares are up a fifth.", "up a fifth", "share", "none"),
        ("Fares rose faster than inflation.", "faster than inflation", "comparison", "vague"),
        ("An overwhelming majority of pupils cycle.", "An overwhelming majority of", "share", "vague"),
        ("Millbrook has the highest rents in Europe.", "highest rents", "rank", "vague"),
        ("It was the biggest goat fair in history.", "biggest goat fair", "rank", "vague"),
        ("An unprecedented number of goats crossed.", "An unprecedented number of goats", "number", "vague"),
        ("The river rose above the threshold of 2C.", "2C", "degrees Celsius", "none"),
        ("A 330ml can of Millbrook cola.", "330ml", "millilitres", "none"),
        ("Most young people in Millbrook cycle.", "Most young people", "people", "vague"),
        ("Only a tiny fraction of goats escape.", "a tiny fraction of goats", "share", "vague"),
        ("Visitor numbers have risen.", "numbers have risen", "change (no number)", "vague"),
        ("Life expectancy has fallen in Millbrook.", "expectancy has fallen", "change (no number)", "vague"),
        ("Bakers' pay fell in real terms.", "in real terms", "change (no number)", "vague"),
        ("Millbrook faces a real-terms cut.", "real-terms", "change (no number)", "vague"),
        ("A multimillion-pound bridge opened.", "multimillion", "", "over"),
        ("Theft rates have fallen in Millbrook.", "rates have fallen", "change (no number)", "vague"),
        ("The pay gap has widened.", "gap has widened", "change (no number)", "vague"),
        ("Seven out of every 10 pupils cycle.", "Seven out of every 10", "share", "none"),
        ("One child in four walks to school.", "One child in four", "share", "none"),
        ("One pupil in every five cycles.", "One pupil in every five", "share", "none"),
        ("Scores of goats crossed the bridge.", "Scores of goats", "goats", "vague"),
        ("Millbrook gets a third less rain.", "a third", "share", "none"),
    ],
)
def test_quantities_named_by_their_measure(text, span, unit, qualifier):
    rows = annotate(text).statistics
    found = {row.span: row for row in rows.itertuples()}
    assert span in found, f"{span!r} not in {list(found)}"
    assert (found[span].unit, found[span].qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Fares rose over the past decade.", 10.0, 10.0),
        ("The poorest fifth of households pay most.", 0.2, 0.2),
        ("Fares rose for a fourth year.", 4.0, 4.0),
        ("One child in four walks to school.", 0.25, 0.25),
        ("The river rose above the threshold of 2C.", 2.0, 2.0),
    ],
)
def test_values_of_measured_quantities(text, low, high):
    (f,) = find_statistics(text)
    assert (f.value_low, f.value_high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    "text",
    [
        "One warning came last Thursday.",  # "came last" + a day: a date, not a rank
        "Nearly everyone loves the goat fair.",  # "nearly all / every / everyone": tried, judged more than counted
        "The number of people you can meet is small.",  # "the number of" with no figure and no change
        "The average voter in Millbrook is sensible.",  # "the average voter": a figure of speech
        "Her spirits soared.",  # soaring that is no quantity
        "The mayor gave a soaring speech full of soaring rhetoric.",
        "He was the first in the queue.",  # "first" is no rank in a table
        "She took the lion's share of the blame.",
        "Growth in Millbrook came first for the mayor.",
        "For the second time, the ferry sank.",  # a how-many-th time, not in a row
        "The share of the blame is hers.",  # "share of" without a group
        "The top of the hill is steep.",
        "One man in Millbrook won the goat race.",  # "one … in" a place: no share
        "The scores of pupils in Millbrook rose.",  # marks, not a count
        "It was the party's most loyal young voters.",  # "most" after a possessive is a superlative
        "The poorest and most vulnerable young pupils came.",
        "In real life, terms are set by the mayor.",
        "The rate of change is a matter for the mayor.",  # "rate of" without a group counted
    ],
)
def test_measure_look_alikes_are_not_statistics(text):
    assert spans(text) == []


def test_a_number_after_a_big_change_is_the_statistic():
    """ "plummeted from around 5 percent to near zero": the figures are the statistics, not the verb."""
    text = "Growth in Millbrook has plummeted from around 5 percent to near zero."
    assert spans(text) == ["around 5 percent", "near zero"]


@pytest.mark.parametrize(
    "text, statistic, date",
    [
        ("2000 jobs were lost in Millbrook.", ["2000 jobs"], []),  # four digits that count: not a year
        ("The flood hit 1800 schools.", ["1800 schools"], []),
        ("In 2000 people in Millbrook were poorer.", [], ["2000"]),  # after "in" the digits stay a year
        ("The 2016 elections in Millbrook were close.", [], ["2016"]),
    ],
)
def test_four_digits_before_a_counted_noun(text, statistic, date):
    table = annotate(text)
    assert [row.span for row in table.statistics.itertuples()] == statistic
    dates = [text[f.start : f.end] for f in find_dates(text)]
    assert dates == date
