"""Our own word lists of opinion cues in general English, one list per cue type (see key.CUE_TYPES).

Written for this project from general knowledge of English news and opinion writing, not taken from a
published lexicon and not built from any data set.  Entries are lower case and separated by commas;
a phrase is several words ("hold the line"); hyphens and spaces are the same ("meat-grinder" =
"meat grinder").  Keep the lists general: a word belongs here if it signals a view in most news
texts, not because of one article.
"""

from __future__ import annotations

LOADED = """
absurd, abysmal, admirable, alarming, appalling, atrocious, awful, baffling, barbaric, bleak, blatant, bloated,
brazen, brilliant, brutal, callous, catastrophic, chaotic, clueless, clumsy, contemptible, corrupt, cowardly, crazy,
creepy, crippling, cruel, cynical, deadly, deceitful, deceptive, deplorable, despicable, destructive, devastating,
dire, disastrous, disgraceful, disgusting, dishonest, dismal, disturbing, divisive, draconian, dreadful, dubious,
dumb, dying, egregious, embarrassing, evil, excellent, exhausted, failing, fake, fanatical, fantastic,
farcical, fearsome, feckless, fiendish, filthy, flawed, foolish, formidable, fraudulent, frightening, futile,
ghastly, glorious, gorgeous, greedy, grim, grisly, grotesque, gruesome, hapless, harrowing, hateful, heinous,
heroic, hideous, hopeless, horrendous, horrible, horrific, horrifying, humiliating, hypocritical, idiotic,
ignorant, illegitimate, immoral, impressive, inane, incompetent, indefensible, inept, inexcusable, infamous,
inhumane, insane, insidious, insulting, intolerable, irrational, irresponsible, laughable, lawless, lazy,
ludicrous, lunatic, magnificent, malicious, marvellous, marvelous, mediocre, menacing, miserable, misguided,
misleading, monstrous, naive, nasty, nefarious, noble, nonsensical, notorious, obscene, odious,
ominous, outrageous, pathetic, pernicious, pitiful, pointless, preposterous, pretentious, rabid, reckless,
repugnant, repulsive, resilient, ridiculous, rotten, ruthless, sad, savage, scandalous, senseless, shameful,
shameless, shocking, shoddy, silly, sinister, sloppy, sneaky, spineless, splendid, squalid, stupid, superb,
terrible, terrific, thuggish, toxic, tragic, treacherous, troubling, ugly, unacceptable, unbearable,
unconscionable, unfair, unforgivable, unjust, unreasonable, unscrupulous, unthinkable, useless, vicious, vile,
villainous, vulgar, wasteful, weak, wicked, wonderful, worthless, wrongheaded, famed, vaunted, so-called, grave,
dangerous, bizarre, amazing, astonishing, stunning, staggering, remarkable, extraordinary, incredible,
unbelievable, greatest, worst, best, finest, better, worse, good, bad, great, honest, decent, wise, smart,
clever, wrong, disgrace, disaster, catastrophe, fiasco, failure, failures, debacle, mess, nightmare, scandal,
farce, sham, travesty, outrage, hypocrisy, nonsense, absurdity, tyranny, tyrant, thug, thugs, crony, cronies,
puppet, puppets, zealot, zealots, fanatic, fanatics, mob, bully, bullies, bullying, villain, villains, hero,
heroes, traitor, traitors, chaos, mayhem, carnage, bloodbath, atrocity, atrocities, horror, horrors, folly,
stupidity, incompetence, greed, corruption, arrogance, cowardice, betrayal, propaganda, lies, liar, liars, hoax,
scam, agenda, ideologues, demagogue, regime, dictator, dictatorship, despot, autocrat, henchmen, stooge,
lackey, elite, elites, menace, scourge, plague, blight, mockery, charade, fantasy, delusion, delusional,
hysteria, fearmongering, talking point, plummet, plummeted, plummets, plummeting, slash, slashed, gutted,
cripple, crippled, devastate, devastated, wreck, wrecked, ravage, ravaged, squander, squandered, botch,
botched, bungle, bungled, betray, betrayed, smear, smeared, exploit, exploited, loot, looted, plunder,
plundered, crushed, flounder, floundering, falter, faltering, faltered, hijack, hijacked, weaponize,
weaponized, weaponise, weaponised, demonize, demonized, demonise, demonised, scapegoat, pander, pandering,
grandstand, grandstanding, whitewash, meddle, meddling, stoke, stoking, undermine, undermined, undermining,
sabotage, sabotaged, ruin, ruined, ruining, cheat, cheated, deceive, deceived, mislead, misled, manipulate,
manipulated, shatter, shattered, bullied, sadly, unfortunately, fortunately, thankfully, tragically,
ironically, shamefully, disgracefully, regrettably, alarmingly, astonishingly, predictably, conveniently,
curiously, oddly, strangely, mercifully, rightly, wrongly, unfairly, unjustly, foolishly, wisely, bravely,
cynically, recklessly, blatantly, brazenly, shamelessly, bluntly, dealt a blow, dealt a major blow,
dealt a heavy blow, major blow, heavy blow, crushing blow, abhorrent, absurdly, abusive, acclaimed, adorable,
aggressive, agonizing, alarmist, amateurish, angry, annoying, antisocial, anxious, apathetic, arbitrary, arrogant,
ashamed, atrocious, audacious, authoritarian, awesome, awkward, backward, baseless, beautiful, belligerent,
biased, bigoted, blessed, blind, boring, botched, brainwashed, brash, brave, breathtaking, bumbling, careless,
charming, cheap, childish, clueless, coercive, complacent, conceited, condescending, confused, contemptuous,
corrupted, courageous, crass, credible, crooked, crude, cunning, damning, dangerously,
dazzling, deceitful, defiant, degrading, delightful, deluded, demeaning, deranged, deserving, destructive,
detestable, dictatorial, dim, dirty, disappointing, disastrously, discredited, disgraced, dishonourable,
dishonorable, disingenuous, dismissive, disorderly, disreputable, disrespectful, distasteful, distorted, dodgy,
dogmatic, doomed, dopey, dreary, dysfunctional, elegant, elitist, embarrassingly, eminent, energetic, enlightened,
enormity, erratic, excessive, exciting, exemplary, exploitative, extravagant, fabulous, fair-minded, fanciful,
fantastical, farcical, fascinating, fearless, feeble, fictitious, fierce, flimsy, flawless, flippant, foolhardy,
fragile, frantic, frivolous, gifted, gleeful, glib, gloomy, graceful, gratuitous, grotesquely, gullible, handsome,
hardline, harmful, harsh, hasty, haughty, heartless, heavy-handed, helpless, hilarious, hollow, hostile, hubris,
humble, hypocrite, hysterical, idiot, ill-advised, ill-conceived, illogical, immature, impeccable, impotent,
imprudent, inadequate, incoherent, inconsiderate, incorrigible, indecent, indifferent, ineffective, inefficient,
inexplicable, infuriating, ingenious, inhuman, insensitive, insignificant, insufferable, intolerant, irrelevant,
irresistible, jaw-dropping, lacklustre, lackluster, lame, lavish, lazy, legendary, lethargic, lofty, lousy,
lovely, loyal, lucid, malign, manipulative, mean-spirited, meaningless, meek, mendacious, messy, mindless,
misguided, mistaken, moronic, naively, narrow-minded, needless, negligent, noble, notoriously, obnoxious,
obsolete, obstinate, offensively, opportunistic, oppressive, outdated, overblown, overrated, overwrought,
painless, paltry, partisan, patronising, patronizing, peculiar, perverse, petty, phony, pious, pitiless,
pleasant, pompous, populist, powerless, pragmatic, praiseworthy, precious, predatory, prejudiced, pretty,
primitive, principled, problematic, profound, promising, proud, provocative, prudent, pure, questionable,
racist, rash, reactionary, reasonable, reassuring, refreshing, regressive, remorseless, repressive, reputable,
respectable, responsible, retrograde, revolting, rigid, risible, robust, rude, sane, sanctimonious, scary,
scathing, sexist, shady, shallow, short-sighted, shrewd, simplistic, sincere, sleazy, slick, sly,
smug, sneering, snobbish, sophisticated, sordid, sour, spectacular, spiteful, spurious, stingy, strange,
strident, stubborn, stunningly, stylish, subversive, suicidal, superficial, superfluous, suspicious,
tasteless, tedious, terrifying, thoughtful, thoughtless, threatening, thrilling, timid, tired, tone-deaf,
tortuous, tragically, treasonous, trivial, troubled, troublesome, truthful, unaccountable, unbalanced,
uncivilized, uncomfortable, unconvincing, undemocratic, undeserved, undignified, unethical, unfit,
unfounded, unhealthy, unhinged, unimaginable, unimpressive, uninformed, unjustified, unlawful, unnecessary,
unpatriotic, unpleasant, unpopular, unprincipled, unrealistic, unreliable, unsavory, unsavoury, unscientific,
unseemly, unsound, unspeakable, unstable, unsustainable, untenable, untrue, untrustworthy, unwise, unworthy,
upsetting, vain, valiant, vapid, venal, vengeful, vindictive, virtuous, visionary, wacky, wasteful, weird,
well-meaning, wholesome, wilful, willful, woeful, woke, worrying, worthy, wretched, zealous, deserve,
deserves, deserved, fail to, fails to, failed to, refuse to, refuses to, refused to, dare to, dares to,
dared to, blame, blames, blamed, cling to, clings to, clinging to, waste, wasted, wasting, squandering,
thrive, thrives, thriving, flourish, flourishing, excel, excels, shine, shines, triumph, triumphs,
triumphant, disgusted, outraged, appalled, delighted, thrilled, pleased, grateful, sorry, glad, hopeful,
pessimistic, optimistic, cynicism, naivety, absurdly, sadder, ugliest, saddest, worst-case, heartbreaking,
heartwarming, admirably, commendable, laudable, regrettable, lamentable, deplorably, pitiable, contemptibly
deliberately, intentionally, knowingly, wilfully, willfully, purposely, correctly, incorrectly, mistakenly,
falsely, unwisely, needlessly, pointlessly, carelessly, lazily, stupidly, cleverly, brilliantly, superbly, justly,
hypocritically, disingenuously, dishonestly, irresponsibly, ruthlessly, callously, cruelly, mercilessly, viciously,
arrogantly, stubbornly, blindly, slavishly, meekly, heroically, courageously, graciously, sensibly, ludicrously,
preposterously, outrageously, scandalously, shockingly, appallingly, pathetically, miserably, laughably, infamously,
vitriol, venom, bile, contempt, disdain, scorn, bigotry, idiocy, lunacy, madness, insanity, drivel, claptrap,
rubbish, garbage, hogwash, baloney, twaddle, gibberish, ploy, stunt, gimmick, racket, grift, grifter, grifters,
swindle, fraudster, fraudsters, crook, crooks, charlatan, charlatans, huckster, demagoguery, posturing,
virtue-signalling, virtue-signaling, hand-wringing, pearl-clutching, scaremongering, doom-mongering, alarmism,
power grab, land grab, cash grab, money grab, whim, whims, blunder, blunders, gaffe, gaffes, misstep, missteps,
boondoggle, shambles, embarrassment, masterpiece, masterstroke, godsend, abomination, obscenity, affront,
injustice, injustices, double standard, double standards, heroism, genius, wisdom, foolishness, recklessness,
ineptitude, negligence, malice, malfeasance, cronyism, nepotism, zealotry, fanaticism, bigot, bigots, shill,
shills, apologist, apologists, sycophant, sycophants, sycophantic, unctuous, embittered, specious, fallacious,
facile, abject, craven, shabby, seedy, tawdry, lurid, salacious, grubby, noxious, poisonous, venomous, vitriolic,
small-minded, estimable, worthwhile, overdue, misplaced, misjudged, ill-judged, half-hearted, high-handed,
underhanded, two-faced, duplicitous, self-righteous, self-serving, self-defeating, reductive, slipshod, surreal,
reprehensible, brainless, witless, fruitless, counterproductive, profligate, chilling, sickening, nauseating,
repellent, loathsome, malevolent, benevolent, honourable, honorable, even-handed, sensible, astute, savvy,
masterful, deft, adroit, skilful, skillful, inspiring, uplifting, heartening, gratifying, strongest, weakest,
smartest, dumbest, stupidest, wisest, bravest, boldest, cleverest, kindest, cruelest, cruellest, grimmest,
bleakest, silliest, craziest, noblest, loveliest, nicest, harshest, fond of
whine, whines, whined, whining, rant, rants, ranted, ranting, gloat, gloats, gloated, gloating, brag, brags,
bragged, bragging, sneer, sneers, sneered, scoff, scoffs, scoffed, scoffing, fume, fumes, fumed, fuming, shriek,
shrieks, shrieked, shrieking, screech, screeches, screeched, wail, wails, wailed, wailing, bleat, bleats, bleated,
moan, moans, moaned, moaning, grumble, grumbles, grumbled, whinge, whinges, whinged, bemoan, bemoans, bemoaned,
bemoaning, fret, frets, fretted, fretting, spout, spouts, spouted, spew, spews, spewed, spewing, peddle, peddles,
peddled, peddling, tout, touts, touted, touting, parrot, parrots, parroted, pontificate, pontificates,
pontificated, pontificating, fulminate, fulminates, fulminated, blather, blathers, babble, babbles, self-styled,
self-proclaimed, wannabe, quote unquote
"""

