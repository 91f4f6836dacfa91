"""A real `commandcenter hub` process for tests: tokens from the CLI, start on a given port.

Not a test module; the fault and restart tests import it.
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from pathlib import Path

from test_sync_kit import WAIT

CLI = [sys.executable, "-m", "commandcenter"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def add_station(db: Path, name: str, role: str = "desk") -> str:
    if not db.exists():  # hub commands refuse a journal that does not exist
        subprocess.run([*CLI, "init", "--db", str(db)], capture_output=True, check=True)
    scope = ["--township", "T01"] if role == "field" else []  # a field station serves a place
    out = subprocess.run(
        [*CLI, "hub", "add-station", name, "--role", role, *scope, "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


async def start_hub(db: Path, port: int) -> asyncio.subprocess.Process:
    """Start `commandcenter hub` on 127.0.0.1:port and wait for its first line."""
    proc = await asyncio.create_subprocess_exec(
        *CLI,
        "hub",
        "--listen",
        f"127.0.0.1:{port}",
        "--db",
        str(db),
        stdout=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(WAIT):
        line = await proc.stdout.readline()
    assert line.startswith(b"hub listening on ws://127.0.0.1:"), line
    return proc
