"""Models of the people: rescue teams (救援队伍) and "3人1屋" evacuation zones."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from commandcenter.domain.entities import Team, Zone
from commandcenter.domain.vocab import EvacRole, EvacStatus, TeamStatus

from .. import fmt, theme
from ..i18n import vocab
from .base import Column, EntityModel

STATUS_COLOUR = {
    TeamStatus.STANDBY: theme.OK_GREEN,
    TeamStatus.DISPATCHED: QColor("#e65100"),
    TeamStatus.ON_SCENE: QColor("#c62828"),
    TeamStatus.RETURNING: QColor("#1565c0"),
    TeamStatus.RESTING: theme.MUTED,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterModels", text)


def open_conflicts(state, ids: list[str]) -> int:
    return sum(1 for c in ids if c in state.conflicts and not state.conflicts[c].settled)


class TeamModel(EntityModel):
    STATUS_COLUMN = 4

    def __init__(self, desk, parent=None) -> None:
        self.desk = desk
        st = lambda: desk.state  # noqa: E731
        cols = [
            Column(
                _tr("队伍"), lambda t: t.name + (" ⚠" if open_conflicts(st(), t.conflicts) else "")
            ),
            Column(_tr("类别"), lambda t: vocab(t.kind)),
            Column(_tr("乡镇"), lambda t: st().township_name(t.township)),
            Column(_tr("人数"), lambda t: str(t.headcount), sort=lambda t: t.headcount, right=True),
            Column(_tr("状态"), lambda t: vocab(t.status)),
            Column(_tr("任务"), self._task),
            Column(_tr("专长"), lambda t: "、".join(vocab(s) for s in t.speciality)),
            Column(_tr("负责人"), lambda t: f"{t.leader.name} {t.leader.phone}".strip()),
        ]
        super().__init__(lambda: desk.state.teams, cols, parent)

    def _task(self, t: Team) -> str:
        if not t.incident:
            return ""
        inc = self.desk.state.incidents.get(t.incident)
        title = inc.title if inc else t.incident
        return f"{title}：{t.task}" if t.task else title

    def background(self, t: Team, column: int) -> Any:
        return theme.CONFLICT_TINT if open_conflicts(self.desk.state, t.conflicts) else None

    def foreground(self, t: Team, column: int) -> Any:
        return STATUS_COLOUR.get(t.status) if column == self.STATUS_COLUMN else None


ROLES = (EvacRole.COMMANDER, EvacRole.SUPERVISOR, EvacRole.CARETAKER)


class ZoneModel(EntityModel):
    FIRST_ROLE_COLUMN = 3

    def __init__(self, desk, parent=None) -> None:
        self.desk = desk
        cols = [
            Column(_tr("避险区域"), lambda z: z.name),
            Column(_tr("乡镇"), lambda z: desk.state.township_name(z.township)),
            Column(
                _tr("户/人"),
                lambda z: f"{z.households}/{z.people}",
                sort=lambda z: z.people,
                right=True,
            ),
            *[
                Column(vocab(r), partial(self._role, role=r), tip=partial(self._role_tip, role=r))
                for r in ROLES
            ],
            Column(_tr("安全屋"), lambda z: f"{z.safe_house.name} ({z.safe_house.capacity})"),
            Column(_tr("状态"), lambda z: vocab(z.status)),
            Column(_tr("已转移/应转移"), self._progress, sort=lambda z: z.moved_people),
            Column(
                _tr("在安全屋"),
                lambda z: str(z.in_safe_house) if z.status != EvacStatus.IDLE else "",
                sort=lambda z: z.in_safe_house,
                right=True,
            ),
        ]
        super().__init__(lambda: desk.state.zones, cols, parent)

    def _role(self, z: Zone, role: str) -> str:
        who = getattr(z, role).name
        calls = z.calls.get(role)
        if not calls:
            return _tr("{name} 未叫应").format(name=who)
        last = calls[-1]
        t = fmt.hhmm(last.at, self.desk.state)
        mark = _tr("✓已应答") if last.answered else _tr("✗未应答")
        return f"{who} {mark} {t}"

    def _role_tip(self, z: Zone, role: str) -> str:
        c = getattr(z, role)
        return f"{c.name} {c.phone}"

    def _progress(self, z: Zone) -> str:
        if z.status == EvacStatus.IDLE:
            return ""
        return _tr("{mh}/{th} 户，{mp}/{tp} 人").format(
            mh=z.moved_households, th=z.to_move_households, mp=z.moved_people, tp=z.to_move_people
        )

    def background(self, z: Zone, column: int) -> Any:
        if z.status == EvacStatus.MOVING:
            return theme.WARN_TINT
        return None

    def foreground(self, z: Zone, column: int) -> Any:
        if self.FIRST_ROLE_COLUMN <= column < self.FIRST_ROLE_COLUMN + 3:
            calls = z.calls.get(ROLES[column - self.FIRST_ROLE_COLUMN])
            if not calls:
                return theme.MUTED
            return theme.OK_GREEN if calls[-1].answered else theme.OVERDUE
        return None
