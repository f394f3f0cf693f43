"""The one highlighter: spans placed by offsets, styles from the one table, escaped HTML, clear messages."""

import re

import pandas as pd
import pytest

from medialit.content.key import Annotation
from medialit.render.display import highlight, show_article
from medialit.render.marks import LAYERS
from medialit.render.styles import CUE_STYLE, PALETTE, STYLES, VIEW_CSS
from medialit.text.annotator import annotate
from medialit.text.schema import CUE_TYPES

SCRIPT = "<script>alert(1)</script>"


def annotation_for(text, cues=(), attributions=(), statistics=()):
    """A one-sentence annotation of ``text``; each span is placed at its first occurrence, or at (start, end)."""

    def place(words, at=None):
        start = text.index(words) if at is None else at
        return start, start + len(words)

    attribution_rows = []
    for source, kind, verb in attributions:
        (start, end), (verb_start, verb_end) = place(source), place(verb)
        attribution_rows.append(("p01.s1", source, kind, verb, start, end, verb_start, verb_end))
    return Annotation(
        sentences=pd.DataFrame({"sentence_id": ["p01.s1"], "paragraph": [1], "text": [text]}),
        attributions=pd.DataFrame(
            attribution_rows,
            columns=[
                "sentence_id",
                "source",
                "source_type",
                "reporting_verb",
                "start",
                "end",
                "verb_start",
                "verb_end",
            ],
        ),
        statistics=pd.DataFrame(
            [("p01.s1", span, qualifier, *place(span, *at)) for span, qualifier, *at in statistics],
            columns=["sentence_id", "span", "qualifier", "start", "end"],
        ),
        cues=pd.DataFrame(
            [("p01.s1", span, kind, note, *place(span, *at)) for span, kind, note, *at in cues],
            columns=["sentence_id", "span", "cue_type", "note", "start", "end"],
        ),
        origin="learner",
    )


def marks(html, style):
    """The inline style of every mark drawn in ``style`` (a STYLES name)."""
    return re.findall(rf'class="ml-mark ml-m-{style}" style="([^"]*)"', html)


def test_pasted_script_renders_as_text_in_every_input():
    text = f"{SCRIPT} The mayor said about 5 people came."
    ann = annotation_for(
        text,
        cues=[(SCRIPT, f"{SCRIPT}kind", '<img src=x onerror="alert(2)">')],
        attributions=[("The mayor", f"{SCRIPT}", "said")],
        statistics=[("about 5 people", SCRIPT)],
    )
    view = highlight(text, ann)
    html = view._repr_html_()
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the text, the cue's tag and the number's tag
    assert "onerror=&quot;alert(2)&quot;" in html  # the note, escaped inside a title attribute
    assert SCRIPT in repr(view)  # the text view keeps the text as it is
    table = pd.DataFrame({"sentence_id": [SCRIPT], "paragraph": [1], "text": [SCRIPT]})
    for view in (highlight(table, {"cues": ann.cues}), show_article(table), highlight(layers=(SCRIPT,))):
        assert "<script>" not in view._repr_html_() and "&lt;script&gt;" in view._repr_html_()


def test_every_cue_type_has_a_style_and_a_date_is_never_an_opinion_cue():
    assert set(CUE_TYPES) == set(CUE_STYLE)
    assert CUE_STYLE["date"] == "date" and not STYLES["date"].name.lower().startswith("cue")
    text = "The council will vote on Monday. The plan is a disaster."
    machine = annotate(text)
    assert "Monday" in set(machine.cues["span"])  # the machine finds the date ...
    html = highlight(text, machine, layers=("cues", "dates"))._repr_html_()
    monday = re.search(r'<span class="ml-mark ml-m-(\w+)"[^>]*>Monday</span>', html)
    assert monday and monday.group(1) == "date"  # ... and it is drawn as a date
    assert ">Monday<" not in highlight(text, machine, layers=("cues",))._repr_html_()  # not as a cue


def test_each_style_has_its_own_look_in_words_and_in_lines():
    looks = {(s.line, s.width) for s in STYLES.values()}
    cue_looks = {(STYLES[k].line, STYLES[k].width) for k in LAYERS["cues"][1]}
    assert len(cue_looks) >= 3  # cue families differ by line, not by colour alone
    assert {"solid", "dashed", "double", "dotted", "tint"} <= {line for line, _ in looks}
    for style in STYLES.values():
        assert style.look and style.legend and style.name


def test_the_oped_draws_each_layer_with_its_style_and_tag():
    html = highlight()._repr_html_()
    for style in ("cue_judgement", "cue_force", "cue_soft", "source", "verb", "statistic"):
        drawn = marks(html, style)
        assert drawn, style
        assert all(s.startswith(STYLES[style].css(1).split("padding")[0]) for s in drawn), style
        assert STYLES[style].look in html  # the legend names the line in words
    for tag in ("[mind-reading]", "[anonymous]", "[up to]", "[loaded verb]", "[hedge]"):
        assert tag in html, tag


