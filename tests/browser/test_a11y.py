"""Accessibility audit with axe-core (bundled by axe-playwright-python; nothing is fetched) on what the course renders.

Pages: the static site, the two handouts, the annotator's HTML page, and lessons 01, 03 and 06 in JupyterLab
after Run All, in the light and the dark theme. The test fails on any serious or critical violation.

In JupyterLab only what the course renders is audited: rendered Markdown cells and cell outputs (tables,
feedback boxes, practice widgets). JupyterLab's own chrome (menus, toolbars, side bars, the editor) is left
out by the `include` context, not by switching rules off, because it is not ours to change. No axe rule is
disabled anywhere: EXCLUDED_RULES is empty, and any rule added to it must say why.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from labpage import FEEDBACK, both_themes, run_all_cells, start_session, use_theme
from made_once import made_once
from test_theme_contrast import FEEDBACK as FEEDBACK_BOX
from test_theme_contrast import measure

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
BLOCKING = {"serious", "critical"}
EXCLUDED_RULES: dict[str, str] = {}  # rule id -> why it cannot apply to the course's own content
LESSONS = ("01_fact_or_opinion", "03_the_numbers", "06_your_turn")
# The course's own content inside JupyterLab: rendered Markdown and every cell output.
COURSE_CONTENT = {"include": [[".jp-Notebook .jp-MarkdownOutput"], [".jp-Notebook .jp-OutputArea-output"]]}
AXE = Axe()
MEDIALIT = str(Path(sys.prefix) / "bin" / "medialit")  # the command the README gives teachers


def blocking_violations(page, context: dict | None = None) -> list[str]:
    """axe's serious and critical violations on the page (or in the context), one readable line each."""
    # resultTypes: every violating node in full; passing rules still listed, with one node each (about half
    # the time of collecting every passing node too, which this test never reads)
    options = {"resultTypes": ["violations"], "rules": {rule: {"enabled": False} for rule in EXCLUDED_RULES}}
    for _ in range(3):
        results = AXE.run(page, context=context, options=options)
        checked = {rule["id"] for rule in results.response["passes"]}
        checked |= {v["id"] for v in results.response["violations"]}
        if {"color-contrast", "button-name"} & checked:
            break
        # While JupyterLab is still painting (after Run All or a theme change) axe can call every contrast
        # "incomplete": give the page a moment and ask again, rather than audit half a page.
        page.wait_for_timeout(1500)
    assert {"color-contrast", "button-name"} & checked, "axe found nothing to check: is the page or context empty?"
    lines = []
    for violation in results.response["violations"]:
        if violation.get("impact") in BLOCKING:
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
            lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return lines


