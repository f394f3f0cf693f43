"""Where the time of `make test` goes: each step's wall time, and each group of tests' busy time.

Usage, from the repository root: ``.venv/bin/python tools/suite_costs.py [--runs N] [WORKERS=2 ...]``

Runs `make test` N times (default 1; the first run after a change also recompiles caches, so time a warm
run) with pytest asked for every test's duration. For each run it prints the wall time of the whole command,
of the checks before the tests (ruff, mypy, the Chromium and proxy checks), of nbval over every notebook and
of the test suite, the CPU seconds the machine was busy meanwhile (every process: run it on a quiet machine),
and the busy seconds of each test group (the `@group` pytest-xdist shows: lab, hub, executed-notebooks;
"unit" for the rest, the static pages' audits among them). A group runs on one worker, so the biggest group
plus its share of the rest bounds the suite's wall time. Exits with make's status, so a failing suite is not
timed as if it passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DURATION = re.compile(r"^([\d.]+)s (?:setup|call|teardown)\s+(\S+)")
SUMMARY = re.compile(r"^=+ .*\bin ([\d.]+)s\b")


def parse(output: str) -> tuple[list[float], list[dict[str, float]]]:
    """The seconds pytest reports for each of its runs, and each run's busy seconds by group."""
    totals: list[float] = []
    groups: list[dict[str, float]] = []
    current: dict[str, float] | None = None
    for line in output.splitlines():
        if "slowest durations" in line:
            current = defaultdict(float)
            groups.append(current)
            continue
        match = DURATION.match(line)
        if match and current is not None:
            nodeid = match.group(2)
            group = nodeid.rsplit("@", 1)[1] if "@" in nodeid else "unit"
            current[group] += float(match.group(1))
            continue
        match = SUMMARY.match(line)
        if match:
            totals.append(float(match.group(1)))
            current = None
    return totals, groups


def busy_cpu_seconds() -> float | None:
    """The machine's CPU seconds spent busy so far (all cores, every process), from /proc/stat on Linux.

    Counting `make`'s own children (getrusage) misses the browsers, which Playwright's driver starts and
    which are most of the suite's CPU; the machine's total does not, but includes anything else running.
    """
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + fields[4]  # idle and waiting for disk
    return (sum(fields) - idle) / os.sysconf("SC_CLK_TCK")


def one_run(make_args: list[str]) -> tuple[int, str]:
    """Run `make test` once (with ``make_args``, e.g. WORKERS=2); return its exit status and a report."""
    env = dict(os.environ, PYTEST_ADDOPTS="--durations=0 --durations-min=0")
    before, began = busy_cpu_seconds(), time.monotonic()
    done = subprocess.run(["make", "test", *make_args], cwd=ROOT, env=env, capture_output=True, text=True)
    wall, after = time.monotonic() - began, busy_cpu_seconds()
    cpu = f", the machine busy {after - before:.0f} s of CPU" if before is not None and after is not None else ""
    cores = os.cpu_count() or 1
    totals, groups = parse(done.stdout)
    lines = [f"make test {' '.join(make_args)}: {wall:.0f} s wall on {cores} cores{cpu}, exit {done.returncode}"]
    if len(totals) == 2:
        nbval, tests = totals
        lines.append(f"  checks before the tests and pytest start-up: {wall - nbval - tests:.0f} s")
        lines.append(f"  nbval, every notebook: {nbval:.0f} s")
        lines.append(f"  the test suite: {tests:.0f} s")
    if len(groups) == 2:
        lines.append("  busy seconds by group (each group on one worker):")
        for name, seconds in sorted(groups[1].items(), key=lambda kv: -kv[1]):
            lines.append(f"    {name:<20} {seconds:6.1f}")
    if done.returncode:
        lines.append(done.stdout[-3000:] + done.stderr[-2000:])
    return done.returncode, "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("make_args", nargs="*", help="passed to make, e.g. WORKERS=2 to compare worker counts")
    args = parser.parse_args()
    status = 0
    for _ in range(args.runs):
        code, report = one_run(args.make_args)
        print(report, flush=True)
        status = status or code
    return status


if __name__ == "__main__":
    sys.exit(main())
