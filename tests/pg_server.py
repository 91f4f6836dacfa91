"""A throw-away PostgreSQL server on 127.0.0.1 for tests (or COMMANDCENTER_TEST_PG's URL)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def postgres() -> Iterator[str | None]:
    """Yield an SQLAlchemy URL of an empty database, or None when no server can be had."""
    if url := os.environ.get("COMMANDCENTER_TEST_PG"):
        yield url
        return
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    try:
        import psycopg  # noqa: F401
    except ImportError:
        bins = []
    if not bins:
        yield None
        return
    bindir = os.path.dirname(bins[-1])
    data = tempfile.mkdtemp(prefix="ccpg-")
    run_as: list[str] = []
    if os.geteuid() == 0:  # postgres refuses to run as root
        shutil.chown(data, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    try:
        subprocess.run(
            [*run_as, f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "cc"],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                *run_as,
                f"{bindir}/pg_ctl",
                "-D",
                data,
                "-w",
                "-l",
                f"{data}/log",
                "-o",
                f"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=on",
                "start",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql+psycopg://cc@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*run_as, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(data, ignore_errors=True)
