"""Readable in both themes: lesson 07's highlighted op-ed in JupyterLab Light and Dark, contrast measured.

Lesson 01's feedback is measured the same way (with `measure` below) by tests/browser/test_a11y.py, on
the run of lesson 01 that it audits. For every piece of highlighted or feedback text the page shows, the
test reads the text colour and the backgrounds behind it from ``getComputedStyle``, blends any
transparency down to the first opaque background, and computes the WCAG contrast ratio (relative
luminance); each must be at least 4.5:1. One JupyterLab serves both themes: the theme is switched from
the Settings menu, as a learner would, so the lesson runs once. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from labpage import DARK, both_themes, run_all_cells, start_session, use_theme

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
pytestmark = pytest.mark.browser
MIN_CONTRAST = 4.5
FEEDBACK = ".ml-feedback"
HIGHLIGHTS = ".ml-view"  # highlighted text (highlight, show_annotation) and its legend

# For each element under the selector with text of its own: its contrast with what is behind it.
CONTRAST_JS = """
(selector) => {
  const parse = (c) => {
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };
  const over = (top, under) => {  // top blended over an opaque colour
    const a = top.a;
    return {r: top.r * a + under.r * (1 - a), g: top.g * a + under.g * (1 - a), b: top.b * a + under.b * (1 - a), a: 1};
  };
  const background = (el) => {
    const layers = [];
    for (let n = el; n; n = n.parentElement) {
      const bg = parse(getComputedStyle(n).backgroundColor);
      if (bg && bg.a > 0) { layers.push(bg); if (bg.a >= 1) break; }
    }
    let colour = {r: 255, g: 255, b: 255, a: 1};  // the canvas behind everything
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const out = [];
  for (const root of document.querySelectorAll(selector)) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own || el.closest('style')) continue;
      const bg = background(el);
      const fg = over(parse(getComputedStyle(el).color), bg);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      out.push({text: el.textContent.trim().slice(0, 60), cls: el.className || el.tagName,
                ratio: (hi + 0.05) / (lo + 0.05), fg: [fg.r, fg.g, fg.b].map(Math.round),
                bg: [bg.r, bg.g, bg.b].map(Math.round)});
    }
  }
  return out;
}
"""


def measure(page, selector: str, what: str, theme: str) -> int:
    """Assert every text under ``selector`` reaches MIN_CONTRAST; return how many texts were measured."""
    found = page.evaluate(CONTRAST_JS, selector)
    assert found, f"{theme}: no {what} on the page"
    low = [f for f in found if f["ratio"] < MIN_CONTRAST]
    assert not low, f"{theme}: {len(low)} of {len(found)} {what} texts below {MIN_CONTRAST}:1, e.g. {low[:3]}"
    return len(found)


def open_lesson(lab: dict, page, path: str, workspace: str) -> None:
    """Open a lesson in its own JupyterLab workspace (nothing else open) and run all its cells."""
    start_session(lab, path)
    page.goto(f"{lab['base']}/lab/workspaces/{workspace}/tree/{path}?token={lab['token']}")
    page.locator(".jp-Notebook").first.wait_for()
    run_all_cells(page)


def shoot(page, locator, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    locator.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_highlights_are_readable_in_light_and_dark(lab, page):
    began = time.monotonic()
    page.set_default_timeout(60_000)
    page.set_viewport_size({"width": 1200, "height": 900})
    counts = {}

    # Lesson 01's feedback is measured in both themes by tests/browser/test_a11y.py, on the run of lesson 01
    # it audits (one run of that lesson for both). Here: the annotator's highlighted op-ed in lesson 07.
    open_lesson(lab, page, "notebooks/07_can_a_machine_tell.ipynb", "theme-07")
    page.locator(".ml-annotation .ml-mark").first.wait_for(state="attached")
    for theme in both_themes(page):  # the one the shared lab server shows now first
        use_theme(page, theme)
        short = "dark" if theme == DARK else "light"
        counts[f"07 {short} highlights"] = measure(page, HIGHLIGHTS, "highlighted", theme)
        annotated = page.locator(".ml-annotation").nth(1)  # the whole op-ed
        shoot(page, annotated.locator(".ml-mark").first, f"theme-{short}-lesson07-annotation")
    print(f"theme contrast: {counts} in {time.monotonic() - began:.0f} s")
    assert min(counts.values()) > 0 and counts["07 dark highlights"] > 500, counts
