"""Statistics of a period from real events: response legs, counts, deadline compliance."""

from __future__ import annotations

from datetime import timedelta

from domain_fixtures import T0, Desk, county

from commandcenter.stats import compute, percentile


def test_percentile_interpolates():
    assert percentile([], 50) is None
    assert percentile([5.0], 90) == 5.0
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile([10, 20, 30, 40, 50], 90) == 46


def _report(d: Desk, iid: str, kind: str = "landslide", town: str = "T01", drill=False):
    return d.do(
        "incident.reported",
        {
            "incident": iid,
            "type": kind,
            "severity": 3,
            "title": iid,
            "place": {"township": town},
            "drill": drill,
        },
    )


def test_legs_counts_and_deadlines():
    d = county(Desk())
    since = d.clock
    a = _report(d, "A")  # +1 min
    d.do("incident.reported_up", {"incident": "A", "stage": "phone"})  # +2: in time
    d.do("team.dispatched", {"team": "TM1", "incident": "A"})  # +3: 2 min after 接报
    _report(d, "B", "flood", "T02")  # +4
    d.do("team.dispatched", {"team": "TM2", "incident": "B"})  # +5: 1 min
    d.do("team.arrived", {"team": "TM1"})  # +6: A arrives 3 min after dispatch (no incident)
    d.clock += timedelta(minutes=40)
    d.do("incident.reported_up", {"incident": "B", "stage": "phone"})  # +47: B is late (43 min)
    _report(d, "X", drill=True)  # drills never count
    until = d.clock + timedelta(minutes=1)
    f = compute(d.events, since, until)
    assert f.reported == 2 and f.by_type == {"landslide": 1, "flood": 1}
    assert f.by_township == {"T01": 1, "T02": 1}
    assert f.legs["dispatch"].minutes == [2.0, 1.0]
    assert f.legs["arrive"].minutes == [3.0] and f.legs["total"].minutes == [5.0]
    assert f.deadlines["phone"] == (1, 2)  # A in time, B late
    assert f.deadlines["written"] == (0, 0)  # due at 接报+60 min: not yet
    assert f.deadline_share() == 0.5
    assert sum(sum(c.values()) for c in f.by_bucket.values()) == 2
    assert a.ts >= since
    later = compute(d.events, since, until + timedelta(hours=2))
    assert later.deadlines["written"] == (0, 2)  # now overdue for both
    assert compute(d.events, since, until, drills=True).reported == 3


def test_buckets_cover_the_period_with_zeros():
    f = compute([], T0, T0 + timedelta(hours=24))
    assert len(f.by_bucket) == 24 and f.reported == 0 and f.deadline_share() is None
    assert f.legs["dispatch"].p50 is None
