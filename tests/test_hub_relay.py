"""The `event` frame is the event exactly as journaled, checkable by a client that is not ours.

Checks are done as a third party would: plain `json`, `hashlib` and the RFC 8785 library over
the frame's text, never this project's own hash code.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import rfc8785
from test_sync_kit import Rig, hello, raw_client, run

GENESIS = "0" * 64
HASHED = ("id", "station", "seq", "actor", "ts", "kind", "payload")


def spec_hash(ev: dict[str, Any]) -> str:
    """sha256(prev + JCS of the hashed fields), with the field values exactly as given."""
    body = rfc8785.dumps({k: ev[k] for k in HASHED})
    return hashlib.sha256(ev["prev"].encode() + body).hexdigest()


def spec_ghash(prev_ghash: str, ev_hash: str) -> str:
    return hashlib.sha256((prev_ghash + ev_hash).encode()).hexdigest()


def _event(seq: int, prev: str, ts_sent: str, ts_hashed: str, floats: list[float]) -> dict:
    ev = {
        "id": f"relay-{seq}",
        "station": "field-9",
        "seq": seq,
        "actor": "王芳",
        "ts": ts_hashed,
        "kind": "incident.reported",
        "payload": {
            "incident": f"inc-relay-{seq}",
            "type": "flood",
            "severity": 3,
            "title": "东河镇 积水",
            "place": {"township": "t1", "lon": floats[0], "lat": floats[1]},
        },
        "prev": prev,
        "scheme": 2,
    }
    ev["hash"] = spec_hash(ev)
    ev["ts"] = ts_sent  # sent with the bureau's +08:00 offset; the hash covers the UTC text
    return ev


async def _frames(ws, kind: str, n: int, seen: list | None = None) -> list[dict]:
    """The next `n` frames of type `kind`; every frame read is kept in `seen`."""
    out = []
    while len(out) < n:
        msg = json.loads(await ws.recv())
        assert msg["type"] in (kind, "presence", "ack", "event"), msg
        if seen is not None:
            seen.append(msg)
        if msg["type"] == kind:
            out.append(msg)
    return out


def test_a_plus_eight_event_is_relayed_in_utc_and_verifies_live_and_on_replay(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            ws = await raw_client(rig.url)
            await hello(ws, "field-9", rig.token("field-9", "field"))
            e1 = _event(
                1, GENESIS, "2026-06-03T14:05:00+08:00", "2026-06-03T06:05:00Z", [1e-9, 1e20]
            )
            e2 = _event(
                2,
                e1["hash"],
                "2026-06-03T14:06:00.250000+08:00",
                "2026-06-03T06:06:00.250000Z",
                [0.000123, 1e-7],
            )
            await ws.send(json.dumps({"type": "submit", "events": [e1, e2]}), text=True)
            seen: list[dict] = []
            ack = (await _frames(ws, "ack", 1, seen))[0]
            assert ack["acks"] == {"relay-1": 1, "relay-2": 2}
            # the submitter's own events come back before the ack (documented order)
            live = [f for f in seen if f["type"] == "event"]
            assert [f["type"] for f in seen if f["type"] != "presence"] == ["event", "event", "ack"]

            late = await raw_client(rig.url)
            await hello(late, "screen-1", rig.token("screen-1", "screen"))
            replayed = await _frames(late, "event", 2)
            await ws.close()
            await late.close()

        ghash = GENESIS
        for frame, again in zip(live, replayed, strict=True):
            ev = frame["event"]
            assert ev["ts"].endswith("Z") and "+08:00" not in ev["ts"]
            assert spec_hash(ev) == ev["hash"]  # the live frame verifies as documented
            ghash = spec_ghash(ghash, ev["hash"])
            assert frame["ghash"] == ghash  # and continues the global chain
            # live and replayed frames are equal, key order included
            assert json.dumps(frame, ensure_ascii=False) == json.dumps(again, ensure_ascii=False)
        assert [f["event"]["ts"] for f in live] == [
            "2026-06-03T06:05:00Z",
            "2026-06-03T06:06:00.250000Z",
        ]

    run(scenario())


def test_a_hash_over_the_offset_text_is_refused_naming_the_canonical_form(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            ws = await raw_client(rig.url)
            await hello(ws, "field-9", rig.token("field-9", "field"))
            ev = _event(1, GENESIS, "2026-06-03T14:05:00+08:00", "x", [1.5, 2.5])
            ev["hash"] = spec_hash(ev)  # hashed over "+08:00": not the canonical form
            await ws.send(json.dumps({"type": "submit", "events": [ev]}), text=True)
            rej = (await _frames(ws, "reject", 1))[0]
            await ws.close()
            return rej

    rej = run(scenario())
    assert rej["code"] == "bad_hash"
    assert "RFC 8785" in rej["reason"] and "2026-06-03T06:05:00Z" in rej["reason"]


def test_an_empty_actor_is_refused_as_the_text_says(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            ws = await raw_client(rig.url)
            await hello(ws, "field-9", rig.token("field-9", "field"))
            ev = _event(1, GENESIS, "2026-06-03T06:05:00Z", "2026-06-03T06:05:00Z", [1.0, 2.0])
            ev["actor"] = ""
            ev["hash"] = spec_hash(ev)
            await ws.send(json.dumps({"type": "submit", "events": [ev]}), text=True)
            rej = (await _frames(ws, "reject", 1))[0]
            await ws.close()
            return rej

    rej = run(scenario())
    assert rej["code"] == "invalid" and "1-64 characters" in rej["reason"]