INTENSIFIER = """
very, extremely, truly, highly, deeply, utterly, totally, completely, absolutely, entirely, thoroughly,
incredibly, remarkably, exceptionally, enormously, hugely, immensely, vastly, massively, seriously, severely,
dramatically, drastically, sharply, radically, profoundly, terribly, awfully, particularly, especially,
exceedingly, excessively, overwhelmingly, fundamentally, literally, sheer, outright, downright, mere, merely,
simply, dangerously, desperately, painfully, woefully, grossly, staggeringly, strikingly, tremendously,
insanely, ridiculously, so much, so many, far more, all the more, ever more, even more, even less, even worse,
even better, dramatic, drastic, massive, huge, enormous, tremendous, immense, colossal, gigantic, vast,
astronomical, skyrocket, skyrocketed, skyrocketing, soar, soared, soaring, plunge, plunged, plunging, nosedive,
nosedived, spiral, spiralling, spiraling, explode, exploded, exploding, already, itself, themselves
"""

HEDGE = """
may, might, perhaps, maybe, possibly, probably, likely, unlikely, apparently, seemingly, reportedly,
allegedly, arguably, presumably, supposedly, somewhat, fairly, rather, relatively, largely, mostly, partly,
partially, appear, appears, appeared, appearing, seem, seems, seemed, seeming, suggest, suggests, suggested,
suggesting, tend to, tends to, tended to, sort of, kind of, in part, to some extent, more or less, potentially,
conceivably, it is possible, it's possible, it is likely, it's likely, not necessarily, it seems, it appears,
as if, as though, purportedly, ostensibly
"""

