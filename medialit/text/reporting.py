"""The words of attribution: reporting verbs and speech nouns, and how to find and type a source phrase.

General rules, not a list of names: a reporting verb's source is the noun phrase before it (or after it,
in "said Smith"); its type is guessed from the words of the phrase (the course's own source classes).
"""

from __future__ import annotations

import re

# Reporting verbs by lemma; the second field says whether the verb itself takes a side ("loaded").
_NEUTRAL = """say tell add ask write note state report explain announce comment respond reply confirm answer
mention remark observe declare describe recall recount predict estimate testify post tweet call suggest
indicate show find reveal argue believe think expect film photograph agree conclude continue advise inform
remind cite quote discuss learn hear decide plan want wish intend seek support oppose favor favour prefer endorse
question doubt worry wonder feel know consider recognise recognize propose recommend highlight assure proclaim
refuse decline apologise apologize thank request put point sum speak talk""".split()
_LOADED = """warn admit claim insist accuse dismiss allege concede confess boast brag complain lament deny
reject slam blast decry condemn criticise criticize praise hail urge demand threaten vow pledge promise contend
assert acknowledge blame mock ridicule scoff sneer rant fume whine gloat quip joke mutter shout scream cry
fear hope caution stress emphasise emphasize back denounce attack defend yell""".split()
_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "writes", "writing", "written"],
    "find": ["found", "finds", "finding"],
    "think": ["thought", "thinks", "thinking"],
    "show": ["showed", "shows", "showing", "shown"],
    "cry": ["cried", "cries"],
    "hear": ["heard", "hears", "hearing"],
    "feel": ["felt", "feels", "feeling"],
    "know": ["knew", "knows", "known", "knowing"],
    "seek": ["sought", "seeks", "seeking"],
    "put": ["puts", "putting"],
    "speak": ["spoke", "speaks", "speaking", "spoken"],
    "see": ["sees", "saw", "seeing"],
    "make": ["makes", "made", "making"],
    "back": ["backed", "backs", "backing"],
    "swear": ["swore", "swears", "swearing"],  # not "sworn" ("was sworn in"), nor "understood" (mostly passive)
}
_DOCUMENT_WORDS = frozenset(
    """report reports study studies data figures footage recordings recording survey poll polls analysis
    documents document records statistics research images video videos photos evidence estimates assessment
    intelligence satellite tests investigation review audit census polling results outcome email emails
    examination test investigations reporting search numbers tally findings memo memos letter transcript
    transcripts filing filings papers book article articles markets statement statements lawsuit lawsuits ad ads
    tweet tweets op-ed""".split()  # "The ad claims …", "a statement confirming …": written or filmed
)
# Verbs too common in other senses; they report only with a document or a named subject.
_WEAK = frozenset(
    """show find indicate reveal suggest believe think expect fear hope call describe want wish feel know wonder
    consider doubt plan seek intend prefer favor favour support oppose back learn hear decide agree highlight maintain
    imagine anticipate suspect assume presume understand realize realise remember sense regard view deem envision
    disagree encourage underscore reflect portray depict concur welcome see pronounce critical supportive skeptical
    sceptical confident convinced hopeful optimistic pessimistic adamant wary opposed concerned worried angry unhappy
    frustrated afraid sure certain eager keen reluctant hesitant aware proud disappointed pleased upset furious
    doubtful dismissive suspicious fearful enthusiastic outspoken vocal""".split()
)
_NOT_SUBJECT_END = frozenset(
    """the a an of and or but his her its their our my your this that these those no any some with by for from
    in on to at through without into than as is are was were be been being it he she they we i you who which
    what when while because if so not also very more most less""".split()
)
# A word before a verb form that shows it is a noun or an infinitive ("the claim", "amid fears", "to explain").
_NOUN_BEFORE = frozenset(
    """to the a an his her their its of our my your this that these those amid over about with without despite
    for from by in on at into under after before no any some such growing own new public private""".split()
)
_PASSIVE_BEFORE = frozenset("was were been being is are be".split())
_PARTICIPLES = frozenset("said told seen heard shown written found thought spotted observed".split())
_PERCEIVED = frozenset("seen heard spotted filmed photographed observed reported recorded".split())
_CLAUSE_START = frozenset("he she they it we i you there this that".split())
_PERSONS = frozenset("he she they who".split())  # pronouns that stand for people who can think or want
_PRONOUNS = frozenset("he she they it we i you this that these those there who which one".split())
# Nouns that attribute words to someone named after them: "according to X", "a talking point from X".
_NOMINAL_HEADS = frozenset(
    """according words point claim statement remarks comments warning admission assessment estimate argument
    message line view position criticism opposition""".split()  # "opposition from X" (4 of 7 new rows right on
)  # train; "praise", "backlash", "reply", "response", "reaction", "objections from X" were mostly not annotated there)
# Words that open a noun phrase ("the council report", "his aides"), words before "'s" that make it "is" ("it's",
# "let's"), and the relative pronouns that stand for a source ("Bell, who said …").
DETERMINERS = frozenset("the a an this that these those his her their its our my your".split())
IS_CONTRACTED = frozenset("there it that here what who he she where how let".split())
RELATIVES = frozenset(("who", "which", "that"))
_AUX = frozenset(
    """is are was were has have had will would could can may might should must isn’t aren’t wasn’t weren’t hasn’t
    haven’t won’t can’t couldn’t didn’t doesn’t don’t isn't aren't wasn't weren't hasn't haven't won't can't couldn't
    didn't doesn't don't does do did""".split()
)
_CLAUSE_AUX = re.compile(
    r"(?i)\s(?:that\b|(?:[\w’'.\-]+\s){0,6}?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|"
    r"must|isn’t|isn't|aren’t|wasn’t|weren’t|hasn’t|haven’t|won’t|can’t|couldn’t|didn’t|doesn’t|remains|lacks|"
    r"did|does|do)\b)"
)


