"""Generate the synthetic sample class in notebooks/teacher/sample_class/ (deterministic: a fixed seed).

Twelve invented learners ("Learner 01 (synthetic)" ...) label the op-ed's paragraphs 8-12, as in the
class activity of lesson 01, answer lessons 1-3's questions, and take both forms of the skills check
(two learners miss one form each). Their labels are drawn around the
answer key: usually the key's label, with disagreement concentrated on the sentences the key marks as
debatable (towards the other labels its debatable_why names). Nobody real is described. Each file has
exactly the shape `medialit export` writes, so the teacher's notebook can be tried without a class.

    python tools/make_sample_class.py            # (re)write the files
    python tools/make_sample_class.py --check    # exit 1 if the committed files differ from a fresh run
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from pathlib import Path

from medialit.content.key import CLAIM_TYPES, answer_key
from medialit.content.questions import get_question, norm_text
from medialit.teacher.classroom import default_file_name, export_json, export_payload

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "notebooks" / "teacher" / "sample_class"
SEED = 20250522
LEARNERS = 12
PARAGRAPHS = (8, 12)  # the stretch the lesson 01 class activity labels
# How often each invented learner picks the key's label on a sentence the key does not flag as debatable.
SKILL = (0.95, 0.9, 0.85, 0.92, 0.8, 0.88, 0.75, 0.93, 0.86, 0.82, 0.9, 0.7)
DEBATABLE_FACTOR = 0.55  # on debatable sentences the key's label is picked about half as often
SKIPS = {7: 1, 11: 2}  # learner number -> how many of the last sentences they left unlabelled
NEAR = {"fact": ("mixed",), "mixed": ("fact", "opinion"), "opinion": ("mixed",), "prediction": ("opinion",)}
# Lesson 1-3 questions the learners answer; harder ones are right first time less often.
QUESTIONS = (
    "01.1 01.2 01.3 01.4 01.5 01.p1 01.p2 01.p3 01.p4 02.1 02.2 02.3 02.4 02.5 02.6 02.7 "
    "02.p1 02.p2 02.p3 02.p4 03.1 03.2 03.4 03.5 03.7 03.p1 03.p2 03.p3"
).split()
HARD = {"01.4", "01.p4", "02.5", "02.6", "03.5", "03.7"}
WRONG_NUMBERS = {"03.4": (200000, 2000000), "03.5": (40, 35)}
NOTE = (
    "Synthetic learner made by tools/make_sample_class.py to demonstrate the teacher's notebook. "
    "Not a real person; the labels are drawn around the answer key."
)


def alternatives(claim_type: str, debatable_why: str) -> tuple[str, ...]:
    """The other labels a debatable sentence's reason names (e.g. "call it opinion"), or the nearest ones."""
    named = [c for c in CLAIM_TYPES if c != claim_type and re.search(rf"\b{c}\b", debatable_why.lower())]
    return tuple(named) or NEAR[claim_type]


def labels_for(rng: random.Random, number: int, sentences) -> dict[str, str]:
    """One learner's labels of the stretch, drawn around the key."""
    skill = SKILL[number - 1]
    rows = list(sentences.itertuples(index=False))
    if number in SKIPS:
        rows = rows[: -SKIPS[number]]
    labels = {}
    for row in rows:
        p_key = skill * DEBATABLE_FACTOR if row.debatable else skill
        if rng.random() < p_key:
            labels[row.sentence_id] = row.claim_type
        else:
            pool = alternatives(row.claim_type, row.debatable_why) if row.debatable else NEAR[row.claim_type]
            labels[row.sentence_id] = rng.choice(pool)
    return labels


