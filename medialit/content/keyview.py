"""The answer key and the fact-check as learners see them: plain column names and plain words for labels.

Lessons show the key *after* a learner has answered ("compare with the key"), and never with raw codes
such as ``document_or_footage`` or ``verb_stance``: ``compare_with_key`` renames the columns and words
the labels, ``evidence_for`` does the same for what outside sources found, and ``fact_check_summary``
counts the verdicts. ``fact`` reads as *checkable*, so that a learner never takes "fact" to mean "true".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from medialit.content import answers

if TYPE_CHECKING:
    import pandas as pd

PLAIN_LABELS = answers.PLAIN_LABELS  # re-exported: how a key label reads for a learner
# table -> {key column: plain column name}, in the order lessons show them.
PLAIN_COLUMNS: dict[str, dict[str, str]] = {
    "sentences": {
        "sentence_id": "sentence",
        "text": "text",
        "claim_type": "label",
        "rationale": "why",
        "debatable": "debatable?",
        "opinion_score": "opinion score",
    },
    "attributions": {
        "sentence_id": "sentence",
        "source": "source words",
        "source_who": "who the source is",
        "source_type": "kind of source",
        "form": "how the words are given",
        "reporting_verb": "reporting verb",
        "verb_stance": "neutral or loaded verb",
        "verb_note": "about the verb",
        "findable": "could a reader find the original?",
        "findable_note": "why",
    },
    "statistics": {
        "sentence_id": "sentence",
        "span": "number",
        "qualifier": "qualifier",
        "unit": "unit",
        "counted": "what is counted",
        "time_frame": "when",
        "denominator": "out of what",
        "source": "source",
        "value_low": "lowest value",
        "value_high": "highest value",
    },
    "cues": {
        "sentence_id": "sentence",
        "span": "words",
        "family": "family",
        "cue_type": "kind of cue",
        "in_quote": "in a quotation?",
        "note": "why",
    },
    "evidence": {
        "sentence_id": "sentence",
        "claim": "claim checked",
        "publisher": "source",
        "publisher_side": "who runs it, and its side",
        "date": "date",
        "figure": "what the source reports",
        "verdict": "verdict",
        "context": "what else to know",
        "url": "link",
    },
}
LABEL_COLUMNS = ("claim_type", "source_type", "form", "verb_stance", "cue_type")
# What the key's reporting-verb column shows where the sentence writes no verb (it is implied or carried over).
NO_VERB = "no verb: implied"


def plain_label(label: object) -> str:
    """A key label in a learner's words ("vague_group" -> "vague group", "fact" -> "checkable")."""
    return answers.option_label(str(label))


def _plain(frame: pd.DataFrame, table: str, columns: list[str] | None) -> pd.DataFrame:
    names = PLAIN_COLUMNS[table]
    wanted = [c for c in (columns or list(names)) if c in frame.columns]
    out = frame[wanted].copy()
    for col in wanted:
        if col in LABEL_COLUMNS:
            out[col] = out[col].map(plain_label)
        elif col in ("debatable", "in_quote"):
            out[col] = out[col].map(lambda v: "yes" if str(v).lower() in ("true", "1", "yes") else "no")
    return out.rename(columns=names).reset_index(drop=True)


def plain_table(frame: pd.DataFrame, table: str = "sentences", columns: list[str] | None = None) -> pd.DataFrame:
    """Any annotation table (a machine's, a pasted text's) with the plain column names and labels lessons use."""
    if table not in PLAIN_COLUMNS:
        raise ValueError(f"Unknown table {table!r}; choose from {', '.join(PLAIN_COLUMNS)}.")
    return _plain(frame, table, columns)


def key_beside_machine(machine: Any) -> pd.DataFrame:
    """Each op-ed sentence with the key's label and the machine's guess in plain words, and whether they agree."""
    import pandas as pd

    from medialit.content.key import answer_key

    key = answer_key().sentences[["sentence_id", "text", "claim_type"]]
    guesses = machine.sentences[["sentence_id", "claim_type", "opinion_score"]]
    both = key.merge(guesses, on="sentence_id", suffixes=("", "_machine"))
    return pd.DataFrame(
        {
            "sentence": both["sentence_id"],
            "text": both["text"],
            "the key": both["claim_type"].map(plain_label),
            "the machine": both["claim_type_machine"].map(plain_label),
            "opinion score": both["opinion_score"].round(2),
            "agree": both["claim_type"] == both["claim_type_machine"],
        }
    )


