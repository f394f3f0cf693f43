"""Build a static, offline HTML version of every notebook, executed, for learners who only read or print.

Widgets cannot run in a static page, so their live views are dropped and the readable
text/HTML fallback that medialit's widgets carry is shown instead; no page loads
anything from the network (no CDN scripts).  Usage: python tools/build_site.py [OUTDIR]
"""

from __future__ import annotations

import argparse
import copy
import functools
import html
import multiprocessing
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("notebooks", "exercises", "solutions")
LESSONS = ("notebooks",)
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def drop_widget_views(nb: nbformat.NotebookNode) -> None:
    """Remove live-widget views from outputs so the static fallback is what the page shows."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data")
            if data and WIDGET_VIEW in data:
                data.pop(WIDGET_VIEW)
                if set(data) == {"text/plain"} and data["text/plain"].startswith(("ToggleButtons(", "VBox(", "HBox(")):
                    data["text/plain"] = "[interactive widget: open this notebook in JupyterLab to use it]"


def render(path: Path, workdir: Path, exporter: HTMLExporter, ran: nbformat.NotebookNode | None = None) -> str:
    """Execute one notebook in ``workdir`` (unless ``ran`` is a copy already executed) and return its HTML page."""
    if ran is not None:
        nb = copy.deepcopy(ran)
    else:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb,
            timeout=120,
            kernel_name="python3",
            store_widget_state=False,
            resources={"metadata": {"path": str(workdir)}},
        )
        client.execute()
    drop_widget_views(nb)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
    return body


def index_page(entries: list[tuple[str, str, str]]) -> str:
    """A plain index of every page, grouped by folder."""
    rows = []
    for folder in FOLDERS:
        items = [
            f'<li><a href="{html.escape(href)}">{html.escape(title)}</a></li>'
            for f, href, title in entries
            if f == folder
        ]
        if items:
            rows.append(f"<h2>{folder}</h2><ul>{''.join(items)}</ul>")
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>medialit course</title>"
        "<style>body{font-family:sans-serif;max-width:44em;margin:2em auto;line-height:1.5}</style></head>"
        "<body><h1>medialit: read an op-ed like a fact-checker</h1>"
        "<p>A static copy of the course. Practice widgets need JupyterLab; here they show their questions as text.</p>"
        + "".join(rows)
        + "</body></html>"
    )


@functools.cache
def _exporter() -> HTMLExporter:
    """One exporter per process: it compiles the page templates once (about 0.2 s a page otherwise), as
    nbconvert's own command reuses one exporter for every notebook it converts."""
    return HTMLExporter(template_name="medialit", extra_template_basedirs=[str(ROOT / "tools" / "site_template")])


def _build_one(job: tuple, ran: nbformat.NotebookNode | None = None) -> tuple[str, str, str]:
    """Render one notebook to its page (in a worker process unless ``ran`` is given); return (folder, href, title)."""
    source, outdir, scratch = job
    path, out = Path(source), Path(outdir)
    rel = path.relative_to(ROOT)
    page = out / rel.with_suffix(".html")
    page.parent.mkdir(parents=True, exist_ok=True)
    if ran is None:
        # Run in the notebook's own folder (relative paths work as in JupyterLab), saving progress to scratch.
        os.environ["MEDIALIT_PROGRESS_FILE"] = str(Path(scratch) / "progress.json")
    page.write_text(render(path, path.parent, _exporter(), ran), encoding="utf-8")
    nb = ran if ran is not None else nbformat.read(path, as_version=4)
    title = nb.cells[0].source.splitlines()[0].lstrip("# ").strip()
    return rel.parts[0], str(page.relative_to(out)), title


def build(
    outdir: Path,
    folders: tuple[str, ...] = LESSONS,
    jobs: int = 2,
    executed: Callable[[Path], nbformat.NotebookNode | None] | None = None,
) -> list[Path]:
    """Build the site into ``outdir``; return the pages written.

    Notebooks run in ``jobs`` processes, except those for which ``executed(path)`` returns a copy already
    executed top to bottom in a fresh kernel (the tests pass nbval's copies from the same `make test`).
    """
    outdir.mkdir(parents=True, exist_ok=True)
    sources = [
        p for folder in folders for p in sorted((ROOT / folder).rglob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts
    ]
    with tempfile.TemporaryDirectory() as scratch:
        job = {p: (str(p), str(outdir), scratch) for p in sources}
        copies = {p: executed(p) for p in sources} if executed else {}
        built = {p: _build_one(job[p], ran) for p, ran in copies.items() if ran is not None}
        todo = [p for p in sources if p not in built]
        if jobs > 1 and len(todo) > 1:
            # spawn, not fork: forking a process that runs threads (a pytest-xdist worker) can hang for ever;
            # a spawned worker imports this module by name, so its folder must be on the path it inherits
            if str(Path(__file__).resolve().parent) not in sys.path:
                sys.path.insert(0, str(Path(__file__).resolve().parent))
            with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
                built.update(zip(todo, pool.map(_build_one, [job[p] for p in todo])))
        else:
            built.update((p, _build_one(job[p])) for p in todo)
        entries = [built[p] for p in sources]
    (outdir / "index.html").write_text(index_page(entries), encoding="utf-8")
    return [outdir / href for _, href, _ in entries]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", default=str(ROOT / "site"))
    parser.add_argument("--all", action="store_true", help="also build exercises/ and solutions/")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    out = Path(args.outdir)
    if out.exists():
        shutil.rmtree(out)
    pages = build(out, FOLDERS if args.all else LESSONS, args.jobs)
    print(f"{len(pages)} pages in {out}; open {out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
