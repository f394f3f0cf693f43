"""A pack a teacher just made, practised in JupyterLab: the practice notebook's widgets give feedback."""

from __future__ import annotations

import json
import re

import nbformat
import pytest
from labpage import ARTIFACTS, FEEDBACK, run_all_cells, start_session

pytestmark = pytest.mark.browser

ARTICLE = (
    "The Millbrook library will open on Sundays from March, the head librarian said.\n\n"
    "About 300 people signed a letter asking for it, according to the organisers. "
    "Critics call the plan a shameful waste of money.\n"
)


def make_teachers_pack(root):
    """What a teacher does before class: pack new, then every label decided in the editor."""
    from medialit.teacher.pack_maker import PackEditor, new_pack

    src = root / "library.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    folder = new_pack(
        src,
        root / "notebooks" / "library-pack",
        "Millbrook library opens on Sundays (invented)",
        "An invented reporter",
        published="2026-01-01",
        licence="invented for the test (MIT)",
    )
    editor = PackEditor(folder)
    for sid in list(editor.pack.tables["sentences"]["sentence_id"]):
        editor.label_sentence(sid, "fact", "A record could settle this.")
    return folder


def test_a_new_pack_is_practised_with_feedback_in_the_browser(lab, page):
    folder = make_teachers_pack(lab["root"])
    path = lab["root"] / "notebooks" / "practice_a_pack.ipynb"
    nb = nbformat.read(path, as_version=4)
    setup = next(c for c in nb.cells if c.cell_type == "code" and "PACK =" in c.source)
    setup.source = setup.source.replace('PACK = "millbrook-skate-park"', f'PACK = "{folder.name}"')
    nbformat.write(nb, path)

    page.set_default_timeout(60_000)
    start_session(lab, "notebooks/practice_a_pack.ipynb")
    # A workspace of its own, so lessons opened by earlier tests are not restored beside it.
    page.goto(f"{lab['base']}/lab/workspaces/pack-test/tree/notebooks/practice_a_pack.ipynb?reset&token={lab['token']}")
    page.locator(".jp-Notebook").first.wait_for()
    run_all_cells(page)
    # Other lessons may be open in hidden tabs of the same JupyterLab: take the widget about the teacher's article.
    practice = page.locator(".jp-OutputArea-output .widget-vbox").filter(has=page.locator(".widget-toggle-buttons"))
    practice = practice.filter(has_text=re.compile("Millbrook library", re.I))
    practice.first.wait_for(state="attached", timeout=90_000)
    widget = practice.first
    widget.scroll_into_view_if_needed()  # off-screen cells are not painted until scrolled to
    widget.wait_for(state="visible", timeout=30_000)
    widget.locator(".widget-toggle-button").first.click()
    widget.get_by_role("button", name="Check", exact=True).click()
    feedback = widget.locator(".widget-output")
    feedback.filter(has_text=FEEDBACK).first.wait_for(timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "pack-practice-feedback.png"))
    saved = json.loads((lab["root"] / "progress.json").read_text(encoding="utf-8"))
    assert any(qid.startswith("pack.library-pack.") for qid in saved["answers"]), saved["answers"].keys()
