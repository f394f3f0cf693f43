"""A real class on a real JupyterHub: two learners and a teacher, as the README's hub recipe describes it.

The hub is started from deploy/jupyterhub_config.py (only ports, folders, user names and the login method are
changed for the test), with configurable-http-proxy from the npm registry (tools/ensure_hub_proxy.sh) and a
local spawner that starts each server as a real system user. Each learner logs in, follows the README's
nbgitpuller link (the course is pulled from a local bare git repository), opens lesson 01, runs it, answers a
practice question and hands in with `medialit export --to <folder>` typed in a JupyterLab terminal. The teacher
then reads the hand-in folder as their own user with `load_class`, as the class_results notebook does.
Everything listens on 127.0.0.1 and every process and user is removed in a `finally`.
"""

from __future__ import annotations

import json
import os
import pwd
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from labpage import FEEDBACK, run_all_cells
from playwright.sync_api import sync_playwright
from ports import free_port

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
DEPLOY_CONFIG = ROOT / "deploy" / "jupyterhub_config.py"
PROXY = Path(sys.prefix) / "hub-proxy" / "node_modules" / ".bin" / "configurable-http-proxy"
LESSON = "medialit/notebooks/01_fact_or_opinion.ipynb"
ARTIFACTS = ROOT / "test-artifacts"


def run(*cmd: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def need(condition: bool, reason: str) -> None:
    """Skip on a developer's machine that cannot run a hub; in CI the hub test must run."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"the hub test cannot run in CI: {reason}")
        pytest.skip(reason)


def let_users_reach(*paths: Path) -> dict[Path, int]:
    """Let every user pass through (not list) the folders above ``paths``; return the modes to restore.

    On a hub the course's environment and code sit where every user can read them. A test clone may sit in
    a private folder (``mktemp -d`` makes it 0700), where the learners' servers could not import the course.
    """
    changed: dict[Path, int] = {}
    for path in paths:
        for folder in reversed(Path(path).resolve().parents):
            mode = folder.stat().st_mode
            if not mode & 0o001 and folder not in changed:
                changed[folder] = mode
                folder.chmod(mode | 0o001)
    return changed


def python_for_everyone(base: Path, probe_user: str) -> Path:
    """A Python with this environment's packages that every user may run: the hub and its servers use it.

    On a hub the course's environment is shared (TLJH's /opt/tljh/user, a system venv). A developer's
    virtualenv may be built on an interpreter in root's private home; then this makes a venv of the same
    Python version from the system's interpreter whose lib/, share/ and etc/ are this environment's, so
    the learners' servers run exactly these packages (and the deploy config finds its commands beside it).
    """
    if as_user(probe_user, "pass").returncode == 0:
        return Path(sys.executable)
    system = Path(f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}")
    need(system.exists(), f"{sys.executable} is private to root and there is no {system} to share its packages")
    env = base / "env"
    (env / "bin").mkdir(parents=True)
    for part in ("lib", "share", "etc"):
        (env / part).symlink_to(Path(sys.prefix) / part)
    (env / "pyvenv.cfg").write_text(f"home = {system.parent}\ninclude-system-site-packages = false\n")
    (env / "bin" / "python").symlink_to(system)
    for script in ("jupyterhub-singleuser", "medialit", "jupyter"):
        text = (Path(sys.prefix) / "bin" / script).read_text().split("\n", 1)[1]
        (env / "bin" / script).write_text(f"#!{env / 'bin' / 'python'}\n{text}")
        (env / "bin" / script).chmod(0o755)
    return env / "bin" / "python"


def course_repository(base: Path) -> str:
    """A bare git repository of the course as it is in this working tree (notebooks and exercises)."""
    src = base / "src" / "medialit"
    for folder in ("notebooks", "exercises"):
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    git = ["git", "-c", "user.name=medialit test", "-c", "user.email=test@example.invalid"]
    run(*git, "init", "--quiet", "--initial-branch=main", str(src))
    run(*git, "-C", str(src), "add", ".")
    run(*git, "-C", str(src), "commit", "--quiet", "-m", "The course")
    bare = base / "repos" / "medialit"  # nbgitpuller names the folder after the last part of the URL
    run("git", "clone", "--quiet", "--bare", str(src), str(bare))
    return bare.as_uri()


def hub_config(base: Path, users: dict[str, str], password: str, ports: dict[str, int]) -> Path:
    """The test's hub config: the deploy file, then the few settings a test machine needs."""
    config = base / "hub" / "jupyterhub_config.py"
    config.write_text(
        f"""c = get_config()  # noqa
load_subconfig({str(DEPLOY_CONFIG)!r})
# The test's users have no passwords: one shared password instead of PAM.
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = {password!r}
c.Authenticator.allowed_users = {set(users.values())!r}
c.Authenticator.admin_users = set()
c.JupyterHub.bind_url = "http://127.0.0.1:{ports["hub"]}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {ports["api"]}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{ports["proxy_api"]}"
c.ConfigurableHTTPProxy.command = [{str(PROXY)!r}]
c.Spawner.ip = "127.0.0.1"
c.JupyterHub.db_url = "sqlite:///{base / "hub" / "jupyterhub.sqlite"}"
c.JupyterHub.cookie_secret_file = "{base / "hub" / "cookie_secret"}"
""",
        encoding="utf-8",
    )
    return config


