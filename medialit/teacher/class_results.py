"""Class results: pure functions from a class's tables (see ``medialit.teacher.class_files``) to summaries.

How far the class agrees (Fleiss' and Cohen's kappa, read with Landis & Koch's bands), which sentences
split it and questions to talk them through, how its majority compares with the answer key, and which
questions it found hard. Agreement itself is computed by ``medialit.teacher.agreement``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from medialit.content.key import CLAIM_TYPES

if TYPE_CHECKING:
    import pandas as pd

# Landis & Koch (1977): a rough, widely used guide to reading kappa values, not a strict rule.
KAPPA_BANDS = (
    (0.0, "poor (less than chance agreement)"),
    (0.20, "slight"),
    (0.40, "fair"),
    (0.60, "moderate"),
    (0.80, "substantial"),
    (1.0, "almost perfect"),
)


# --- how far the class agrees ----------------------------------------------------------------------


def _sorted_ids(ids: Any) -> list[str]:
    from medialit.learner.labelling import sentence_order

    return sorted({str(i) for i in ids}, key=sentence_order)


def _as_raters(labels: pd.DataFrame) -> pd.DataFrame:
    """The class's labels in the column names medialit.teacher.agreement expects (rater, item, label)."""
    return labels.rename(columns={"learner": "rater", "sentence_id": "item"})[["rater", "item", "label"]]


def label_distribution(labels: pd.DataFrame, categories: tuple[str, ...] = CLAIM_TYPES) -> pd.DataFrame:
    """Per sentence: how many learners chose each label, the majority label, its share, and the entropy in bits.

    A tie for the most votes shows as e.g. "fact / mixed" with ``tie`` True.
    """
    import pandas as pd

    from medialit.teacher.agreement import label_counts

    columns = ["sentence_id", *categories, "learners", "majority", "tie", "majority_share", "entropy"]
    if labels.empty:
        return pd.DataFrame(columns=columns)
    counts = label_counts(_as_raters(labels), categories)
    counts = counts.reindex(_sorted_ids(counts.index))
    rows = []
    for sid, row in counts.iterrows():
        votes = {c: int(row[c]) for c in categories}
        total = sum(votes.values())
        top = max(votes.values())
        winners = [c for c in categories if votes[c] == top]
        shares = [v / total for v in votes.values() if v]
        rows.append(
            {
                "sentence_id": sid,
                **votes,
                "learners": total,
                "majority": " / ".join(winners),
                "tie": len(winners) > 1,
                "majority_share": top / total,
                "entropy": -sum(p * math.log2(p) for p in shares) + 0.0,
            }
        )
    return pd.DataFrame(rows, columns=columns)


def kappa_reading(kappa: float | None) -> str:
    """A plain-language band for a kappa value (Landis & Koch 1977, a rough guide only)."""
    if kappa is None or kappa != kappa:
        return "not available"
    if kappa < 0:
        return KAPPA_BANDS[0][1]
    for upper, band in KAPPA_BANDS[1:]:
        if kappa <= upper + 1e-12:
            return band
    return KAPPA_BANDS[-1][1]


@dataclass(frozen=True)
class ClassKappa:
    """Fleiss' kappa of the class over the sentences every learner labelled, and how many there were."""

    kappa: float | None
    sentences: int
    learners: int
    left_out: int  # sentences some learner did not label

    @property
    def reading(self) -> str:
        return kappa_reading(self.kappa)

    def __str__(self) -> str:
        if self.kappa is None:
            return f"Fleiss' kappa: not available ({self.learners} learner(s), {self.sentences} shared sentence(s))."
        return (
            f"Fleiss' kappa = {self.kappa:.2f} ({self.reading}) over the {self.sentences} sentences all "
            f"{self.learners} learners labelled ({self.left_out} sentence(s) left out because someone skipped them)."
        )


def complete_sentences(labels: pd.DataFrame) -> list[str]:
    """The sentences labelled by every learner in the table, in sentence order."""
    if labels.empty:
        return []
    learners = labels["learner"].nunique()
    per_sentence = labels.groupby("sentence_id")["learner"].nunique()
    return _sorted_ids(per_sentence[per_sentence == learners].index)


def class_kappa(labels: pd.DataFrame, categories: tuple[str, ...] = CLAIM_TYPES) -> ClassKappa:
    """Fleiss' kappa over the sentences all learners labelled (None with fewer than 2 learners or no such sentence)."""
    from medialit.teacher.agreement import fleiss_kappa, label_counts

    learners = int(labels["learner"].nunique()) if not labels.empty else 0
    shared = complete_sentences(labels)
    left_out = (int(labels["sentence_id"].nunique()) if not labels.empty else 0) - len(shared)
    if learners < 2 or not shared:
        return ClassKappa(None, len(shared), learners, left_out)
    subset = labels[labels["sentence_id"].isin(shared)]
    counts = label_counts(_as_raters(subset), categories)
    return ClassKappa(float(fleiss_kappa(counts.values.tolist())), len(shared), learners, left_out)


