"""Issue 15: statistics that real editorials write without a plain number (or name only by what they measure),
and look-alikes that are not.

Every sentence is our own invention (the town of Millbrook); none comes from a corpus.
"""

import math

import pytest

from medialit.text.annotator import annotate
from medialit.text.dates import find_dates
from medialit.text.numbers import find_statistics


def spans(text):
    return [row.span for row in annotate(text).statistics.itertuples()]


@pytest.mark.parametrize(
    "text, span, unit, qualifier",
    [
        ("None of the Millbrook ferries ran on time.", "None", "", "none"),
        ("The council asked the bakers, but none did so.", "none", "", "none"),
        ("Most residents walk to the market.", "Most residents", "residents", "vague"),
        ("Several small bakeries closed.", "Several small bakeries", "bakeries", "vague"),
        ("The ferry was late a few times.", "a few times", "times", "vague"),
        ("A handful of goats crossed the bridge.", "A handful of goats", "", "vague"),
        ("It rained for a couple of weeks.", "a couple of weeks", "", "vague"),
        ("The bridge cost a fraction of the old price.", "a fraction of", "share", "vague"),
        ("Ferry fares rose sharply.", "rose sharply", "change (no number)", "vague"),
        (
            "The queue changed “only marginally” after the reform.",
            "changed “only marginally",
            "change (no number)",
            "vague",
        ),
        ("Rents in Millbrook are significantly higher.", "significantly higher", "change (no number)", "vague"),
        ("The square is majority-pedestrian.", "majority-pedestrian", "share", "vague"),
        ("It was the most-watched ferry race in Millbrook.", "most-watched", "rank", "vague"),
        ("Millbrook has the fastest-growing bakery trade.", "fastest-growing", "rank", "vague"),
        ("Flooding reached a record high.", "record high", "rank", "vague"),
        ("The river is at its highest level since 1990.", "highest level", "rank", "vague"),
        ("Millbrook has one of the lowest rates of theft.", "one of the lowest", "rank", "vague"),
        ("Millbrook has the highest rate of cycling.", "highest rate", "rank", "vague"),
        ("Bus use saw a tenfold rise.", "tenfold", "times", "none"),
        ("A loaf costs 50p.", "50p", "pence", "none"),
        ("The mill stood empty for a decade.", "a decade", "years", "none"),
        ("The mill stood for half a century.", "half a century", "years", "none"),
        ("Thefts fell by a fifth.", "a fifth", "share", "none"),
        ("Thefts fell by half.", "half", "share", "none"),
        ("About 20-30% of the pupils cycle.", "About 20-30%", "percent", "range"),
        ("The council plans a five-year budget.", "five", "", "none"),
        ("Roughly one in every four pupils cycles.", "Roughly one in every four", "share", "about"),
        ("Half as many ferries ran.", "Half", "share", "none"),
        ("Only one bakery survived the flood.", "one bakery", "bakery", "none"),
        ("Rents in Millbrook are higher than ever.", "higher than ever", "comparison", "vague"),
        ("Rents are lower than the national average.", "lower than the national average", "comparison", "vague"),
        ("Rents are higher than in 2010.", "higher than", "comparison", "vague"),
        ("A growing number of pupils cycle.", "A growing number of pupils", "number", "vague"),
        ("The number of ferries has fallen.", "The number of ferries has fallen", "number", "vague"),
        ("The share of pupils who cycle went up.", "The share of pupils who cycle went up", "share", "vague"),
        ("On average, pupils cycle more.", "On average", "average", "vague"),
        ("Fares rose for the third consecutive year.", "third consecutive", "times in a row", "none"),
        ("It is the fifth year in a row.", "fifth year in a row", "times in a row", "none"),
        ("Millbrook has the world's largest goat fair.", "world's largest", "rank", "vague"),
        ("Growth was 2pc.", "2pc", "percent", "none"),
        ("The bridge was shut for more than a year.", "more than a year", "years", "over"),
        ("The ferry was late for nearly a decade.", "nearly a decade", "years", "nearly"),
        ("Fewer than half of them voted.", "Fewer than half", "share", "up to"),
        ("Just over a third voted.", "Just over a third", "share", "over"),
        # named by what they measure, and shapes of the list (round 4)
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
def test_quantities_told_in_words(text, span, unit, qualifier):
    rows = annotate(text).statistics
    found = {row.span: row for row in rows.itertuples()}
    assert span in found, f"{span!r} not in {list(found)}"
    assert (found[span].unit, found[span].qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Thefts fell by a fifth.", 0.2, 0.2),
        ("None of the ferries ran.", 0.0, 0.0),
        ("The mill stood for half a century.", 50.0, 50.0),
        ("Bus use saw a tenfold rise.", 10.0, 10.0),
        ("The bridge cost $5-10bn.", 5e9, 1e10),  # the scale is written once, for both ends
        ("About 5 to 10 million goats.", 5e6, 1e7),
        ("Between 500 and 2 million goats.", 500.0, 2e6),  # 500 is not 500 million
        ("Rates of 5-10% apply.", 5.0, 10.0),
        # round 4
        ("Fares rose over the past decade.", 10.0, 10.0),
        ("The poorest fifth of households pay most.", 0.2, 0.2),
        ("Fares rose for a fourth year.", 4.0, 4.0),
        ("One child in four walks to school.", 0.25, 0.25),
        ("The river rose above the threshold of 2C.", 2.0, 2.0),
    ],
)
def test_values_of_quantities_in_words_and_ranges(text, low, high):
    (f,) = find_statistics(text)
    assert (f.value_low, f.value_high) == (pytest.approx(low), pytest.approx(high))
    assert not math.isnan(f.value_low)


@pytest.mark.parametrize(
    "text",
    [
        "Her bread is second to none.",  # praise, not a count
        "We are none of these things.",
        "He was none the wiser.",
        "The most important bakers met.",  # a superlative, not "most bakers"
        "It is what most worries the mayor.",  # "most" before a verb
        "There are many reasons to walk.",  # bare "many" and "few" judge more often than they count
        "Few would disagree.",
        "The case was judged by a third party.",  # an ordinal, not a share
        "The film plays in 1080p.",  # a screen size, not pence
        "It was the biggest mistake of his life.",  # a superlative with no measure against the past
        "Ferry fares rose.",  # a change without a size
        "She smiled sharply.",  # a size adverb without a change
        "One ferry sank.",  # a determiner, not a count
        "The number of the house was painted red.",  # "the number of" without a change in it
        "Better than ever, said the baker.",  # a judgement, not a comparison with a measure
        "More than ever, we need ferries.",
        "It was his biggest fear.",  # a superlative of no place or time
        "Once a year the ferry is painted.",  # a rate without a number, not a length of time
        "It was a year of rain.",
        "In the third quarter, the ferry was late.",  # an ordinal and a period, not a share
        # look-alikes of the measures of round 4
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
def test_look_alikes_are_not_statistics(text):
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
