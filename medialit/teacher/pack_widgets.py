"""The teacher's pack maker: one sentence at a time, accept or correct the machine's draft, saved at once.

``make_pack(folder)`` shows a sentence, the machine's guess, buttons for the claim type, a box for the
reason, and the sentence's attributions and statistics to confirm or fix. "Save" writes the change through
``PackEditor`` (atomically, marked as the teacher's) before anything else happens, so closing the notebook
never loses a saved step. ipywidgets is imported only when the maker is built, so ``import medialit`` stays
fast. Toggle buttons, not drop-downs: arrow keys on a focused drop-down run JupyterLab's shortcuts.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from medialit.content.packs import MACHINE, MARKED_BY
from medialit.teacher.pack_maker import PackEditor
from medialit.text.schema import CLAIM_TYPES, CUE_TYPES, QUALIFIERS, SOURCE_TYPES
from medialit.text.textio import InputProblem

GUIDE = "docs/annotation-guide.md"
PLAIN = {  # what a teacher reads on the buttons: the schema's values in words
    "fact": "checkable",
    "opinion": "opinion",
    "prediction": "prediction",
    "mixed": "mixed",
}


class PackMaker:
    """Widgets over a PackEditor; ``box`` is what the notebook shows, the other attributes are its parts."""

    def __init__(self, folder: str | Path, guide: str = GUIDE) -> None:
        import ipywidgets as w

        self.editor = PackEditor(folder)
        self.ids = list(self.editor.pack.tables["sentences"]["sentence_id"])
        if not self.ids:
            raise InputProblem(f"the pack in {folder} has no sentences to label.")
        self.at = self._first_draft()
        self.sentence = w.HTML()
        self.claim = w.ToggleButtons(options=[(PLAIN[c], c) for c in CLAIM_TYPES], description="Claim type")
        self.reason = w.Textarea(placeholder="Why this label, in one sentence a learner will read", rows=2)
        self.other = w.Text(placeholder="Another defensible label, and why (leave empty if none)")
        self.rows = w.VBox()
        self.status = w.HTML()
        self.save_button = w.Button(description="Save and next", button_style="primary")
        self.back_button = w.Button(description="Previous")
        self.save_button.on_click(lambda _b: self.save(advance=True))
        self.back_button.on_click(lambda _b: self.go(self.at - 1))
        guide_link = w.HTML(
            f'<a href="{escape(guide)}" target="_blank">Open the annotation guide</a> for what each label means.'
        )
        self.box = w.VBox(
            [
                guide_link,
                self.sentence,
                self.claim,
                self.reason,
                self.other,
                self.rows,
                w.HBox([self.back_button, self.save_button]),
                self.status,
            ]
        )
        self._row_widgets: list[tuple[str, str, str, dict[str, Any]]] = []
        self.go(self.at)

    def _first_draft(self) -> int:
        marks = list(self.editor.pack.tables["sentences"][MARKED_BY])
        return next((i for i, m in enumerate(marks) if m == MACHINE), 0)

    def _rows_for(self, name: str, sid: str) -> list[dict[str, Any]]:
        frame = self.editor.pack.tables[name]
        return frame[frame["sentence_id"] == sid].to_dict("records")

    def go(self, index: int) -> None:
        """Show sentence number ``index`` (clamped to the pack), with its draft or saved labels."""
        import ipywidgets as w

        self.at = max(0, min(index, len(self.ids) - 1))
        sid = self.ids[self.at]
        row = self._rows_for("sentences", sid)[0]
        who = "the machine's guess" if row[MARKED_BY] == MACHINE else "saved by you"
        self.sentence.value = (
            f"<p><b>Sentence {escape(sid)}</b> ({self.at + 1} of {len(self.ids)}; label: {escape(who)})</p>"
            f"<blockquote>{escape(str(row['text']))}</blockquote>"
        )
        self.claim.value = row["claim_type"] if row["claim_type"] in CLAIM_TYPES else None
        self.reason.value, self.other.value = str(row.get("rationale", "")), str(row.get("debatable_why", ""))
        self._row_widgets, parts = [], []
        for name, column, field, options in (
            ("attributions", "source", "source_type", SOURCE_TYPES),
            ("statistics", "span", "qualifier", QUALIFIERS),
            ("cues", "span", "cue_type", tuple(c for c in CUE_TYPES if c != "date")),
        ):
            for r in self._rows_for(name, sid):
                choice = w.ToggleButtons(options=list(options), value=r[field] if r[field] in options else None)
                extra = {field: choice}
                if name == "statistics":
                    extra["unit"] = w.Text(value=str(r.get("unit", "")), placeholder="unit (percent, drones…)")
                keep = w.Checkbox(value=True, description="keep this row (untick if the machine was wrong)")
                extra["keep"] = keep
                label = {"attributions": "Source", "statistics": "Number", "cues": "Opinion cue"}[name]
                parts.append(w.HTML(f"<p>{label}: <b>{escape(str(r[column]))}</b></p>"))
                parts += list(extra.values())
                self._row_widgets.append((name, sid, str(r[column]), extra))
        self.rows.children = parts
        self.status.value = ""

    def save(self, advance: bool = False) -> bool:
        """Save the shown sentence's labels and rows; say what is missing instead of saving half."""
        sid = self.ids[self.at]
        if self.claim.value is None or not self.reason.value.strip():
            self.status.value = '<p role="status">Choose a claim type and write the reason, then save.</p>'
            return False
        try:
            self.editor.label_sentence(sid, self.claim.value, self.reason.value, self.other.value.strip())
            for name, _sid, span, extra in self._row_widgets:
                if not extra["keep"].value:
                    self.editor.remove(name, sid, span)
                    continue
                fields = {k: (v.value or "") for k, v in extra.items() if k != "keep"}
                self.editor.confirm(name, sid, span, **fields)
        except (InputProblem, OSError) as problem:
            self.status.value = f'<p role="status">Not saved: {escape(str(problem))}</p>'
            return False
        left = self.editor.pack.unconfirmed()
        self.status.value = f'<p role="status">Saved {escape(sid)}. Rows still to check: {left}.</p>'
        if advance and self.at < len(self.ids) - 1:
            self.go(self.at + 1)
            self.status.value = f'<p role="status">Saved {escape(sid)}. Rows still to check: {left}.</p>'
        return True


def make_pack(folder: str | Path) -> Any:
    """The pack maker's widgets for the pack in ``folder`` (show it as a notebook cell's last line)."""
    return PackMaker(folder).box