def pairwise_agreement(labels: pd.DataFrame) -> pd.DataFrame:
    """Cohen's kappa for every pair of learners over the sentences both labelled, with a plain-language band."""
    from medialit.teacher.agreement import pairwise_kappas

    table = pairwise_kappas(_as_raters(labels)).rename(
        columns={"rater_a": "learner_a", "rater_b": "learner_b", "items": "sentences"}
    )
    table["reading"] = [kappa_reading(k) for k in table["kappa"]]
    return table


def learner_agreement(pairs: pd.DataFrame) -> pd.DataFrame:
    """Per learner: mean Cohen's kappa with everyone else (from ``pairwise_agreement``), lowest first.

    A learner far below the rest may have misread the task; look before drawing conclusions.
    """
    import pandas as pd

    long = pd.concat(
        [
            pairs[["learner_a", "kappa"]].rename(columns={"learner_a": "learner"}),
            pairs[["learner_b", "kappa"]].rename(columns={"learner_b": "learner"}),
        ]
    )
    table = long.groupby("learner")["kappa"].agg(mean_kappa="mean", lowest="min", pairs="count").reset_index()
    table["reading"] = [kappa_reading(k) for k in table["mean_kappa"]]
    return table.sort_values(["mean_kappa", "learner"]).reset_index(drop=True)


def disputed_sentences(labels: pd.DataFrame, sentences: pd.DataFrame | None = None, top: int = 5) -> pd.DataFrame:
    """The sentences that split the class most: lowest share for the majority label, then highest entropy.

    ``sentences`` (e.g. ``answer_key().sentences``) adds its text, claim_type, debatable and debatable_why
    columns where it has them. Only sentences labelled by at least two learners are considered.
    """
    from medialit.learner.labelling import sentence_order

    dist = label_distribution(labels)
    dist = dist[dist["learners"] >= 2].copy()
    dist["_order"] = [sentence_order(s) for s in dist["sentence_id"]]
    dist = dist.sort_values(["majority_share", "entropy", "_order"], ascending=[True, False, True], kind="stable")
    dist = dist.drop(columns="_order").head(max(int(top), 0)).reset_index(drop=True)
    if sentences is not None:
        extra = [c for c in ("text", "claim_type", "debatable", "debatable_why") if c in sentences.columns]
        dist = dist.merge(sentences[["sentence_id", *extra]], on="sentence_id", how="left")
    return dist


# Questions that help a class talk through a split between two labels (our own wording).
SPLIT_PROMPTS = {
    frozenset({"fact", "mixed"}): "Cross out the judging words in your head. Is a checkable statement left, "
    "and did the words you crossed out add a judgement?",
    frozenset({"opinion", "mixed"}): "Is there a checkable core (who, what, when, how many)? If so, what could "
    "check it, and is it the main point or a detail?",
    frozenset({"fact", "opinion"}): "Does the sentence report what someone said, perhaps finishing a quotation "
    "from the sentence before? What exactly could be checked?",
    frozenset({"prediction", "opinion"}): "Is the main claim about what will happen, or about what someone wants "
    "or feels? Could anyone ever check it, and when?",
    frozenset({"prediction", "fact"}): "Which part is about the future, and which part could be checked today?",
    frozenset({"prediction", "mixed"}): "Which part is about the future, and which part could be checked today?",
}
GENERAL_PROMPT = "Which word or phrase decided your label? What would you need to look at to settle the sentence?"


def discussion_prompts(disputed: pd.DataFrame, categories: tuple[str, ...] = CLAIM_TYPES) -> pd.DataFrame:
    """For each disputed sentence: how the class split (e.g. "fact 6, opinion 4") and questions to discuss."""
    import pandas as pd

    rows = []
    for _, row in disputed.iterrows():
        votes = sorted(((int(row[c]), c) for c in categories if int(row[c]) > 0), key=lambda v: (-v[0], v[1]))
        split = ", ".join(f"{label} {n}" for n, label in votes)
        top_two = frozenset(label for _, label in votes[:2])
        prompt = " ".join(p for p in (SPLIT_PROMPTS.get(top_two, ""), GENERAL_PROMPT) if p)
        rows.append({"sentence_id": row["sentence_id"], "split": split, "prompt": prompt})
    return pd.DataFrame(rows, columns=["sentence_id", "split", "prompt"])


# --- the class and the answer key ------------------------------------------------------------------