def _as_typed(value: object) -> object:
    """A key value the way a learner would have typed it (2400000.0 -> 2400000)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def answers_for(rng: random.Random, number: int) -> dict[str, dict]:
    """One learner's saved answers, in the shape medialit.learner.grading saves them (first try, second try, reveal)."""
    skill = SKILL[number - 1]
    answers = {}
    for qid in QUESTIONS:
        q = get_question(qid)
        if q is None or rng.random() < 0.1:  # a few questions were never tried
            continue
        right = _as_typed(q.expected())
        if q.kind == "number":
            wrong_pool = list(WRONG_NUMBERS[qid])
        else:
            wrong_pool = [c for c in q.choices() if c != right]
            if q.vocab == "claim_type":  # most slips go to a neighbouring label (mixed for fact, ...)
                wrong_pool += list(NEAR[right]) * 3
        p_first = skill * (0.6 if qid in HARD else 1.0)
        if rng.random() < p_first:
            entry = {"answer": right, "correct": True, "attempts": 1, "wrong": [], "revealed": False}
        else:
            first = rng.choice(wrong_pool)
            if rng.random() < 0.6:
                entry = {"answer": right, "correct": True, "attempts": 2, "wrong": [], "revealed": False}
            else:
                second = rng.choice([w for w in wrong_pool if w != first] or [first])
                entry = {"answer": second, "correct": False, "attempts": 2, "wrong": [], "revealed": second != first}
                if second != first:
                    entry["wrong"].append(norm_text(str(second)))
            entry["wrong"].insert(0, norm_text(str(first)))
        answers[qid] = entry
    return answers


SKILLS_SEED = SEED + 1  # a generator of its own, so adding the check left the lesson answers and labels unchanged
SKIPPED_FORM = {5: "A", 12: "B"}  # learner number -> the form they missed (so not everyone is paired)


def skills_answers_for(rng: random.Random, number: int) -> dict[str, dict]:
    """One learner's answers to both skills-check forms: weaker on form A (before), stronger on form B (after).

    Before the course the checkable half of the fact/opinion block is harder (statements a learner disagrees
    with get called opinion), as in Pew's survey; the source items gain most.
    """
    from medialit.learner.skills import form_items

    skill = SKILL[number - 1]
    answers = {}
    for form in ("A", "B"):
        if SKIPPED_FORM.get(number) == form:
            continue
        for q in form_items(form):
            base = skill * (0.62 if form == "A" else 0.9)
            if q.extra.get("half") == "checkable" and form == "A":
                base *= 0.8
            if q.extra["skill"] == "sources" and form == "B":
                base = min(0.97, base + 0.08)
            right = _as_typed(q.expected())
            if rng.random() < base:
                answers[q.id] = {"answer": right, "correct": True, "attempts": 1, "wrong": [], "revealed": False}
                continue
            wrong = rng.choice([c for c in q.choices() if c != right] or [25])
            if rng.random() < 0.7:
                entry = {"answer": right, "correct": True, "attempts": 2, "wrong": [norm_text(str(wrong))]}
            else:
                entry = {"answer": wrong, "correct": False, "attempts": 1, "wrong": [norm_text(str(wrong))]}
            answers[q.id] = {**entry, "revealed": False}
    return answers


def build() -> dict[str, str]:
    """File name -> JSON text for every synthetic learner."""
    rng = random.Random(SEED)
    skills_rng = random.Random(SKILLS_SEED)
    key = answer_key().sentences
    stretch = key[key["paragraph"].between(*PARAGRAPHS)]
    files = {}
    for number in range(1, LEARNERS + 1):
        learner = f"Learner {number:02d} (synthetic)"
        labels = labels_for(rng, number, stretch)
        answers = answers_for(rng, number) | skills_answers_for(skills_rng, number)
        stamp = f"2025-09-22T10:{number * 3:02d}:00Z"  # fixed, so regeneration gives identical files
        payload = export_payload(learner, answers, {"oped": labels}, stamp, synthetic=True, note=NOTE)
        files[default_file_name(learner)] = export_json(payload)
    return files


def write(folder: Path) -> list[Path]:
    """Write the sample class into folder (created if missing), replacing old medialit-*.json files."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("medialit-*.json"):
        old.unlink()
    paths = []
    for name, text in build().items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def differences(folder: Path) -> list[str]:
    """File names that a fresh run would add, change or remove in folder (empty when in sync)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {p.name: p.read_bytes() for p in write(Path(tmp))}
    have = {p.name: p.read_bytes() for p in folder.glob("*.json")} if folder.is_dir() else {}
    return sorted(name for name in set(fresh) | set(have) if fresh.get(name) != have.get(name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="only check that the folder is up to date")
    args = parser.parse_args(argv)
    if args.check:
        stale = differences(args.out)
        for name in stale:
            print(f"out of date: {name} (run python tools/make_sample_class.py)", file=sys.stderr)
        return 1 if stale else 0
    for path in write(args.out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