@pytest.fixture
def hub():
    """Users, a hand-in folder, a course repository and a running hub; all of it removed afterwards."""
    need(hasattr(os, "geteuid") and os.geteuid() == 0, "the hub test creates system users and needs root")
    need(bool(shutil.which("useradd")), "useradd is not installed")
    need(PROXY.exists(), f"configurable-http-proxy is missing at {PROXY} (run tools/ensure_hub_proxy.sh)")
    tag = secrets.token_hex(3)  # several test runs may share a machine: names of their own
    users = {role: f"mlh{tag}-{role}" for role in ("learner1", "learner2", "teacher")}
    group = f"mlh{tag}-class"
    base = Path(tempfile.mkdtemp(prefix="medialit-hub-"))
    base.chmod(0o755)  # the learners' servers read the course repository and their homes below it
    (base / "home").mkdir(mode=0o755)
    (base / "hub").mkdir(mode=0o700)
    made_users: list[str] = []
    proc = None
    opened = let_users_reach(Path(sys.prefix) / "lib", ROOT / "medialit")
    log_path = base / "hub" / "hub.log"
    try:
        run("groupadd", group)
        for name in users.values():
            run("useradd", "--create-home", "--base-dir", str(base / "home"), "-G", group, "-s", "/bin/sh", name)
            made_users.append(name)
        # The README's hand-in folder: owned by the teacher, the class may add files but not list or read others'
        # (write and search only), setgid keeps the class group, sticky stops anyone replacing another's file.
        handin = base / "handin"
        handin.mkdir()
        shutil.chown(handin, users["teacher"], group)
        handin.chmod(0o3730)
        python = python_for_everyone(base, users["learner1"])
        repo = course_repository(base)
        for name in users.values():  # git refuses a repository another user owns; on a real hub it is a URL
            gitconfig = base / "home" / name / ".gitconfig"
            gitconfig.write_text(f"[safe]\n\tdirectory = {base / 'repos' / 'medialit'}\n")
            shutil.chown(gitconfig, name)
        password = secrets.token_hex(12)
        ports = {name: free_port() for name in ("hub", "api", "proxy_api")}
        config = hub_config(base, users, password, ports)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDIALIT_", "JUPYTER"))}
        env.update(MEDIALIT_CLASS_GROUP=group, MEDIALIT_TEACHERS=users["teacher"], MEDIALIT_HANDIN=str(handin))
        log = open(log_path, "w")  # noqa: SIM115 - closed in the finally block
        proc = subprocess.Popen(
            [str(python), "-m", "jupyterhub", "-f", str(config)],
            cwd=base / "hub",
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        url = f"http://127.0.0.1:{ports['hub']}"
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/hub/api/", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("JupyterHub did not start:\n" + log_path.read_text()[-3000:])
                time.sleep(0.3)
        yield {
            "url": url,
            "users": users,
            "password": password,
            "repo": repo,
            "handin": handin,
            "home": base / "home",
            "python": python,
        }
    finally:
        for name in made_users:  # the users' servers and kernels first: then the hub need not wait for them
            subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True)
        if proc is not None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)  # the hub stops the proxy and any server still running
                proc.wait(timeout=30)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(proc.pid, signal.SIGKILL)
            log.close()
        for name in made_users:
            subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True)  # anything started since
            subprocess.run(["userdel", "--remove", name], capture_output=True)
        subprocess.run(["groupdel", group], capture_output=True)
        for folder, mode in opened.items():
            folder.chmod(mode)
        if log_path.exists():
            ARTIFACTS.mkdir(exist_ok=True)
            shutil.copy(log_path, ARTIFACTS / "hub.log")
        shutil.rmtree(base, ignore_errors=True)


