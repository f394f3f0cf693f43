"""The teacher's view of the skills check: per skill, the class before and after, the items most missed, Pew beside.

Everything works on the ``answers`` table of ``load_class`` (learner, question_id, correct, attempts,
revealed). An item counts as right when it was right at the first try (see ``medialit.learner.skills``).
Gains are **paired**: only learners who took both forms count, so a gain is not made by who turned up.
Counts are pooled over those learners ("38 of 60"), so every share says what it is out of.
``skills_dashboard(folder)`` draws the whole view with one call.
"""

from __future__ import annotations

import os
from html import escape
from typing import TYPE_CHECKING, Any

from medialit.content.answers import option_label
from medialit.learner.skills import FORMS, SKILLS, form_items, skills_data
from medialit.render.display import HTMLView, bar_chart
from medialit.teacher.class_results import first_tries

if TYPE_CHECKING:
    import pandas as pd

ONE_COLOUR = "#0072B2"  # Okabe-Ito blue: one colour, because colour means nothing here


def _item_table(answers: pd.DataFrame) -> pd.DataFrame:
    """The answers to skills-check items, one row per learner and item, with form, skill, half and right."""
    import pandas as pd

    meta = {q.id: (form, q.extra["skill"], q.extra.get("half", "")) for form in FORMS for q in form_items(form)}
    rows = answers[answers["question_id"].isin(meta) & (answers["attempts"] > 0)].copy()
    if rows.empty:
        return pd.DataFrame(columns=["learner", "question_id", "form", "skill", "half", "right", "answer"])
    rows["form"] = [meta[q][0] for q in rows["question_id"]]
    rows["skill"] = [meta[q][1] for q in rows["question_id"]]
    rows["half"] = [meta[q][2] for q in rows["question_id"]]
    rows["right"] = first_tries(rows).to_list()  # the first answer's result, not the last one's
    return rows


def paired_learners(answers: pd.DataFrame) -> list[str]:
    """The learners who answered items of both forms."""
    items = _item_table(answers)
    took = [set(items.loc[items["form"] == f, "learner"]) for f in FORMS]
    return sorted(took[0] & took[1])


def skill_gains(answers: pd.DataFrame) -> pd.DataFrame:
    """Per skill, for learners who took both forms: right / answered on form A and on form B, and the gain."""
    import pandas as pd

    items = _item_table(answers)
    items = items[items["learner"].isin(paired_learners(answers))]
    rows = []
    for skill in SKILLS:
        row: dict[str, Any] = {"skill": skill, "title": skills_data()["skills"][skill]["title"]}
        for form in FORMS:
            mine = items[(items["skill"] == skill) & (items["form"] == form)]
            row[f"right_{form}"], row[f"answered_{form}"] = int(mine["right"].sum()), len(mine)
            row[f"share_{form}"] = row[f"right_{form}"] / len(mine) if len(mine) else float("nan")
        row["gain"] = row["share_B"] - row["share_A"]
        rows.append(row)
    return pd.DataFrame(rows)


def _as_shown(value: object) -> str:
    return ", ".join(map(option_label, value)) if isinstance(value, list) else option_label(str(value))


def missed_items(answers: pd.DataFrame, top: int = 5) -> pd.DataFrame:
    """The items the fewest learners got right at the first try: form, skill, prompt, right of answered."""
    import pandas as pd

    from medialit.content.questions import get_question

    items = _item_table(answers)
    rows = []
    for qid, group in items.groupby("question_id"):
        q = get_question(str(qid))
        wrong = group.loc[~group["correct"].astype(bool), "answer"].map(option_label).value_counts()  # still wrong
        rows.append(
            {
                "item": qid,
                "form": group["form"].iloc[0],
                "skill": skills_data()["skills"][group["skill"].iloc[0]]["title"],
                "prompt": q.prompt if q else "",
                "answer": _as_shown(q.expected()) if q else "",  # as the buttons say it: "checkable", "role only"
                "right": int(group["right"].sum()),
                "answered": len(group),
                "common_wrong": f"{wrong.index[0]} ({int(wrong.iloc[0])})" if len(wrong) else "",
            }
        )
    table = pd.DataFrame(
        rows, columns=["item", "form", "skill", "prompt", "answer", "right", "answered", "common_wrong"]
    )
    if table.empty:
        return table
    table["share"] = table["right"] / table["answered"]
    return table.sort_values(["share", "item"]).head(max(int(top), 0)).reset_index(drop=True)


