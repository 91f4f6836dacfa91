"""Why a link's session ended, said as one sentence for the status bar and the log."""

from __future__ import annotations

from websockets.frames import Close as CloseFrame

from commandcenter.protocol.codes import Close


def closed_reason(rcvd: CloseFrame | None) -> str:
    """The sentence for a connection the hub (or the network) ended, from its close frame."""
    if rcvd is None:
        return "connection to the hub lost"
    if rcvd.reason:
        return f"{rcvd.reason} (code {rcvd.code})"
    if rcvd.code == Close.GOING_AWAY:
        return "the hub is restarting or shutting down (code 1001)"
    return f"the hub closed the connection (code {rcvd.code})"


def describe_failure(exc: BaseException) -> str:
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return f"{type(exc).__name__}: {exc}"[:200]
