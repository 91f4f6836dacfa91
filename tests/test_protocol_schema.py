"""docs/protocol.schema.json describes every event kind's payload: real frames validate with a
stock JSON Schema validator, wrong payloads do not, and the role table is the hub's."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from commandcenter.demo import generate_demo
from commandcenter.domain import PAYLOADS
from commandcenter.domain.roles import ALLOWED
from commandcenter.protocol import EventMsg, encode
from commandcenter.protocol.schema import SCHEMA_FILE

jsonschema = pytest.importorskip("jsonschema")


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.fixture(scope="module")
def one_of_each_kind():
    seen = {}
    for ev in generate_demo(seed=7, now=datetime(2026, 7, 15, 6, 30, tzinfo=UTC)):
        seen.setdefault(ev.kind, ev)
    return seen


def test_every_kind_has_its_payload_shape_in_the_schema():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    ev = schema["$defs"]["Event"]
    assert {alt["properties"]["kind"]["const"] for alt in ev["oneOf"]} == set(PAYLOADS)
    assert ev["properties"]["kind"]["enum"] == sorted(PAYLOADS)
    assert schema["x-roles"] == {r.value: sorted(k) for r, k in ALLOWED.items()}


def test_real_event_frames_validate(validator, one_of_each_kind):
    assert len(one_of_each_kind) >= 15
    for g, ev in enumerate(one_of_each_kind.values(), start=1):
        frame = json.loads(encode(EventMsg(gseq=g, ghash="0" * 64, event=ev)))
        errors = [e.message for e in validator.iter_errors(frame)]
        assert not errors, (ev.kind, errors[:3])


def test_a_payload_that_does_not_fit_its_kind_fails(validator, one_of_each_kind):
    ev = one_of_each_kind["incident.reported"]
    frame = json.loads(encode(EventMsg(gseq=1, ghash="0" * 64, event=ev)))
    frame["event"]["payload"]["severity"] = "high"
    assert not validator.is_valid(frame)
    frame["event"]["payload"] = {"incident": "x"}
    assert not validator.is_valid(frame)
    frame["event"]["kind"] = "team.teleported"
    assert not validator.is_valid(frame)