CERTAINTY = """
clear, clearly, evident, evidently, obvious, obviously, certainly, certain, surely, undoubtedly, undeniably,
unquestionably, definitely, indeed, always, never, inevitably, inevitable, plainly, manifestly, necessarily,
indisputable, indisputably, undisputed, unmistakable, unmistakably, no doubt, without doubt, beyond doubt,
of course, in fact, the fact is, the truth is, everyone knows, proves,
bound to, sooner or later, make no mistake, there is no doubt, there's no doubt, the reality is, in reality,
really, actually, undeniable, unquestionable, irrefutable, only serves to
"""

METAPHOR = """
meat grinder, hold the line, holding the line, tied behind its back, tied behind their back,
tied behind his back, one hand tied, charm offensive, sounding the alarm, sound the alarm, sounded the alarm,
sounds the alarm, raising the alarm, raise the alarm, behind the facade, tip of the iceberg, wake up call,
slippery slope, perfect storm, double edged sword, writing on the wall, elephant in the room, game changer,
uphill battle, red line, red lines, spread like wildfire, far cry, bite the bullet, smoke and mirrors,
paper tiger, powder keg, ticking time bomb, time bomb, house of cards, on the ropes, in the crosshairs,
witch hunt, iron fist, cold feet, dead end, dead in the water, last straw, at a crossroads, turning point,
tipping point, level playing field, moving the goalposts, move the goalposts, under the bus, rubber stamp,
lip service, silver bullet, quick fix, band aid, drop in the bucket, drop in the ocean, slap in the face,
stab in the back, knee jerk, firestorm, minefield, quagmire, stranglehold, lifeline, death knell,
nail in the coffin, bleed dry, bleeding dry, hollow victory, crumble, crumbled, crumbling, crumbles, rocked,
mirrors, trump card, bargaining chip, carrot and stick, red flag, green light, fig leaf, smokescreen,
smoke screen, bait, dangling, dangle, dangled, pawn, pawns, chessboard, time running out, clock is ticking,
running out of time, no man's land, no man’s land, tariff war, trade war, price war, culture war,
gaining ground, losing ground, lose ground, iron curtain, backbone, lifeblood, cornerstone, tsunami, avalanche,
tidal wave, hemorrhage, haemorrhage, hemorrhaging, free fall, freefall, rollercoaster, roller coaster,
on thin ice, tightrope, balancing act, blank cheque, blank check, open wound, poisoned chalice,
echo chamber, ivory tower, juggernaut, behemoth, playbook, dark horse, lame duck, sitting duck, moving target,
shot in the arm, shot itself in the foot, in the dark, glass ceiling, grinding to a halt, ground to a halt,
on the brink, brink of, teetering, knife edge, on a knife edge, tug of war, arms race, fault lines,
battle lines, battleground, war chest, war of words, feeding frenzy, gold rush, storm clouds
"""

