"""The static site (built by the `site` fixture in conftest.py): every lesson builds offline and widgets read
as text. That each page opens in Chromium without fetching anything is checked page by page by the audit in
tests/browser/test_a11y.py, on the same visit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


def test_every_lesson_has_a_page(site):
    out, pages = site
    lessons = sorted(p.relative_to(ROOT).with_suffix(".html") for p in (ROOT / "notebooks").rglob("*.ipynb"))
    assert sorted(p.relative_to(out) for p in pages) == lessons
    index = (out / "index.html").read_text(encoding="utf-8")
    for page in pages:
        assert str(page.relative_to(out)) in index


def test_pages_load_no_outside_scripts_or_styles(site):
    _, pages = site
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]+src=\"https?://", html), page
        assert not re.search(r"<link[^>]+href=\"https?://", html), page
        assert "Error displaying widget" not in html and "Traceback" not in html, page


def test_widgets_degrade_to_readable_text(site):
    out, _ = site
    html = (out / "notebooks" / "01_fact_or_opinion.html").read_text(encoding="utf-8")
    assert "Practice 01.p1" in html and "Run this cell in Jupyter" in html
    assert "application/vnd.jupyter.widget-view+json" not in html
