"""Words around a number that both dates and statistics need: units of measure and qualifiers.

Kept apart so ``dates`` can tell "over 2000 percent" (a quantity) from "in 2000" (a date) without importing
``numbers``, which builds on ``dates``.
"""

from __future__ import annotations

import re

MEASURE_UNITS = (
    "percentage points|percentage point|per cent|percent|"
    "square kilometers|square kilometres|square miles|square meters|square metres|square feet|"
    "kilometers|kilometres|km|miles|meters|metres|feet|inches|centimeters|centimetres|"
    "tonnes|tons|barrels|kilograms|kilos|grams|pounds|liters|litres|gallons|acres|hectares|degrees|"
    "megawatts|gigawatts|kilowatts|years|year|months|month|weeks|week|days|day|hours|hour|minutes|seconds|"
    "decades|decade|centuries|times|votes|seats"
)
# Qualifier words before a number, and the key's name for each (key.QUALIFIERS).
QUALIFIER_WORDS = {
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "just shy of": "nearly",
    "about": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "around": "around",
    "near": "nearly",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "at most": "up to",
    "no more than": "up to",
    "less than": "up to",
    "fewer than": "up to",
    "under": "up to",
    "below": "up to",
    "over": "over",
    "more than": "over",
    "at least": "over",
    "above": "over",
    "just over": "over",
    "well over": "over",
    "upwards of": "over",
    "in excess of": "over",
    "several": "several",
}
UNIT_AFTER = re.compile(rf"(?i)\s?(%|(?:{MEASURE_UNITS})\b)")
QUALIFIER_BEFORE = re.compile(
    r"(?i)\b(" + "|".join(sorted(QUALIFIER_WORDS, key=len, reverse=True)) + r"|from|between)\s$",
)

# The last word of every qualifier: a window that does not end with one (and a space) cannot match, and
# this test is far cheaper than searching the window from every position.
_LAST_WORDS = tuple({w.split()[-1] for w in QUALIFIER_WORDS} | {"from", "between"})


def qualifier_before(text: str, start: int, outer: bool = True) -> tuple[str, int]:
    """The qualifier right before ``start`` ("nearly", "up to", "from around") and where it starts."""
    window = text[max(0, start - 24) : start]
    if not window[-1:].isspace() or (window[-1] != "\n" and not window[-2:-1].isalpha()):
        return "", start  # a qualifier is a word that ends with a letter, then one space
    if not window.rstrip().lower().endswith(_LAST_WORDS):
        return "", start
    m = QUALIFIER_BEFORE.search(window)
    if not m:
        return "", start
    word, where = m.group(1).lower(), start - len(window) + m.start(1)
    if outer and word not in ("from", "between"):  # "from around 5 percent": the range starts at "from"
        wider = QUALIFIER_BEFORE.search(text[max(0, where - 10) : where])
        if wider and wider.group(1).lower() in ("from", "between"):
            return wider.group(1).lower() + " " + word, where - len(text[max(0, where - 10) : where]) + wider.start(1)
    return word, where
