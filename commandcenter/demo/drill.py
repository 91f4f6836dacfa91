"""The drill feed (演练) for `commandcenter --demo`: a new incident or a 续报 on every call.

Qt-free: the desk calls `next(state, now)` from a timer and submits what it returns through
its Station, so drill items are ordinary, journaled decisions — each marked as a drill.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from commandcenter.domain import State
from commandcenter.domain.vocab import IncidentStatus

from .names import Names

DRILL_MARK = "【演练】"


class DrillFeed:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.names = Names(self.rng)
        self.n = 0

    def next(self, state: State, now: datetime) -> list[tuple[str, dict[str, Any]]]:
        """One drill decision (kind, payload) fitting the current situation."""
        open_drills = [
            i for i in state.incidents.values() if i.drill and i.status != IncidentStatus.CLOSED
        ]
        if open_drills and self.rng.random() < 0.55:
            inc = self.rng.choice(open_drills)
            text = DRILL_MARK + self.rng.choice(self.names.w["followups"])
            return [("incident.followup", {"incident": inc.id, "text": text})]
        return [("incident.reported", self._report(state, now))]

    def _report(self, state: State, now: datetime) -> dict[str, Any]:
        w, rng = self.names.w, self.rng
        self.n += 1
        towns = [t for t in state.townships.values() if t.villages] or None
        kind = rng.choice(list(w["incident_titles"]))
        if towns:
            town = rng.choice(towns)
            village = rng.choice(town.villages)
            place = {
                "township": town.id,
                "village": village.id,
                "lon": village.lon,
                "lat": village.lat,
            }
            vname = village.name
        else:
            place, vname = {"township": ""}, "演练地点"
        title = rng.choice(w["incident_titles"][kind]).format(v=vname)
        return {
            "incident": f"DRILL-{now:%Y%m%d%H%M%S}-{self.n:03d}",  # unique across restarts
            "type": kind,
            "severity": rng.choices([4, 3, 2], [70, 25, 5])[0],
            "title": DRILL_MARK + title,
            "place": place,
            "source": rng.choice(["phone", "grid", "sensor", "video"]),
            "reporter": self.names.contact(),
            "description": f"{DRILL_MARK}{title}, 演练科目, 请按程序处置。",
            "drill": True,
        }