def test_the_audit_fails_on_a_page_with_blocking_violations(page, tmp_path):
    """The options above still report what matters: a page made to fail is caught, rule by rule."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html lang='en'><head><title>bad</title></head><body><main><h1>Made to fail</h1>"
        "<p style='color:#bbb;background:#fff'>Pale grey words on white.</p><button></button>"
        "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></main></body></html>",
        encoding="utf-8",
    )
    page.goto(bad.as_uri())
    found = " ".join(blocking_violations(page))
    assert all(rule in found for rule in ("color-contrast", "button-name", "image-alt")), found


# One test per page of the static site (built once), so a failure names its page.
SITE_PAGES = ["index.html"] + [
    str(p.relative_to(ROOT).with_suffix(".html"))
    for p in sorted((ROOT / "notebooks").rglob("*.ipynb"))
    if ".ipynb_checkpoints" not in p.parts
]


@pytest.mark.parametrize("name", SITE_PAGES)
def test_static_site_page(site, page, name):
    """Each page opens offline (it asks for nothing on the network), shows its title, and passes the audit."""
    out, _ = site
    path = out / name
    assert path.exists(), f"the site has no {name}"
    outside: list[str] = []
    page.route(re.compile(r"^https?://.*"), lambda route: (outside.append(route.request.url), route.abort()))
    page.goto(path.as_uri())
    assert page.locator("h1").first.inner_text().strip(), name
    assert outside == [], f"{name} tried to fetch: {sorted(set(outside))[:5]}"
    assert blocking_violations(page) == [], name


@pytest.fixture(scope="session")
def handouts(tmp_path_factory, worker_id):
    """The two handouts and the annotator's HTML page, written once per run with the README's commands."""

    def make(out: Path) -> None:
        subprocess.run([MEDIALIT, "handout", "--out", str(out)], check=True)
        text = ROOT / "medialit" / "content" / "data" / "article.txt"
        html = subprocess.run(
            [MEDIALIT, "annotate", "--format", "html", str(text)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        (out / "annotator.html").write_text(html, encoding="utf-8")

    return sorted(made_once(tmp_path_factory, worker_id, "handouts", make).glob("*.html"))


@pytest.mark.parametrize("scheme", ["light", "dark"])  # the pages may follow the reader's colour scheme
def test_handouts_and_annotator_page(handouts, page, scheme):
    assert len(handouts) >= 3, handouts  # two handouts and the annotator's page
    page.emulate_media(color_scheme=scheme)
    problems = {}
    for path in handouts:
        page.goto(path.as_uri())
        found = blocking_violations(page)
        if found:
            problems[f"{path.name} ({scheme})"] = found
    assert problems == {}


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_in_jupyterlab(lab, page, lesson):
    path = f"notebooks/{lesson}.ipynb"
    page.set_default_timeout(60_000)
    start_session(lab, path)
    page.goto(f"{lab['base']}/lab/tree/{path}?reset&token={lab['token']}")  # this lesson alone in the workspace
    page.locator(".jp-Notebook").first.wait_for()
    run_all_cells(page)
    # JupyterLab leaves far-off cells unpainted; axe reads the DOM, so make every cell render first.
    page.evaluate(
        "document.querySelectorAll('.jp-Notebook .jp-Cell').forEach(c => c.style.contentVisibility = 'visible')"
    )
    widget = use_a_practice_widget(page, lab) if lesson == LESSONS[0] else None
    problems = {}
    # Both themes, the one the shared lab server shows now first (a theme switch re-styles the whole page).
    for theme in both_themes(page):
        use_theme(page, theme)
        short = theme.split()[-1].lower()
        found = blocking_violations(page, COURSE_CONTENT)
        if found:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"a11y-{lesson}-{short}.png"))
            problems[theme] = found
        if widget is not None:  # lesson 01's feedback, shown by the answer above, read in this theme
            assert measure(page, FEEDBACK_BOX, "feedback", theme) > 0
            ARTIFACTS.mkdir(exist_ok=True)
            widget.scroll_into_view_if_needed()
            page.screenshot(path=str(ARTIFACTS / f"theme-{short}-lesson01-feedback.png"))
    assert problems == {}, f"{lesson}: {problems}"


def use_a_practice_widget(page, lab: dict):
    """A learner's answer in lesson 01, in the browser, and the practice widget's own accessibility.

    The chosen option shows a tick and says "Your choice" in words, Check is the primary action, the focus
    ring is at least 2 px, Check gives feedback in a live region, and the answer is saved to the learner's
    progress file. Returns the widget: the lesson's audit then runs with its feedback showing, and the
    feedback is measured at 4.5:1 or more in the light and the dark theme. (One run of lesson 01 serves
    all of these; it used to be run three times, by this test, the learner's-path test and the
    theme-contrast test.)"""
    practice = (
        page.locator(".jp-OutputArea-output .widget-vbox")
        .filter(has=page.locator(".widget-toggle-buttons"))
        .filter(
            has=page.get_by_role("button", name="Check", exact=True)  # a practice widget, not the first-read labeller
        )
    )
    widget = practice.first
    widget.scroll_into_view_if_needed()
    option = widget.locator(".widget-toggle-button").nth(1)
    option.click()
    chosen = widget.locator(".widget-toggle-button.mod-active")
    chosen.filter(has_text="✓").first.wait_for(timeout=15_000)  # the tick is in the chosen label itself
    assert widget.locator(".widget-toggle-button", has_text="✓").count() == 1
    assert "Your choice:" in widget.inner_text()
    check = widget.get_by_role("button", name="Check", exact=True)
    assert "mod-primary" in (check.get_attribute("class") or "")
    page.keyboard.press("Tab")  # keyboard focus moves on from the chosen option
    ring = page.evaluate("parseFloat(getComputedStyle(document.activeElement).outlineWidth) || 0")
    assert ring >= 2, f"focus ring {ring}px on {page.evaluate('document.activeElement.outerHTML.slice(0, 120)')}"
    check.click()
    live = widget.locator(".widget-output [role='status'], .widget-output [aria-live]")
    live.first.wait_for(timeout=30_000)
    feedback = widget.locator(".widget-output").filter(has_text=FEEDBACK).first
    feedback.wait_for(timeout=30_000)
    assert FEEDBACK.search(feedback.inner_text())
    saved = lab["root"] / "progress.json"  # the scratch copy's own progress file, not the tester's
    assert saved.exists() and "01." in saved.read_text(encoding="utf-8")
    return widget
