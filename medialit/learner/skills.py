"""The skills check: two parallel forms of invented items, answered with the practice widgets, scored per skill.

The items live in ``content/data/skills_check.json`` and load into the question bank like any other
question, so ``check()``, saved progress and ``medialit export`` carry them with no special case. This
module groups them by form and skill, shows one skill's items as widgets, and turns saved answers into a
score per skill with what to review. A score counts items **right at the first try** (a hint, a second
try or a shown answer does not count), because that is what the learner could do alone. The
fact/opinion block is scored in two halves, checkable and opinion, so calling everything "opinion"
scores 5 of 5 on one half and 0 of 5 on the other, never well.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from medialit.content.questions import Question, _bank, load_questions
from medialit.render.display import HTMLView, WidgetWithFallback

DATA = "skills_check.json"
FORMS = ("A", "B")
SKILLS = ("fact_opinion", "claim_type", "attribution", "numbers", "sources")
HALVES = ("checkable", "opinion")
LESSON_TITLES = {
    "00_start_here": "00 · Start here",
    "01_fact_or_opinion": "01 · Fact or opinion?",
    "02_who_says_so": "02 · Who says so?",
    "03_the_numbers": "03 · The numbers",
    "04_loaded_language": "04 · Loaded language",
    "05_checking_claims": "05 · Checking claims",
}


def skills_data() -> dict[str, Any]:
    """The skills check's data file: forms, skills, the Pew baseline and the items."""
    return _bank(DATA)


def _form(form: object) -> str:
    name = str(form).strip().upper()
    if name not in FORMS:
        raise ValueError(f'there is no skills-check form {form!r}: use "A" or "B".')
    return name


def form_items(form: str, skill: str | None = None) -> list[Question]:
    """The items of one form (optionally of one skill), in the order the form asks them."""
    name = _form(form)
    return [
        q
        for q in load_questions().values()
        if q.use == "check" and q.extra.get("form") == name and (skill is None or q.extra.get("skill") == skill)
    ]


def first_try_right(entry: dict[str, Any]) -> bool:
    """True when the first answer saved for an item was right, with no answer shown before it.

    The first try's result is saved with it (``first_correct``), so checking a right answer again or a
    wrong try later does not change it; entries saved before that field existed are read as before (see
    ``medialit.learner.progress_file.first_try_right``).
    """
    from medialit.learner.progress_file import first_try_right as first_right

    return first_right(entry)


def answered(entry: dict[str, Any]) -> bool:
    """True when the item was tried at least once."""
    return int(entry.get("attempts", 0) or 0) > 0


@dataclass(frozen=True)
class SkillScore:
    """How one learner did on one skill (or one half of the fact/opinion block) of one form."""

    skill: str
    part: str  # "" for a whole skill, "checkable" or "opinion" for a half of the block
    right: int
    answered: int
    items: int

    @property
    def title(self) -> str:
        base = skills_data()["skills"][self.skill]["title"]
        return f"{base}: {self.part} statements" if self.part else base

    @property
    def share(self) -> float | None:
        return self.right / self.answered if self.answered else None

    def words(self) -> str:
        """The score in plain words: "4 of 5 right at the first try (80 %)"."""
        if not self.answered:
            return f"not tried yet (0 of {self.items} items)"
        left = f"; {self.items - self.answered} not tried" if self.answered < self.items else ""
        return f"{self.right} of {self.answered} right at the first try ({self.share:.0%}){left}"


def score_form(form: str, answers: dict[str, dict[str, Any]]) -> list[SkillScore]:
    """Per skill (the block split into its two halves): right at the first try, tried, and items in the form."""
    scores = []
    for skill in SKILLS:
        items = form_items(form, skill)
        groups = (
            [(h, [q for q in items if q.extra.get("half") == h]) for h in HALVES] if skill == "fact_opinion" else []
        )
        for part, group in groups or [("", items)]:
            entries = [answers.get(q.id, {}) for q in group]
            scores.append(
                SkillScore(
                    skill,
                    part,
                    right=sum(first_try_right(e) for e in entries),
                    answered=sum(answered(e) for e in entries),
                    items=len(group),
                )
            )
    return scores


