"""Issue 15, round 5b: rates of money and tax, ratings that change, results by wide margins, a race's place
after "finish", half of a group named by whose it is, parts of a century, how-many-th changes, sums by their
size, superlatives of measure against a history, charts that show and even splits; and the look-alikes that
are not statistics.

Every sentence is our own invention (the town of Millbrook); none comes from a corpus.
"""

import pytest

from medialit.text.annotator import annotate


def rows(text):
    return {row.span: (row.unit, row.qualifier) for row in annotate(text).statistics.itertuples()}


@pytest.mark.parametrize(
    "text, span, unit",
    [
        ("Interest rates in Millbrook are low.", "Interest rates", "rate"),
        ("Bell wants a higher tax rate on goat farms.", "tax rate", "rate"),
        ("Mortgage rates went up in Millbrook.", "Mortgage rates", "rate"),
        ("The exchange rate is poor for Millbrook's traders.", "exchange rate", "rate"),
        ("The ferry school has a low success rate.", "success rate", "rate"),
        ("Bell's favourability rating has fallen.", "rating has fallen", "change (no number)"),
        ("The show's ratings are falling.", "ratings are falling", "change (no number)"),
        ("Bell carried young voters by large margins.", "by large margins", "margin"),
        ("Ames won the wards by even wider margins.", "by even wider margins", "margin"),
        ("Bell hopes to finish third.", "finish third", "rank"),
        ("Ames may finish a distant second.", "finish a distant second", "rank"),
        ("Bell wants to fill half her cabinet with farmers.", "half her cabinet", "share"),
        ("Half Millbrook's ferries are late.", "Half Millbrook's ferries", "share"),
        ("Bell spent a quarter-century on the council.", "a quarter-century", "years"),
        ("Ames wrote of a half century of ferry history.", "a half century", "years"),
        ("This is the fifth fare rise this year.", "the fifth fare rise", "times"),
        ("The bank made its third interest rate cut.", "its third interest rate cut", "times"),
        ("It was the second increase since May.", "the second increase", "times"),
        ("Bell raised large sums of money for the pier.", "large sums of", "amount"),
        ("Ames paid a huge sum of cash for goats.", "a huge sum of", "amount"),
        ("It was the largest flood in Millbrook history.", "largest flood", "rank"),
        ("Large numbers of goats crossed the bridge.", "Large numbers of", "number"),
        ("Bell can sway significant numbers of voters.", "significant numbers of", "number"),
        ("A big share of the budget went on ferries.", "A big share of", "share"),
        ("Chart B shows that goats like hay.", "Chart B shows", "finding (no figure)"),
        ("Millbrook's voters were evenly split on the pier.", "evenly split", "split"),
        ("Opinion among farmers is more closely divided.", "closely divided", "split"),
        ("The graph shows a fall in fares.", "graph shows", "finding (no figure)"),
        ("It was the deadliest storm in modern Millbrook history.", "deadliest storm", "rank"),
        # a race's tally and result (tallies.py)
        ("Bell has a commanding lead in delegates.", "lead in delegates", "lead"),
        ("Ames cut into Bell's lead in pledged delegates.", "lead in pledged delegates", "lead"),
        ("Ames has an edge among superdelegates.", "edge among superdelegates", "lead"),
        ("Bell widened her delegate lead over Ames.", "delegate lead", "tally"),
        ("Ames is fourth in the delegate count.", "delegate count", "tally"),
        ("Millbrook waited for the vote totals.", "vote totals", "tally"),
        ("Bell won the most seats on the council.", "the most seats", "rank"),
        ("Ames won narrowly in the east ward.", "won narrowly", "margin"),
        ("Bell is well ahead of Ames in the east ward.", "well ahead", "standing"),
        ("Ames trails far behind.", "far behind", "standing"),
        ("In the west ward, Bell's comfortably ahead.", "comfortably ahead", "standing"),
    ],
)
def test_found(text, span, unit):
    assert rows(text).get(span, (None,))[0] == unit, rows(text)


@pytest.mark.parametrize(
    "text, span",
    [
        ("Bell has an interest in rates of pay.", "interest"),  # "interest" not before "rate"
        ("The margins of the page are wide.", "margins"),  # no "by" and no size
        ("Bell wrote notes in the margins.", "margins"),
        ("Bell will finish the first lap.", "finish"),  # no place told
        ("Bell went half way up the hill.", "half way"),  # "half way": no group
        ("Not satisfied with half my lunch, the goat ate the rest.", "half my lunch"),  # first person left out
        ("Her half-sister Ames lives in Millbrook.", "half-sister"),
        ("The pier was built a quarter-century ago.", "a quarter-century"),  # a date, not a length of time
        ("Bell has a third cut on her hand.", "a third cut"),  # "a" + ordinal: an injury, not a count
        ("We watched the second cut of the film.", "the second cut"),  # bare "cut" needs a word before it
        ("The third Millbrook Rise festival was fun.", "The third Millbrook Rise"),  # a name
        ("The ferry is more than the sum of its parts.", "sum of"),  # no size
        ("The sums of the columns are wrong.", "sums of"),
        ("The numbers of the houses are wrong.", "numbers of"),  # no size
        ("Bell's fares were off the charts.", "charts"),  # no verb of finding
        ("The council is deeply divided over the pier.", "divided"),  # a quarrel, not a count
        ("Bell split the cake evenly.", "split"),
        ("The goats used vast amounts of hay.", "vast amounts of"),  # tried and left out (see extents.py)
        ("Chart the course, Bell shows the way.", "Chart"),
        ("Bell is the most famous goat in Millbrook history.", "most famous"),  # "most" judges, it does not measure
        # tallies' look-alikes
        ("Bell took the lead in the votes on the pier.", "lead in"),  # "the votes": decisions, not a tally
        ("The leader in votes for women spoke.", "votes"),
        ("Bell took a seat in the hall.", "seat"),
        ("Bell won the most praise for the pier.", "most praise"),  # no count of a race
        ("Bell won the vote easily enough, she joked.", "easily"),  # not right after "won"
        ("Bell left her old life far behind.", "far behind"),  # no race
        ("The vote is just ahead of us.", "just ahead"),
        ("A drop in turnout hurt Bell.", "drop in turnout"),  # tried and left out (see tallies.py)
    ],
)
def test_not_found(text, span):
    assert not any(span in found for found in rows(text)), rows(text)


def test_values():
    table = annotate("This is the fifth fare rise this year, after a quarter-century of calm.").statistics
    values = {row.span: (row.value_low, row.value_high) for row in table.itertuples()}
    assert values["the fifth fare rise"] == (5.0, 5.0)
    assert values["a quarter-century"] == (25.0, 25.0)
