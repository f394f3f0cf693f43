"""Free ports for the servers the browser tests start (JupyterLab, the hub and its proxy).

A port from binding port 0 is an *ephemeral* one, and anything else that binds port 0 — a Jupyter kernel's
ZeroMQ sockets, started by a test on another worker — may be given the same number before our server binds
it. The hub test once failed so: its proxy reached a kernel's socket instead of the hub. So the ports are
picked below the machine's ephemeral range, where the system never hands out a port by itself, checked free
by binding, and never handed out twice in one process.
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_GIVEN: set[int] = set()


def _ephemeral_start() -> int:
    try:
        return int(_RANGE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default


def free_port() -> int:
    """A port on 127.0.0.1 that is free now and that no process will be given by binding port 0."""
    top = _ephemeral_start()
    pick = random.SystemRandom()
    for _ in range(500):
        port = pick.randrange(max(1025, top - 12000), top)
        if port in _GIVEN:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _GIVEN.add(port)
        return port
    raise RuntimeError(f"no free port found below {top}")
