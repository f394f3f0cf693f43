"""Issue 15, round 5: results of counting told without their figure ("polls show", "according to a new survey",
"a 2019 study", "Bell leads in the polls", "by a wide margin"), a race's result as a rank, counts that change,
and look-alikes that are not.

Every sentence is our own invention (the town of Millbrook); none comes from a corpus.
"""

import pytest

from medialit.text.annotator import annotate


def rows(text):
    return {row.span: (row.unit, row.qualifier) for row in annotate(text).statistics.itertuples()}


FINDING = ("finding (no figure)", "vague")


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("Polls show Mayor Bell ahead of Ames.", "Polls show", FINDING),
        ("A new poll found that the ferry is popular.", "poll found", FINDING),
        ("The survey also found that pupils like the bridge.", "survey also found", FINDING),
        ("Studies have consistently shown that goats prefer hay.", "Studies have consistently shown", FINDING),
        ("The figures show a fall in ferry use.", "figures show", FINDING),
        ("Official data reveal that the buses are late.", "data reveal", FINDING),
        ("A poll released on Monday shows Bell ahead.", "poll", FINDING),  # "on Monday" is a date of its own
        ("According to a new survey, the ferry is popular.", "According to a new survey", FINDING),
        ("According to official figures, the ferry is late.", "According to official figures", FINDING),
        ("A 2019 study looked at Millbrook's ferries.", "study", FINDING),
        ("The 2011 census counted the goats.", "census", FINDING),
        ("A new survey by the Millbrook Gazette asked about ferries.", "survey by", FINDING),
        ("The latest numbers show a fall in ferry use.", "numbers show", FINDING),
        ("A council analysis shows that buses are late.", "analysis shows", FINDING),
        ("According to an analysis by the Gazette, buses are late.", "According to an analysis", FINDING),
        ("Official estimates suggest that the ferry is late.", "estimates suggest", FINDING),
        ("The Treasury figures show that buses are late.", "figures show", FINDING),
        ("Crime figures show a fall.", "figures show", FINDING),
        ("A survey of Millbrook residents showed strong support for the ferry.", "survey", FINDING),
        ("Research into goat health found that hay helps.", "Research", FINDING),
        ("Surveys of pupils taken at the gate showed that they walk.", "Surveys", FINDING),
        ("Mayor Bell leads in the polls.", "leads in the polls", ("poll standing", "vague")),
        ("Ames is ahead in the latest polls.", "ahead in the latest polls", ("poll standing", "vague")),
        ("Ames trails Bell in the polls.", "trails Bell in the polls", ("poll standing", "vague")),
        ("Bell has a big lead in the most recent polls.", "lead in the most recent polls", ("poll standing", "vague")),
        ("Bell is at the top of the polls.", "the top of the polls", ("poll standing", "vague")),
        ("Bell won by a wide margin.", "by a wide margin", ("margin", "vague")),
        ("The ferry plan passed by a narrow margin.", "by a narrow margin", ("margin", "vague")),
        ("Bell won by an even greater margin.", "by an even greater margin", ("margin", "vague")),
        ("The gap is within the margin of error.", "margin of error", ("margin of error", "vague")),
        ("Bell has a double-digit lead.", "double-digit", ("", "range")),
        ("Ames sits at single digits in the polls.", "single digits", ("", "range")),
        ("Ames has risen to the high single digits.", "high single digits", ("", "range")),
        ("Bell is in the low 40s in the polls.", "low 40s", ("", "range")),
        ("Ames is in the mid-teens.", "mid-teens", ("", "range")),
        ("By his mid-20s, Bell ran the ferry.", "his mid-20s", ("years of age", "range")),
        ("A greater percentage of voters like Bell.", "A greater percentage of voters", ("percentage", "vague")),
        ("Millbrook saw record turnout.", "record turnout", ("rank", "vague")),
        ("It was a record-breaking year for goats.", "record-breaking", ("rank", "vague")),
        # a race's result as a rank, and counts that change (round 5, from PolNeAR train's kinds of miss)
        ("Bell came in third behind Ames.", "came in third", ("rank", "vague")),
        ("Bell finished a distant second.", "finished a distant second", ("rank", "vague")),
        ("Ames is running second to Bell.", "running second", ("rank", "vague")),
        ("Bell is in fourth place.", "fourth place", ("rank", "vague")),
        ("Bell celebrated a second-place finish.", "second-place", ("rank", "vague")),
        (
            "The number of ferry passengers grows every year.",
            "The number of ferry passengers grows",
            ("number", "vague"),
        ),
        ("The number of goats is rising.", "The number of goats is rising", ("number", "vague")),
        ("The number of goats spiked in May.", "The number of goats spiked", ("number", "vague")),
        ("The growing number of cyclists worries the mayor.", "The growing number of cyclists", ("number", "vague")),
        ("A growing majority of voters want a bridge.", "A growing majority of", ("share", "vague")),
        # general English the annotator missed (round 5): ranks, indicators with a change, counts by their size
        ("Millbrook is one of the poorest towns in England.", "one of the poorest", ("rank", "vague")),
        ("Bell is the world's richest goat farmer.", "world's richest", ("rank", "vague")),
        ("Millbrook tops the table for rents.", "tops the table", ("rank", "vague")),
        ("Millbrook ranks last for buses.", "ranks last", ("rank", "vague")),
        ("The death toll rose.", "toll rose", ("change (no number)", "vague")),
        ("The council's debt has grown.", "debt has grown", ("change (no number)", "vague")),
        ("Turnout was down.", "Turnout was down", ("change (no number)", "vague")),
        ("Goats crossed in large numbers.", "in large numbers", ("number", "vague")),
        ("Very few pupils cycle.", "Very few pupils", ("pupils", "vague")),
        ("Rents rose faster than wages.", "rose faster than", ("comparison", "vague")),
    ],
)
def test_counts_told_without_their_figure(text, span, kind):
    found = rows(text)
    assert span in found, f"{span!r} not in {list(found)}"
    assert found[span] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Leading figures suggest the plan is bad.",  # "figures" as people
        "Tory figures attacked the plan.",
        "Big numbers show up at the fair.",
        "Reid ordered a legal analysis of the law.",  # an analysis that finds nothing here
        "The study of history shows us who we are.",  # a subject of study, shown "to us"
        "A study of goats, which Bell led, found nothing.",  # the verb is past a new clause
        "The data on buses, Bell said, show a fall.",  # past a comma: not looked for
        "Bell's numbers from Tuesday and the showing of 2008 differ.",
        "Study of Goats opens today.",
        "In the mid-90s, Bell moved to Millbrook.",  # more often a decade
        "Bell typed the digits.",
        "Bell has a criminal record.",  # a record that is no measure
        "Bell kept a record of the goats.",
        "Bell estimates that the ferry is late.",  # a verb, not data
        "Bell works at the Institute for the Study of Goats.",  # research words inside a name
        "The Millbrook Research Centre opened today.",
        "The teacher gave a case study of a bakery.",  # an example, not a count
        "Bell took part in a study of goats.",  # a study named, nothing found and no one said to find it
        "The study of history is useful.",
        "Bell is a study in contrasts.",
        "Voters will go to the polls.",  # the polls as a place to vote
        "Officials want more data on ferries.",
        "The margin of the page is wide.",  # a margin that is no result
        "Bell did well, by a wide road.",
        "Bell is at the top of the hill.",
        "Why did Bell stand in the first place?",  # an idiom, not a race
        "It was the last place I looked.",
        "Bell finished a second term.",
        "Bell came in a taxi.",
        "The number of people who grow wheat is small.",  # "grow" is what the people do
        "Bell wants to limit the number of goats or increasing the fee.",
        "The high rate of goats is a worry.",  # "the" + a size that judges, not a change
        "It was the richest irony of all.",
        "The numbers are up to us.",  # "up to" someone: no change
        "The war took its toll.",
        "Bell was good with large numbers.",
        "Very few would disagree.",  # bare "few" judges
        "Very few support Mrs Bell.",
        "Bell runs faster than Ames.",  # a comparison of people, not of changes
    ],
)
def test_look_alikes_of_findings_are_not_statistics(text):
    assert rows(text) == {}


def test_a_finding_beside_its_figure_keeps_the_figure():
    """ "A poll shows 60% back Bell": the figure is a row of its own, the finding does not swallow it."""
    found = rows("A new poll shows 60% of voters back Bell.")
    assert found["60%"] == ("percent", "none")
    assert found["poll shows"] == FINDING


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Bell has a double-digit lead.", 10.0, 99.0),  # not "double" as two times
        ("Ames sits at single digits.", 1.0, 9.0),
        ("Bell is in the low 40s.", 40.0, 49.0),
        ("Ames is in the mid-teens.", 13.0, 19.0),
    ],
)
def test_rough_poll_figures_have_their_range(text, low, high):
    found = [row for row in annotate(text).statistics.itertuples()]
    assert [(row.value_low, row.value_high) for row in found] == [(low, high)]
