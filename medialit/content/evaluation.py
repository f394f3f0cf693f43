"""Measure the machine annotator against the human answer key: precision, recall, F1 and accuracy.

Pure functions that take tables and return DataFrames.  Spans are compared by character overlap
inside the same sentence (from the tables' ``start``/``end`` offsets, or by finding the phrase where a
table has none), one machine row for at most one key row (the best overlap first), so a
long machine span cannot be counted twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from medialit.content.key import Annotation

Span = tuple[int, int]


def prf(matched: int, n_key: int, n_machine: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where a count is zero)."""
    precision = matched / n_machine if n_machine else 0.0
    recall = matched / n_key if n_key else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def locate(phrase: str, sentence: str) -> Span | None:
    """Where ``phrase`` sits in ``sentence`` (exact, then ignoring case and curly/straight quotes)."""
    phrase = " ".join(str(phrase).split())
    if not phrase:
        return None
    at = sentence.find(phrase)
    if at < 0:
        table = str.maketrans("’‘“”", "''\"\"")
        at = sentence.translate(table).lower().find(phrase.translate(table).lower())
    return (at, at + len(phrase)) if at >= 0 else None


def _words(phrase: str) -> set[str]:
    return {w.strip(".,;:!?“”\"'’‘()").lower() for w in str(phrase).split()} - {""}


def overlap(a: Span | None, b: Span | None, phrase_a: str = "", phrase_b: str = "") -> int:
    """Characters two spans share; when a phrase cannot be located, shared words count instead."""
    if a is not None and b is not None:
        return max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return len(_words(phrase_a) & _words(phrase_b))


def match_spans(key: Sequence[tuple[Span | None, str]], machine: Sequence[tuple[Span | None, str]]) -> int:
    """How many key spans are matched one-to-one by overlapping machine spans (largest overlaps first)."""
    pairs = []
    for i, (ks, kp) in enumerate(key):
        for j, (ms, mp) in enumerate(machine):
            shared = overlap(ks, ms, kp, mp)
            if shared > 0:
                pairs.append((shared, i, j))
    used_k, used_m = set(), set()
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_k and j not in used_m:
            used_k.add(i)
            used_m.add(j)
    return len(used_k)


def spans_of(
    table: pd.DataFrame, column: str, sentences: dict[str, str], starts: dict[str, int] | None = None
) -> dict[str, list[tuple[Span | None, str]]]:
    """Each sentence's spans as (offsets inside the sentence, phrase).

    With ``starts`` (where each sentence begins in the full text) and ``start``/``end`` columns, the
    table's own offsets are used; otherwise the phrase is searched for in its sentence (``locate``).
    """
    use_offsets = starts is not None and {"start", "end"} <= set(table.columns)
    cols = [table["sentence_id"], table[column]]
    if use_offsets:
        cols += [table["start"], table["end"]]
    out: dict[str, list[tuple[Span | None, str]]] = {}
    for sid, phrase, *offsets in zip(*cols):
        if use_offsets and starts is not None and sid in starts:
            base = starts[sid]
            span: Span | None = (int(offsets[0]) - base, int(offsets[1]) - base)
        else:
            span = locate(phrase, sentences.get(sid, ""))
        out.setdefault(sid, []).append((span, phrase))
    return out


def span_scores(
    key: pd.DataFrame,
    machine: pd.DataFrame,
    sentences: dict[str, str],
    column: str,
    task: str,
    key_starts: dict[str, int] | None = None,
    machine_starts: dict[str, int] | None = None,
) -> pd.DataFrame:
    """Precision, recall and F1 of machine spans against key spans (``column`` holds the phrase).

    ``key_starts``/``machine_starts`` map each sentence id to where the sentence begins in the text its
    side annotated; given those, rows' ``start``/``end`` offsets are compared instead of searched phrases.
    """
    import pandas as pd

    k_spans = spans_of(key, column, sentences, key_starts)
    m_spans = spans_of(machine, column, sentences, machine_starts)
    matched = sum(match_spans(k_spans.get(sid, []), m_spans.get(sid, [])) for sid in set(k_spans) | set(m_spans))
    precision, recall, f1 = prf(matched, len(key), len(machine))
    return pd.DataFrame(
        [
            {
                "task": task,
                "key_rows": len(key),
                "machine_rows": len(machine),
                "matched": matched,
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(f1, 3),
            }
        ]
    )


def class_scores(gold: Sequence[str], predicted: Sequence[str], labels: Iterable[str]) -> dict[str, float]:
    """Accuracy, macro-F1 and the F1 of each label."""
    gold, predicted = list(gold), list(predicted)
    out = {"accuracy": sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else 0.0}
    f1s = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        _, _, f1 = prf(tp, sum(g == label for g in gold), sum(p == label for p in predicted))
        out[f"f1 {label}"] = f1
        f1s.append(f1)
    out["macro-F1"] = sum(f1s) / len(f1s) if f1s else 0.0
    return out


def binary(labels: Iterable[str]) -> list[str]:
    """fact stays fact; opinion, prediction and mixed become not_fact."""
    return ["fact" if label == "fact" else "not_fact" for label in labels]


