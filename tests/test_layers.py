"""The package keeps its layers: imports point down only, no import cycles, short modules, a true README diagram.

The layers are read from the README's diagram ("How the code is laid out"), top to bottom, so the
picture a newcomer reads is the rule this test enforces. Imports are read with ``ast``, including
imports inside functions (the lazy ones that keep ``import medialit`` fast).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "medialit"
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAX_LINES = 350


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str) -> set[str]:
    """The medialit modules that module ``name`` imports anywhere in its file (top level or in functions)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # "from medialit.text import cues" imports the module medialit.text.cues
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:  # "import medialit.text.cues as c" and the like
                target = target.rpartition(".")[0]
            if target and target != "medialit" and target != name:
                found.add(target)
    return found


GRAPH = {name: imports_of(name) for name in MODULES}


def diagram() -> list[str]:
    """The README diagram's lines, top layer first."""
    section = README.split("## How the code is laid out", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```text\n(.*?)```", section, re.S).group(1).splitlines()


def layers() -> dict[str, int]:
    """Subpackage or top-level module -> its layer number (0 is the bottom), from the diagram."""
    rows = [re.findall(r"\b(\w+)(?:/|\.py)(?=\s|$)", line) for line in diagram()]
    rows = [row for row in rows if row]
    return {part: len(rows) - 1 - i for i, row in enumerate(rows) for part in row}


def layer_of(name: str, table: dict[str, int]) -> int:
    parts = name.split(".")
    return table[parts[1]] if len(parts) > 1 else max(table.values())


def test_the_diagram_names_every_subpackage_and_nothing_else():
    table = layers()
    drawn_packages = {p for line in diagram() for p in re.findall(r"\b(\w+)/(?=\s|$)", line)}
    packages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert drawn_packages == packages, "README 'How the code is laid out' must match medialit/'s subpackages"
    drawn_modules = {m for line in diagram() for m in re.findall(r"\b(\w+)\.py(?=\s|$)", line)}
    top = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__", "__main__"}
    assert drawn_modules == top, "README diagram must list the top-level modules"
    assert table["text"] == 0 and len(set(table.values())) >= 5


def test_imports_point_down_only():
    table = layers()
    upward = [
        f"{name} (layer {layer_of(name, table)}) imports {target} (layer {layer_of(target, table)})"
        for name, targets in GRAPH.items()
        if name != "medialit" and name.split(".")[1:2] != ["__main__"]
        for target in sorted(targets)
        if layer_of(target, table) > layer_of(name, table)
    ]
    assert not upward


def test_the_text_layer_imports_nothing_else_from_medialit():
    outside = [
        (name, target)
        for name, targets in GRAPH.items()
        if name.startswith("medialit.text")
        for target in targets
        if not target.startswith("medialit.text")
    ]
    assert not outside


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_two_modules_import_each_other_directly_or_round_about():
    assert cycles(GRAPH) == []


def test_the_cycle_finder_finds_cycles():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_reader_sees_imports_inside_functions():
    assert "medialit.learner.progress" in GRAPH["medialit.learner.grading"]  # imported inside check()
    assert "medialit.content.pack_questions" in GRAPH["medialit.content.questions"]  # inside get_question()


def test_every_module_is_short():
    long = {
        str(p.relative_to(ROOT)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"over {MAX_LINES} lines: {long}; split them (see CONTRIBUTING.md)"
