"""The teacher's side: export a learner's work to one file, then load a class's files and summarise them.

``export_progress`` writes a learner's saved answers and sentence labels to one JSON file to hand in.
``load_class`` reads a folder of those files; a file it cannot use is named in ``problems`` and skipped,
never a crash. The other functions are pure: they take the class's tables and return DataFrames (or a
small summary) about how far the class agrees, which sentences split it, how it compares with the
answer key, and which questions it found hard. Agreement is computed by ``medialit.teacher.agreement``.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from medialit.content.key import CLAIM_TYPES
from medialit.text.textio import InputProblem

if TYPE_CHECKING:
    import pandas as pd

EXPORT_FORMAT = "medialit-export"
EXPORT_VERSION = 1
MAX_EXPORT_BYTES = 2_000_000  # an export is a few kilobytes; anything this big is not one
MAX_NAME = 80
LABEL_COLUMNS = ["learner", "sentence_id", "label"]
ANSWER_COLUMNS = ["learner", "question_id", "answer", "correct", "attempts", "revealed"]
# Landis & Koch (1977): a rough, widely used guide to reading kappa values, not a strict rule.
KAPPA_BANDS = (
    (0.0, "poor (less than chance agreement)"),
    (0.20, "slight"),
    (0.40, "fair"),
    (0.60, "moderate"),
    (0.80, "substantial"),
    (1.0, "almost perfect"),
)


# --- export: one learner's work in one file --------------------------------------------------------


def clean_name(name: object) -> str:
    """A learner's name on one line (spaces tidied), or an InputProblem saying what is wrong with it."""
    if not isinstance(name, str) or not name.strip():
        raise InputProblem('the learner name is empty; give one with --name "Your Name".')
    tidy = " ".join(name.split())
    if len(tidy) > MAX_NAME or not tidy.isprintable():
        raise InputProblem(f"the learner name must be one line of at most {MAX_NAME} printable characters.")
    return tidy


def default_file_name(name: str) -> str:
    """The export's file name made from the learner's name: "Ana Díaz" -> "medialit-ana-díaz.json"."""
    slug = re.sub(r"[\W_]+", "-", name.casefold()).strip("-") or "learner"
    return f"medialit-{slug[:60]}.json"


def export_payload(
    learner: str,
    answers: dict[str, dict[str, Any]],
    sentence_labels: dict[str, dict[str, str]],
    exported_at: str,
    **extra: Any,
) -> dict[str, Any]:
    """The exported file's content: who, when, which course version, answers and sentence labels."""
    from medialit import __version__

    payload = {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "learner": learner,
        "exported_at": exported_at,
        "course_version": __version__,
        "answers": {qid: answers[qid] for qid in sorted(answers)},
        "sentence_labels": {name: dict(sorted(labels.items())) for name, labels in sorted(sentence_labels.items())},
    }
    payload.update(extra)
    return payload


def export_json(payload: dict[str, Any]) -> str:
    """The payload as the JSON text written to disk (stable key order, UTF-8, ends with a newline)."""
    return json.dumps(payload, indent=1, ensure_ascii=False) + "\n"