def test_legend_summary_and_credit_on_the_oped():
    view = highlight()
    assert "Legend" in view._repr_html_() and "Legend" in repr(view)
    assert "Kirichenko" in repr(view)
    assert re.search(r"Highlighted: \d+ × cue word, \d+ × source, \d+ × number", repr(view))
    assert "are not shown" not in repr(view)  # every key span's offsets hold its words


def test_text_view_marks_spans_with_brackets_and_tags():
    text = repr(highlight(sentence_ids=["p12.s2"]))
    opening, closing = STYLES["statistic"].brackets
    assert f"{opening}up to 80 percent{closing}[up to]" in text


def test_layers_and_sentence_selection():
    view = highlight(layers=("statistics",), sentence_ids=["p05.s2", "p12.s1"])
    html = view._repr_html_()
    assert not any(marks(html, k) for k in LAYERS["cues"][1]) and marks(html, "statistic")
    assert "p05.s2" in html and "p19.s4" not in html
    assert "Unknown layer" in repr(highlight(layers=("colours",)))
    assert repr(highlight(layers="statistics", sentence_ids="p12.s2")).count("[p") == 1  # one name is fine


def test_spans_are_placed_by_offsets_not_by_search():
    text = "Up, up and away. Prices went up again."
    second = text.rindex("up")
    ann = annotation_for(text, cues=[("up", "intensifier", "", second)])
    plain = repr(highlight(text, ann, layers=("cues",)))
    assert "Prices went ⟨up⟩[intensifier] again." in plain and "Up, up and" in plain
    wrong = annotation_for("twelve apples.", statistics=[("twelve", "none", 0)])  # offsets into another text
    view = highlight("We counted 12 apples.", wrong)
    assert "1 span(s) are not shown" in repr(view) and not marks(view._repr_html_(), "statistic")


def test_overlapping_and_nested_spans_get_their_own_lines_and_tags():
    text = "Growth has plummeted sharply."
    ann = annotation_for(text, cues=[("plummeted", "intensifier", ""), ("has plummeted sharply", "loaded", "")])
    view = highlight(text, ann, layers=("cues",))
    line = next(t for t in repr(view).splitlines() if t.startswith("[p01.s1]"))
    assert line == "[p01.s1] Growth ⟨has ⟨plummeted⟩[intensifier] sharply⟩[loaded]."
    html = view._repr_html_()
    outer, inner = marks(html, "cue_judgement"), marks(html, "cue_force")
    assert set(outer) == {STYLES["cue_judgement"].css(2)} and set(inner) == {STYLES["cue_force"].css(1)}
    crossing = annotation_for(text, cues=[("Growth has", "loaded", ""), ("has plummeted", "certainty", "")])
    line = [t for t in repr(highlight(text, crossing, layers=("cues",))).splitlines() if t.startswith("[p01")][0]
    assert line.count("⟨") == 2 and "[loaded]" in line and "[certainty]" in line


def test_a_quotation_over_two_sentences_is_shaded_in_both():
    text = "She said “It works. It is cheap.” Then she left."
    machine = annotate(text)
    html = highlight(text, machine, layers=("quotes",))._repr_html_()
    assert len(marks(html, "quote")) >= 2 and set(marks(html, "quote")) == {STYLES["quote"].css()}


@pytest.mark.parametrize(
    "call",
    [
        lambda: highlight(5),
        lambda: highlight(["not", "a table"]),
        lambda: highlight("Some text.", 5),
        lambda: highlight(layers=5),
        lambda: highlight(sentence_ids=3),
        lambda: highlight("   "),
        lambda: show_article(5),
    ],
)
def test_wrong_arguments_give_a_message_not_a_traceback(call):
    view = call()
    assert 10 < len(repr(view)) < 200 and "Error" not in repr(view)
    assert "<p" in view._repr_html_()


def test_palette_follows_the_theme_with_light_fallbacks():
    assert 'body[data-jp-theme-light="false"] .ml-view' in VIEW_CSS
    for name, (light, dark) in PALETTE.items():
        assert f"--ml-{name}:{light}" in VIEW_CSS and f"--ml-{name}:{dark}" in VIEW_CSS
    for style in STYLES.values():
        assert f"var(--ml-{style.hue}, {PALETTE[style.hue][0]})" in style.css()
        assert "color:inherit" in style.css()  # marked words keep the theme's text colour
    assert "var(--jp-content-font-color1" in VIEW_CSS


def _luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_line_colour_stands_out_from_both_themes_backgrounds():
    for name, (light, dark) in PALETTE.items():
        if name == "tint":
            continue
        assert _contrast(light, "#ffffff") >= 3, name  # WCAG 1.4.11: lines need 3:1
        assert min(_contrast(dark, "#111111"), _contrast(dark, "#212121")) >= 3, name


def test_existing_article_view_still_works():
    view = show_article()
    assert "p09.s1" in repr(view) and 'class="ml-sid"' in view._repr_html_()
