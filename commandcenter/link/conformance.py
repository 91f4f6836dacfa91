"""The conformance kit: check a running hub against docs/protocol.md, from the outside.

`check_hub(url, token, station)` speaks the protocol over plain JSON, as another vendor's
client would, and returns one `Check` per documented behaviour: close codes for a bad first
frame, a wrong version and a bad token; the replay's hashes and both chains; a submitted
event relayed exactly as journaled (canonical UTC `ts`, the hash the client computed, the next
`ghash`); idempotent resubmission; `bad_hash` and `gap` rejections; an `error` frame for
malformed input; resume by `last_gseq`. Every frame received must decode as a hub message.

It writes real events (`drill: true` where the kind has it) into the hub's journal: run it
against a test hub, with a token of a role that may submit `incident.reported`,
`decision.logged` or `township.registered`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from commandcenter.domain.canonical import jcs, ts_text
from commandcenter.domain.roles import may_submit
from commandcenter.protocol import PROTOCOL_VERSION, ProtocolError, decode_hub

GENESIS = "0" * 64
HASHED = ("id", "station", "seq", "actor", "ts", "kind", "payload")
WAIT = 10.0


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


class Failed(Exception):
    """A check that cannot continue; its text is the reason."""


def spec_hash(ev: dict[str, Any]) -> str:
    """sha256(prev + RFC 8785 of the hashed fields), as docs/protocol.md defines it."""
    return hashlib.sha256(ev["prev"].encode() + jcs({k: ev[k] for k in HASHED})).hexdigest()


def spec_ghash(prev: str, ev_hash: str) -> str:
    return hashlib.sha256((prev + ev_hash).encode()).hexdigest()


def _payload(role: str, tag: str) -> tuple[str, dict[str, Any]]:
    if may_submit(role, "incident.reported"):
        return "incident.reported", {
            "incident": f"conformance-{tag}",
            "type": "flood",
            "severity": 4,
            "title": "协议一致性检查 (drill)",
            "place": {"township": "conformance", "lon": 118.000001, "lat": 1e-7},
            "drill": True,
        }
    if may_submit(role, "decision.logged"):
        return "decision.logged", {"text": f"协议一致性检查 {tag} (drill)"}
    if may_submit(role, "township.registered"):
        return "township.registered", {
            "id": f"conformance-{tag}",
            "name": "协议一致性检查",
            "lon": 1e-9,
            "lat": 1e20,
        }
    raise Failed(f"role {role} may submit none of the kinds the kit uses; use a field token")


class Conn:
    """One connection; every frame read is decoded by the hub-message schema (counted), and
    on the tracking connection every `event` frame is checked into both chains."""

    def __init__(self, ws: ClientConnection, kit: Kit, *, track: bool = False) -> None:
        self.ws, self.kit, self.track = ws, kit, track

    async def send(self, msg: dict[str, Any] | str) -> None:
        await self.ws.send(msg if isinstance(msg, str) else json.dumps(msg, ensure_ascii=False))

    async def frame(self, *types: str) -> tuple[dict[str, Any], str]:
        """The next frame of one of `types`, and its text; presence frames and other
        stations' events in between are skipped (events still checked when tracking)."""
        async with asyncio.timeout(WAIT):
            while True:
                raw = await self.ws.recv()
                try:
                    decode_hub(raw)
                except ProtocolError as exc:
                    self.kit.bad_frames.append(f"{raw[:80]}: {exc}")
                self.kit.frames += 1
                msg = json.loads(raw)
                if msg["type"] == "event" and self.track:
                    self.kit.absorb(msg)
                if msg["type"] in types:
                    return msg, raw
                if msg["type"] not in ("presence", "event"):
                    raise Failed(f"expected {'/'.join(types)}, got {raw[:200]}")

    async def closed(self) -> int | None:
        try:
            async with asyncio.timeout(WAIT):
                async for _ in self.ws:
                    pass
        except TimeoutError:
            return None
        except ConnectionClosed:
            pass
        return self.ws.close_code


