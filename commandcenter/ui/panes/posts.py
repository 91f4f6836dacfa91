"""乡镇站点: per township and village station, which channels still reach it (卫星电话, 370M,
电台, 网络, 电力 — 断路、断网、断电), its "五有", and the disaster figures it reported."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from commandcenter.domain.entities_field import COMMS, FIVE, Post

from .. import fmt
from ..i18n import word
from ..models.base import Column, EntityModel
from ..models.proxy import FilterProxy
from .base import Pane, fit_columns, make_table

DOWN_TINT = QColor("#ffcdd2")


class PostModel(EntityModel):
    def __init__(self, desk, parent=None) -> None:
        self.desk = desk
        cols = [Column(self.tr("站点"), self._where)]
        for key, label in COMMS.items():
            cols.append(Column(word(label), lambda p, k=key: self._comm(p, k)))
        cols += [
            Column(self.tr("五有"), lambda p: f"{sum(p.five.get(k, False) for k in FIVE)}/5"),
            Column(self.tr("灾情"), self._figures, tip=self._figures),
            Column(
                self.tr("更新"), lambda p: fmt.hhmm(p.at, desk.state), lambda p: p.at.timestamp()
            ),
            Column(self.tr("备注"), lambda p: p.note),
        ]
        super().__init__(lambda: desk.state.posts, cols, parent)

    def _where(self, p: Post) -> str:
        s = self.desk.state
        town = s.township_name(p.township)
        return f"{town} {s.village_name(p.township, p.village)}" if p.village else town

    def _comm(self, p: Post, key: str) -> str:
        if key not in p.comms:
            return "?"
        return self.tr("通") if p.comms[key] else self.tr("断")

    def _figures(self, p: Post) -> str:
        f = self.desk.state.figures.get(p.village or p.township)
        if f is None:
            return ""
        return self.tr("倒损房屋{0}间 转移安置{1}人 农作物{2:g}公顷 损失{3:g}万元").format(
            f.houses, f.relocated, f.crops_ha, f.loss_wan
        )

    def background(self, p: Post, column: int):
        keys = list(COMMS)
        if 1 <= column <= len(keys) and p.comms.get(keys[column - 1]) is False:
            return DOWN_TINT
        return None


class PostsPane(Pane):
    NAME = "pane.posts"
    TITLE = "乡镇站点"
    LAZY = True  # a hidden tab when the desk opens (Pane)

    def build_body(self) -> None:
        desk = self.desk
        self.model = PostModel(desk, self)
        self.proxy = FilterProxy(self.model, self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        self.totals = QLabel()
        lay.addWidget(self.totals)
        self.view = make_table(self.proxy, stretch=7)
        fit_columns(self.view, {0: 110, 1: 64, **{i: 46 for i in range(2, 7)}, 8: 48})
        lay.addWidget(self.view, 1)
        self.setWidget(body)
        self._totals()

    def _totals(self) -> None:
        figs = self.desk.state.figures.values()
        if not figs:
            self.totals.setText(self.tr("尚无乡镇上报灾情"))
            return
        self.totals.setText(
            self.tr(
                "全县灾情合计: 倒损房屋{0}间 · 转移安置{1}人 · 农作物{2:g}公顷 · 损失{3:g}万元"
            ).format(
                sum(f.houses for f in figs),
                sum(f.relocated for f in figs),
                sum(f.crops_ha for f in figs),
                sum(f.loss_wan for f in figs),
            )
        )

    def on_update(self, u) -> None:
        if u.everything or any(e.kind in ("station.profile", "disaster.figures") for e in u.events):
            self.model.refresh(None)
            self._totals()
