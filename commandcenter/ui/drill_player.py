"""演练控制: the scenario player's dock — drill clock, speed ×1–×600, pause, step, the injects
played and to come, and the live 演练评估 (each expected action, its time and its target).

Shown only in a drill world's window. It drives nothing itself: the buttons call the
`DrillMode` controller, which advances the player and submits through the drill station.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SPEEDS = (1, 10, 60, 120, 300, 600)


class DrillPlayerPane(QDockWidget):
    NAME = "pane.drill"

    def __init__(self, mode, parent=None) -> None:
        super().__init__(QCoreApplication.translate("panes", "演练控制"), parent)
        self.setObjectName(self.NAME)
        self.mode = mode
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setStyleSheet("color: #6a1b9a; font-weight: bold;")
        lay.addWidget(self.title)
        lay.addWidget(self.clock)
        bar = QHBoxLayout()
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"×{s}", s)
        self.speed.currentIndexChanged.connect(lambda _i: mode.set_speed(self.speed.currentData()))
        self.pause = QPushButton(self.tr("暂停"))
        self.pause.clicked.connect(mode.toggle_pause)
        self.step = QPushButton(self.tr("单步 (下一注入)"))
        self.step.clicked.connect(mode.step)
        self.leave = QPushButton(self.tr("结束演练"))
        self.leave.clicked.connect(mode.request_leave)
        bar.addWidget(QLabel(self.tr("速度")))
        for w in (self.speed, self.pause, self.step):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.leave)
        lay.addLayout(bar)
        lay.addWidget(QLabel(self.tr("情景注入")))
        self.injects = QListWidget()
        lay.addWidget(self.injects, 2)
        self.score = QLabel(self.tr("演练评估"))
        lay.addWidget(self.score)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("要求动作"), self.tr("用时"), self.tr("目标"), self.tr("结果")]
        )
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 3)
        self.setWidget(body)
        self.speed.setCurrentIndex(max(0, self.speed.findData(mode.player.speed)))
        self.refresh()

    def refresh(self) -> None:
        mode, player = self.mode, self.mode.player
        self.title.setText(self.tr("演练: {title}").format(title=mode.scenario.title))
        self.clock.setText(player.status())
        self.pause.setText(self.tr("继续") if player.paused else self.tr("暂停"))
        self.step.setEnabled(player.next_inject() is not None)
        self.injects.clear()
        for inj in mode.scenario.injects:
            mark = "✓" if inj.id in player.played else "·"
            self.injects.addItem(f"{mark} T+{inj.at:.0f}  {inj.text}")
        ev = mode.evaluation()
        if ev is None:
            return
        met, total = ev.score
        self.score.setText(self.tr("演练评估: {met}/{total} 项达标").format(met=met, total=total))
        outs = ev.outcomes
        self.table.setRowCount(len(outs))
        for r, o in enumerate(outs):
            took = "—" if o.took is None else f"{o.took:.0f}′"
            since = player.played.get(o.expect.after)
            waiting = o.took is None and (since is None or player.minutes <= since + o.target)
            if o.met:
                result = self.tr("达标")
            elif waiting:  # its time has not run out yet
                result = self.tr("待完成")
            else:
                result = self.tr("未完成") if o.took is None else self.tr("超时")
            for c, text in enumerate((o.expect.label, took, f"{o.target:.0f}′", result)):
                item = QTableWidgetItem(text)
                if c == 3 and not o.met and not waiting:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