def _forms(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma]]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    double = lemma in (
        "admit",
        "quip",
        "slam",
        "regret",
        "brag",
        "plan",
        "prefer",
        "chat",
        "blog",
        "refer",
        "rebut",
        "concur",
    )
    past = lemma + lemma[-1] + "ed" if double else lemma + "ed"
    ing = lemma + lemma[-1] + "ing" if double else lemma + "ing"
    return [lemma, lemma + "s", past, ing]


VERB_LEMMAS = {form: (lemma, "neutral") for lemma in _NEUTRAL for form in _forms(lemma)}
VERB_LEMMAS |= {form: (lemma, "loaded") for lemma in _LOADED for form in _forms(lemma)}
# More verbs of speech, thought and intention (our own list, general English).
_MORE_NEUTRAL = """express reiterate repeat echo signal hint imply portray depict characterize characterise envision
imagine anticipate speculate suspect assume presume maintain underscore counter retort rebut dispute muse ponder relay
convey outline summarize summarise clarify concur tout applaud welcome commend congratulate laud press plead implore
inquire reaffirm corroborate contradict refute understand realize realise remember sense regard view deem reason posit
theorize surmise disagree reassure guarantee label dub encourage pronounce assail voice see make issue release
refer offer""".split()
_MORE_LOADED = """rail bemoan deplore regret resent chide scold rebuke berate lambaste castigate deride disparage
belittle taunt disavow repudiate renounce downplay exaggerate protest object mourn lecture preach dread brand
tease""".split()
VERB_LEMMAS |= {f: (lemma, "neutral") for lemma in _MORE_NEUTRAL for f in _forms(lemma)}
VERB_LEMMAS |= {f: (lemma, "loaded") for lemma in _MORE_LOADED for f in _forms(lemma)}
VERB_LEMMAS |= {f: ("take", "loaded") for f in "take takes took taken taking".split()}  # "took aim at"
VERB_LEMMAS |= {f: ("push", "neutral") for f in "pushes pushed pushing".split()}  # "pushed for"
VERB_LEMMAS |= {f: ("weigh in", "neutral") for f in "weigh weighs weighed weighing".split()}  # with their particle:
VERB_LEMMAS |= {f: ("lash out", "loaded") for f in "lash lashes lashed lashing".split()}  # (candidates._WITH_NEXT)
VERB_LEMMAS |= {f: ("hit back", "loaded") for f in "hit hits hitting fire fires fired firing".split()}
VERB_LEMMAS |= {f: ("hit back", "loaded") for f in "shoot shoots shot shooting".split()}  # "shot back"
VERB_LEMMAS |= {f: ("read", "neutral") for f in "read reads".split()}  # next to a quotation: "…,” the sign read
# Said next to a quotation only (candidates._NEAR_QUOTE), past forms only ("charges" is a noun): "“Go back,” Bell
# barked." (our own list, general English)
_BY_A_QUOTE = dict(
    charged="charge",
    barked="bark",
    snapped="snap",
    thundered="thunder",
    sighed="sigh",
    laughed="laugh",
    chuckled="chuckle",
    growled="growl",
    roared="roar",
    gasped="gasp",
)
VERB_LEMMAS |= {f: (lemma, "loaded") for f, lemma in _BY_A_QUOTE.items()}
# More, each kept only where most of the rows it added on PolNeAR train were right (contest, advertise,
# convince, champion, guess, negotiate, cheer, boo, insult, judge, rule, determine … were tried and left out:
# they were mostly other senses there).
_MORE_TRIED = """publish promote chant disclose invoke rebuff forecast elaborate vouch exclaim vent swear groan advocate
query""".split()
VERB_LEMMAS |= {f: (lemma, "neutral") for lemma in _MORE_TRIED for f in _forms(lemma)}
_MORE_TRIED_LOADED = (
    """trumpet herald reprimand marvel chastise backtrack recant gush smear demonize admonish heckle""".split()
)
VERB_LEMMAS |= {f: (lemma, "loaded") for lemma in _MORE_TRIED_LOADED for f in _forms(lemma)}
# Verbs whose -ed form reports, kept where most of the rows they added on PolNeAR train were right ("compared",
# "charged", "accepted", "embraced", "addressed", "invited", "sued" were tried and left out; their other forms are
# nouns too often: "an email", "the challenge").
_PAST_ONLY = "challenge email unveil react credit persuade brief retweet interject frame jeer alert".split()
VERB_LEMMAS |= {f: (lemma, "neutral") for lemma in _PAST_ONLY for f in _forms(lemma) if f.endswith("ed")}
VERB_LEMMAS["sounding"] = VERB_LEMMAS["sounded"] = VERB_LEMMAS["sound"] = VERB_LEMMAS["sounds"] = ("sound", "loaded")
# Forms that are far more often nouns or adverbs in news ("the state", "a tweet", "back", "thanks to").
for _form in """state states tweet attack attacks support thank thanks question questions request requests
    quote quotes back sum sums wish express echo echoes signal signals hint hints
    counter counters dispute disputes outline outlines welcome welcoming press pressing view views regard regarding
    object objects protest protests brand brands label labels sense reason reasons railing guarantee guarantees
    encouraging repeat voice voices voicing""".split():
    VERB_LEMMAS.pop(_form, None)


