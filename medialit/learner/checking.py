"""Lesson 05's checking cases on the page: the sources first, the course's verdict only when asked for.

``show_case`` shows what a checker would have (the claim, and what each source reported, with publisher,
date and link) and nothing that gives the verdict away. ``compare_case`` shows the course's verdict, its
reasons and its profile of each source, for after the learner has judged. ``show_lateral_reading`` shows
what other pages say about a source. All text is escaped; tables come from ``show_table``.
"""

from __future__ import annotations

from html import escape

from medialit.content.article import load_article
from medialit.content.checking import case_profiles, case_sources, checking_case, lateral_reading
from medialit.render.display import HTMLView, show_table


def _sentence(sentence_id: str) -> str:
    return str(load_article().sentences.set_index("sentence_id")["text"].get(sentence_id, ""))


def show_case(case_id: str) -> HTMLView:
    """The claim, its op-ed sentence, and what each source reported (no verdict, no source profile)."""
    case = checking_case(case_id)
    sid = case["sentence_id"]
    sources = case_sources(case_id)
    table = show_table(sources, columns=["source", "date", "what it reports", "link"])
    html = (
        f"<p><b>The claim:</b> {escape(case['claim'])}</p>"
        f"<blockquote><code>{escape(sid)}</code> {escape(_sentence(sid))}</blockquote>"
        f"<p><b>What {len(sources)} sources reported</b> (summaries in our own words; "
        "words in quotation marks are the source's):</p>" + table._repr_html_()
    )
    text = f"The claim: {case['claim']}\n{sid} {_sentence(sid)}\n\n{table!r}"
    return HTMLView(html, text)


def compare_case(case_id: str) -> HTMLView:
    """The course's verdict on a case, its reasons, and its profile of each source."""
    case = checking_case(case_id)
    reasons = case["course_reasons"]
    profiles = show_table(case_profiles(case_id))
    html = (
        f"<p><b>The course's verdict:</b> {escape(case['course_verdict'])}</p><ul>"
        + "".join(f"<li>{escape(r)}</li>" for r in reasons)
        + "</ul><p><b>The course's notes on each source:</b></p>"
        + profiles._repr_html_()
    )
    text = "\n".join(
        [f"The course's verdict: {case['course_verdict']}", *(f"- {r}" for r in reasons), "", repr(profiles)]
    )
    return HTMLView(html, text)


def show_lateral_reading(subject: str) -> HTMLView:
    """What other pages say about one source, each page cited, and what a reader learns from them."""
    example = lateral_reading(subject)[0]
    pages = [
        {
            "page": p["publisher"],
            "date": p["date"],
            "whose view": p["whose_view"],
            "what it says (our summary)": p["summary"],
            "link": p["url"],
        }
        for p in example["pages"]
    ]
    import pandas as pd

    table = show_table(pd.DataFrame(pages))
    html = (
        f"<p><b>Reading about {escape(example['subject'])}.</b> {escape(example['why'])}</p>"
        + table._repr_html_()
        + f"<p><b>What a reader learns:</b> {escape(example['what_we_learn'])}</p>"
    )
    text = f"Reading about {example['subject']}. {example['why']}\n{table!r}"
    text += f"\nWhat a reader learns: {example['what_we_learn']}"
    return HTMLView(html, text)
