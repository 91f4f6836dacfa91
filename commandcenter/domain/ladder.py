"""The 631 叫应 ladder of a warning at a given time: what is due, who answered, who is next.

Pure and Qt-free: `ladder(state, warning_id, now)` computes everything from the state and the
clock it is given (tests pass a controlled one), so the desk's pane, the big screen's 值班 page,
the handover report and the notification centre all read the same answer.

A stage is due `hours_before` the expected impact (the warning's onset; without one, its start);
a stage whose time has passed when the warning arrives is due at its arrival (short fuse). Each
stage calls targets — member units, township leaders, village cadres, the 3人1屋 roles of the
zones inside the area — and each target has a chain of people. A call unanswered past the
stage's answer deadline, or not reached, escalates to the next person of the chain; at night a
call is a 喊醒 (wake-up call). A zone whose three roles have all answered is offered evacuation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .entities import Contact, LadderCall, Warning
from .ladder_config import AUDIENCE_ZH, DEFAULT, LadderConfig
from .state import State
from .vocab import COLOUR_SEVERITY, EvacStatus

ZONE_ROLES = (("commander", "指挥官"), ("supervisor", "监管员"), ("caretaker", "责任人"))

# target states
NOT_DUE, TO_CALL, WAITING, OVERDUE, UNREACHED, ANSWERED = (
    "not_due",
    "to_call",
    "waiting",
    "overdue",
    "unreached",
    "answered",
)
UNANSWERED = (TO_CALL, OVERDUE, UNREACHED)


@dataclass
class Target:
    key: str
    label: str  # whom: "盘石镇 领导", "XX村 村干部", "XX点 指挥官"
    audience: str
    people: list[Contact]  # the escalation chain, first called first
    zone: str = ""


@dataclass
class TargetStatus:
    target: Target
    state: str
    calls: list[LadderCall]
    next_person: Contact | None  # whom to call now (None when answered or not due)
    deadline: datetime | None  # the open call's answer deadline
    night: bool

    @property
    def unanswered(self) -> bool:
        return self.state in UNANSWERED


@dataclass
class StageStatus:
    index: int
    name: str
    due_at: datetime
    answer_minutes: int
    targets: list[TargetStatus]

    def due(self, now: datetime) -> bool:
        return now >= self.due_at

    @property
    def done(self) -> bool:
        return all(t.state == ANSWERED for t in self.targets)


@dataclass
class LadderStatus:
    warning: Warning
    now: datetime
    stages: list[StageStatus]
    zones_ready: list[str] = field(default_factory=list)  # all three roles answered, not moving

    @property
    def unanswered(self) -> list[tuple[StageStatus, TargetStatus]]:
        return [(st, t) for st in self.stages for t in st.targets if t.unanswered]

    def next_due(self) -> StageStatus | None:
        return next((st for st in self.stages if not st.due(self.now)), None)


def config(state: State) -> LadderConfig:
    return state.ladder or DEFAULT


def is_night(state: State, now: datetime) -> bool:
    cfg = config(state)
    tz = ZoneInfo(state.county.timezone if state.county else "Asia/Shanghai")
    h = now.astimezone(tz).hour
    if cfg.night_from > cfg.night_to:
        return h >= cfg.night_from or h < cfg.night_to
    return cfg.night_from <= h < cfg.night_to


def _townships(state: State, w: Warning) -> list[str]:
    return list(w.area) if w.area else list(state.townships)


def _people(state: State, unit: str) -> list[Contact]:
    return [
        Contact(name=f"{d.name} ({d.title})" if d.title else d.name, phone=d.phone)
        for d in state.directory.values()
        if d.unit == unit
    ]


def targets(state: State, w: Warning, audience: str) -> list[Target]:
    """Who an audience is for this warning, each with an escalation chain."""
    towns = _townships(state, w)
    out: list[Target] = []
    if audience == "units":
        places = {t.name for t in state.townships.values()}
        places |= {v.name for t in state.townships.values() for v in t.villages}
        units = dict.fromkeys(d.unit for d in state.directory.values() if d.unit not in places)
        for unit in units:
            out.append(Target(f"unit:{unit}", unit, audience, _people(state, unit)))
    elif audience == "townships":
        for tid in towns:
            t = state.townships.get(tid)
            if t is None:
                continue
            chain = _people(state, t.name) or [Contact(name=f"{t.name}值班室")]
            out.append(Target(f"township:{tid}", f"{t.name} 领导", audience, chain))
    elif audience == "villages":
        inside = set(w.villages)
        for tid in towns:
            t = state.townships.get(tid)
            for v in t.villages if t else ():
                if inside and f"{tid}/{v.id}" not in inside:
                    continue
                chain = _people(state, v.name) or [Contact(name=f"{v.name}村两委")]
                chain += _people(state, t.name)[:1]  # then the township's first leader
                out.append(Target(f"village:{tid}/{v.id}", f"{v.name} 村干部", audience, chain))
    elif audience == "zones":
        zids = w.zones or [z.id for z in state.zones.values() if z.township in towns]
        for zid in zids:
            z = state.zones.get(zid)
            if z is None:
                continue
            for role, zh in ZONE_ROLES:
                first: Contact = getattr(z, role)
                chain = [first, *[getattr(z, r) for r, _ in ZONE_ROLES if r != role][:1]]
                out.append(Target(f"zone:{zid}:{role}", f"{z.name} {zh}", audience, chain, zid))
    return out


def _status(
    tg: Target, calls: list[LadderCall], due: bool, minutes: int, now: datetime, night: bool
) -> TargetStatus:
    mine = [c for c in calls if c.target == tg.key]
    deadline = None
    if any(c.answered_at is not None for c in mine):
        return TargetStatus(tg, ANSWERED, mine, None, None, night)
    if not mine:
        state = TO_CALL if due else NOT_DUE
        return TargetStatus(tg, state, mine, tg.people[0] if tg.people else None, None, night)
    last = mine[-1]
    tried = len({c.person for c in mine})
    nxt = tg.people[min(tried, len(tg.people) - 1)] if tg.people else None
    if last.unreached:
        return TargetStatus(tg, UNREACHED, mine, nxt, None, night)
    deadline = last.at + timedelta(minutes=minutes)
    if now > deadline:
        return TargetStatus(tg, OVERDUE, mine, nxt, deadline, night)
    return TargetStatus(tg, WAITING, mine, None, deadline, night)


def ladder(state: State, wid: str, now: datetime) -> LadderStatus:
    w = state.warnings[wid]
    cfg = config(state)
    start = w.issued_at or w.valid_from
    impact = w.onset or w.valid_from
    night = is_night(state, now)
    stages: list[StageStatus] = []
    for i, st in enumerate(cfg.stages):
        due_at = max(impact - timedelta(hours=st.hours_before), start)
        calls = [c for c in w.calls if c.stage == i]
        tss = [
            _status(tg, calls, now >= due_at, st.answer_minutes, now, night)
            for a in st.audiences
            for tg in targets(state, w, a)
        ]
        stages.append(StageStatus(i, st.name, due_at, st.answer_minutes, tss))
    answered: dict[str, set[str]] = {}
    for st in stages:
        for t in st.targets:
            if t.target.zone and t.state == ANSWERED:
                answered.setdefault(t.target.zone, set()).add(t.target.key.rsplit(":", 1)[1])
    ready = [
        zid
        for zid, roles in answered.items()
        if len(roles) == len(ZONE_ROLES)
        and zid in state.zones
        and state.zones[zid].status == EvacStatus.IDLE
    ]
    return LadderStatus(w, now, stages, sorted(ready))


def in_force(state: State, now: datetime) -> list[Warning]:
    """Warnings that concern the county and are neither lifted nor expired, worst colour first."""
    ws = [
        w
        for w in state.warnings.values()
        if w.concerns and w.lifted_at is None and w.valid_to > now
    ]
    return sorted(ws, key=lambda w: (COLOUR_SEVERITY.get(w.colour, 9), w.valid_from))


def ladders(state: State, now: datetime) -> list[LadderStatus]:
    """Every ladder of the warnings in force: what the big screen's 值班 page shows."""
    return [ladder(state, w.id, now) for w in in_force(state, now)]


def audience_name(audience: str) -> str:
    return AUDIENCE_ZH.get(audience, audience)


def board(state: State, now: datetime) -> list[dict]:
    """The ladders as plain data for the big screen's 值班 page (no Qt, JSON-ready)."""
    out = []
    for lad in ladders(state, now):
        w = lad.warning
        nxt = lad.next_due()
        out.append(
            {
                "warning": w.id,
                "colour": str(w.colour),
                "hazard": w.hazard,
                "area": [state.township_name(t) for t in w.area],
                "onset": w.onset.isoformat() if w.onset else None,
                "next_stage": nxt.name if nxt else None,
                "next_due_s": int((nxt.due_at - now).total_seconds()) if nxt else None,
                "stages": [
                    {
                        "name": st.name,
                        "due": st.due(now),
                        "answered": sum(t.state == ANSWERED for t in st.targets),
                        "unanswered": sum(t.unanswered for t in st.targets),
                        "targets": len(st.targets),
                    }
                    for st in lad.stages
                ],
                "unanswered": [t.target.label for _st, t in lad.unanswered],
                "zones_ready": [state.zones[z].name for z in lad.zones_ready],
            }
        )
    return out
