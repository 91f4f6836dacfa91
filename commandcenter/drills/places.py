"""Where a scenario plays in the copied county: its township, village, zone and teams.

Resolved from the drill world's state each time (deterministic), so a scenario written for
盘石镇 plays in any county: by name when the township exists, else in the first one.
"""

from __future__ import annotations

from dataclasses import dataclass

from commandcenter.domain import State
from commandcenter.domain.vocab import TeamStatus

from .scenario import Scenario


@dataclass(frozen=True)
class Places:
    township: str
    village: str
    zone: str  # the scenario's zone id ("" if it plays none)
    lon: float | None = None
    lat: float | None = None


def resolve(sc: Scenario, state: State) -> Places:
    towns = [t for t in state.townships.values() if t.villages] or list(state.townships.values())
    town = next((t for t in towns if t.name == sc.township), towns[0] if towns else None)
    if town is None:
        return Places("", "", sc.zone["id"] if sc.zone else "")
    village = town.villages[0] if town.villages else None
    return Places(
        township=town.id,
        village=village.id if village else "",
        zone=sc.zone["id"] if sc.zone else "",
        lon=village.lon if village else town.lon,
        lat=village.lat if village else town.lat,
    )


def standby_team(state: State, places: Places, speciality: str = "", avoid: str = "") -> str:
    """A team on standby, nearest first: the township's own, with the speciality if any."""
    ready = [t for t in state.teams.values() if t.status == TeamStatus.STANDBY and t.id != avoid]

    def rank(t) -> tuple:
        return (
            t.township != places.township,
            bool(speciality) and speciality not in t.speciality,
            t.id,
        )

    ready.sort(key=rank)
    return ready[0].id if ready else ""
