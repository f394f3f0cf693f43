"""Weigh a sentence's signals into an opinion score: a small logistic model whose weights ship as JSON.

Every input is one of the annotator's own interpretable signals (cue words by family, voice signals,
statistics, dates, attributions), counted in the author's own words or inside someone else's. The
weights in ``data/opinion_weights.json`` were fitted by ``tools/train_opinion.py`` on training data
only (see benchmarks/README.md); this module only multiplies and adds, in pure Python, offline.
Each sentence keeps the signals that decided it, so a learner can see why.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from math import exp

# Plain-English names of the signals, for the `signals` column a learner reads.
LABELS = {
    "loaded": "loaded words",
    "mind_reading": "mind-reading words",
    "recommendation": "advice ('should')",
    "certainty": "certainty words",
    "metaphor": "metaphors",
    "intensifier": "intensifiers",
    "hedge": "hedges",
    "rhetorical_even": "rhetorical 'even'",
    "modal_future": "future or 'would'",
    "quoted_cues": "cue words inside a quotation",
    "reported_cues": "cue words in reported speech",
    "argument": "arguing words ('moreover')",
    "evaluative_predicate": "a judgement after 'is'",
    "we": "'we' or 'our'",
    "you": "'you'",
    "stance": "'I think'",
    "generic": "sweeping words ('everyone')",
    "emotive": "feeling verbs ('despise')",
    "imperative": "an instruction to the reader",
    "emphasis": "a word in capitals",
    "acronym": "an acronym (NATO)",
    "first_person": "'I' or 'my'",
    "question": "a question",
    "exclamation": "an exclamation",
    "statistic": "a statistic",
    "date": "a date",
    "attribution": "an attribution",
    "quotation": "a quotation",
    "words": "sentence length",
    "negation": "'not', 'never'",
    "comparison": "comparing words ('more', 'than')",
    "adverb": "adverbs in -ly",
    "adjective": "describing words ('-ous', '-ful')",
    "name": "names of people and places",
    "judgement": "judging words ('important', 'fair')",
    "feeling": "feeling words ('fear', 'proud')",
    "reason": "giving reasons ('because', 'so')",
    "contrast": "weighing up ('but', 'however')",
    "can": "'can' or 'cannot'",
    "present": "present tense ('is', 'are')",
    "past": "past tense ('was', '-ed')",
    "time": "a moment in time ('yesterday')",
    "general": "a statement of how things are (no date, number or report)",
}
FEATURES = tuple(LABELS)
# Signs in the words themselves: cue words, voice signals, judging and feeling words, a question.
WORD_SIGNS = frozenset(
    """loaded mind_reading recommendation certainty metaphor intensifier hedge rhetorical_even modal_future argument
    evaluative_predicate we you stance generic emotive imperative emphasis question exclamation negation comparison
    adverb adjective judgement feeling reason contrast can""".split()
)
# Signals that only back up a sign in the words: tense and "I" alone never make a sentence an opinion.
SUPPORT = frozenset(("present", "general", "first_person", "reported_cues"))


@lru_cache(maxsize=1)
def model() -> dict:
    """The shipped weights: {"bias", "threshold", "weights": {signal: weight}, "caps": {signal: most}}."""
    return json.loads(files("medialit.text").joinpath("data/opinion_weights.json").read_text(encoding="utf-8"))


def logistic(z: float) -> float:
    """1 / (1 + e^-z), safe for any z."""
    if z >= 0:
        return 1.0 / (1.0 + exp(-z))
    e = exp(z)
    return e / (1.0 + e)


def vector(signals: dict[str, float], caps: dict[str, float]) -> dict[str, float]:
    """Each signal's value as the model sees it: capped (two loaded words count, twenty count as a few), and
    without the SUPPORT signals when no sign in the words backs them ("The sky is blue." stays plain fact)."""
    out = {name: min(value, caps.get(name, 1e9)) for name, value in signals.items() if value}
    if not any(name in WORD_SIGNS for name in out):
        out = {name: value for name, value in out.items() if name not in SUPPORT}
    return out


def score(signals: dict[str, float]) -> tuple[float, list[tuple[str, float]]]:
    """The opinion score (0..1) of one sentence, and each signal's pull on it, strongest first."""
    m = model()
    weights = m["weights"]
    pulls = [(name, weights.get(name, 0.0) * value) for name, value in vector(signals, m["caps"]).items()]
    pulls = [(name, pull) for name, pull in pulls if pull]
    z = m["bias"] + sum(pull for _, pull in pulls)
    pulls.sort(key=lambda p: -abs(p[1]))
    return logistic(z), pulls


def describe(pulls: list[tuple[str, float]], most: int = 4) -> str:
    """The signals that decided a sentence, for a learner: "loaded words +1.2; a statistic -0.5"."""
    shown = [(name, pull) for name, pull in pulls if abs(pull) >= 0.05][:most]
    return "; ".join(f"{LABELS.get(name, name)} {pull:+.1f}" for name, pull in shown)
