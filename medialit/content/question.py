"""What one question of the bank is: a ``Question``, and ``KeyRef``, its pointer into the answer key.

Kept apart from the bank's loader (``medialit.content.questions``) so that modules which make questions
of their own (``pack_questions``) can use the type without importing the bank, and the bank can load
them without an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Values already looked up in a shared, read-only table (the key's tables, evidence()), by table object:
# check() asks for a question's expected answer several times, and each look-up is a pandas mask over the
# whole table. The table object is kept with its values, so a table replaced (a test's patched key) is
# never confused with the old one; a few tables at most are remembered.
_RESOLVED: dict[int, tuple[Any, dict[tuple, Any]]] = {}


@dataclass(frozen=True)
class KeyRef:
    """A pointer into the answer key or evidence(): rows of ``table`` matching ``match``, value(s) of ``field``."""

    table: str
    match: dict[str, Any]
    field: str
    many: bool = False
    scale: float | None = None  # multiply the key's number (e.g. a monthly figure x 12)
    via: str | None = None  # "family": the family of the key's cue kind (content/families.py), not the kind

    def resolve(self, annotation: Any = None) -> Any:
        """The value (or, with ``many``, the sorted list of values) this reference points to."""
        shared = annotation is None and self.table != "argument"  # argument_map() gives a fresh copy
        if self.table == "evidence":  # what outside sources found (medialit/data/evidence.csv)
            from medialit.content.key import evidence

            frame = evidence()
        elif self.table == "argument":  # lesson 08: which claims carry the thesis and which way they lean
            from medialit.content.argument import argument_map

            frame = argument_map()
        else:
            if annotation is None:
                from medialit.content.key import key_table

                frame = key_table(self.table)  # read-only: the mask below selects, it never writes
            else:
                frame = annotation.table(self.table)
        if not shared:
            return self._look_up(frame)
        held = _RESOLVED.get(id(frame))
        if held is None or held[0] is not frame:
            if len(_RESOLVED) > 8:
                _RESOLVED.clear()
            held = _RESOLVED[id(frame)] = (frame, {})
        memo, key = held[1], self._memo_key()
        try:
            hash(key)
        except TypeError:  # a match value that cannot be remembered by (e.g. a dict): look it up each time
            return self._look_up(frame)
        if key not in memo:
            memo[key] = self._look_up(frame)  # a LookupError is raised again next time, not remembered
        value = memo[key]
        return list(value) if self.many else value

    def _memo_key(self) -> tuple:
        match = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in self.match.items())
        return (self.table, match, self.field, self.many, self.scale, self.via)

    def _look_up(self, frame: Any) -> Any:
        """The value (or sorted list of values) this reference selects in ``frame``."""
        mask = None
        for col, want in self.match.items():
            cond = frame[col].isin(want) if isinstance(want, list) else frame[col] == want
            mask = cond if mask is None else mask & cond
        rows = frame[mask] if mask is not None else frame
        if self.many:
            return sorted({str(v) for v in rows[self.field]})
        if len(rows) != 1:
            raise LookupError(f"key reference {self.describe()} matches {len(rows)} rows, not 1")
        value = rows.iloc[0][self.field]
        value = value.item() if hasattr(value, "item") else value
        if self.via == "family":
            from medialit.content.families import family_of

            return family_of(str(value))
        return float(value) * self.scale if self.scale is not None else value

    def describe(self) -> str:
        where = ", ".join(f"{k}={v!r}" for k, v in self.match.items())
        times = f" x {self.scale:g}" if self.scale is not None else ""
        via = f" -> {self.via}" if self.via else ""
        return f"{self.table}[{where}].{self.field}{times}{via}"


@dataclass(frozen=True)
class Question:
    """One question of the bank (see data/questions.json for the fields)."""

    id: str
    lesson: int
    use: str
    kind: str
    prompt: str
    hint: str
    vocab: str | None = None
    sentence_id: str | None = None
    options: tuple[str, ...] = ()
    answer: Any = None
    answer_key: KeyRef | None = None
    rationale: str = ""
    rationale_key: KeyRef | None = None
    tolerance: float = 0.0
    accept: tuple[str, ...] = ()
    model_answer: str = ""
    rubric: tuple[str, ...] = ()
    notes: tuple[tuple[str, KeyRef], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def variable(self) -> str:
        """The name of the answer variable in the notebooks, e.g. ``answer_01_3``."""
        return "answer_" + self.id.replace(".", "_")

    def expected(self) -> Any:
        """The expected answer: from the key when the question points there, else the literal."""
        return self.answer_key.resolve() if self.answer_key is not None else self.answer

    def rationale_text(self) -> str:
        """Why the answer is what it is: the key's rationale (if referenced) followed by ours."""
        parts = []
        if self.rationale_key is not None:
            try:
                parts.append(str(self.rationale_key.resolve()).strip())
            except (LookupError, OSError, KeyError, ValueError):
                pass
        if self.rationale:
            parts.append(self.rationale)
        return " ".join(p for p in parts if p)

    def explanation(self) -> list[tuple[str, str]]:
        """What to show once the answer is known: ("Why", ...) and labelled notes from the key."""
        sections = []
        why = self.rationale_text()
        if why:
            sections.append(("Why", why))
        for label, ref in self.notes:
            try:
                text = str(ref.resolve()).strip()
            except (LookupError, OSError, KeyError, ValueError):
                continue
            if text:
                sections.append((label, text))
        return sections

    def choices(self) -> tuple[str, ...]:
        """The options a learner picks from (the vocabulary's labels when none are listed)."""
        if self.options:
            return self.options
        from medialit.content import key

        vocab = {
            "claim_type": key.CLAIM_TYPES,
            "source_type": key.SOURCE_TYPES,
            "form": key.FORMS,
            "verb_stance": key.VERB_STANCES,
            "findable": key.FINDABLE,
            "qualifier": key.QUALIFIERS,
            "cue_type": key.CUE_TYPES,
        }
        return tuple(vocab.get(self.vocab or "", ()))

    def sentence_text(self) -> str:
        """The op-ed sentence the question is about ('' if none)."""
        if self.extra.get("sentence"):  # a pack's question carries its own article's sentence
            return str(self.extra["sentence"])
        if not self.sentence_id:
            return ""
        from medialit.content.article import load_article

        s = load_article().sentences.set_index("sentence_id")["text"]
        return str(s.get(self.sentence_id, ""))