def class_vs_key(labels: pd.DataFrame, key_sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per sentence: the class's majority label beside the key's, and whether they agree (ties never agree)."""
    if key_sentences is None:
        from medialit.content.key import answer_key

        key_sentences = answer_key().sentences
    dist = label_distribution(labels)
    keep = [c for c in ("sentence_id", "claim_type", "debatable") if c in key_sentences.columns]
    table = dist[["sentence_id", "majority", "tie", "majority_share", "learners"]].merge(
        key_sentences[keep], on="sentence_id", how="inner"
    )
    table = table.rename(columns={"majority": "class_majority", "claim_type": "key"})
    table["agrees"] = (~table["tie"]) & (table["class_majority"] == table["key"])
    return table


@dataclass(frozen=True)
class KeyComparison:
    """How the class's majority labels compare with the answer key."""

    sentences: int
    agree: int
    ties: int
    kappa: float | None  # Cohen's kappa between class majority and key, over sentences without a tie
    agree_debatable: int
    debatable: int

    @property
    def share(self) -> float:
        return self.agree / self.sentences if self.sentences else float("nan")

    def __str__(self) -> str:
        if not self.sentences:
            return "No sentence labelled by the class is in the key."
        k = "not available" if self.kappa is None else f"{self.kappa:.2f} ({kappa_reading(self.kappa)})"
        return (
            f"The class majority matches the key on {self.agree} of {self.sentences} sentences ({self.share:.0%}); "
            f"{self.ties} tie(s). Cohen's kappa, class majority vs key: {k}. "
            f"On the key's debatable sentences: {self.agree_debatable} of {self.debatable} match."
        )


def compare_with_key(table: pd.DataFrame) -> KeyComparison:
    """Summarise a ``class_vs_key`` table: matches, ties and Cohen's kappa (over sentences without a tie)."""
    from medialit.teacher.agreement import cohen_kappa

    clear = table[~table["tie"]]
    kappa = float(cohen_kappa(clear["class_majority"].tolist(), clear["key"].tolist())) if len(clear) else None
    debatable = table[table["debatable"]] if "debatable" in table.columns else table.iloc[0:0]
    return KeyComparison(
        sentences=len(table),
        agree=int(table["agrees"].sum()),
        ties=int(table["tie"].sum()),
        kappa=kappa,
        agree_debatable=int(debatable["agrees"].sum()),
        debatable=len(debatable),
    )


# --- the questions -----------------------------------------------------------------------------------


def first_tries(answers: pd.DataFrame) -> pd.Series:
    """Per answer row: was the learner's first answer right? (The loader's ``first_try`` column.)

    A table without that column (made by hand, or by an older loader) is read the old way, from the final
    answer: right, nothing shown, and one try.
    """
    if "first_try" in answers.columns:
        return answers["first_try"].astype(bool)
    return answers["correct"].astype(bool) & ~answers["revealed"].astype(bool) & (answers["attempts"] == 1)


def question_rates(answers: pd.DataFrame) -> pd.DataFrame:
    """Per question: learners who tried it, right first time, right in the end (count and share), answers shown,
    and the most common wrong final answer (choices written as the buttons show them)."""
    import pandas as pd

    from medialit.content.questions import get_question, load_questions

    columns = [
        "question_id",
        "lesson",
        "kind",
        "prompt",
        "tried",
        "first_try",
        "correct",
        "correct_share",
        "answer_shown",
        "common_wrong",
    ]
    bank = load_questions()
    tried = answers[answers["attempts"] > 0] if not answers.empty else answers
    rows = []
    order = {qid: i for i, qid in enumerate(bank)}
    for qid, group in tried.groupby("question_id", sort=False):
        q = bank.get(str(qid)) or get_question(str(qid))  # a pack's question, made from its key
        wrong = group.loc[~group["correct"], "answer"]
        wrong = wrong[wrong != ""]
        if q is not None and q.kind in ("choice", "multi"):
            wrong = wrong.str.replace("_", " ")  # as the buttons show it: "direct quote", not "direct_quote"
        common = wrong.value_counts()
        rows.append(
            {
                "question_id": str(qid),
                "lesson": q.lesson if q else None,
                "kind": q.kind if q else "unknown",
                "prompt": q.prompt if q else "",
                "tried": len(group),
                "first_try": int(first_tries(group).sum()),
                "correct": int(group["correct"].sum()),
                "correct_share": float(group["correct"].mean()),
                "answer_shown": int(group["revealed"].sum()),
                "common_wrong": f"{common.index[0]} ({int(common.iloc[0])})" if len(common) else "",
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    table["_order"] = [order.get(q, len(order)) for q in table["question_id"]]
    return table.sort_values(["_order", "question_id"]).drop(columns="_order").reset_index(drop=True)


def pack_rates(answers: pd.DataFrame, pack: str) -> pd.DataFrame:
    """``question_rates`` for one article pack's questions only (``pack`` is its name, e.g. "millbrook-skate-park")."""
    if answers.empty:
        return question_rates(answers)
    mine = answers[answers["question_id"].astype(str).str.startswith(f"pack.{pack}.")]
    return question_rates(mine)