def pull_link(hub: dict, urlpath: str) -> str:
    """The README's nbgitpuller link for this hub and repository."""
    query = f"repo={quote(hub['repo'], safe='')}&branch=main&urlpath={quote(urlpath, safe='')}"
    return f"{hub['url']}/hub/user-redirect/git-pull?{query}"


def arrive(browser, hub: dict, role: str):
    """A learner logs in and follows the README's nbgitpuller link; returns (context, page) without waiting.

    The link starts the learner's server, pulls the course and opens the start page (`learner_session`
    waits for it). The two learners do all of this at the same time, each in a browser of their own.
    """
    name = hub["users"][role]
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{hub['url']}/hub/login")
    page.fill("#username_input", name)
    page.fill("#password_input", hub["password"])
    page.click("#login_submit")
    page.wait_for_url("**/hub/**", wait_until="domcontentloaded")
    page.goto(pull_link(hub, "lab/tree/medialit/notebooks/00_start_here.ipynb"), wait_until="commit")
    return context, page


def learner_session(context, page, hub: dict, role: str, option: int) -> str:
    """One learner's lesson on the hub once arrived: run lesson 01, answer, hand in. The question id."""
    name = hub["users"][role]
    try:
        page.locator(".jp-Notebook").first.wait_for(timeout=120_000)  # the start page, after spawn and pull
        assert (hub["home"] / name / "medialit" / "notebooks" / "01_fact_or_opinion.ipynb").exists()

        # As labpage.start_session does: start the kernel before the page opens (JupyterLab can race two starts).
        xsrf = next(c["value"] for c in context.cookies() if c["name"] == "_xsrf" and name in c["path"])
        body = {"path": LESSON, "type": "notebook", "name": "", "kernel": {"name": "python3"}}
        started = page.request.post(
            f"{hub['url']}/user/{name}/api/sessions", data=json.dumps(body), headers={"X-XSRFToken": xsrf}
        )
        assert started.ok, started.text()
        page.goto(f"{hub['url']}/user/{name}/lab/tree/{LESSON}?reset")  # a fresh workspace: only lesson 01 open
        page.locator(".jp-Notebook").first.wait_for()
        try:
            run_all_cells(page)
        except BaseException:
            page.screenshot(path=str(ARTIFACTS / f"hub-{role}-run.png"))
            prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_text_contents()
            errors = page.get_by_text("Error displaying widget").all_inner_texts()
            (ARTIFACTS / f"hub-{role}-run.txt").write_text(f"{prompts}\n{errors}\n")
            raise
        practice = (
            page.locator(".jp-OutputArea-output .widget-vbox")
            .filter(has=page.locator(".widget-toggle-buttons"))
            .filter(
                has=page.get_by_role(
                    "button", name="Check", exact=True
                )  # a practice widget, not the first-read labeller
            )
        )
        widget = practice.first
        widget.wait_for(state="attached", timeout=90_000)
        widget.scroll_into_view_if_needed()
        qid = re.search(r"Practice (\S+?)\.\s", widget.text_content() or "").group(1)
        widget.locator(".widget-toggle-button").nth(option).click()
        widget.get_by_role("button", name="Check", exact=True).click()
        widget.locator(".widget-output").filter(has_text=FEEDBACK).first.wait_for(timeout=30_000)

        # README step: File > New > Terminal, then `medialit export --to <hand-in folder>`.
        page.get_by_role("menuitem", name="File", exact=True).click()
        page.locator(".lm-Menu .lm-Menu-itemLabel").filter(has_text=re.compile(r"^New$")).first.hover()
        page.locator(".lm-Menu .lm-Menu-itemLabel").filter(has_text=re.compile(r"^Terminal$")).first.click()
        terminal = page.locator(".jp-Terminal").last
        terminal.wait_for()
        page.wait_for_timeout(1500)  # the shell prompt
        terminal.click()
        page.keyboard.type(f"medialit export --to {hub['handin']}\n", delay=5)
        handed_in = hub["handin"] / f"medialit-{name}.json"
        deadline = time.monotonic() + 30
        while not handed_in.exists() and time.monotonic() < deadline:
            page.wait_for_timeout(300)
        if not handed_in.exists():
            page.screenshot(path=str(ARTIFACTS / f"hub-{role}.png"))
        assert handed_in.exists(), f"{role} did not hand in"
        return qid
    finally:
        page.close()


