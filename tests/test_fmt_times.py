"""The desk's stamps say exactly what strftime says, in the county's time zone (they are
written by hand because strftime costs ~25 us a call under PySide's import hook)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from commandcenter.domain import State
from commandcenter.domain.describe import zone_of
from commandcenter.ui import fmt


def test_stamp_and_hhmm_match_strftime_across_a_year_and_midnights():
    state = State()
    tz = zone_of(state)
    rnd = random.Random(7)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    moments = [start + timedelta(seconds=rnd.randrange(366 * 86400)) for _ in range(2000)]
    # the edges a hand-written format gets wrong: single digits, midnight, the year's end
    moments += [
        datetime(2026, 12, 31, 15, 59, 59, tzinfo=UTC),
        datetime(2026, 2, 28, 16, 0, tzinfo=UTC),
    ]
    for ts in moments:
        local = ts.astimezone(tz)
        assert fmt.stamp(ts, state) == local.strftime("%m-%d %H:%M"), ts
        assert fmt.hhmm(ts, state) == local.strftime("%H:%M"), ts
    assert fmt.stamp(None, state) == "" and fmt.hhmm(None, state) == ""
