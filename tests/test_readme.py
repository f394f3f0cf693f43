"""The README stays true: two set-up commands that exist, and a course map that matches the notebooks."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_exactly_two_setup_commands_and_ci_runs_the_test_one():
    setup = README.split("## Set up", 1)[1].split("## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", setup, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.split("#")[0].strip()]
    assert commands == ["make lab", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^lab:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    ci = [ln for ln in (ROOT / ".ci" / "run").read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    assert ci[-1].strip() == "make test"


def notebook_minutes(path: Path) -> int:
    cells = [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c.get("id") != "nav-top"]
    first = "".join(cells[0]["source"])  # the title cell, after the generated navigation line
    m = re.search(r"about (\d+)(?:[–-](\d+))? minutes", first)
    assert m, f"{path} does not say how many minutes it takes"
    return int(m.group(2) or m.group(1))


def test_course_map_lists_every_notebook_with_its_minutes():
    rows = dict(re.findall(r"^\| `notebooks/([\w/]+)` \|.*\| (\d+) \|$", README, re.M))
    folder = ROOT / "notebooks"
    notebooks = {str(p.relative_to(folder).with_suffix("")): p for p in folder.rglob("*.ipynb")}
    assert set(rows) == set(notebooks)
    for name, path in notebooks.items():
        assert int(rows[name]) == notebook_minutes(path), name
