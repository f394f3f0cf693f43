"""Fixtures for the browser test: a JupyterLab started as `make lab` starts it, on a scratch copy of the course."""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from made_once import made_once
from ports import free_port

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium-headless-shell") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def browser_type_launch_args():
    """Launch Debian's Chromium (never Playwright's downloaded browser), quietly and offline.

    chromium-headless-shell when it is installed (tools/ensure_chromium.sh installs it): the same engine as the
    desktop chromium without the browser around it, so the same pages and the same audit for less CPU.
    """
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: tools/ensure_chromium.sh should have installed it")
        pytest.skip("Chromium is not installed")
    return {
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    """Start JupyterLab with medialit.lab (the `make lab` launcher) on a copy of the course; stop it afterwards."""
    root = tmp_path_factory.mktemp("course")
    for folder in ("notebooks", "exercises", "solutions"):
        shutil.copytree(ROOT / folder, root / folder)
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, MEDIALIT_PROGRESS_FILE=str(root / "progress.json"), JUPYTER_CONFIG_DIR=str(root / ".jcfg"))
    log = open(root / "lab.log", "w")  # noqa: SIM115 - closed in the finally block
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "medialit.lab",
            "--no-browser",
            f"--port={port}",
            "--ip=127.0.0.1",
            f"--ServerApp.token={token}",
            f"--ServerApp.root_dir={root}",
            "--ServerApp.port_retries=0",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text()[-3000:])
                time.sleep(0.3)
        yield {"base": base, "token": token, "root": root}
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copy(root / "lab.log", ARTIFACTS / "lab.log")


def load_builder():
    """tools/build_site.py as a module."""
    spec = importlib.util.spec_from_file_location("build_site", ROOT / "tools" / "build_site.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_site"] = module  # worker processes pickle its functions by module name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def site(tmp_path_factory, worker_id):
    """The static site built once per run (every lesson run and rendered) for the site test and the audit.

    In `make test` the lessons were run by nbval a moment before: their copies are rendered
    (tools/record_executed.py), and a lesson without a copy as it is now is run here.
    """
    sys.path.insert(0, str(ROOT / "tools"))
    from record_executed import read_copy

    def make(out: Path) -> None:
        pages = load_builder().build(out, executed=lambda path: read_copy(path, ROOT))
        (out / "pages.json").write_text(json.dumps([str(p.relative_to(out)) for p in pages]), encoding="utf-8")

    out = made_once(tmp_path_factory, worker_id, "site", make)
    return out, [out / p for p in json.loads((out / "pages.json").read_text(encoding="utf-8"))]


def lab_api(lab: dict, method: str, path: str) -> bytes:
    """One call to the shared lab server's REST API with its token."""
    request = urllib.request.Request(f"{lab['base']}{path}?token={lab['token']}", method=method)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


@pytest.fixture(autouse=True)
def fresh_lab_workspace(request):
    """Share one JupyterLab between tests honestly: before a test that uses it, shut earlier tests' kernels down
    and forget their open tabs, so the test's page holds only its own notebook (and `.first` finds its widget)."""
    if "lab" in request.fixturenames:
        lab = request.getfixturevalue("lab")
        for session in json.loads(lab_api(lab, "GET", "/api/sessions")):
            lab_api(lab, "DELETE", f"/api/sessions/{session['id']}")
        try:
            lab_api(lab, "DELETE", "/lab/api/workspaces/default")
        except urllib.error.HTTPError as err:
            if err.code != 404:  # no saved workspace yet: nothing to forget
                raise
    yield
