"""Rank the teams that could go to an incident: speciality first, then distance and headcount.

Pure and deterministic so the dispatch dialog, a report or a test get the same order. Each
result carries its reasons as (template, params) pairs in Chinese; the UI translates the
templates (context "ranking") and joins them, so the officer sees *why* a team is on top.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from .entities import Incident, Team
from .state import State
from .vocab import TeamKind, TeamStatus

# Kinds that answer any incident (the main force) get a smaller bonus than a true specialist.
GENERALISTS = frozenset({TeamKind.FIRE_RESCUE, TeamKind.GRASSROOTS, TeamKind.MILITIA})
AVAILABLE = frozenset({TeamStatus.STANDBY, TeamStatus.RETURNING})


@dataclass(frozen=True)
class Ranked:
    team: Team
    score: float
    km: float | None
    reasons: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def distance_km(
    a: tuple[float | None, float | None], b: tuple[float | None, float | None]
) -> float | None:
    """Great-circle distance in km, or None when either point has no coordinates."""
    (lon1, lat1), (lon2, lat2) = a, b
    if None in (lon1, lat1, lon2, lat2):
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def incident_point(state: State, inc: Incident) -> tuple[float | None, float | None]:
    """The incident's coordinates, else its village's, else its township's."""
    p = inc.place
    if p.lon is not None and p.lat is not None:
        return p.lon, p.lat
    t = state.townships.get(p.township)
    if t is None:
        return None, None
    for v in t.villages:
        if v.id == p.village:
            return v.lon, v.lat
    return t.lon, t.lat


def team_point(state: State, team: Team) -> tuple[float | None, float | None]:
    if team.lon is not None and team.lat is not None:
        return team.lon, team.lat
    t = state.townships.get(team.township)
    return (t.lon, t.lat) if t else (None, None)


def score_team(state: State, inc: Incident, team: Team) -> Ranked:
    reasons: list[tuple[str, dict[str, Any]]] = []
    score = 0.0
    if inc.type in team.speciality:
        score += 50
        reasons.append(("专长对口", {}))
    elif team.kind in GENERALISTS:
        score += 20
        reasons.append(("综合力量", {}))
    km = distance_km(incident_point(state, inc), team_point(state, team))
    if km is not None:
        score += max(0.0, 30 - km)  # every km costs a point, up to 30 km
        reasons.append(("距离 {km:.1f} 公里", {"km": km}))
    if team.township == inc.place.township:
        score += 5
        reasons.append(("本乡镇", {}))
    score += min(team.headcount, 60) / 4  # a bigger team helps, with diminishing weight
    reasons.append(("{n} 人", {"n": team.headcount}))
    if team.status == TeamStatus.RETURNING:
        score -= 10
        reasons.append(("正在返回", {}))
    return Ranked(team=team, score=round(score, 2), km=km, reasons=reasons)


def rank_teams(state: State, incident_id: str, *, limit: int | None = None) -> list[Ranked]:
    """Available teams (待命 or 返回) for the incident, best first; empty if it is unknown."""
    inc = state.incidents.get(incident_id)
    if inc is None:
        return []
    ranked = [score_team(state, inc, t) for t in state.teams.values() if t.status in AVAILABLE]
    ranked.sort(key=lambda r: (-r.score, r.km if r.km is not None else 1e9, r.team.id))
    return ranked[:limit] if limit else ranked
