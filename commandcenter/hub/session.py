"""One station's connection to the hub: hello, replay, then submissions until it goes away.

The session authenticates the hello, replays what the station missed (or a snapshot, if it
asked and is far behind), then joins the live broadcast. Every malformed or refused message
gets an error frame naming the problem; too many of them, or a flood, close this connection
with a code from `protocol.codes.Close` and the hub carries on.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from commandcenter.protocol import (
    PROTOCOL_VERSION,
    Ack,
    Error,
    EventMsg,
    Hello,
    ProtocolError,
    Reject,
    Snapshot,
    Submit,
    Welcome,
    decode_client,
    encode,
)
from commandcenter.protocol.codes import Close

from .limits import Bucket

if TYPE_CHECKING:
    from .server import Hub


class Dropped(Exception):
    """This connection is being closed by the hub."""


class Session:
    def __init__(self, hub: Hub, ws: ServerConnection) -> None:
        self.hub, self.ws = hub, ws
        self.name = self.role = self.token = ""
        self.township = self.village = ""
        self.upto = 0
        self.strikes = 0
        self.bucket = Bucket(hub.limits.rate, hub.limits.burst)
        self.want_snapshot = False
        self._replay: asyncio.Task | None = None

    async def run(self) -> None:
        try:
            if not await self._hello():
                return
            try:
                self.hub.join(self)
                await self._welcome()
                self._replay = asyncio.get_running_loop().create_task(self._catch_up())
                await self._serve()
            finally:
                self.hub.leave(self)
                if self._replay is not None:
                    self._replay.cancel()
                    with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
                        await self._replay
        except (ConnectionClosed, Dropped):
            pass

    def drop(self, code: Close, reason: str) -> None:
        """Close this connection from anywhere in the hub (revoked token, replaced)."""
        self.hub.live.discard(self.ws)
        asyncio.get_running_loop().create_task(self.ws.close(code, reason[:120]))

    async def _close(self, code: Close, reason: str) -> None:
        with contextlib.suppress(ConnectionClosed):
            await self.ws.send(encode(Error(code=code.name.lower(), message=reason)), text=True)
        await self.ws.close(code, reason[:120])  # a close reason must fit in 123 bytes

    # ------------------------------------------------------------ hello
    async def _hello(self) -> bool:
        try:
            async with asyncio.timeout(self.hub.limits.hello_timeout):
                data = await self.ws.recv(decode=False)
        except TimeoutError:
            await self._close(Close.BAD_HELLO, "no hello within the time limit")
            return False
        try:
            hello = decode_client(data)
        except ProtocolError as exc:
            await self._close(Close.BAD_HELLO, f"hello expected: {exc}")
            return False
        if not isinstance(hello, Hello):
            await self._close(Close.BAD_HELLO, f"hello expected, got {type(hello).__name__}")
            return False
        if hello.version != PROTOCOL_VERSION:
            await self._close(
                Close.VERSION,
                f"protocol version {hello.version} unsupported; hub speaks {PROTOCOL_VERSION}",
            )
            return False
        verdict = await self.hub.check_token(hello.token, hello.station)
        if verdict.refusal:
            await self._close(Close.UNAUTHORIZED, verdict.refusal)
            return False
        last = self.hub.journal.last_gseq
        if hello.last_gseq > last:
            await self._close(
                Close.AHEAD, f"station has gseq {hello.last_gseq}, hub only {last}: wrong hub?"
            )
            return False
        self.name, self.role, self.token = verdict.name, verdict.role, hello.token
        self.township, self.village = verdict.township, verdict.village
        self.upto = hello.last_gseq
        self.want_snapshot = hello.want_snapshot
        return True

    async def _welcome(self) -> None:
        last = self.hub.journal.last_gseq
        welcome = Welcome(
            version=PROTOCOL_VERSION,
            station=self.name,
            role=self.role,
            last_gseq=last,
            online=self.hub.online(),
            township=self.township,
            village=self.village,
        )
        await self.ws.send(encode(welcome), text=True)
        if self.want_snapshot and last - self.upto > self.hub.limits.snapshot_after:
            state, upto = await self.hub.writer.run(self.hub.journal.confirmed_state)
            await self.ws.send(encode(Snapshot(upto=upto, state=state)), text=True)
            self.upto = upto

    async def _catch_up(self) -> None:
        """Send every event after `upto`, then join the broadcast exactly where replay ended."""
        hub = self.hub
        while not hub.go_live(self):
            if self.upto > hub.sent:  # snapshot ran ahead of the broadcast: wait for it
                await hub.progressed()
                continue
            rows = await hub.writer.run(hub.read, self.upto, 500)
            for ev, g, gh in rows:
                if g > hub.sent:
                    break
                await self.ws.send(encode(EventMsg(gseq=g, ghash=gh, event=ev)), text=True)
                self.upto = g

    # ------------------------------------------------------------ submissions
    async def _serve(self) -> None:
        async for data in self.ws:
            if not self.bucket.take():
                await self._close(Close.FLOOD, f"flood: more than {self.hub.limits.rate:g} msg/s")
                return
            if isinstance(data, bytes):
                await self._strike("binary", "binary frames are not part of the protocol", "")
            else:
                await self._one(data)

    async def _one(self, data: str) -> None:
        try:
            msg = decode_client(data)
        except ProtocolError as exc:
            return await self._strike("malformed", str(exc), "")
        if not isinstance(msg, Submit):
            return await self._strike("unexpected", f"{type(msg).__name__} after hello", "")
        v = await self.hub.submit(msg.events, self.name, self.role)
        if v.acks:
            await self.ws.send(encode(Ack(acks=v.acks)), text=True)
        for eid, code, reason in v.rejected:
            await self.ws.send(encode(Reject(id=eid, code=code, reason=reason)), text=True)
        if v.rejected and v.rejected[0][1] in ("forbidden", "wrong_station", "invalid"):
            # a station that checks may_submit never sends these: count them as abuse
            await self._strike(v.rejected[0][1], v.rejected[0][2], v.rejected[0][0], sent=True)

    async def _strike(self, code: str, message: str, ref: str, *, sent: bool = False) -> None:
        self.strikes += 1
        if self.strikes > self.hub.limits.strikes:
            await self._close(Close.ABUSE, f"too many bad messages; last: {message}")
            raise Dropped
        if not sent:
            err = Error(code=code, message=message[:2000], ref=ref)
            await self.ws.send(encode(err), text=True)