def block_vs_pew(answers: pd.DataFrame) -> pd.DataFrame:
    """Per form and half: how many learners got all five statements right, beside Pew's U.S. adults."""
    import pandas as pd

    items = _item_table(answers)
    base = skills_data()["baseline"]
    pew = {"checkable": base["all_five_factual"], "opinion": base["all_five_opinion"]}
    rows = []
    for form in FORMS:
        for half in ("checkable", "opinion"):
            mine = items[(items["form"] == form) & (items["half"] == half)]
            per = mine.groupby("learner")["right"].agg(["sum", "count"])
            complete = per[per["count"] == 5]
            rows.append(
                {
                    "form": form,
                    "half": half,
                    "all_five": int((complete["sum"] == 5).sum()),
                    "learners": len(complete),
                    "pew_share": pew[half],
                }
            )
    return pd.DataFrame(rows)


def _pct(n: int, d: int) -> str:
    return f"{n} of {d} ({n / d:.0%})" if d else "no answers"


def skills_dashboard(folder: str | os.PathLike[str]) -> HTMLView:
    """The teacher's view in one call: per-skill gains, the Pew comparison and the items most missed."""
    from medialit.teacher.classroom import load_class

    data = load_class(folder)
    answers = data.answers
    paired = paired_learners(answers)
    items = _item_table(answers)
    took = {f: items.loc[items["form"] == f, "learner"].nunique() for f in FORMS}
    head = (
        f"Skills check: {took['A']} learner(s) took form A, {took['B']} form B; "
        f"{len(paired)} took both, and only they count in the before/after chart."
    )
    parts_html = [f"<p><b>{escape(head)}</b></p>"]
    parts_text = [head]
    if data.problems:
        note = f"{len(data.problems)} file(s) skipped or trimmed: see the cell that loads the class below."
        parts_html.append(f"<p>{escape(note)}</p>")
        parts_text.append(note)
    if paired:
        gains = skill_gains(answers)
        rows, totals = [], []
        for g in gains.itertuples():
            for form in FORMS:
                right, answered = getattr(g, f"right_{form}"), getattr(g, f"answered_{form}")
                label = f"{g.title}: {'before (A)' if form == 'A' else 'after (B)'}"
                gain = "" if form == "A" or answered == 0 else f"gain {g.gain * 100:+.0f} points"
                rows.append((label, right, gain))
                totals.append(answered)
        chart = bar_chart(
            rows,
            title="Right at the first try, per skill, before and after (learners who took both forms)",
            out_of=totals,
            colour=ONE_COLOUR,
            caption="Each bar is out of the answers those learners gave to that skill's items. "
            "With three items per skill, one item is a third of a learner's score: read the class, not one learner.",
        )
        parts_html.append(chart._repr_html_())
        parts_text.append(repr(chart))
    else:
        note = "No learner has taken both forms yet, so there is no before/after comparison."
        parts_html.append(f"<p>{escape(note)}</p>")
        parts_text.append(note)
    pew = block_vs_pew(answers)
    base = skills_data()["baseline"]
    lines = []
    for r in pew.itertuples():
        lines.append(
            f"Form {r.form}, all five {r.half} statements right: {_pct(r.all_five, r.learners)} of learners "
            f"who answered all five; Pew, U.S. adults: {r.pew_share:.0%}"
        )
    cite = f"{base['publisher']}, \u201c{base['reference'].split(chr(34))[1]}\u201d, {base['date']}, {base['url']}"
    parts_html.append("<p><b>The fact/opinion block beside Pew's survey</b></p><ul>")
    parts_html += [f"<li>{escape(line)}</li>" for line in lines]
    parts_html.append(
        f"</ul><p style='font-size:0.85em'>{escape(base['population'])}. Different statements, and a class is "
        f"not a national sample: a talking point, not a ranking. Source: {escape(cite)}</p>"
    )
    parts_text += ["The fact/opinion block beside Pew's survey:", *[f"  {line}" for line in lines], f"Source: {cite}"]
    missed = missed_items(answers, top=5)
    if len(missed):
        chart = bar_chart(
            [(f"{m.item} ({m.skill})", m.right, f"key: {m.answer}") for m in missed.itertuples()],
            title="The items the fewest learners got right at the first try",
            out_of=[int(m.answered) for m in missed.itertuples()],
            colour=ONE_COLOUR,
            caption="Each bar is out of the learners who answered that item; the key's answer is under each bar.",
        )
        parts_html.append(chart._repr_html_())
        parts_text.append(repr(chart))
    return HTMLView("".join(parts_html), "\n".join(parts_text))
