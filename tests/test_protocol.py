"""The wire protocol: round trips, validation by schema, and the committed JSON Schema file."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from commandcenter.domain import Event, State, seal
from commandcenter.protocol import (
    PROTOCOL_VERSION,
    Ack,
    Error,
    EventMsg,
    Hello,
    Peer,
    Presence,
    ProtocolError,
    Reject,
    Snapshot,
    Submit,
    Welcome,
    decode_client,
    decode_hub,
    encode,
)
from commandcenter.protocol.schema import SCHEMA_FILE, render, schema
from commandcenter.store.migrate import head_revision
from commandcenter.store.schema import SCHEMA_REVISION


def _event() -> Event:
    ev = Event(
        id="e1",
        station="desk-a",
        seq=1,
        actor="officer",
        ts=datetime(2024, 7, 1, 8, 30, tzinfo=UTC),
        kind="incident.verified",
        payload={"incident": "i1"},
    )
    return seal(ev, ev.prev)


@pytest.mark.parametrize(
    "msg",
    [
        Hello(version=PROTOCOL_VERSION, station="desk-a", token="t", last_gseq=7),
        Submit(events=[_event()]),
    ],
)
def test_client_messages_round_trip(msg):
    assert decode_client(encode(msg)) == msg


@pytest.mark.parametrize(
    "msg",
    [
        Welcome(
            version=1,
            station="a",
            role="desk",
            last_gseq=3,
            online=[Peer(station="a", role="desk")],
        ),
        Ack(acks={"e1": 4}),
        Reject(id="e1", code="forbidden", reason="role screen may not submit"),
        EventMsg(gseq=9, ghash="a" * 64, event=_event()),
        Snapshot(upto=2, state=State()),
        Presence(online=[]),
        Error(code="malformed", message="not JSON", ref=""),
    ],
)
def test_hub_messages_round_trip(msg):
    assert decode_hub(encode(msg)) == msg


@pytest.mark.parametrize(
    ("frame", "says"),
    [
        (b"{", "not JSON"),
        (b'{"type": "launch"}', "Invalid value 'launch'"),
        (b'{"type": "hello", "version": 1, "station": "a b", "token": "x"}', "station"),
        (
            b'{"type": "hello", "version": 1, "station": "a", "token": "x", "last_gseq": -1}',
            "last_gseq",
        ),
        (b'{"type": "hello", "version": 1, "station": "a", "token": "x", "admin": true}', "admin"),
        (b'{"type": "submit", "events": []}', "events"),
        (b'{"type": "submit", "events": [{"id": 1}]}', "events[0]"),
        (b'{"type": "ack", "acks": {}}', "Invalid value 'ack'"),  # a hub message from a station
    ],
)
def test_invalid_frames_are_refused_naming_the_problem(frame, says):
    with pytest.raises(ProtocolError) as err:
        decode_client(frame)
    assert says in str(err.value)


def test_submit_batch_size_is_bounded():
    big = json.dumps({"type": "submit", "events": [json.loads(encode(_event()))] * 201})
    with pytest.raises(ProtocolError, match="length <= 200"):
        decode_client(big)


def test_committed_schema_equals_the_generated_one():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render(), (
        "regenerate: python -m commandcenter.protocol.schema > docs/protocol.schema.json"
    )


def test_schema_names_every_message_type():
    defs = schema()["$defs"]
    for name in (
        "Hello",
        "Submit",
        "Welcome",
        "Ack",
        "Reject",
        "EventMsg",
        "Snapshot",
        "Presence",
        "Error",
    ):
        assert name in defs
    assert defs["Hello"]["properties"]["type"] == {"enum": ["hello"]}


def test_schema_revision_is_the_alembic_head():
    assert head_revision() == SCHEMA_REVISION
