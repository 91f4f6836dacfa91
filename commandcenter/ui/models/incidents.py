"""The incident board's model: one row per incident, coloured by severity, with the countdown
to its next reporting deadline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from commandcenter.domain.deadlines import next_deadline
from commandcenter.domain.entities import Incident
from commandcenter.domain.vocab import SEVERITY_ZH, IncidentStatus

from .. import fmt, theme
from ..i18n import vocab, word
from .base import Column, EntityModel

DEADLINE_COLUMN = 7
_WHITE, _BLACK = QColor("white"), QColor("black")  # the level's text on its colour


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentModel", text)


class IncidentModel(EntityModel):
    def __init__(self, desk, parent=None) -> None:
        self.desk = desk
        st = lambda: desk.state  # noqa: E731 - the state object changes; read it each time
        cols = [
            Column(_tr("级别"), lambda i: word(SEVERITY_ZH[i.severity]), sort=lambda i: i.severity),
            Column(_tr("标题"), self._title, tip=self._title_tip),
            Column(_tr("类型"), lambda i: vocab(i.type)),
            Column(_tr("地点"), lambda i: fmt.place(st(), i)),
            Column(_tr("状态"), lambda i: vocab(i.status)),
            Column(
                _tr("接报"),
                lambda i: fmt.stamp(i.reported_at, st()),
                sort=lambda i: i.reported_at.timestamp(),
            ),
            Column(
                _tr("伤亡"),
                lambda i: fmt.casualties(i.casualties),
                sort=lambda i: (i.casualties.dead, i.casualties.injured),
            ),
            Column(
                _tr("报送时限"), self._deadline, sort=self._deadline_sort, tip=self._deadline_tip
            ),
            Column(
                _tr("队伍"),
                lambda i: str(len(i.teams)) if i.teams else "",
                sort=lambda i: len(i.teams),
                right=True,
            ),
        ]
        super().__init__(lambda: desk.state.incidents, cols, parent)

    def _facts(self, inc: Incident) -> tuple[int, Any]:
        """(open conflicts, next deadline) of a row: asked by its title, deadline and every
        cell's colours, worked out once a row and kept as long as its cells (row_facts)."""
        self.fresh()
        got = self.row_facts.get(inc.id)
        if got is None:
            got = (self.open_conflicts(inc), next_deadline(inc, self.desk.policy))
            self.row_facts[inc.id] = got
        return got

    def _title(self, inc: Incident) -> str:
        mark = _tr("【演练】") if inc.drill and not inc.title.startswith("【演练】") else ""
        conflict = " ⚠" if self._facts(inc)[0] else ""
        return f"{mark}{inc.title}{conflict}"

    def _title_tip(self, inc: Incident) -> str:
        cs = self.desk.state.conflicts
        texts = [cs[c].text for c in inc.conflicts if c in cs and not cs[c].settled]
        if not texts:
            return ""
        return _tr("冲突 (需人工核对，在事件详情中处理): {texts}").format(texts="；".join(texts))

    def open_conflicts(self, inc: Incident) -> int:
        cs = self.desk.state.conflicts
        return sum(1 for c in inc.conflicts if c in cs and not cs[c].settled)

    def _deadline(self, inc: Incident) -> str:
        dl = self._facts(inc)[1]
        if dl is None:
            return ""
        left = dl.remaining(self.desk.station.clock())
        if left.total_seconds() < 0:
            return _tr("{label} 超时 {t}").format(label=word(dl.label), t=fmt.countdown(-left))
        return f"{word(dl.label)} {fmt.countdown(left)}"

    def _deadline_sort(self, inc: Incident) -> float:
        dl = next_deadline(inc, self.desk.policy)
        return dl.due.timestamp() if dl else float("inf")

    def _deadline_tip(self, inc: Incident) -> str:
        dl = next_deadline(inc, self.desk.policy)
        if dl is None:
            return ""
        return _tr("应于 {due} 前完成{label}").format(
            due=fmt.stamp(dl.due, self.desk.state), label=word(dl.label)
        )

    def background(self, inc: Incident, column: int) -> Any:
        if column == 0 and inc.status != IncidentStatus.CLOSED:
            return theme.severity_colour(inc.severity)  # the level stays readable on its colour
        if self._facts(inc)[0]:
            return theme.CONFLICT_TINT
        if inc.status == IncidentStatus.CLOSED:
            return None
        return theme.severity_tint(inc.severity)

    def foreground(self, inc: Incident, column: int) -> Any:
        if column == 0 and inc.status != IncidentStatus.CLOSED:
            return _WHITE if inc.severity != 3 else _BLACK
        if self._facts(inc)[0]:
            return theme.CONFLICT_TEXT  # dark on the pink tint, never white
        if inc.status == IncidentStatus.CLOSED:
            return theme.MUTED
        if column == DEADLINE_COLUMN:
            dl = self._facts(inc)[1]
            if dl and dl.overdue(self.desk.station.clock()):
                return theme.OVERDUE
        if column == 1 and inc.drill:
            return theme.DRILL
        return None
