"""A JupyterHub for one class taking medialit: learners and the teacher are user accounts on one machine.

Start from this file on a plain JupyterHub (``jupyterhub -f deploy/jupyterhub_config.py``, run as root so the
hub can start each person's server as that person). The course is installed into the same Python
environment as the hub (``pip install <this repository>``), so every learner's server and kernel has it.
Learners get the lessons with the README's nbgitpuller link and hand in with
``medialit export --to /srv/medialit-handin``. tests/browser/test_hub.py starts a hub from this very file
(it changes only ports, folders, user names and the login method) and follows the README's steps.

Settings that differ between schools are read from environment variables, with the defaults below:

- ``MEDIALIT_CLASS_GROUP``: the system group of everyone in the class (learners and teacher) [medialit-class]
- ``MEDIALIT_TEACHERS``: the teachers' user names, separated by commas; they become hub admins [teacher]
- ``MEDIALIT_HANDIN``: the shared hand-in folder (see deploy/README.md for how to make it) [/srv/medialit-handin]
"""

import os
import sys
from pathlib import Path

c = get_config()  # noqa: F821 - JupyterHub provides get_config() when it reads this file

CLASS_GROUP = os.environ.get("MEDIALIT_CLASS_GROUP", "medialit-class")
TEACHERS = {name.strip() for name in os.environ.get("MEDIALIT_TEACHERS", "teacher").split(",") if name.strip()}
HANDIN = os.environ.get("MEDIALIT_HANDIN", "/srv/medialit-handin")
ENV_BIN = Path(sys.prefix) / "bin"  # the hub's own environment, where medialit is installed

# Who may log in: system users (PAM: their usual password) in the class group. Teachers are admins, so they
# can see who is logged in and restart a learner's stuck server from the hub's admin page.
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.allowed_groups = {CLASS_GROUP}
c.Authenticator.admin_users = TEACHERS

# Each person's server runs as that person, in their home folder, with JupyterLab open.
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(ENV_BIN / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
# `medialit` in a terminal must be this environment's command; MEDIALIT_HANDIN tells learners' tools the folder.
c.Spawner.environment = {"PATH": f"{ENV_BIN}{os.pathsep}{os.defpath}", "MEDIALIT_HANDIN": HANDIN}
# JupyterLab's terminal is a login shell by default, and Debian's /etc/profile then resets PATH (so `medialit`
# is "not found"): start bash as a plain interactive shell that keeps the PATH above.
c.Spawner.args = ["--ServerApp.terminado_settings=shell_command=/bin/bash"]
# A lesson's first Run All starts Python and imports pandas: give a busy machine time to start servers.
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120

# The hub's address. Serve it over HTTPS in a school (a reverse proxy, or ssl_cert/ssl_key below).
c.JupyterHub.bind_url = "http://:8000"
# c.JupyterHub.ssl_cert = "/etc/letsencrypt/live/hub.example.org/fullchain.pem"
# c.JupyterHub.ssl_key = "/etc/letsencrypt/live/hub.example.org/privkey.pem"

# The course opens quietly (no news pop-up, no update check) for everyone: write JupyterLab's settings
# overrides into the hub's environment, as `make lab` does for one computer.
try:
    from medialit.labsettings import write_overrides

    write_overrides(sys.prefix)
except (ImportError, OSError) as err:  # the hub still starts; JupyterLab only shows its news prompt
    print(f"medialit: JupyterLab settings not written ({err})", file=sys.stderr)