MIND_READING = """
pretend, pretends, pretended, pretending, secretly, deep down, fixated, obsessed, obsession, obsessive,
paranoid, paranoia, anxiety, anxious, afraid, fearful, desperation, desperate, panicked, panicking, nervous,
terrified, humiliated, ashamed, jealous, envious, resentful, resentment, wants to, hopes to, hoping to,
dreams of, dream of, the dream of, intends to, intent on, bent on, aims to, aiming to, trying to, tries to,
try to, seeks to, seeking to, determined to, eager to, itching to, losing his mind, losing her mind,
losing their minds, lost his mind, out of touch, delusions of grandeur, is bothered, isn't bothered,
isn’t bothered, doesn't care, doesn’t care, couldn't care less, couldn’t care less, this is why,
which is why, that is why, is also why, the real reason, the real motive, ulterior motive, knows full well,
know full well, deep inside, at heart, cares only about, in order to appear
"""

RHETORICAL_EVEN = "even"

RECOMMENDATION = """
should, shouldn't, shouldn’t, ought to, ought not, must not, need to, needs to, had better, would be wise,
would do well, it is time, it's time, it’s time, it is high time, let us, let's, let’s, it is essential,
it is imperative, it is vital, it is crucial, is essential, is imperative, is vital, the only way,
must act, must stop, must do, must now, urgently needs, would be well advised, we must, we need,
you must, you need, must
"""

