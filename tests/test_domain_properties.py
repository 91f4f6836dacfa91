"""Property tests: replay is deterministic, and snapshot + tail equals a full replay.

Hypothesis draws a stream of intents; each becomes a decision fitted to the current state
(legal ones through `decide`, plus raw facts from an "offline desk" that may collide).
"""

from __future__ import annotations

import contextlib

import msgspec
from domain_fixtures import Desk, county
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commandcenter.domain import (
    PAYLOADS,
    Event,
    InvalidEvent,
    Refused,
    State,
    decode_event,
    encode_event,
    replay,
)
from commandcenter.domain.state import state_hash
from commandcenter.store import Journal

PAYLOADS_UNDER_TEST = [k for k in PAYLOADS if not k.endswith((".registered", ".defined"))]

intents = st.lists(st.tuples(st.integers(0, 12), st.integers(0, 10**6)), max_size=60)


def build(stream: list[tuple[int, int]]) -> list[Event]:
    desk = county(Desk())
    offline = Desk(desk.state, station="desk-02")
    n_inc = 0
    for action, r in stream:
        s = desk.state
        incs = sorted(s.incidents)
        teams = sorted(s.teams)
        pick = lambda xs, r=r: xs[r % len(xs)] if xs else None  # noqa: E731
        inc, team = pick(incs), pick(teams)
        tries = {
            0: (
                "incident.reported",
                {
                    "incident": f"I{n_inc}",
                    "type": "flood",
                    "severity": 1 + r % 4,
                    "title": f"t{r}",
                    "place": {"township": "T01"},
                },
            ),
            1: ("incident.verified", {"incident": inc}),
            2: ("team.dispatched", {"team": team, "incident": inc, "task": "救援"}),
            3: ("team.arrived", {"team": team}),
            4: ("team.returning", {"team": team}),
            5: ("team.standby" if r % 2 else "team.resting", {"team": team}),
            6: (
                "stock.transferred",
                {"source": "W1", "target": "W2", "item": "沙袋", "qty": 1 + r % 30},
            ),
            7: (
                "incident.followup",
                {"incident": inc, "text": "续报", "casualties": {"injured": r % 5}},
            ),
            8: ("incident.closed", {"incident": inc}),
            9: (
                "evac.started" if r % 3 == 0 else "evac.counted",
                {"zone": "Z1"}
                if r % 3 == 0
                else {
                    "zone": "Z1",
                    "moved_households": r % 10,
                    "moved_people": r % 25,
                    "in_safe_house": r % 20 // 2,
                },
            ),
            10: ("conflict.settled", {"conflict": pick(sorted(s.conflicts)), "note": "已协调"}),
        }
        if action == 0:
            n_inc += 1
        if action in (11, 12):  # an offline desk's fact, decided against nothing
            kind, payload = (
                ("team.dispatched", {"team": team, "incident": inc})
                if action == 11
                else ("stock.issued", {"warehouse": "W2", "item": "沙袋", "qty": 1 + r % 50})
            )
            if inc or action == 12:
                offline.fact(kind, payload)
            continue
        kind, payload = tries[action]
        if None in payload.values():
            continue
        with contextlib.suppress(Refused):
            desk.do(kind, payload)
    # one journal order: both desks' events in the order they were applied
    return sorted(desk.events + offline.events, key=lambda e: e.ts)


@settings(max_examples=60, deadline=None)
@given(intents)
def test_same_events_same_order_same_state(stream) -> None:
    events = build(stream)
    a = replay(events)
    b = replay([decode_event(encode_event(e)) for e in events])  # as if received off the wire
    assert state_hash(a) == state_hash(b)
    assert a == b
    assert msgspec.json.decode(msgspec.json.encode(a), type=State) == a


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(intents, st.integers(0, 10**6))
def test_snapshot_plus_tail_equals_full_replay(tmp_path, stream, cut) -> None:
    events = build(stream)
    path = tmp_path / f"j{abs(hash(tuple(stream))) % 10**9}-{cut}.db"
    with Journal(path) as j:
        j.append(events)
        k = 1 + cut % len(events)
        j.save_snapshot(replay(events[:k]), k)
        from_snapshot, upto = j.confirmed_state()
        full, _ = j.confirmed_state(use_snapshot=False)
    assert upto == len(events)
    assert state_hash(from_snapshot) == state_hash(full) == state_hash(replay(events))


@settings(max_examples=40, deadline=None)
@given(intents, st.integers(0, 12), st.integers(0, 10**6))
def test_decide_never_changes_the_state(stream, action, r) -> None:
    """Station checks single decisions against its live state, so decide must only read."""
    from commandcenter.domain import decide

    events = build(stream)
    s = replay(events)
    before = state_hash(s)
    for kind in PAYLOADS_UNDER_TEST:
        incs, teams = sorted(s.incidents) or ["I0"], sorted(s.teams)
        payload = {
            "incident": incs[r % len(incs)],
            "team": teams[r % len(teams)],
            "zone": "Z1",
            "warehouse": "W2",
            "item": "沙袋",
            "qty": 1 + r % 40,
            "source": "W1",
            "target": "W2",
            "text": "续报",
            "conflict": next(iter(s.conflicts), "x"),
            "note": "n",
        }
        fields = PAYLOADS[kind].__struct_fields__
        with contextlib.suppress(Refused, InvalidEvent):
            decide(s, kind, {k: v for k, v in payload.items() if k in fields})
        assert state_hash(s) == before, kind
