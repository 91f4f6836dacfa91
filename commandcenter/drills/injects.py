"""What an inject becomes in the drill world: a `drill.inject` marker and ordinary decisions.

A report opens the scenario's incident, a 续报 or casualty change is an `incident.followup`, a
team that drops out goes to rest, a warning is issued. Played through the drill world's
station, so the desk's panes show them like any other decision.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from commandcenter.domain import State

from .places import Places, resolve, standby_team
from .scenario import Inject, Scenario

Decision = tuple[str, dict[str, Any]]

_CASUALTY_FIELDS = ("dead", "injured", "missing", "trapped", "affected")


def setup(sc: Scenario, state: State, speed: int, copied_gseq: int) -> list[Decision]:
    """The decisions that open a drill: `drill.started` and the scenario's zone if absent."""
    out: list[Decision] = [
        (
            "drill.started",
            {"scenario": sc.id, "title": sc.title, "speed": speed, "copied_gseq": copied_gseq},
        )
    ]
    pl = resolve(sc, state)
    if sc.zone and sc.zone["id"] not in state.zones:
        z = dict(sc.zone)
        z.setdefault("township", pl.township)
        z.setdefault("village", pl.village)
        if pl.lon is not None:
            z.setdefault("lon", pl.lon + 0.004)
            z.setdefault("lat", (pl.lat or 0) + 0.003)
        out.append(("zone.registered", z))
    return out


def decisions(inj: Inject, sc: Scenario, state: State, now: datetime) -> list[Decision]:
    pl = resolve(sc, state)
    marker: Decision = (
        "drill.inject",
        {"inject": inj.id, "at_minute": inj.at, "kind": inj.kind, "text": inj.text},
    )
    return [marker, *_facts(inj, sc, state, pl, now)]


def _casualties(f: dict[str, Any], base=None) -> dict[str, int]:
    out = {k: int(getattr(base, k, 0)) for k in _CASUALTY_FIELDS} if base else {}
    out.update({k: int(f[k]) for k in _CASUALTY_FIELDS if k in f})
    return out


def _facts(inj: Inject, sc: Scenario, s: State, pl: Places, now: datetime) -> list[Decision]:
    f, iid = inj.facts, sc.incident
    inc = s.incidents.get(iid)
    if inj.kind == "warning":
        return [
            (
                "warning.issued",
                {
                    "warning": f"{sc.id}-{inj.id}",
                    "colour": f.get("colour", "red"),
                    "hazard": f.get("hazard", "暴雨"),
                    "valid_from": now.isoformat(),
                    "valid_to": (now + timedelta(hours=float(f.get("hours", 12)))).isoformat(),
                    "area": [pl.township] if pl.township else [],
                    "text": inj.text,
                    "issuer": f.get("issuer", "气象台"),
                },
            )
        ]
    if inj.kind == "report":
        place = {"township": pl.township, "village": pl.village, "lon": pl.lon, "lat": pl.lat}
        return [
            (
                "incident.reported",
                {
                    "incident": iid,
                    "type": f.get("type", "landslide"),
                    "severity": int(f.get("severity", 4)),
                    "title": f.get("title", inj.text[:30]),
                    "place": place,
                    "source": f.get("source", "phone"),
                    "description": inj.text,
                    "casualties": _casualties(f),
                    "drill": True,
                },
            )
        ]
    if inc is None or inc.status == "closed":
        return []  # the incident is gone: the inject is noted, nothing to update
    if inj.kind == "team_unavailable":
        team = f.get("team") or standby_team(s, pl)
        if team == "on_scene":  # one of the teams already sent drops out
            sent = [t.id for t in s.teams.values() if t.incident == iid]
            team = sent[0] if sent else standby_team(s, pl)
        out: list[Decision] = [("incident.followup", {"incident": iid, "text": inj.text})]
        if team in s.teams and s.teams[team].status in ("standby", "returning"):
            out.append(("team.resting", {"team": team, "note": inj.text}))
        elif team in s.teams and s.teams[team].status in ("dispatched", "on_scene"):
            out.append(("team.returning", {"team": team, "incident": iid, "note": inj.text}))
        return out
    followup: dict[str, Any] = {"incident": iid, "text": inj.text}
    if inj.kind == "casualties":
        followup["casualties"] = _casualties(f, inc.casualties)
    return [("incident.followup", followup)]
