"""Create (or update) the JetStream streams of a county leaf node and of the city.

County side, on the county's own JetStream domain: `UP_<county>` holds the county journal in
gseq order (subject `cc.up.<county>`), `DOWN_<county>` sources the city's `DOWN` stream across
the leaf link. City side: `CITY` sources every county's `UP_<county>` (their subjects kept, so
the county is known) and `DOWN` holds the city's decisions. Sourcing is JetStream's own
store-and-forward: when a leaf link comes back each source resumes where it stopped.
Streams are file-backed; the two-minute duplicate window drops a resend with the same
`Nats-Msg-Id` (the event id).
"""

from __future__ import annotations

from nats.js import JetStreamContext
from nats.js.api import ExternalStream, StorageType, StreamConfig, StreamSource
from nats.js.errors import NotFoundError

from .names import (
    CITY_DOMAIN,
    CITY_STREAM,
    DOWN_STREAM,
    DOWN_SUBJECT,
    check_county,
    down_stream,
    up_stream,
    up_subject,
)

_WINDOW = 120.0  # seconds of Nats-Msg-Id memory


async def _ensure(js: JetStreamContext, cfg: StreamConfig) -> None:
    try:
        await js.stream_info(cfg.name)
    except NotFoundError:
        await js.add_stream(cfg)
        return
    await js.update_stream(cfg)


def _external(domain: str) -> ExternalStream:
    return ExternalStream(api=f"$JS.{domain}.API")


async def ensure_county(js: JetStreamContext, county: str) -> None:
    check_county(county)
    await _ensure(
        js,
        StreamConfig(
            name=up_stream(county),
            subjects=[up_subject(county)],
            storage=StorageType.FILE,
            duplicate_window=_WINDOW,
        ),
    )
    await _ensure(
        js,
        StreamConfig(
            name=down_stream(county),
            storage=StorageType.FILE,
            sources=[StreamSource(name=DOWN_STREAM, external=_external(CITY_DOMAIN))],
        ),
    )


async def ensure_city(js: JetStreamContext, counties: list[str]) -> None:
    for c in counties:
        check_county(c)
    await _ensure(
        js,
        StreamConfig(
            name=DOWN_STREAM,
            subjects=[DOWN_SUBJECT],
            storage=StorageType.FILE,
            duplicate_window=_WINDOW,
        ),
    )
    await _ensure(
        js,
        StreamConfig(
            name=CITY_STREAM,
            storage=StorageType.FILE,
            sources=[StreamSource(name=up_stream(c), external=_external(c)) for c in counties],
        ),
    )
