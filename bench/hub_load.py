"""The load side of bench/hub.py: receiving and submitting stations in worker processes.

Why processes: with 200 receivers parsed in the bench's own asyncio process, the bench, not
the server, was the ceiling (the bare relay's p99 at 100 events/s was ~800 ms, and its
"saturation" was the bench's). Each worker here holds a share of the connections on raw
sockets in a plain epoll loop (no asyncio, no websockets client: a frame costs a header
parse and a slice), answers pings, counts event frames, and stamps arrival and send times
with `time.monotonic_ns()` (CLOCK_MONOTONIC: one clock for every process on the machine).

Client frames are masked with the all-zero key (RFC 6455 allows any key; the payload is then
sent as it is), so a worker never masks a byte in Python.

The parent talks to each worker over a multiprocessing pipe: `open` (more submitters),
`plan` (frames to send at given times), `mark` (start counting afresh), `poll` (counts, last
read, CPU), `collect` (latency samples and send times), `quit`.
"""

from __future__ import annotations

import base64
import contextlib
import os
import select
import socket
import time
from multiprocessing.connection import Connection

EVENT = b'{"type":"event"'
ID = b'"id":"'


def frame(payload: bytes, opcode: int = 1) -> bytes:
    """A client frame (FIN, masked with the zero key) carrying `payload`."""
    n = len(payload)
    if n < 126:
        head = bytes([0x80 | opcode, 0x80 | n])
    elif n < 1 << 16:
        head = bytes([0x80 | opcode, 0x80 | 126]) + n.to_bytes(2, "big")
    else:
        head = bytes([0x80 | opcode, 0x80 | 127]) + n.to_bytes(8, "big")
    return head + b"\0\0\0\0" + payload


class Conn:
    __slots__ = ("buf", "rx", "sample", "sock")

    def __init__(self, sock: socket.socket, buf: bytes, rx: bool, sample: bool) -> None:
        self.sock, self.buf, self.rx, self.sample = sock, buf, rx, sample


def dial(host: str, port: int, hello: bytes | None) -> tuple[socket.socket, bytes]:
    """Open a websocket connection (blocking handshake); send `hello` if given."""
    sock = socket.create_connection((host, port), timeout=30)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        f"GET / HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n".encode()
    )
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("closed during the handshake")
        data += chunk
    head, rest = data.split(b"\r\n\r\n", 1)
    if not head.startswith(b"HTTP/1.1 101"):
        raise ConnectionError(f"handshake refused: {head[:80]!r}")
    if hello is not None:
        sock.sendall(frame(hello))
    sock.setblocking(False)
    return sock, rest


class Worker:
    def __init__(self, ctl: Connection, host: str, port: int) -> None:
        self.ctl, self.host, self.port = ctl, host, port
        self.ep = select.epoll()
        self.ep.register(ctl.fileno(), select.EPOLLIN)
        self.conns: dict[int, Conn] = {}
        self.tx: dict[str, Conn] = {}
        self.count = 0  # event frames read by receivers since the last mark
        self.last = 0  # monotonic ns of the last event frame read
        # monotonic ns of the last read of a data frame (or a close): keepalive pings do not
        # count, or settle() never sees a quiet moment while the hub's pings are spread out
        self.seen = 0
        self.closed = 0
        self.samples: list[tuple[bytes, int]] = []  # (event id, arrival ns), sampled receivers
        self.sends: list[tuple[bytes, int]] = []  # (event id, send ns)
        self.plan: list[tuple[int, str, bytes, bytes]] = []
        self.at = 0

    def add(self, hello: bytes | None, *, rx: bool, sample: bool = False, name: str = "") -> None:
        sock, rest = dial(self.host, self.port, hello)
        c = Conn(sock, rest, rx, sample)
        self.conns[sock.fileno()] = c
        self.ep.register(sock.fileno(), select.EPOLLIN)
        if not rx:
            self.tx[name] = c

    def read(self, c: Conn) -> None:
        try:
            data = c.sock.recv(1 << 16)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        now = time.monotonic_ns()
        if not data:
            self.seen = now
            self.ep.unregister(c.sock.fileno())
            del self.conns[c.sock.fileno()]
            self.closed += 1
            return
        buf = c.buf + data if c.buf else data
        i, n = 0, len(buf)
        while n - i >= 2:
            op, size = buf[i] & 0x0F, buf[i + 1] & 0x7F
            h = 2
            if size == 126:
                if n - i < 4:
                    break
                size, h = int.from_bytes(buf[i + 2 : i + 4], "big"), 4
            elif size == 127:
                if n - i < 10:
                    break
                size, h = int.from_bytes(buf[i + 2 : i + 10], "big"), 10
            end = i + h + size
            if end > n:
                break
            if op < 9:  # anything but a ping (9) or pong (10)
                self.seen = now
            if op == 1:
                if c.rx and buf.startswith(EVENT, i + h):
                    self.count += 1
                    self.last = now
                    if c.sample:
                        j = buf.find(ID, i + h, end) + len(ID)
                        self.samples.append((buf[j : buf.find(b'"', j, end)], now))
            elif op == 9:  # ping: answer, or the server's keepalive drops us
                self.send(c, frame(buf[i + h : end], opcode=10))
            i = end
        c.buf = buf[i:]

    def send(self, c: Conn, data: bytes) -> None:
        try:
            sent = c.sock.send(data)
        except BlockingIOError:
            sent = 0
        if sent < len(data):  # the kernel's buffer is full: wait for room, rarely
            c.sock.setblocking(True)
            c.sock.sendall(data[sent:])
            c.sock.setblocking(False)

    def command(self) -> bool:
        msg = self.ctl.recv()
        what = msg[0]
        if what == "open":
            for name, hello in msg[1]:
                self.add(hello, rx=False, name=name)
            self.ctl.send(("opened",))
        elif what == "plan":
            self.plan, self.at = msg[1], 0
            self.ctl.send(("planned",))
        elif what == "mark":
            self.count, self.last = 0, 0
            self.samples, self.sends = [], []
            self.ctl.send(("marked",))
        elif what == "poll":
            cpu = time.process_time()
            self.ctl.send((self.count, self.last, self.seen, self.closed, cpu))
        elif what == "collect":
            self.ctl.send((self.samples, self.sends))
        elif what == "quit":
            return False
        return True

    def loop(self) -> None:
        ctl = self.ctl.fileno()
        while True:
            timeout = 0.05
            if self.at < len(self.plan):
                timeout = min(
                    timeout, max(0.0, (self.plan[self.at][0] - time.monotonic_ns()) / 1e9)
                )
            for fd, _ in self.ep.poll(timeout):
                if fd == ctl:
                    if not self.command():
                        return
                elif fd in self.conns:
                    self.read(self.conns[fd])
            now = time.monotonic_ns()
            while self.at < len(self.plan) and self.plan[self.at][0] <= now:
                _, name, eid, data = self.plan[self.at]
                self.at += 1
                self.sends.append((eid, time.monotonic_ns()))
                self.send(self.tx[name], data)


def work(ctl: Connection, host: str, port: int, rx: list[tuple[bytes | None, bool]]) -> None:
    """A worker process: open its receivers, say so, then serve the parent until `quit`."""
    w = Worker(ctl, host, port)
    try:
        for hello, sample in rx:
            w.add(hello, rx=True, sample=sample)
        ctl.send(("ready",))
        w.loop()
    finally:
        for c in w.conns.values():
            with contextlib.suppress(OSError):
                c.sock.close()
