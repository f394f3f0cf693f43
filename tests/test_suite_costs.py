"""tools/suite_costs.py reads pytest's duration report of both runs of `make test` into seconds by group."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("suite_costs", ROOT / "tools" / "suite_costs.py")
suite_costs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(suite_costs)

OUTPUT = """\
============================= slowest durations ==============================
1.15s setup    notebooks/05_checking_claims.ipynb::Cell 0
0.50s call     notebooks/05_checking_claims.ipynb::Cell 1
============================= 430 passed in 18.20s =============================
============================= slowest durations ==============================
30.00s call     tests/browser/test_hub.py::test_two_learners[chromium]@hub
10.25s call     tests/browser/test_a11y.py::test_lesson[chromium-01]@lab
2.75s setup    tests/browser/test_a11y.py::test_lesson[chromium-01]@lab
1.50s call     tests/test_checks.py::test_one
0.50s teardown tests/test_cli.py::test_two[utf-8]
================= 1873 passed, 25 skipped in 95.10s (0:01:35) =================
"""


def test_both_runs_and_every_group_are_counted():
    totals, groups = suite_costs.parse(OUTPUT)
    assert totals == [18.2, 95.1]
    assert dict(groups[0]) == {"unit": 1.65}  # nbval's cells carry no group
    assert dict(groups[1]) == {"hub": 30.0, "lab": 13.0, "unit": 2.0}


def test_a_report_without_durations_gives_no_groups():
    assert suite_costs.parse("= 3 passed in 1.00s =\n") == ([1.0], [])
