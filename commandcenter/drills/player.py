"""The scenario player: a drill clock (×1 to ×600, pause, step) and the injects it makes due.

Qt-free and without I/O: the caller advances it (`tick` with real seconds from a timer, or
`advance_to` in a headless run), asks what is `due`, and submits the decisions through the
drill world's station. The drill station's clock is `player.now`, so every drill event carries
drill time, and the evaluation measures minutes of the scenario, not of the wall.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .scenario import Inject, Scenario

MIN_SPEED, MAX_SPEED = 1, 600


class Player:
    def __init__(self, scenario: Scenario, start: datetime, speed: int = 1) -> None:
        self.scenario = scenario
        self.start = start
        self.speed = clamp_speed(speed)
        self.minutes = 0.0
        self.paused = False
        self.played: dict[str, float] = {}  # inject id -> drill minute it was played

    # ------------------------------------------------------------ the clock
    def now(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    def set_speed(self, speed: int) -> None:
        self.speed = clamp_speed(speed)

    def tick(self, real_seconds: float) -> None:
        """Let `real_seconds` of wall time pass (nothing moves while paused)."""
        if not self.paused and not self.finished:
            self.advance_to(self.minutes + real_seconds * self.speed / 60.0)

    def advance_to(self, minute: float) -> None:
        self.minutes = max(self.minutes, min(minute, self.scenario.duration))

    def step(self) -> Inject | None:
        """Jump the clock to the next inject (paused or not); it is then due."""
        nxt = self.next_inject()
        if nxt is not None:
            self.advance_to(nxt.at)
        return nxt

    # ------------------------------------------------------------ the injects
    def next_inject(self) -> Inject | None:
        return next((i for i in self.scenario.injects if i.id not in self.played), None)

    def due(self) -> list[Inject]:
        """Injects whose time has come and that were not played yet, in order."""
        return [
            i for i in self.scenario.injects if i.id not in self.played and i.at <= self.minutes
        ]

    def mark_played(self, inj: Inject) -> None:
        self.played[inj.id] = self.minutes

    @property
    def finished(self) -> bool:
        return self.minutes >= self.scenario.duration and self.next_inject() is None

    def status(self) -> str:
        m = int(self.minutes)
        state = "已暂停" if self.paused else ("已结束" if self.finished else "进行中")
        return f"演练时间 T+{m // 60:d}:{m % 60:02d}  ×{self.speed}  {state}"


def clamp_speed(speed: int) -> int:
    return max(MIN_SPEED, min(MAX_SPEED, int(speed)))
