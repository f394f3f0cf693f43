"""Helpers for the per-lesson tests: a notebook's cells, its prose, and running some of its code cells."""

import contextlib
import io
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
STEMS = {
    1: "01_fact_or_opinion",
    2: "02_who_says_so",
    3: "03_the_numbers",
    4: "04_loaded_language",
    5: "05_checking_claims",
    6: "06_your_turn",
    7: "07_can_a_machine_tell",
}


def notebook(folder, lesson):
    stem = STEMS.get(lesson, lesson)
    return nbformat.read(ROOT / folder / f"{stem}.ipynb", as_version=4)


NAVIGATION = ("nav-top", "nav-bottom", "generated-notice")  # cells written by tools, not the lesson's own


def cells(folder, lesson, kind="markdown"):
    """The lesson's own cells of one kind, without the generated navigation lines and exercise notice."""
    return [c.source for c in notebook(folder, lesson).cells if c.cell_type == kind and c.get("id") not in NAVIGATION]


def prose(folder, lesson):
    return "\n".join(cells(folder, lesson))


def cell(folder, lesson, cell_id):
    return next(c.source for c in notebook(folder, lesson).cells if c.get("id") == cell_id)


def run_cells(folder, lesson, *cell_ids):
    """Run a notebook's setup cell and the given code cells; their namespace and what they printed."""
    namespace: dict = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for source in [cells(folder, lesson, "code")[0]] + [cell(folder, lesson, i) for i in cell_ids]:
            exec(compile(source, str(lesson), "exec"), namespace)
    return namespace, out.getvalue()


# --- checks every lesson's frame must pass (called by each tests/test_lesson_0N.py) -------------------

import re  # noqa: E402

from medialit.content.questions import load_questions  # noqa: E402


def check_setup_imports_only_from_medialit(folder, lesson):
    """The setup cell imports from medialit only, then calls start_lesson for this lesson (its "ready" line)."""
    *imports, last = cells(folder, lesson, "code")[0].strip().splitlines()
    for line in imports:
        assert re.fullmatch(r"from medialit import [\w, ]+", line), line
    assert last == f'start_lesson("{lesson:02d}")', last


def stated_minutes(lesson):
    header = next(c.source for c in notebook("notebooks", lesson).cells if c.get("id") != "nav-top")
    return int(re.search(r"about (\d+) minutes", header).group(1))


def check_practice_widgets_match_the_bank(lesson, low, high):
    bank = [q for q in load_questions().values() if q.lesson == lesson]
    practice = sum(q.use == "practice" for q in bank)
    assert low <= practice <= high, practice
    exercises = [q for q in bank if q.use == "exercise"]
    assert 5 <= len(exercises) <= 8 and any(q.kind == "open" and q.rubric for q in exercises)
    code = "\n".join(cells("notebooks", lesson, "code"))
    assert len(re.findall(r'^practice\("\d\d\.p\d"\)$', code, re.M)) == practice


def _shown(value):
    return str(value).replace("_", " ").lower()


# words that would name an answer without naming it: the lessons' own descriptions of each label
GIVEAWAYS = {
    "metaphor": r"picture",
    "mind reading": r"mind|reasons|thinks|feels",
    "rhetorical even": r"stakes|surprise",
    "certainty": r"how sure|doubt",
    "sure or unsure": r"how sure|doubt",
    "hedge": r"hedge|soften",
    "prediction": r"future|forecast",
    "contested": r"disagree",
    "implying a link it never states": r"never states|implie",
}
EXERCISE_TITLE = re.compile(r"^### Exercise (\d)\.(\d) — (.+)$", re.M)


def check_exercise_titles_do_not_name_the_answer(lesson):
    titles = {f"0{a}.{b}": t for a, b, t in EXERCISE_TITLE.findall(prose("solutions", lesson))}
    bank = {q.id: q for q in load_questions().values() if q.lesson == lesson and q.use == "exercise"}
    assert set(titles) == set(bank)
    for qid, title in titles.items():
        q = bank[qid]
        if q.kind == "open":
            continue
        answers = q.expected() if isinstance(q.expected(), list) else [q.expected()]
        for answer in answers:
            assert _shown(answer) not in title.lower(), (qid, title)
            assert not re.search(GIVEAWAYS.get(_shown(answer), r"^$"), title.lower()), (qid, title)
        for option in q.choices():
            assert not re.search(rf"\b{re.escape(_shown(option))}\b", title.lower()), (qid, title, option)


def check_hints_point_at_meaning_not_at_the_answer(lesson):
    for q in load_questions().values():
        if q.lesson != lesson or q.kind == "open":
            continue
        hint = q.hint.lower()
        assert not re.search(r"(just|right) before|the (small )?words? before|look at '(if|will)'", hint), q.id
        assert "evidence()" not in hint and "find row" not in hint, q.id  # checking is not looking it up
        expected = q.expected()
        for answer in expected if isinstance(expected, list) else [expected]:
            if isinstance(answer, str) and len(answer) > 2:
                assert _shown(answer) not in hint, (q.id, answer)


def check_keyboard_instructions_match_button_widgets(lesson):
    text = prose("notebooks", lesson)
    assert "arrow key" not in text and "menu" not in text.lower()
    for sentence in re.findall(r"[^.]*\*\*Tab\*\*[^.]*\.", text):
        assert "**Space** or **Enter** to press" in sentence, sentence


_EVIDENCE_CALL = re.compile(r"evidence_for\((?:\[[^\]]*\]|\w+)\s*,\s*\[([^\]]*)\]")


def check_evidence_tables_name_every_outlets_side(lesson):
    """Every evidence table that names its outlets also says who runs each one and its side, for every row."""
    from medialit import evidence_for

    calls = [cols for src in cells("notebooks", lesson, "code") for cols in _EVIDENCE_CALL.findall(src)]
    assert calls, "the lesson shows no evidence table"
    for cols in calls:
        names = re.findall(r"[\"'](\w+)[\"']", cols)
        if "publisher" in names:
            assert names[names.index("publisher") + 1] == "publisher_side", cols
    ids = [sid for src in cells("notebooks", lesson, "code") for sid in re.findall(r"p\d\d\.s\d+", src)]
    table = evidence_for(ids, ["publisher", "publisher_side"])
    assert len(table) and (table["who runs it, and its side"].str.strip() != "").all()


def check_explained_before(lesson, cell_id, explanation, folder="notebooks"):
    """A term's plain explanation (a regex) stands in a text cell at or before the cell that first uses it."""
    nb = notebook(folder, lesson)
    at = next(i for i, c in enumerate(nb.cells) if c.get("id") == cell_id)
    before = [c.source for c in nb.cells[: at + 1] if c.cell_type == "markdown"]
    assert any(re.search(explanation, text) for text in before), (lesson, cell_id, explanation)


def prose_code(lesson, folder="notebooks"):
    """All the lesson's own code, as one text."""
    return "\n".join(cells(folder, lesson, "code"))
