"""Attribution shapes added in round 5 of issue 15 (PolNeAR train), each with the cases that must not report.

Every sentence is invented (the town of Millbrook); none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from medialit.content.key import SOURCE_TYPES
from medialit.text.annotator import annotate


def found(text: str) -> set[tuple[str, str]]:
    """(source, reporting words) of every attribution the annotator finds in ``text``."""
    rows = annotate(text).attributions
    assert set(rows.source_type) <= set(SOURCE_TYPES)
    return set(zip(rows.source, rows.reporting_verb))


REPORTED = [  # (text, source, reporting words), grouped by the rule that finds them
    # more stances infinitives and phrases
    ("“The pier is safe,” said Will Doyle, a ferry clerk.", "Will Doyle", "said"),  # a name, not a modal
    ("“The pier is safe,” said May Brill.", "May Brill", "said"),
    ("The mayor is eager to reopen the pier.", "The mayor", "eager to"),  # stances of will and feeling
    ("Councillor Bell was reluctant to blame the crew.", "Councillor Bell", "reluctant to"),
    ("The bakers are proud of the new bridge.", "The bakers", "proud of"),
    ("Residents were pleased with the new timetable.", "Residents", "pleased with"),
    ("Bell has been vocal in her support for the ferry.", "Bell", "vocal in"),
    ("The mayor is aware that the pier is weak.", "The mayor", "aware that"),
    ("Bell has yet to endorse the plan.", "Bell", "endorse"),  # more verbs whose subject does the infinitive
    ("The captain has begun to criticise the timetable.", "The captain", "criticise"),
    ("The council failed to mention the pier.", "The council", "mention"),
    ("The mayor interjected to say that the pier is safe.", "The mayor", "say"),
    ("Bell made an impassioned plea for the ferry.", "Bell", "made an impassioned plea"),  # words between
    ("Bell made these same claims last spring.", "Bell", "made these same claims"),
    (
        "The council issued the following statement: the pier shuts.",
        "The council",
        "issued the following statement",
    ),
    ("Bell took a direct swing at the mayor.", "Bell", "took a direct swing"),
    # the main clause speaks after openers and past forms that report
    ("But a few days later, Bell changed her mind, telling the Gazette that the pier is safe.", "Bell", "telling"),
    ("Here in Millbrook, Bell spoke for an hour, saying the ferry stays.", "Bell", "saying"),
    ("Ever since she left the council, Ms. Bell has been busy, attacking the mayor.", "Ms. Bell", "attacking"),
    (
        "The day before, at the fair, Councillor Bell was blunt, claiming the pier is weak.",
        "Councillor Bell",
        "claiming",
    ),
    ("Bell challenged the mayor to a debate.", "Bell", "challenged"),  # verbs whose -ed form reports
    ("The council emailed the plan to residents.", "The council", "emailed"),
    ("Bell retweeted the mayor.", "Bell", "retweeted"),
    ("Bell credited the crew with the rescue.", "Bell", "credited"),
    ("The mayor unveiled a plan for the pier.", "The mayor", "unveiled"),
    # objects are not speakers and finding that reports
    ("Ann Bell, a baker who runs the shop on the square, denounced the mayor's plan.", "Ann Bell", "denounced"),
    ("“The pier is safe,” added the mayor.", "the mayor", "added"),  # a verb that puts its speaker after it
    ("The plan, opposed by residents, failed.", "residents", "opposed"),
    ("The inspector found that the pier is weak.", "The inspector", "found"),  # finding *that* reports
    ("The council indicated that the pier will close.", "The council", "indicated"),
    ("She found that the pier is weak.", "She", "found"),
    ("Bell will call for a vote.", "Bell", "call"),  # a demand, even after a modal
    # agents after by
    ("As reported by the Millbrook Gazette, the pier is weak.", "the Millbrook Gazette", "reported"),
    ("The plan, first reported by the Gazette, failed.", "the Gazette", "reported"),  # no "was" before it
    ("The pier was first reported by the Gazette to be weak.", "the Gazette", "reported"),  # the agent alone
    ("A plan proposed by the council failed.", "the council", "proposed"),
    ("Bell, accused by critics of lying, left.", "critics", "accused"),
    # long sources openings and worries
    (
        "According to early results of the exit poll conducted jointly by Millbrook Research and Glimmerton Data "
        "for the Gazette and the Herald, Bell leads.",
        "early results of the exit poll",  # a long source: its first words
        "According to",
    ),
    ("The group backs what it calls a fair fare.", "it", "calls"),  # "what it calls": the pronoun calls it so
    ("Declaring that the pier is safe, the mayor reopened it.", "the mayor", "Declaring"),  # after the opening
    ("Saying the pier is weak, Bell closed it.", "Bell", "Saying"),
    ("Many residents worry about the pier.", "Many residents", "worry"),
    ("Bell wondered whether the pier is safe.", "Bell", "wondered"),
    # irregular forms and who he said
    ("Bell referred to the pier as a folly.", "Bell", "referred to"),  # forms our lists had spelt wrongly
    ("The mayor swore that the pier is safe.", "The mayor", "swore"),
    ("The council rebutted the claim.", "The council", "rebutted"),
    ("He praised his daughters, who he said were brave.", "he", "said"),  # ", who he said were"
    # in doing and bodies that find
    ("Bell was the loudest in denouncing the ferry.", "Bell", "denouncing"),  # "in doing": the subject does it
    ("The mayor erred in saying that the pier is safe.", "The mayor", "saying"),
    (
        "After a long inquiry, the Millbrook Ferry Board found that the pier is weak.",
        "the Millbrook Ferry Board",
        "found",
    ),
    (
        "But the next day, a Millbrook council spokesman indicated that the pier is shut.",
        "a Millbrook council spokesman",
        "indicated",
    ),
    ("The inspectors found that the pier is weak.", "The inspectors", "found"),  # a group word after "the"
    # restrictive who and ages keep the person
    ("Voters who backed the plan warned that the pier is weak.", "Voters who backed the plan", "warned"),
    (
        "Residents who have lived here for years say the pier is weak.",
        "Residents who have lived here for years",
        "say",
    ),
    ("Ann Bell, 58, who lives outside Millbrook, says the pier is weak.", "Ann Bell, 58", "says"),  # not "58"
    ("Cory Bell, 22, of Millbrook, said the pier is weak.", "Cory Bell, 22, of Millbrook", "said"),
    # to for a purpose is done by the subject
    ("Bell stood up at the meeting to say that the pier is weak.", "Bell", "say"),  # "to" for a purpose
    ("Mayor Bell came on the radio show to defend the ferry.", "Mayor Bell", "defend"),
    ("She was the first councillor to endorse the plan.", "She", "endorse"),
    # signs that read and shooting back
    ("“Save the pier,” the sign read.", "the sign", "read"),  # "read" next to a quotation
    ("“The ferry stays,” reads a Gazette editorial.", "a Gazette editorial", "reads"),
    ("“You are wrong,” Bell shot back.", "Bell", "shot back"),
]

NOT_REPORTED = [  # texts in which no one is reported, grouped by the rule they test
    # phrases that report no one
    "The ferry will stop at the pier.",  # "will" after a noun is still a modal
    "The crew is willing to work late.",  # left out: on train mostly a claim the writer makes
    "The town is committed to the ferry.",
    "Bell is aware of the storm.",  # "aware of" a thing is not a reported thought
    "Bell made good on a promise to fix the pier.",  # keeping a promise is an act
    "Bell made a wish at the pier.",
    "The crew took a short break at noon.",
    "Bell made a cake for the fair.",
    "The delegates needed to claim the prize.",  # "needed to" is no one's speech
    "Bell issued tickets at the pier.",
    # nouns and acts that report no one
    "Bell pitched a tent.",
    "Bell sent an email to the mayor.",  # "email" and "challenge" as nouns
    "The challenge was hard.",
    "Later, the ferry left the pier, carrying goats.",
    # findings and calls that report no one
    "Bell found the key.",
    "It found that the pier is weak.",
    "I found that the pier is weak.",  # the writer's own finding
    "Bell will call the mayor.",  # a telephone call, or a name
    "Bell showed that the pier is weak.",  # "show that" after a name: left out (half right on train)
    # openings and pronouns that report no one
    "Declaring that the pier is safe, the mayor left the hall.",  # no verb after "the mayor left …" tells who
    "It calls for rain.",  # weather, not words
    "Residents worry.",  # a feeling with no object is not a report
    # in doing and finding that report no one
    "The ferry played a part in deciding the race.",  # "in deciding" with no verb of speech
    "Then a goat found that the gate was open.",  # an animal after "a": no name, no group
    "A ferry found the pier.",  # no "that": finds a thing, reports nothing
    # to with no one who says it
    "It is hard to say.",  # no one says it
    "Bell had to defend the plan.",  # an obligation, not a report
    "The pier became a place to offer support.",
    "Whether the pier holds is hard to predict.",
    # reading and shooting that report nothing
    "Bell read the report on the ferry.",
    "The hunter shot the goat.",
    "The dissent Bell read was short.",
]


@pytest.mark.parametrize("text, source, verb", REPORTED)
def test_the_round_5_shapes_report_their_speaker(text, source, verb):
    assert (source, verb) in found(text), found(text)


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_their_look_alikes_report_no_one(text):
    assert not found(text), found(text)


def test_by_phone_is_not_a_speaker_and_a_plain_passive_names_no_one():
    assert found("Bell warned by phone that the pier is weak.") == {("Bell", "warned")}
    assert not found("The road was blocked by goats.")


def test_questions_and_passives_of_those_verbs_report_no_one_new():
    assert ("they", "thought") not in found("The clerk asked who they thought was late.")
    assert not found("Bell was sworn in on Monday.")
    assert not found("The problem is not well understood.")


def test_who_with_a_subject_of_its_own_and_counts_stay_as_they_are():
    assert ("many voters", "oppose") in found("Bell backed a mayor who many voters oppose.")
    assert ("Councillor Bell", "warned") in found("Councillor Bell, who backed the plan, warned that the pier is weak.")
    assert ("58 residents", "said") in found("In 2019, 58 residents said the pier is weak.")
    assert ("Bell", "said") not in found("Ferries carried Bell, 39 said.")  # an age needs its commas


def test_verbs_said_next_to_a_quotation_only():
    assert ("Bell", "barked") in found("“Go back,” Bell barked.")
    assert ("Bell", "charged") in found("“That is a disgrace,” Bell charged.")
    assert not found("Bell was charged with theft.")  # the passive of a charge, not words
    assert not found("The council charged a fee.")  # no quotation near: not words
    assert not found("Bell faces no criminal charges.")  # the noun


def test_knowing_how_or_why_is_a_reported_thought():
    assert ("Bell", "knows") in found("Bell knows how the ferry works.")
    assert ("The mayor", "understands") in found("The mayor understands why the pier is weak.")
    assert not found("Bell knows the ferry.")  # a thing known, not a clause


def test_more_title_case_headline_verbs():
    assert ("Mayor Bell", "Endorses") in found("Mayor Bell Endorses Ferry Plan.")
    assert ("Ann Bell", "Described") in found("Ann Bell Described Her Life on the Ferry.")
    assert not found("In Millbrook, Endorses is a shop.")  # a capital after a comma is a name, not a headline verb
