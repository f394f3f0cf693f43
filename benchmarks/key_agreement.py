"""Compare an independent annotation of the op-ed with the answer key.

Usage: python benchmarks/key_agreement.py CLAIM_TYPES.csv [--numbers NUMBERS.csv] [--sources SOURCES.csv]

CLAIM_TYPES.csv has columns sentence_id, claim_type.  Prints Cohen's kappa on the
four claim types and on fact vs not-fact, the confusion matrix, and, when given,
every number or source the other annotator found that no key row overlaps.
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from medialit.content.key import CLAIM_TYPES, answer_key
from medialit.teacher.agreement import cohen_kappa


def overlaps(a: str, b: str) -> bool:
    """True when one phrase contains the other or they share a word of four or more letters."""
    a, b = a.lower(), b.lower()
    if a in b or b in a:
        return True
    return bool({w for w in a.split() if len(w) > 3} & {w for w in b.split() if len(w) > 3})


def missing(found: pd.DataFrame, key: pd.DataFrame, col_found: str, col_key: str) -> pd.DataFrame:
    """Rows of ``found`` that no key row in the same sentence overlaps."""
    rows = []
    for r in found.itertuples(index=False):
        spans = key.loc[key["sentence_id"] == r.sentence_id, col_key]
        if not any(overlaps(getattr(r, col_found), s) for s in spans):
            rows.append(r)
    return pd.DataFrame(rows, columns=found.columns)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claim_types")
    parser.add_argument("--numbers")
    parser.add_argument("--sources")
    args = parser.parse_args()
    key = answer_key()
    other = pd.read_csv(args.claim_types, dtype=str, keep_default_na=False)
    merged = key.sentences[["sentence_id", "claim_type"]].merge(other, on="sentence_id", suffixes=("_key", "_other"))
    if len(merged) != len(key.sentences):
        print(f"warning: {len(key.sentences) - len(merged)} key sentences have no label in {args.claim_types}")
    a, b = merged["claim_type_key"].tolist(), merged["claim_type_other"].str.strip().str.lower().tolist()
    print(f"sentences compared: {len(merged)}")
    print(f"agreement: {sum(x == y for x, y in zip(a, b)) / len(a):.3f}")
    print(f"Cohen's kappa, four claim types: {cohen_kappa(a, b):.3f}")
    print(f"Cohen's kappa, fact vs not-fact: {cohen_kappa([x == 'fact' for x in a], [y == 'fact' for y in b]):.3f}")
    print("\nconfusion (rows: key, columns: other)")
    print(
        pd.crosstab(pd.Series(a, name="key"), pd.Series(b, name="other"))
        .reindex(index=list(CLAIM_TYPES), columns=list(CLAIM_TYPES), fill_value=0)
        .to_string()
    )
    disagree = merged[merged["claim_type_key"] != merged["claim_type_other"]]
    print("\ndisagreements:\n" + disagree.to_string(index=False))
    if args.numbers:
        miss = missing(pd.read_csv(args.numbers, dtype=str), key.statistics, "span", "span")
        print(f"\nnumbers found by the other annotator and missing from the key: {len(miss)}")
        print(miss.to_string(index=False) if len(miss) else "")
    if args.sources:
        miss = missing(pd.read_csv(args.sources, dtype=str), key.attributions, "source", "source")
        print(f"\nsources found by the other annotator and missing from the key: {len(miss)}")
        print(miss.to_string(index=False) if len(miss) else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
