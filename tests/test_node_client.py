"""Another language speaks the protocol: the Node.js reference client in docs/examples passes
against a real hub, and Node computes the same hashes as Python for floats of every size.

Needs `node` with a WebSocket (Node 22+, or Node 20 with --experimental-websocket); skipped
with that reason otherwise.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_sync_kit import Rig, incident, run, synced

from commandcenter.domain import Event, seal
from commandcenter.store import Journal, verify

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def _node() -> list[str] | None:
    node = shutil.which("node")
    if node is None:
        return None
    probe = "process.exit(typeof WebSocket === 'function' ? 0 : 1)"
    for flags in ([], ["--experimental-websocket"]):
        p = subprocess.run([node, *flags, "-e", probe], capture_output=True, timeout=30)
        if p.returncode == 0:
            return [node, *flags]
    return None


NODE = _node()
pytestmark = pytest.mark.skipif(
    NODE is None, reason="needs Node.js with WebSocket (node 22+, or node 20 with a flag)"
)

FLOATS = [
    1e-9,
    1.5e-9,
    1e-7,
    9.999999999999997e-7,
    1e-6,
    1.2345e-5,
    0.00001,
    1e-4,
    0.1,
    1 / 3,
    0.5,
    1.0,
    100.0,
    118.000001,
    123456789.125,
    1e15,
    1e16,
    1.2345678901234567e17,
    1e20,
    -1e-9,
    -0.0,
    -2.5e-8,
    -1e20,
    5e-324,
    1.7976931348623157e308,
    333333333.33333325,
]


def _node_hashes(events: list[Event]) -> list[str]:
    lines = "".join(
        json.dumps(
            {
                **{f: getattr(e, f) for f in ("id", "station", "seq", "actor", "kind", "payload")},
                "ts": e.ts.isoformat().replace("+00:00", "Z"),
                "prev": e.prev,
            },
            ensure_ascii=False,
        )
        + "\n"
        for e in events
    )
    p = subprocess.run(
        [*NODE, str(EXAMPLES / "cc-hash.mjs")],
        input=lines.encode(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    return p.stdout.decode().split()


def test_floats_across_magnitudes_hash_the_same_in_python_and_node():
    t0 = datetime(2026, 6, 3, 6, 0, 0, 250000, tzinfo=UTC)
    evs = [
        seal(
            Event(
                id=f"f{i}",
                station="s-1",
                seq=i + 1,
                actor="张伟",
                ts=t0 + timedelta(seconds=i),
                kind="k",
                payload={"v": x, "list": [x, -x, {"\U0001f600": x, "é": 1}]},
            ),
            "0" * 64,
        )
        for i, x in enumerate(FLOATS)
    ]
    assert _node_hashes(evs) == [e.hash for e in evs]


def test_reference_client_passes_against_a_real_hub(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            desk = rig.station("desk-1")
            rig.link(desk)
            for i in range(3):
                await desk.submit(*incident(f"before-{i}"))
            await synced(rig.links[0], 3)
            proc = await asyncio.create_subprocess_exec(
                *NODE,
                str(EXAMPLES / "refclient.mjs"),
                rig.url,
                rig.token("field-node", "field"),
                "field-node",
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            out, err = await proc.communicate()
            return proc.returncode, out.decode(), err.decode()

    code, out, err = run(scenario())
    assert code == 0, out + err
    result = json.loads(out.strip().splitlines()[-1])
    assert result["ok"] and result["replayed"] == 3 and result["gseq"] == 4
    with Journal(tmp_path / "hub.db") as j:
        assert verify(j).ok
        assert (j.last_gseq, j.head_ghash) == (4, result["ghash"])
        assert j.get(j.chained(3)[0][0].id).hash == result["hash"]


def test_node_reproduces_the_worked_examples_of_the_protocol_page():
    from test_protocol_doc import examples

    evs = [ex for ex in examples() if "event" in ex]
    lines = ""
    for ex in evs:
        ev = json.loads(ex["event"])
        ev["ts"] = json.loads(ex["canonical"])["ts"]  # as relayed: canonical UTC
        lines += json.dumps(ev, ensure_ascii=False) + "\n"
    p = subprocess.run(
        [*NODE, str(EXAMPLES / "cc-hash.mjs")],
        input=lines.encode(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert p.stdout.decode().split() == [ex["hash"] for ex in evs]
