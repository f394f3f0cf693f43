"""Tables, charts and feedback boxes: escaped, in the theme's colours, and a message for wrong arguments."""

import re

import pandas as pd

from medialit.learner.grading import STYLE, Feedback
from medialit.render.charts import bar_chart
from medialit.render.feedback import feedback_html, note_html
from medialit.render.styles import PANEL, TEXT, TONES
from medialit.render.tables import show_table

SCRIPT = "<script>alert(1)</script>"
THEMED = re.compile(r"var\(--[\w-]+, #[0-9A-Fa-f]{3,6}\)")  # a theme colour with its light fallback


def test_bar_chart_writes_values_and_escapes():
    view = bar_chart([("<b>op-ed</b> × 12", 2_400_000, "our arithmetic"), ("target", 2_500_000, None)], title=SCRIPT)
    html = view._repr_html_()
    assert "<b>op-ed</b>" not in html and "&lt;b&gt;op-ed&lt;/b&gt;" in html and "<script>" not in html
    assert "2,400,000" in html and "2,500,000" in repr(view) and "█" in repr(view)
    assert "None" not in repr(view)
    assert "bar_chart needs" in repr(bar_chart([("a", "many", "")]))


def test_show_table_escapes_links_only_web_addresses_and_keeps_whole_text():
    long = "word " * 60
    frame = pd.DataFrame(
        {
            "claim": [SCRIPT, long],
            "url": ["https://example.org/a?b=1&c=<2>", "javascript:alert(3)"],
        }
    )
    view = show_table(frame, caption="Sources")
    html = view._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<a href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in html
    assert 'href="javascript' not in html and "javascript:alert(3)" in html
    assert long.strip() in html and long.strip() in repr(view)  # nothing cut off with '…'
    assert "Sources" in repr(view)
    assert "no column 'nope'" in repr(show_table(frame, columns=["claim", "nope"]))
    assert "needs a table" in repr(show_table(5))


def test_feedback_box_uses_the_theme_and_escapes_every_field():
    html = feedback_html(SCRIPT, SCRIPT, SCRIPT, SCRIPT, "good", SCRIPT, [(SCRIPT, SCRIPT)], [SCRIPT], [SCRIPT])
    assert "<script>" not in html and html.count("&lt;script&gt;") == 9
    assert f"background:{PANEL}" in html and f"color:{TEXT}" in html and TONES["good"] in html
    assert "#" not in THEMED.sub("", html)  # no colour that ignores the theme
    assert TONES["neutral"] in feedback_html("q", "new", "", "New", "no-such-tone")


def test_every_status_has_a_tone_and_feedback_draws_through_the_renderer():
    assert all(tone in TONES for _, _, tone in STYLE.values())
    fb = Feedback("01.p1", "incorrect", "Try <again>.", sections=[("Hint", "Look at 'dramatically'.")])
    fb.notices.append("Saved <nowhere>.")
    html = fb._repr_html_()
    assert TONES["bad"] in html and "✘ Not quite" in html and "&lt;again&gt;" in html
    assert note_html("Saved <nowhere>.") in html