def _utc_now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _write_atomically(target: Path, text: str) -> None:
    """Write text to target through a temporary file in the same folder (no half-written file on failure)."""
    fd, tmp = tempfile.mkstemp(prefix=".medialit-export-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def export_progress(out: str | os.PathLike[str] | None = None, name: str | None = None) -> tuple[Path, list[str]]:
    """Write your saved answers and sentence labels to one JSON file to hand in: (file written, messages).

    ``out`` is a file or an existing folder (default: the current folder); ``name`` defaults to your login
    name. Raises InputProblem with a one-line message when there is nothing to export or the file cannot
    be written; a progress file that could not be used has already been set aside (its data kept).
    """
    import getpass

    from medialit.learner.progress import store

    guessed = name is None
    if guessed:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = "learner"
    learner = clean_name(name)
    progress = store()
    progress.load()
    notes = progress.pop_notices()
    answers = dict(progress.answers)
    labels = {k: dict(v) for k, v in progress.labels.items() if v}
    if not progress.persist and not answers and not labels:
        raise InputProblem(" ".join(notes) or f"could not read your saved progress at {progress.path}.")
    if not answers and not labels:
        if notes:  # the file was unusable and has been set aside
            raise InputProblem(f"nothing to export. {' '.join(notes)}")
        if not progress.path.exists():
            raise InputProblem(
                f"no saved progress yet at {progress.path}: answer some questions or label sentences first."
            )
        raise InputProblem(f"no answers or sentence labels are saved in {progress.path} yet.")
    if notes and progress.persist:
        progress.save()  # start the fresh progress file with the answers that could be kept
    target = Path(out).expanduser() if out is not None else Path.cwd()
    if target.is_dir():
        target = target / default_file_name(learner)
    if target.resolve() == progress.path.resolve():
        raise InputProblem(f"{target} is your progress file itself; choose another file name.")
    if not target.parent.is_dir():
        raise InputProblem(f"cannot write {target}: the folder {target.parent} does not exist.")
    payload = export_payload(learner, answers, labels, _utc_now())
    try:
        _write_atomically(target, export_json(payload))
    except OSError as err:
        raise InputProblem(f"cannot write {target} ({err.strerror or err}).") from None
    n_labels = sum(len(v) for v in labels.values())
    messages = [*notes, f"Saved {len(answers)} answer(s) and {n_labels} sentence label(s) for {learner!r} to {target}."]
    if guessed:
        messages.append('The name is your login name; add --name "Your Name" to use another.')
    return target, messages


# --- loading a class's files -------------------------------------------------------------------------


class ClassData(NamedTuple):
    """What ``load_class`` found: labels (learner, sentence_id, label), answers, and the files it skipped."""

    labels: pd.DataFrame
    answers: pd.DataFrame
    problems: list[str]


def read_export(path: Path) -> tuple[dict[str, Any], list[str]]:
    """One export file's valid content and notes about left-out parts; InputProblem if it is unusable."""
    from medialit.learner.progress import _valid_entry

    try:
        size = path.stat().st_size
        if size == 0:
            raise InputProblem("the file is empty")
        if size > MAX_EXPORT_BYTES:
            raise InputProblem(f"the file is {size / 1e6:.1f} MB, far too big for an export")
        raw = path.read_bytes()
    except OSError as err:
        raise InputProblem(f"the file could not be read ({err.strerror or err})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputProblem("it is not a UTF-8 text file") from None
    if not text.strip():
        raise InputProblem("the file is empty")
    try:
        data = json.loads(text)
    except ValueError:
        raise InputProblem("it is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise InputProblem(f'it is JSON but not a medialit export (no "format": "{EXPORT_FORMAT}")')
    learner = data.get("learner")
    if not isinstance(learner, str) or not learner.strip():
        raise InputProblem("it has no learner name")
    try:
        learner = clean_name(learner)
    except InputProblem as problem:
        raise InputProblem(str(problem).rstrip(".")) from None
    answers, labels = data.get("answers", {}), data.get("sentence_labels", {})
    if not isinstance(answers, dict) or not isinstance(labels, dict):
        raise InputProblem("its 'answers' or 'sentence_labels' are not JSON objects")
    notes = []
    good_answers = {str(q): e for q, e in answers.items() if _valid_entry(e)}
    if len(good_answers) < len(answers):
        notes.append(f"{len(answers) - len(good_answers)} answer(s) had the wrong shape and were left out")
    good_labels: dict[str, dict[str, str]] = {}
    dropped = 0
    for set_name, one_set in labels.items():
        if not isinstance(one_set, dict):
            dropped += 1
            continue
        kept = {str(s): lab for s, lab in one_set.items() if isinstance(lab, str) and lab in CLAIM_TYPES}
        dropped += len(one_set) - len(kept)
        good_labels[str(set_name)] = kept
    if dropped:
        notes.append(f"{dropped} sentence label(s) were not one of {', '.join(CLAIM_TYPES)} and were left out")
    return {**data, "learner": learner, "answers": good_answers, "sentence_labels": good_labels}, notes


def _answer_text(answer: object) -> str:
    if isinstance(answer, list):
        return ", ".join(str(a) for a in answer)
    return "" if answer is None else str(answer)


def load_class(folder: str | os.PathLike[str], label_set: str = "oped") -> ClassData:
    """Read every export file in a folder: the labels of one set, all answers, and a list of skipped files.

    A file that is empty, corrupt, not JSON, not an export, or a second file for the same learner is
    reported in ``problems`` by name and skipped. Never raises for a bad file.
    """
    import pandas as pd

    root = Path(folder)
    label_rows: list[dict[str, Any]] = []
    answer_rows: list[dict[str, Any]] = []
    problems: list[str] = []
    if not root.is_dir():
        problems.append(f"{root}: there is no such folder.")
        paths = []
    else:
        paths = sorted(p for p in root.iterdir() if not p.name.startswith(".") and not p.is_dir())
    seen: dict[str, str] = {}
    for path in paths:
        if path.suffix.lower() != ".json":
            problems.append(f"{path.name}: not a .json export file; skipped.")
            continue
        try:
            data, notes = read_export(path)
        except InputProblem as problem:
            problems.append(f"{path.name}: {problem}; skipped.")
            continue
        learner = data["learner"]
        who = learner.casefold()
        if who in seen:
            problems.append(
                f"{path.name}: learner {learner!r} was already loaded from {seen[who]}; skipped. "
                "If these are two people, ask one of them to export again with another --name."
            )
            continue
        seen[who] = path.name
        problems += [f"{path.name}: {note}." for note in notes]
        for sid, label in data["sentence_labels"].get(label_set, {}).items():
            label_rows.append({"learner": learner, "sentence_id": sid, "label": label})
        for qid, entry in data["answers"].items():
            answer_rows.append(
                {
                    "learner": learner,
                    "question_id": qid,
                    "answer": _answer_text(entry.get("answer")),
                    "correct": bool(entry.get("correct", False)),
                    "attempts": int(entry.get("attempts", 0)),
                    "revealed": bool(entry.get("revealed", False)),
                }
            )
    labels = pd.DataFrame(label_rows, columns=LABEL_COLUMNS)
    answers = pd.DataFrame(answer_rows, columns=ANSWER_COLUMNS)
    labels = labels.astype({"learner": str, "sentence_id": str, "label": str})
    answers = answers.astype({"correct": bool, "attempts": "int64", "revealed": bool})
    return ClassData(labels, answers, problems)


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


def question_rates(answers: pd.DataFrame) -> pd.DataFrame:
    """Per question: learners who tried it, right first time, right in the end (count and share), answers shown,
    and the most common wrong final answer (choices written as the buttons show them)."""
    import pandas as pd

    from medialit.content.questions import load_questions

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
        q = bank.get(str(qid))
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
                "first_try": int((group["correct"] & (group["attempts"] == 1)).sum()),
                "correct": int(group["correct"].sum()),
                "correct_share": float(group["correct"].mean()),
                "answer_shown": int(group["revealed"].sum()),
                "common_wrong": f"{common.index[0]} ({int(common.iloc[0])})" if len(common) else "",
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    table["_order"] = [order.get(q, len(order)) for q in table["question_id"]]
    return table.sort_values(["_order", "question_id"]).drop(columns="_order").reset_index(drop=True)
