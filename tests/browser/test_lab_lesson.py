"""A learner's path in a real browser: open lesson 01 in JupyterLab, run it, answer with a widget, press Check."""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = pytest.mark.browser
FEEDBACK = re.compile(r"Correct|Not quite|Hint")


def start_session(lab: dict, path: str) -> None:
    """Start the notebook's kernel through the server's REST API before the page opens.

    A fresh JupyterLab otherwise races between two kernel starts while the notebook opens,
    and the widget manager can lose the first kernel's widgets; a hub that pre-starts
    kernels avoids the same race.
    """
    body = json.dumps({"path": path, "type": "notebook", "name": "", "kernel": {"name": "python3"}}).encode()
    req = urllib.request.Request(
        f"{lab['base']}/api/sessions?token={lab['token']}",
        data=body,
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(req, timeout=60).read()


def dismiss_dialogs(page) -> None:
    """Accept any JupyterLab dialog (e.g. the kernel picker) the way a learner would press its main button."""
    accept = page.locator(".jp-Dialog .jp-mod-accept")
    if accept.count() and accept.first.is_visible():
        accept.first.click()


def run_all_cells(page, tries: int = 6) -> None:
    """Run > Run All Cells, repeated until the kernel has really started executing (it may still be connecting)."""
    for _ in range(tries):
        dismiss_dialogs(page)
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
    start_session(lab, "notebooks/01_fact_or_opinion.ipynb")
    page.goto(f"{lab['base']}/lab/tree/notebooks/01_fact_or_opinion.ipynb?token={lab['token']}")
    page.locator(".jp-Notebook").first.wait_for()
    run_all_cells(page)

    # The first practice widget: a row of option buttons, a Check button and an output area.
    practice = page.locator(".jp-OutputArea-output .widget-vbox").filter(has=page.locator(".widget-toggle-buttons"))
    try:
        # Off-screen cells are not painted (JupyterLab's content-visibility windowing): wait for the
        # widget to exist in the page, then scroll to it like a learner would.
        practice.first.wait_for(state="attached", timeout=90_000)
        practice.first.scroll_into_view_if_needed()
        practice.first.wait_for(state="visible", timeout=30_000)
    except PlaywrightTimeout:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "lesson01-no-widget.png"), full_page=True)
        stderr = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
        errors = page.locator(stderr).all_inner_texts()
        pytest.fail(f"no practice widget appeared; error outputs: {errors[:3]}")
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
