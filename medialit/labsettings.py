"""Write JupyterLab settings overrides into an environment: no news pop-up, no update checks.

Run by `make` after installing (`python -m medialit.labsettings .venv`), so the course
opens quietly and never tries to reach the network for news.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"checkForUpdates": False, "fetchNews": "false"},
}


def write_overrides(prefix: str | Path) -> Path:
    """Merge our overrides into ``<prefix>/share/jupyter/lab/settings/overrides.json``."""
    path = Path(prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    current = {}
    if path.exists():
        try:
            current = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            current = {}
    current.update(OVERRIDES)
    path.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"JupyterLab settings written to {write_overrides(sys.argv[1] if len(sys.argv) > 1 else sys.prefix)}")