def compare_with_key(
    table: str,
    sentence_ids: list[str] | None = None,
    columns: list[str] | None = None,
    where: dict[str, str] | None = None,
):
    """Rows of one answer-key table (sentences, attributions, statistics, cues) with plain names, for some sentences.

    ``columns`` picks the key's columns to show (in that order); ``where`` keeps rows whose column equals a
    value (``{"unit": "percent"}``). Lessons call this after their practice, never before it.
    """
    from medialit.content.key import answer_key

    if table not in PLAIN_COLUMNS or table == "evidence":
        raise ValueError(f"Unknown key table {table!r}; choose sentences, attributions, statistics or cues.")
    frame = answer_key().table(table)
    if table == "cues":  # a cue's family and its kind in the words lesson 04 teaches ("certainty word")
        from medialit.content.families import cue_families

        kinds = cue_families().set_index("cue_type")
        frame = frame.assign(
            family=frame["cue_type"].map(kinds["family"]), cue_type=frame["cue_type"].map(kinds["kind"])
        )
    if table == "attributions":  # the key leaves the verb empty where none is written: say so, not a blank cell
        frame = frame.assign(reporting_verb=frame["reporting_verb"].fillna("").replace("", NO_VERB))
    for col, value in (where or {}).items():
        frame = frame[frame[col] == value]
    if sentence_ids is not None:
        order = {sid: i for i, sid in enumerate(sentence_ids)}
        frame = frame[frame["sentence_id"].isin(order)]
        frame = frame.iloc[sorted(range(len(frame)), key=lambda i: order[frame["sentence_id"].iloc[i]])]
    return _plain(frame, table, columns)


def evidence_for(sentence_ids: list[str], columns: list[str] | None = None, one_per_sentence: bool = False):
    """What outside sources found about some sentences (the course's fact-check), with plain column names.

    Ask for ``publisher_side`` beside ``publisher`` so that every outlet is named for who runs it and which side
    it is close to, whichever side that is (not only the one whose credit line says so).
    """
    from medialit.content.key import evidence

    ev = evidence()
    frame = ev[ev["sentence_id"].isin(list(sentence_ids))]
    if one_per_sentence:
        frame = frame.drop_duplicates("sentence_id")
    return _plain(frame, "evidence", columns)


def fact_check_summary() -> str:
    """How many claims the fact-check looked at, its verdicts, and how many checkable sentences it never checked."""
    from medialit.content.key import answer_key, evidence

    ev = evidence()
    claims = ev.drop_duplicates("sentence_id")  # one checked claim per sentence
    lines = [f"Claims checked: {len(claims)}"]
    for verdict, n in claims["verdict"].value_counts().items():
        lines.append(f"  {verdict}: {n}")
    sentences = answer_key().sentences
    checkable = sentences[sentences["claim_type"].isin(["fact", "mixed"])]
    never = int((~checkable["sentence_id"].isin(ev["sentence_id"])).sum())
    lines.append(f"Checkable and mixed sentences never checked: {never} of {len(checkable)}")
    return "\n".join(lines)


def key_number(span: str, field: str = "value_low") -> int | float:
    """The key's value for one number of the op-ed, found by its words ("about 200,000 drones per month")."""
    from medialit.content.key import answer_key

    stats = answer_key().statistics
    rows = stats[stats["span"] == span]
    if len(rows) != 1:
        raise LookupError(f"{len(rows)} numbers of the op-ed are written {span!r}")
    value = float(rows.iloc[0][field])
    return int(value) if value.is_integer() else value


def numbers_without_source() -> tuple[int, int]:
    """(numbers of the op-ed that name no source, all its numbers), from the key's statistics table."""
    from medialit.content.key import answer_key

    stats = answer_key().statistics
    return int((stats["source"] == "none stated").sum()), len(stats)