def claim_scores(gold: Sequence[str], systems: Mapping[str, Sequence[str]]) -> pd.DataFrame:
    """Claim-type scores of several systems side by side: fact vs not-fact, and the four types."""
    import pandas as pd

    from medialit.content.key import CLAIM_TYPES

    rows = []
    for task, convert, labels in (
        ("fact vs not-fact", binary, ("fact", "not_fact")),
        ("four claim types", list, CLAIM_TYPES),
    ):
        scores = {name: class_scores(convert(gold), convert(pred), labels) for name, pred in systems.items()}
        for measure in next(iter(scores.values())):
            rows.append({"task": task, "measure": measure} | {n: round(s[measure], 3) for n, s in scores.items()})
    return pd.DataFrame(rows)


def textblob_guesser() -> Callable[[str], str] | None:
    """A TextBlob-subjectivity baseline (>= 0.5 means opinion), or None when TextBlob is not installed."""
    try:
        from textblob.en.sentiments import PatternAnalyzer
    except ImportError:
        return None
    analyzer = PatternAnalyzer()
    return lambda sentence: "opinion" if analyzer.analyze(sentence).subjectivity >= 0.5 else "fact"


def compare(machine: Annotation, key: Annotation) -> dict[str, pd.DataFrame]:
    """All scores of one machine annotation against one key: spans and claim types."""
    import pandas as pd

    texts = dict(zip(key.sentences["sentence_id"], key.sentences["text"]))
    ours = dict(zip(machine.sentences["sentence_id"], machine.sentences["claim_type"]))
    mismatched = [
        sid for sid, t in zip(machine.sentences["sentence_id"], machine.sentences["text"]) if texts.get(sid, t) != t
    ]
    if mismatched:
        raise ValueError(f"machine and key sentences differ at {mismatched[:3]}; annotate with first_paragraph=0")
    starts = {
        side: dict(zip(a.sentences["sentence_id"], a.sentences["start"].astype(int)))
        for side, a in (("key", key), ("machine", machine))
        if "start" in a.sentences.columns
    }

    def scores(table: str, column: str, task: str, machine_rows: pd.DataFrame | None = None) -> pd.DataFrame:
        rows = machine.table(table) if machine_rows is None else machine_rows
        return span_scores(key.table(table), rows, texts, column, task, starts.get("key"), starts.get("machine"))

    spans = pd.concat(
        [
            scores("statistics", "span", "statistics (span overlap)"),
            scores("attributions", "source", "attributions (source overlap)"),
            scores(
                "cues",
                "span",
                "opinion cues (span overlap, any type)",
                machine.cues[machine.cues["cue_type"] != "date"],
            ),
        ],
        ignore_index=True,
    )
    gold = list(key.sentences["claim_type"])
    systems = {"medialit": [ours.get(sid, "fact") for sid in key.sentences["sentence_id"]]}
    guess = textblob_guesser()
    if guess is not None:
        systems["textblob"] = [guess(t) for t in key.sentences["text"]]
    return {"spans": spans, "claims": claim_scores(gold, systems)}


def evaluate_oped() -> dict[str, pd.DataFrame]:
    """Scores of ``annotate`` on the op-ed against the human answer key."""
    from medialit.content.article import load_article
    from medialit.content.key import answer_key
    from medialit.text.annotator import annotate

    return compare(annotate(load_article().text, first_paragraph=0), answer_key())


@cache
def _measured_scores() -> dict[str, dict[str, Any]]:
    """``data/measured.json``'s scores, read once (lesson 07 and the README's table ask for several)."""
    import json
    from importlib import resources

    with (resources.files("medialit.content") / "data" / "measured.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)["scores"]


def measured_score(name: str) -> dict[str, Any]:
    """A score measured by a benchmark script on data the course does not ship (``data/measured.json``)."""
    scores = _measured_scores()
    if name not in scores:
        raise KeyError(f"no measured score {name!r}; choose from {', '.join(scores)}")
    return dict(scores[name])


def checkthat_note() -> str:
    """Lesson 07's sentence about the CheckThat! score, with the figures read from ``data/measured.json``."""
    dev = measured_score("checkthat_2023_dev")
    return (
        f"On {dev['items']} {dev['what']}, the annotator scored a macro-F1 of about "
        f"{dev['annotator_macro_f1']:.2f}, against about {dev['textblob_macro_f1']:.2f} for TextBlob "
        f"(measured with {dev['script']})."
    )


def outside_news_notes() -> list[str]:
    """Lesson 07's sentences about the scores on news the rules were not written for (``data/measured.json``).

    One sentence per data set, in plain words ("77 in every 100"), each naming the script that measured it,
    so the lesson never types a figure into its prose.
    """
    pol, web = measured_score("polnear_dev"), measured_score("webis_heldout")

    def per_100(share: float) -> int:
        return round(100 * share)

    return [
        checkthat_note(),
        f"In {pol['items']} {pol['what']}, the annotator found {per_100(pol['sentence_recall'])} in every 100 "
        f"sentences that quote or cite someone; {per_100(pol['sentence_precision'])} in every 100 sentences it "
        f"flagged really did; and it named who was cited {per_100(pol['source_recall'])} times in 100 "
        f"(measured with {pol['script']}).",
        f"In {web['items']} {web['what']}, it found a statistic in {web['statistics_found']} of the "
        f"{web['statistics_units']} passages people labelled as giving statistics, and someone else's words in "
        f"{web['testimony_found']} of the {web['testimony_units']} passages labelled as quoting a witness or an "
        f"expert (measured with {web['script']}).",
    ]