SPEECH_NOUNS = {
    w: "neutral"
    for w in """statement statements remarks comments view views assessment words answer answers response
    responses reply explanation description argument arguments proposal proposals
    belief beliefs suggestion suggestions prediction predictions""".split()
}
SPEECH_NOUNS |= {
    w: "loaded"
    for w in """claim claims warning warnings threat threats admission accusation accusations promise promises assertion
    assertions allegation allegations contention insistence denial denials criticism complaint complaints pledge pledges
    vow vows demand demands boast boasts plea pleas rhetoric opposition""".split()
}


_NOT_SOURCE_END = _NOT_SUBJECT_END - _PRONOUNS  # made once, not at every call


def _valid_source(source: str, lemma: str) -> bool:
    words = source.lower().replace("’", "'").split()
    if words in (["his"], ["her"], ["their"]):
        return lemma in SPEECH_NOUNS  # "his statement", "their claims"
    if words and words[-1] in _QUANTIFIERS and (len(words) == 1 or words[-2] in _QUANTIFIER_BEFORE):
        return True  # "Some say …", "Many believe …", "but others warned": the vague sources the course asks about
    if not words or words[-1].strip(".,") in _NOT_SOURCE_END:
        return False
    if lemma in _WEAK:
        if lemma in ("show", "find", "indicate") and not (_DOCUMENT_WORDS & set(words)):
            return False
        if len(words) == 1 and words[0] in _PRONOUNS and words[0] not in _PERSONS and words[0] != "which":
            return False  # "it shows", "this suggests"; but "she believes", "they want"
        if words[0] in ("i", "we", "you"):
            return False  # the author's own view is not an attribution
    return True


def source_type(source: str, verb: str, kind: str = "verb") -> str:
    """A guess at the kind of source (key.SOURCE_TYPES) from the words of the source phrase."""
    words = source.split()
    lowered = source.lower()
    if kind == "witness":
        return "author_witness"
    if kind == "passive" and verb.lower() not in _PERCEIVED:
        return "anonymous"  # "is expected to", "was asked": someone unnamed expects or asks
    if kind == "passive" or verb.lower() in ("filmed", "photographed", "films", "film"):
        return "document_or_footage"
    if not words:
        return "anonymous"
    if _DOCUMENT_WORDS & set(lowered.replace(",", " ").split()):
        return "document_or_footage"
    if words[0].lower() in ("one", "another", "a", "an", "someone", "somebody"):
        return "anonymous"
    last = words[-1].strip(".,")
    if len(words) == 1 and last.lower() in ("his", "her", "he", "she"):
        return "role_only"  # a person the sentence does not name ("He said": a capital is not a name)
    if len(words) == 1 and last.lower() in ("they", "their"):
        return "vague_group"
    if last.lower() in _GROUP_WORDS or last.lower() in _QUANTIFIERS:
        return "vague_group"  # "Officials believe …", "Senate Republicans", "Many say …": a capital is not a name
    if last[:1].isupper() and last.lower() not in _ORGANISATION_WORDS:
        return "named_person"
    if _ORGANISATION_WORDS & set(lowered.split()):
        return "organisation"
    if last.lower().endswith("s") and not last[:1].isupper():
        return "vague_group"
    return "role_only"


_ORGANISATION_WORDS = frozenset(
    """ministry government council agency committee department office kremlin company bank party army police
    university institute organisation organization union court parliament congress commission newspaper
    magazine league pentagon administration corporation group network fund board""".split()
)


_QUANTIFIERS = frozenset("some most both others many few several".split())
_QUANTIFIER_BEFORE = frozenset("but and yet so still while".split())
# Plural nouns for groups of people (our own list): typed as groups even with a capital ("Critics said").
_GROUP_WORDS = frozenset(
    """officials critics analysts experts observers residents supporters opponents voters economists researchers
    scientists lawmakers legislators aides advisers advisors sources insiders activists democrats republicans
    conservatives liberals progressives protesters demonstrators witnesses investigators prosecutors diplomats
    officers soldiers teachers parents doctors people americans citizens members leaders strategists pollsters
    commentators pundits campaigners organizers organisers delegates donors allies rivals detractors skeptics
    sceptics fans backers""".split()
)
