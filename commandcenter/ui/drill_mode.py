"""Drill mode (演练模式) on the desk: enter a drill world, play a scenario, come back.

Entering records `drill.entered` in the real journal (who, when, which scenario), copies the
real county into the drill world (on the real journal's writer thread, between writes), and
rebuilds the window on the drill world's station: watermark, a coloured frame, 【演练】 in the
title and the 演练控制 dock. Everything the officer does there goes to the drill station.
Leaving records `drill.ended` in the drill world and `drill.left` in the real journal and
rebuilds the window on the real station, which the drill never touched (its hub link kept
running meanwhile).
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, QTimer

from commandcenter.domain import Event, Refused
from commandcenter.domain.events import InvalidEvent
from commandcenter.drills import load
from commandcenter.drills.evaluate import Evaluation, evaluate
from commandcenter.drills.session import DrillSession
from commandcenter.drills.world import copy_world, drill_db_for

TICK_MS = 250


class DrillMode(QObject):
    def __init__(self, launcher) -> None:
        super().__init__()
        self.launcher = launcher
        self.session: DrillSession | None = None
        self.timer: QTimer | None = None
        self.pane = None
        self.events: list[Event] = []
        self._busy = False
        self._unsub = None

    @property
    def active(self) -> bool:
        return self.session is not None

    @property
    def player(self):
        return self.session.player

    @property
    def scenario(self):
        return self.session.scenario

    # ------------------------------------------------------------ entering and leaving
    async def enter(self, name: str, speed: int = 60) -> None:
        if self.active:
            return
        lch = self.launcher
        real = lch.station
        sc = load(name)
        target = drill_db_for(real.journal.url)
        await real.submit("drill.entered", {"scenario": sc.id, "title": sc.title,
                                            "world": target}, actor=lch.desk.actor)  # fmt: skip
        world = await real.read(copy_world, real.journal, target)
        sid = f"drill-{real.station}"[:64]
        self.session = DrillSession(world, sc, speed=speed, station=sid, actor=lch.desk.actor)
        self.events = []
        self._unsub = self.session.station.subscribe(self.events.extend)
        await self.session.station.submit_many(self.session.opening())
        await lch.show_station(self.session.station, drill=self)
        self.timer = QTimer(lch.window, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def decorate(self, window) -> None:
        """Dress a drill world's window: the frame and the player dock."""
        from PySide6.QtCore import Qt

        from .drill_frame import DrillFrame
        from .drill_player import DrillPlayerPane

        window.drill_frame = DrillFrame(window)
        self.pane = DrillPlayerPane(self, window)
        # a tab beside 3人1屋, raised: a new column would push the window past 1366 px
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.pane)
        window.tabifyDockWidget(window.pane("pane.evac"), self.pane)
        self.pane.show()
        self.pane.raise_()
        window.view_menu.addAction(self.pane.toggleViewAction())

    def request_leave(self) -> None:
        self.launcher.spawn(self.leave())

    async def leave(self) -> None:
        if not self.active:
            return
        lch, session = self.launcher, self.session
        if self.timer is not None:
            self.timer.stop()
            self.timer = None
        while self._busy:  # an inject being recorded finishes first
            await asyncio.sleep(0.01)
        await session.station.submit_many(session.closing())
        ev = self.evaluation()
        met, total = ev.score if ev else (0, 0)
        self.session, self.pane = None, None
        if self._unsub:
            self._unsub()
        await lch.show_station(lch.station)
        await session.station.writer.run(session.world.close)
        session.close()
        note = f"{met}/{total} 项达标"
        await lch.station.submit("drill.left", {"scenario": session.scenario.id, "note": note},
                                 actor=lch.desk.actor)  # fmt: skip

    async def shutdown(self) -> None:
        """The desk is closing during a drill: end it, and record leaving in the real journal."""
        if not self.active:
            return
        session = self.session
        if self.timer is not None:
            self.timer.stop()
        self.session, self.pane = None, None
        await session.station.submit_many(session.closing())
        await session.station.writer.run(session.world.close)
        session.close()
        await self.launcher.station.submit(
            "drill.left", {"scenario": session.scenario.id, "note": "值班台关闭"}
        )

    # ------------------------------------------------------------ the player
    def set_speed(self, speed: int) -> None:
        if self.active:
            self.player.set_speed(speed)
            self._refresh()

    def toggle_pause(self) -> None:
        if self.active:
            self.player.paused = not self.player.paused
            self._refresh()

    def step(self):
        """Play the next inject now (the clock jumps to it); returns the task recording it."""
        if self.active and not self._busy:
            self.player.step()
            self._busy = True  # taken now, so a timer tick cannot start a second player
            return self.launcher.spawn(self._play())
        return None

    def _tick(self) -> None:
        if not self.active or self._busy:
            return
        self.player.tick(TICK_MS / 1000)
        if self.player.due():
            self.launcher.spawn(self._play())
        else:
            self._refresh()

    async def _play(self) -> None:
        self._busy = True
        try:
            for group in self.session.steps():
                try:
                    await self.session.station.submit_many(group)
                except (Refused, InvalidEvent) as exc:
                    self.session.refusals.append(str(exc))
        finally:
            self._busy = False
        self._refresh()

    def evaluation(self) -> Evaluation | None:
        if not self.active:
            return None
        return evaluate(self.scenario, self.events, self.session.station.state)

    def _refresh(self) -> None:
        if self.pane is not None:
            self.pane.refresh()