def _review_links(skill: str) -> list[tuple[str, str]]:
    return [(f"{stem}.ipynb", LESSON_TITLES.get(stem, stem)) for stem in skills_data()["skills"][skill]["review"]]


def review_advice(scores: list[SkillScore]) -> list[tuple[SkillScore, str]]:
    """The skills worth reviewing (under 2 in 3 right, or one half of the block far below the other) and why."""
    advice = []
    halves = {s.part: s for s in scores if s.skill == "fact_opinion"}
    one_sided = ""
    if all(h.answered for h in halves.values()):
        low, high = sorted(halves.values(), key=lambda s: s.share or 0.0)
        if (high.share or 0) - (low.share or 0) >= 0.4:
            other = "opinion" if low.part == "checkable" else "checkable"
            one_sided = f"you called many {low.part} statements {other}"
            if low.part == "checkable":
                one_sided += ": a statement is checkable even when you think it is wrong or dislike it"
    for s in scores:
        if not s.answered:
            continue
        if s.skill == "fact_opinion" and one_sided and s.share == min(h.share or 0 for h in halves.values()):
            advice.append((s, one_sided.capitalize() + "."))
        elif (s.share or 0) < 2 / 3:
            advice.append((s, "Fewer than 2 in 3 right at the first try."))
    return advice


def skills_report(form: str) -> HTMLView:
    """Your score on one form per skill, and which lessons to review (from your saved answers)."""
    from medialit.learner.progress import store

    name = _form(form)
    scores = score_form(name, store().load())
    tried = sum(s.answered for s in scores)
    total = sum(s.items for s in scores)
    rows_html, rows_text = [], []
    for s in scores:
        rows_html.append(f"<tr><td>{escape(s.title)}</td><td>{escape(s.words())}</td></tr>")
        rows_text.append(f"  {s.title}: {s.words()}")
    head = f"Skills check {name}: you have tried {tried} of {total} items."
    html = [f"<p><b>{escape(head)}</b></p>", '<table class="ml-table">', *rows_html, "</table>"]
    text = [head, *rows_text]
    if not tried:
        note = "Nothing saved yet for this form: answer the items above first, then run this cell again."
        return HTMLView(html[0] + f"<p>{escape(note)}</p>", f"{head}\n{note}")
    advice = review_advice(scores)
    if advice:
        html.append("<p><b>What to review:</b></p><ul>")
        text.append("What to review:")
        for s, why in advice:
            links = _review_links(s.skill)
            where = ", ".join(f'<a href="{escape(h, quote=True)}">{escape(t)}</a>' for h, t in links)
            html.append(f"<li>{escape(s.title)}: {escape(why)} See {where}.</li>")
            text.append(f"  - {s.title}: {why} See {', '.join(t for _, t in links)}.")
        html.append("</ul>")
    else:
        ok = "Every skill is at 2 in 3 or better. Well done: the lessons will still sharpen each one."
        html.append(f"<p>{escape(ok)}</p>")
        text.append(ok)
    html.append(
        "<p><i>This is a check of skills for you (and your teacher, if you hand it in), not a grade. "
        "It counts first tries only: what you could do alone.</i></p>"
    )
    text.append("This is a check of skills, not a grade. It counts first tries only.")
    return HTMLView("".join(html), "\n".join(text))


class ItemList(WidgetWithFallback):
    """Several items of a form as practice widgets, one under the other."""

    def __init__(self, questions: list[Question]) -> None:
        import ipywidgets as w

        from medialit.learner.practice import Practice

        self.items = [Practice(q) for q in questions]
        self.box = w.VBox([p.box for p in self.items])

    def static_text(self) -> str:
        return "\n\n".join(p.static_text() for p in self.items)

    def static_html(self) -> str:
        return "".join(p.static_html() for p in self.items)


def skill_items(form: str, skill: str) -> ItemList | HTMLView:
    """The items of one skill of a form, each with its buttons (a friendly message for an unknown form or skill)."""
    try:
        name = _form(form)
    except ValueError as err:
        return HTMLView(f"<p>{escape(str(err))}</p>", str(err))
    if skill not in SKILLS:
        msg = f"there is no skill {skill!r}: use one of {', '.join(SKILLS)}."
        return HTMLView(f"<p>{escape(msg)}</p>", msg)
    return ItemList(form_items(name, skill))
