"""highlight() and bar_chart(): escaped HTML, a legend, and signals that do not rely on colour."""

import re

import pandas as pd

from medialit.content.key import Annotation
from medialit.render.display import LAYERS, bar_chart, highlight, show_article, show_table


def annotation_for(sid, cues=(), attributions=(), statistics=()):
    return Annotation(
        sentences=pd.DataFrame({"sentence_id": [sid], "paragraph": [1], "text": ["x"]}),
        attributions=pd.DataFrame(
            list(attributions), columns=["sentence_id", "source", "source_type", "reporting_verb"]
        ),
        statistics=pd.DataFrame(list(statistics), columns=["sentence_id", "span", "qualifier"]),
        cues=pd.DataFrame(list(cues), columns=["sentence_id", "span", "cue_type", "note"]),
        origin="learner",
    )


def test_pasted_script_renders_as_text():
    text = "<script>alert(1)</script> The mayor said about 5 people came."
    ann = annotation_for(
        "p01.s1",
        cues=[("p01.s1", "<script>alert(1)</script>", "loaded", '<img src=x onerror="alert(2)">')],
        attributions=[("p01.s1", "The mayor", "role_only", "said")],
        statistics=[("p01.s1", "about 5 people", "about")],
    )
    view = highlight(text, ann)
    html = view._repr_html_()
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=&quot;alert(2)&quot;" in html  # the note, escaped inside a title attribute
    assert "<script>alert(1)</script>" in repr(view)  # the text view keeps the text as it is


def test_each_layer_has_its_own_underline_style_tag_and_colour():
    styles = {spec["css"].split("border-bottom:")[1].split(";")[0].split()[1] for spec in LAYERS.values()}
    assert styles == {"solid", "dashed", "double"}
    assert len({spec["colour"] for spec in LAYERS.values()}) == 3
    html = highlight()._repr_html_()
    for layer, spec in LAYERS.items():
        assert f'class="ml-hl-{layer}"' in html
        assert spec["style"] in html  # the legend names the underline style in words
    assert "[cue: mind reading]" in html and "[source: anonymous]" in html and "[number: up to]" in html


def test_legend_and_credit_on_the_oped():
    view = highlight()
    assert "Legend" in view._repr_html_() and "Legend" in repr(view)
    assert "Kirichenko" in repr(view)
    assert re.search(r"Highlighted: \d+ × cue word, \d+ × source, \d+ × number", repr(view))


def test_text_view_marks_spans_with_brackets_and_tags():
    text = repr(highlight(sentence_ids=["p12.s2"]))
    assert "⟦up to 80 percent⟧[number: up to]" in text


def test_layers_and_sentence_selection():
    view = highlight(layers=("statistics",), sentence_ids=["p05.s2", "p12.s1"])
    html = view._repr_html_()
    assert "ml-hl-cues" not in html and "ml-hl-statistics" in html
    assert "p05.s2" in html and "p19.s4" not in html
    assert "Unknown layer" in repr(highlight(layers=("colours",)))


def test_overlapping_spans_nest_and_both_get_tags():
    text = "Growth has plummeted sharply."
    ann = annotation_for(
        "p01.s1",
        cues=[("p01.s1", "plummeted", "intensifier", ""), ("p01.s1", "has plummeted sharply", "loaded", "")],
    )
    plain = repr(highlight(text, ann, layers=("cues",)))
    assert "[cue: intensifier]" in plain and "[cue: loaded]" in plain
    line = next(t for t in plain.splitlines() if t.startswith("[p01.s1]"))
    assert line == "[p01.s1] Growth ⟨has ⟨plummeted⟩[cue: intensifier] sharply⟩[cue: loaded]."


def test_spans_not_found_verbatim_are_reported_not_invented():
    ann = annotation_for("p01.s1", statistics=[("p01.s1", "twelve", "none")])
    view = highlight("We counted 12 apples.", ann)
    assert "not found word for word" in repr(view) and "ml-hl-statistics" not in view._repr_html_()


def test_bad_text_gives_a_message():
    assert "empty" in repr(highlight("   "))


def test_existing_article_view_still_works():
    assert "p09.s1" in repr(show_article())


def test_bar_chart_writes_values_and_escapes():
    view = bar_chart([("<b>op-ed</b> × 12", 2_400_000, "our arithmetic"), ("target", 2_500_000, "")], title="Drones")
    html = view._repr_html_()
    assert "<b>op-ed</b>" not in html and "&lt;b&gt;op-ed&lt;/b&gt;" in html
    assert "2,400,000" in html and "2,500,000" in repr(view) and "█" in repr(view)


def test_show_table_escapes_links_only_web_addresses_and_keeps_whole_text():
    long = "word " * 60
    frame = pd.DataFrame(
        {
            "claim": ["<script>alert(1)</script>", long],
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