MODAL_FUTURE = """
will, won't, won’t, shall, going to, gonna, is set to, are set to, will be, will never, will only,
will always, could, would, in the future, in the coming, in years to come, one day, eventually, soon, if
"""

# Not cue types of their own, but signs that the author is arguing rather than reporting (sentence score only).
ARGUMENT_MARKERS = """
moreover, furthermore, nonetheless, nevertheless, yet, still, thus, hence, therefore, after all, in short,
in other words, to be sure, admittedly, granted, frankly, honestly, in theory, in principle, in truth,
the point is, the problem is, the question is, the irony is, what matters, it is worth, it's worth,
it’s worth, worth noting, consider, imagine, suppose, observe, not only, rather than, instead of,
nothing more than, nothing but, no wonder, needless to say, so much for, to put it mildly,
at best, at worst, one wonders, one might, one can, one could, one must, one should
"""
# Signs of the author's own voice that are not cue words of one type (they count in the sentence score only).
FIRST_PERSON_PLURAL = "we us our ours ourselves"
SECOND_PERSON = "you your yours yourself yourselves"
STANCE = """
i think, i believe, i suspect, i doubt, i guess, i feel, i suppose, i reckon, i would argue, i'd argue,
i’d argue, i would say, i'd say, i’d say, i am sure, i'm sure, i’m sure, i am convinced, i'm convinced,
i’m convinced, i fear, i hope, i wish, i worry, we believe, we think, in my view, in my opinion, in our view,
to my mind, it seems to me, if you ask me, personally, to be honest, truth be told, let me be clear,
let's be clear, let’s be clear, let's face it, let’s face it, mark my words
"""
GENERIC = """
everyone, everybody, nobody, no one, anyone who, anybody who, all of us, none of us, whatsoever,
each and every, time and again, again and again, over and over, as always, as usual, of all people,
nothing short of, at all costs, like it or not, no matter what
"""
EMOTIVE = """
loathe, loathes, adore, adores, despise, despises, admire, admires, detest, detests, deplore, deplores,
abhor, abhors, cherish, cherishes, relish, relishes, can't stand, can’t stand, fed up, i love, we love,
you love, i hate, we hate, you hate
"""
# Verbs that open an instruction to the reader when they start a sentence ("Remember that …", "Look at …").
IMPERATIVES = "remember imagine look stop ask take make guess forget beware try compare admit accept let don't don’t"
# Common words written in capitals for emphasis ("is NOT a measure"); acronyms are not on this list.
EMPHASIS = """not never no none nothing nobody is are was were do does did will must can cannot should all every
only very really always any more less"""
COPULAS = "is are was were be been being seems seem seemed becomes became remains remained looks sounds feels"
# Adjective endings that usually mark an evaluation after "is"/"seems" ("is ridiculous", "are thoughtless").
EVALUATIVE_ENDINGS = "ous ful less ive able ible ic ical ish ent ant"
NOT_EVALUATIVE = """
present different available responsible likely unlikely public electric economic domestic academic historic
scientific democratic republican atlantic pacific arctic olympic islamic catholic organic plastic specific
majority independent president resident student agent parent patient current recent percent payment
government management statement department treatment development investment employment agreement
settlement parliament equipment movement comment element event content extent intent moment
apparent consistent dependent absent permanent adjacent urgent applicant immigrant migrant participant
defendant assistant consultant lieutenant sergeant restaurant tenant merchant servant giant descendant
eligible visible legible responsive executive legislative representative relative native active passive
massive explosive detective objective alternative cooperative conservative progressive
""".split()


