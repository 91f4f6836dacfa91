"""nats-server configurations for a city and its county leaf nodes, and a server process.

`city_conf` is the city's JetStream (domain `city`) that accepts leaf nodes; `county_conf` is a
county's leaf node with its own JetStream domain, so its streams live on the county side and
survive the county's WAN loss. `NatsServer` runs one on loopback with random ports (read back
from nats-server's ports file, so there is no race for a free port) and stops it by its PID.
In production the city runs a three-node cluster instead (docs/deployment.md).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

from .names import CITY_DOMAIN, FederationError


def find_server() -> str | None:
    """The nats-server executable (PATH, then Debian's /usr/sbin), or None."""
    return shutil.which("nats-server") or next(
        (p for p in ("/usr/sbin/nats-server", "/usr/bin/nats-server") if os.path.exists(p)), None
    )


def _common(name: str, store: Path, domain: str, ports_dir: Path, port: int) -> str:
    return (
        f"server_name: {json.dumps(name)}\n"
        f"listen: 127.0.0.1:{port}\n"
        f"ports_file_dir: {json.dumps(str(ports_dir))}\n"
        "max_payload: 1MB\n"
        f"jetstream {{ store_dir: {json.dumps(str(store))}, domain: {domain} }}\n"
    )


def city_conf(
    store: Path, ports_dir: Path, *, port: int = -1, leaf_port: int = -1, advertise: str = ""
) -> str:
    """The city's server. A leaf node learns the city's advertised leaf address on connecting
    and reconnects to it as well as to the address it was given (`no_advertise` does not stop
    that in nats-server 2.9). In production that is the city's public leaf address; on loopback
    each county must reach the city only through its own cuttable link, so the default
    advertises an address nobody listens on (port 1)."""
    adv = advertise or "127.0.0.1:1"
    return _common("city", store, CITY_DOMAIN, ports_dir, port) + (
        f"leafnodes {{ listen: 127.0.0.1:{leaf_port}, advertise: {json.dumps(adv)} }}\n"
    )


def county_conf(county: str, store: Path, ports_dir: Path, city_leaf_url: str, *, port=-1) -> str:
    # reconnect every second once the WAN is back: catch-up starts at once
    return _common(f"county-{county}", store, county, ports_dir, port) + (
        f"leafnodes {{ reconnect: 1, remotes: [ {{ url: {json.dumps(city_leaf_url)} }} ] }}\n"
    )


class NatsServer:
    """One nats-server process on loopback, its store and config under `home`."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.proc: subprocess.Popen | None = None
        self.ports: dict[str, list[str]] = {}

    def start(self, conf: str, timeout: float = 15.0) -> NatsServer:
        exe = find_server()
        if exe is None:
            raise FederationError("nats-server is not installed (apt-get install nats-server)")
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / "ports").mkdir(exist_ok=True)
        for old in (self.home / "ports").glob("*.ports"):
            old.unlink()
        cf = self.home / "nats.conf"
        cf.write_text(conf, encoding="utf-8")
        log = open(self.home / "nats.log", "ab")  # noqa: SIM115 - kept open for the process
        self.proc = subprocess.Popen([exe, "-c", str(cf)], stdout=log, stderr=log)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            files = list((self.home / "ports").glob(f"*_{self.proc.pid}.ports"))
            if files:
                with contextlib.suppress(ValueError):
                    self.ports = json.loads(files[0].read_text())
                    if self.ports.get("nats"):
                        return self
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        tail = (self.home / "nats.log").read_text(errors="replace")[-400:]
        raise FederationError(f"nats-server did not start: {tail.strip()}")

    def _url(self, key: str) -> str:
        url = self.ports[key][0]
        return url.replace("0.0.0.0", "127.0.0.1")

    @property
    def url(self) -> str:
        return self._url("nats")

    @property
    def leaf_port(self) -> int:
        """The leaf node port (nats-server 2.9 leaves it out of the ports file: read the log)."""
        if self.ports.get("leafnode"):
            return int(self._url("leafnode").rsplit(":", 1)[1])
        found = re.findall(
            r"leafnode connections on \S+:(\d+)", (self.home / "nats.log").read_text()
        )
        if not found:
            raise FederationError("this nats-server does not listen for leaf nodes")
        return int(found[-1])

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop the server by its PID (never by name: other servers may share the machine)."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, sig)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self.proc = None
