"""A learner's path in a real browser: open lesson 01 in JupyterLab, run it, answer with a widget, press Check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = pytest.mark.browser
FEEDBACK = re.compile(r"Correct|Not quite|Hint")


def run_all_cells(page, tries: int = 6) -> None:
    """Run > Run All Cells, repeated until the kernel has really started executing (it may still be connecting)."""
    for _ in range(tries):
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()
        try:
            page.locator(".jp-InputPrompt", has_text=re.compile(r"\[\d+\]")).first.wait_for(timeout=10_000)
            return
        except PlaywrightTimeout:
            continue
    pytest.fail("the notebook's cells never ran: the kernel did not start")


def test_lesson_01_widget_gives_feedback(lab, page):
    page.set_default_timeout(60_000)
    page.goto(f"{lab['base']}/lab/tree/notebooks/01_fact_or_opinion.ipynb?token={lab['token']}")
    page.locator(".jp-Notebook").first.wait_for()
    run_all_cells(page)

    # The first practice widget: a row of option buttons, a Check button and an output area.
    practice = page.locator(".jp-OutputArea-output .widget-vbox").filter(has=page.locator(".widget-toggle-buttons"))
    practice.first.wait_for(timeout=90_000)
    widget = practice.first
    widget.scroll_into_view_if_needed()
    widget.locator(".widget-toggle-button").first.click()
    widget.get_by_role("button", name="Check", exact=True).click()

    feedback = widget.locator(".widget-output")
    feedback.filter(has_text=FEEDBACK).first.wait_for(timeout=30_000)
    text = feedback.first.inner_text()
    assert FEEDBACK.search(text), text

    ARTIFACTS.mkdir(exist_ok=True)
    widget.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "lesson01-feedback.png"))
    # The scratch copy was used, and the learner's answer was saved to the test's own progress file.
    assert (lab["root"] / "progress.json").exists()
