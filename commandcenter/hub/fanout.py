"""Fan-out: the same frame bytes written to every live connection, once per group commit.

A server's frames are never masked, and the hub negotiates no extension (no
permessage-deflate: server.py), so the text frame carrying an event is byte for byte the
same on every connection. websockets' `broadcast()` still builds and serializes a `Frame`
per connection and writes each message with its own `send()` system call; py-spy of
`bench/hub.py` at 200 stations showed the hub's event loop spending most of its busy time
there (the syscalls: 16% of all samples, the per-copy framing: another 3%). Here each frame
is serialized once, and the frames of one group commit are joined and written to each
connection in one `transport.write`: one system call per connection per batch, not per event.

A connection that is not open, is in the middle of a fragmented send, or negotiated an
extension anyway (a subclass, a future option) goes the library's way, message by message.
"""

from __future__ import annotations

from collections.abc import Iterable

from websockets.asyncio.server import ServerConnection, broadcast
from websockets.frames import Frame, Opcode
from websockets.protocol import State


def text_frame(data: bytes) -> bytes:
    """The wire bytes of one unmasked, unfragmented text frame carrying `data` (UTF-8)."""
    return Frame(Opcode.TEXT, data).serialize(mask=False)


def fan_out(conns: Iterable[ServerConnection], messages: list[bytes]) -> None:
    """Send `messages` (UTF-8 JSON, in order) to every connection in `conns`."""
    if not messages:
        return
    wire = b"".join(text_frame(m) for m in messages)
    for ws in list(conns):
        if ws.protocol.state is not State.OPEN:
            continue  # closing: broadcast() skips it too
        if ws.send_in_progress is not None or ws.protocol.extensions:
            for m in messages:
                broadcast([ws], m, text=True)
            continue
        try:
            ws.transport.write(wire)
        except Exception:  # a broken transport: the connection's own reader ends it
            continue
