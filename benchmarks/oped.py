"""The op-ed numbers: `medialit.text.annotator` scored against the human answer key (same as `medialit evaluate`).

Targets: statistics recall 1.0 and precision >= 0.9; attribution source recall >= 0.9; fact vs not-fact
F1 >= 0.75. Run from the repository root:  .venv/bin/python benchmarks/oped.py
"""

from __future__ import annotations

from medialit.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["evaluate"]))