# Short, frequent words never serve as a phrase's anchor (the word a phrase is looked up by).
FUNCTION_WORDS = frozenset(
    """a an the of in on at to for by with from as is are was were be it its this that there not no so if
    one we you he she they i me us our your all any far more most less than then just only even ever will
    would can could may might must should let it's let's has have had do does did but and or""".split()
)

Phrase = tuple[tuple[str, ...], int, str]  # the words, the anchor's position in them, the cue type


def load(blocks: dict[str, str]) -> tuple[dict[str, str], dict[str, list[Phrase]]]:
    """Single words by cue type, and multi-word phrases indexed by their anchor word (longest first).

    A phrase is found through its least common-looking word ("meat grinder" through "grinder", "in fact"
    through "fact"), so the search never has to stop at every "the" or "in" of a long text.
    """
    words: dict[str, str] = {}
    phrases: dict[str, list[Phrase]] = {}
    for cue_type, block in blocks.items():
        for item in block.split(","):
            parts = tuple(item.replace("-", " ").lower().split())
            if len(parts) == 1:
                words.setdefault(parts[0], cue_type)
            elif parts:
                anchor = max(range(len(parts)), key=lambda j: (parts[j] not in FUNCTION_WORDS, len(parts[j])))
                phrases.setdefault(parts[anchor], []).append((parts, anchor, cue_type))
    for options in phrases.values():
        options.sort(key=lambda p: -len(p[0]))
    return words, phrases


BY_TYPE = {
    "loaded": LOADED,
    "intensifier": INTENSIFIER,
    "hedge": HEDGE,
    "certainty": CERTAINTY,
    "metaphor": METAPHOR,
    "mind_reading": MIND_READING,
    "rhetorical_even": RHETORICAL_EVEN,
    "recommendation": RECOMMENDATION,
    "modal_future": MODAL_FUTURE,
}
