"""Start JupyterLab on the course the same way everywhere: `make lab`, the browser test and a hub.

It writes quiet settings (no news pop-up, no update check) into the environment first,
adds --allow-root only when running as root, and opens 00_start_here by default.
"""

from __future__ import annotations

import os
import sys

from medialit.labsettings import write_overrides

START_PAGE = "notebooks/00_start_here.ipynb"


def lab_argv(extra: list[str] | None = None, start: str = START_PAGE) -> list[str]:
    """The command line that starts JupyterLab with the course's start page open."""
    argv = [sys.executable, "-m", "jupyterlab", f"--LabApp.default_url=/lab/tree/{start}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        argv.append("--allow-root")
    return argv + list(extra or [])


def main(extra: list[str] | None = None) -> None:
    """Write the settings, then replace this process with JupyterLab."""
    write_overrides(sys.prefix)
    argv = lab_argv(sys.argv[1:] if extra is None else extra)
    os.execv(argv[0], argv)


if __name__ == "__main__":
    main()
