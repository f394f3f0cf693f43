"""Driving JupyterLab as a learner does, for the browser tests: start a kernel, run all cells, accept dialogs.

A learner's path through lesson 01 (open it, run it, answer with a widget, press Check, see feedback, answer
saved) is tested in tests/browser/test_a11y.py, on the same run of lesson 01 that the audit reads.
"""

from __future__ import annotations

import json
import re
import time
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


def settle(page) -> None:
    """Accept any dialog and wait until the kernel is idle for a moment, so menu clicks reach the menu."""
    for _ in range(20):
        dismiss_dialogs(page)
        page.wait_for_timeout(500)
        if not page.locator(".jp-Dialog").count():
            return


def all_cells_ran(page) -> bool:
    """True when every code cell shows an execution number (none left at [ ] or [*])."""
    prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_text_contents()
    return bool(prompts) and all(re.search(r"\[\d+\]", p) for p in prompts)


def run_all_cells(page, attempts: int = 5) -> None:
    """Run every cell and wait until all have run and widgets rendered; restart and rerun if the kernel was swapped.

    A fresh JupyterLab may replace the kernel while the notebook opens; cells queued on the first one never
    run, or its widgets show "model not found". A learner would restart and run all, and so does this test.
    """
    for attempt in range(attempts):
        settle(page)
        try:
            if attempt == 0:
                page.get_by_role("menuitem", name="Run", exact=True).click(timeout=10_000)
                page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click(timeout=10_000)
            else:
                page.get_by_role("menuitem", name="Kernel", exact=True).click(timeout=10_000)
                page.get_by_role("menuitem", name=re.compile(r"^Restart Kernel and Run All Cells")).click(
                    timeout=10_000
                )
                page.locator(".jp-Dialog .jp-mod-accept").first.click(timeout=10_000)
        except PlaywrightTimeout:
            page.keyboard.press("Escape")  # a dialog or menu got in the way: close it and try again
            continue
        deadline = time.monotonic() + 45
        while time.monotonic() < deadline and not all_cells_ran(page):
            dismiss_dialogs(page)  # e.g. a kernel picker that pops up while the run is queued
            page.wait_for_timeout(500)
        if all_cells_ran(page) and not page.get_by_text("Error displaying widget").count():
            return
    pytest.fail("the notebook's cells did not all run with working widgets")
