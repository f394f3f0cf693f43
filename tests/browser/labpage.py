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
    """Accept any dialog (e.g. a kernel picker) until none is left, so menu clicks reach the menu."""
    for _ in range(20):
        dismiss_dialogs(page)
        page.wait_for_timeout(150)
        if not page.locator(".jp-Dialog").count():
            return


def cell_states(page) -> str:
    """One letter per code cell: x has run, * is running or queued, . has not run."""
    prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_text_contents()
    return "".join("x" if re.search(r"\[\d+\]", p) else "*" if "*" in p else "." for p in prompts)


def run_all_cells(page, attempts: int = 5) -> None:
    """Run every cell and wait until all have run and widgets rendered; restart and rerun if the kernel was swapped.

    A fresh JupyterLab may replace the kernel while the notebook opens; cells queued on the first one never
    run, or its widgets show "model not found". A learner would restart and run all, and so does this test:
    as soon as nothing is running or queued but cells are left (the queue was lost), not after a long wait.
    """
    idle = page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]').first
    for attempt in range(attempts):
        settle(page)
        try:
            idle.wait_for(state="attached", timeout=30_000)  # the kernel is up before the run is asked for
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
        last, since = "", time.monotonic()
        while time.monotonic() - since < 45:  # 45 s without progress is a stuck run
            dismiss_dialogs(page)  # e.g. a kernel picker that pops up while the run is queued
            state = cell_states(page)
            if state and set(state) == {"x"}:
                break
            if state != last:
                last, since = state, time.monotonic()
            elif "*" not in state and time.monotonic() - since > 4:
                break  # nothing running or queued, yet cells left: the queue was lost
            page.wait_for_timeout(250)
        if set(cell_states(page)) == {"x"} and not page.get_by_text("Error displaying widget").count():
            return
    pytest.fail("the notebook's cells did not all run with working widgets")


LIGHT, DARK = "JupyterLab Light", "JupyterLab Dark"
# The theme's own page colour, as the stylesheet now applied gives it: light above mid-grey, dark below.
_THEME_PAINTED = """(light) => {
  const probe = document.createElement('div');
  probe.style.background = 'var(--jp-layout-color0)';
  document.body.appendChild(probe);
  const rgb = getComputedStyle(probe).backgroundColor.match(/[\\d.]+/g).map(Number);
  probe.remove();
  const level = (rgb[0] + rgb[1] + rgb[2]) / 3;
  return light ? level > 128 : level < 128;
}"""


def both_themes(page) -> tuple[str, str]:
    """JupyterLab's light and dark themes, the one the page shows first, so a test switches only once."""
    return (DARK, LIGHT) if page.locator(f'body[data-jp-theme-name="{DARK}"]').count() else (LIGHT, DARK)


def use_theme(page, name: str) -> None:
    """Switch JupyterLab's theme from the Settings menu, as a learner would, unless the page has it already.

    Waits until the theme's stylesheet paints the page (its background colour), not for a fixed time.
    """
    wanted = page.locator(f'body[data-jp-theme-name="{name}"]')
    if not wanted.count():
        settle(page)
        page.get_by_role("menuitem", name="Settings", exact=True).click()
        labels = page.locator(".lm-Menu .lm-Menu-itemLabel")
        labels.filter(has_text=re.compile(r"^Theme$")).first.hover()  # opens the submenu
        labels.filter(has_text=re.compile(f"^{re.escape(name)}$")).first.click()
        wanted.wait_for(state="attached", timeout=30_000)
    page.wait_for_function(_THEME_PAINTED, arg=name == LIGHT, timeout=30_000)