def as_user(user: str, code: str, python: Path | str = sys.executable) -> subprocess.CompletedProcess:
    """Run Python as another system user (the teacher, or one learner peeking at another's file)."""
    return subprocess.run(
        ["runuser", "-u", user, "--", str(python), "-c", code], capture_output=True, text=True, cwd="/"
    )


def test_two_learners_and_a_teacher_on_a_hub(hub, browser, browser_type_launch_args):
    ARTIFACTS.mkdir(exist_ok=True)
    chosen: dict[str, tuple[str, int]] = {}
    failed: list[BaseException] = []

    def learner(role: str, option: int, chromium) -> None:
        context, page = arrive(chromium, hub, role)
        try:
            chosen[role] = (learner_session(context, page, hub, role, option), option)
        finally:
            context.close()

    def second_learner() -> None:
        """The second learner works at the same time, as a class does, in a browser of their own (Playwright's
        objects belong to the thread that made them, so this thread starts its own)."""
        try:
            with sync_playwright() as playwright:
                chromium = playwright.chromium.launch(**browser_type_launch_args)
                try:
                    learner("learner2", 1, chromium)
                finally:
                    chromium.close()
        except BaseException as err:  # reported by the main thread below
            failed.append(err)

    other = threading.Thread(target=second_learner, daemon=True)
    other.start()
    try:
        learner("learner1", 0, browser)
    finally:
        other.join(timeout=300)
    assert not other.is_alive(), "the second learner did not finish in 5 minutes"
    if failed:
        raise failed[0]
    users, handin = hub["users"], hub["handin"]

    # Each learner's progress is their own: a private file in their own home, holding only their answer.
    answers = {}
    for role in ("learner1", "learner2"):
        progress = hub["home"] / users[role] / ".medialit" / "progress.json"
        info = progress.stat()
        assert info.st_uid == pwd.getpwnam(users[role]).pw_uid and (info.st_mode & 0o077) == 0, oct(info.st_mode)
        qid, _ = chosen[role]
        answers[role] = json.loads(progress.read_text())["answers"][qid]["answer"]
    assert answers["learner1"] != answers["learner2"]
    peek = as_user(
        users["learner2"],
        python=hub["python"],
        code=f"open({str(hub['home'] / users['learner1'] / '.medialit' / 'progress.json')!r})",
    )
    assert peek.returncode != 0 and "Permission denied" in peek.stderr
    listing = as_user(users["learner2"], python=hub["python"], code=f"import os; os.listdir({str(handin)!r})")
    assert listing.returncode != 0 and "Permission denied" in listing.stderr  # no copying from classmates

    # The teacher reads the hand-in folder as the teacher user, as class_results.ipynb's first cells do.
    code = (
        "import json; from medialit.teacher.classroom import load_class\n"
        f"data = load_class({str(handin)!r})\n"
        "print(json.dumps({'problems': data.problems, 'answers': data.answers.to_dict('records')}, default=str))"
    )
    result = as_user(users["teacher"], code, hub["python"])
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["problems"] == []
    by_learner = {
        row["learner"]: row for row in seen["answers"] if row["question_id"] in {q for q, _ in chosen.values()}
    }
    assert set(by_learner) == {users["learner1"], users["learner2"]}
    for role in ("learner1", "learner2"):
        row = by_learner[users[role]]
        assert row["question_id"] == chosen[role][0] and row["answer"] == answers[role]