class Kit:
    def __init__(self, url: str, token: str, station: str) -> None:
        self.url, self.token, self.station = url, token, station
        self.checks: list[Check] = []
        self.gseq, self.ghash, self.legacy = 0, GENESIS, 0
        self.heads: dict[str, tuple[int, str]] = {}
        self.frames = 0
        self.bad_frames: list[str] = []

    async def open(self, hello: dict[str, Any] | str | None = None, *, track=False) -> Conn:
        ws = await connect(self.url, open_timeout=WAIT, close_timeout=2, max_size=None)
        conn = Conn(ws, self, track=track)
        if hello is not None:
            await conn.send(hello)
        return conn

    def hello(self, last_gseq: int = 0, **over: Any) -> dict[str, Any]:
        msg = {"type": "hello", "version": PROTOCOL_VERSION, "station": self.station}
        return {**msg, "token": self.token, "last_gseq": last_gseq, **over}

    def absorb(self, f: dict[str, Any]) -> None:
        """Check one event frame against both chains; Failed names the first break."""
        ev, g = f["event"], f["gseq"]
        if g != self.gseq + 1:
            raise Failed(f"event frame gseq {g} where {self.gseq + 1} was due")
        if ev.get("scheme", 2) == 2 and spec_hash(ev) != ev["hash"]:
            raise Failed(f"event {ev['id']} (gseq {g}): hash does not verify (ts {ev['ts']})")
        self.legacy += ev.get("scheme", 2) == 1
        if ev["prev"] != self.heads.get(ev["station"], (0, GENESIS))[1]:
            raise Failed(f"event {ev['id']} (gseq {g}): does not link to its station's chain")
        self.heads[ev["station"]] = (ev["seq"], ev["hash"])
        self.ghash = spec_ghash(self.ghash, ev["hash"])
        if f.get("ghash") != self.ghash:
            raise Failed(f"gseq {g}: ghash does not continue the global chain")
        self.gseq = g

    def record(self, name: str, ok: bool, detail: str) -> None:
        self.checks.append(Check(name, ok, detail))

    async def check(self, name: str, coro) -> Any:
        try:
            return await coro
        except (Failed, TimeoutError, ConnectionClosed, KeyError) as exc:
            why = str(exc) or type(exc).__name__
            self.record(name, False, why if not isinstance(exc, TimeoutError) else "no answer")
            return None

    async def closes_with(self, name: str, first: dict[str, Any] | str, code: int) -> None:
        async def go() -> None:
            conn = await self.open(first)
            got = await conn.closed()
            if got != code:
                raise Failed(f"closed with {got}, not {code}")
            self.record(name, True, f"closed with {code}")

        await self.check(name, go())

    # ------------------------------------------------------------ the session checks
    async def session(self) -> None:
        conn = await self.open(self.hello(), track=True)
        welcome, _ = await conn.frame("welcome", "error")
        if welcome["type"] != "welcome":
            raise Failed(f"hello refused: {welcome.get('message')}")
        role, last = welcome["role"], welcome["last_gseq"]
        self.record("welcome", True, f"role {role}, hub at gseq {last}")

        while self.gseq < last:
            await conn.frame("event")
        self.record(
            "replay", True, f"{last} events, hashes and both chains verify ({self.legacy} legacy)"
        )

        seq, prev = self.heads.get(self.station, (0, GENESIS))
        tag = uuid.uuid4().hex[:12]
        kind, payload = _payload(role, tag)
        now = datetime.now(UTC).replace(microsecond=250000)
        ev = {"id": f"conf-{tag}", "station": self.station, "seq": seq + 1, "actor": "一致性检查"}
        ev |= {"ts": ts_text(now), "kind": kind, "payload": payload, "prev": prev, "scheme": 2}
        ev["hash"] = spec_hash(ev)
        sent = {**ev, "ts": now.astimezone(timezone(timedelta(hours=8))).isoformat()}
        await conn.send({"type": "submit", "events": [sent]})
        own, own_raw, ack, first = None, "", None, ""
        while own is None or ack is None:
            try:
                f, raw = await conn.frame("event", "ack", "reject")
            except Failed as exc:
                return self.record("submit_relay", False, str(exc))
            if f["type"] == "reject":
                raise Failed(f"submit rejected: {f['code']} {f['reason']}")
            if f["type"] == "event" and f["event"]["id"] != ev["id"]:
                continue  # another station's event, already checked into the chains
            first = first or f["type"]
            own, own_raw = (f, raw) if f["type"] == "event" else (own, own_raw)
            ack = f if f["type"] == "ack" else ack
        g = ack.get("acks", {}).get(ev["id"])
        rel = own["event"]
        ok = g == own["gseq"] and rel["hash"] == ev["hash"] and rel["ts"] == ev["ts"]
        why = f"+08:00 ts relayed as {rel['ts']}, gseq {own['gseq']}, ack {g}"
        self.record("submit_relay", ok, why + ("" if ok else f"; sent hash {ev['hash'][:12]}…"))
        self.record("order", True, f"{first} came first (either order is allowed)")

        await conn.send({"type": "submit", "events": [sent]})
        again, _ = await conn.frame("ack", "reject")
        self.record("idempotent", again.get("acks") == {ev["id"]: g}, f"resubmit: {again}")

        for name, change, code in (
            ("bad_hash", {"hash": "f" * 64}, "bad_hash"),
            ("gap", {"seq": ev["seq"] + 2}, "gap"),
        ):
            bad = {**ev, "id": f"conf-{name}-{tag}", "seq": ev["seq"] + 1, "prev": ev["hash"]}
            bad |= change
            if name != "bad_hash":
                bad["hash"] = spec_hash(bad)
            await conn.send({"type": "submit", "events": [bad]})
            rej, _ = await conn.frame("reject", "ack")
            self.record(name, rej.get("code") == code, f"{rej.get('code')}: {rej.get('reason')}")

        await conn.send("{")
        err, _ = await conn.frame("error")
        self.record("malformed", err.get("code") == "malformed", f"error {err.get('code')}")
        await conn.ws.close()

        again_conn = await self.open(self.hello(last_gseq=g - 1))
        await again_conn.frame("welcome")
        f, raw = await again_conn.frame("event")
        same = raw == own_raw
        self.record(
            "resume", same, f"from last_gseq {g - 1}: gseq {f['gseq']} replayed, same frame"
        )
        await again_conn.ws.close()

    async def run(self) -> list[Check]:
        await self.closes_with("bad_first_frame", {"type": "submit", "events": []}, 4003)
        await self.closes_with("version", self.hello(version=PROTOCOL_VERSION + 98), 4002)
        await self.closes_with("unauthorized", self.hello(token="not-a-token"), 4001)
        await self.check("session", self.session())
        self.record(
            "frames_decode",
            not self.bad_frames,
            f"{self.frames} frames fit the schema"
            if not self.bad_frames
            else f"{len(self.bad_frames)} do not, first: {self.bad_frames[0]}",
        )
        return self.checks


async def check_hub(url: str, token: str, station: str) -> list[Check]:
    """Run every check against the hub at `url`; raises Failed if it cannot be reached."""
    try:
        return await Kit(url, token, station).run()
    except (OSError, InvalidURI, InvalidHandshake) as exc:
        raise Failed(f"cannot reach the hub at {url}: {exc}") from None
