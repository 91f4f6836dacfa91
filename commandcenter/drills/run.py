"""`drill run` headless: copy the real county into a drill world and play a scenario in it.

The real database is only read (its copy is the drill world's start), so a headless drill
leaves it byte for byte as it was. A scripted responder plays the expected actions; the
clock runs at ×`speed` (a 150-minute scenario at ×600 takes 15 s of wall time).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from commandcenter.store import Journal

from .evaluate import Evaluation
from .scenario import load
from .session import DrillSession
from .world import copy_world, drill_db_for


@dataclass
class RunResult:
    world: str
    events: int
    evaluation: Evaluation
    refusals: list[str]


def run_drill(
    real_db: str,
    name: str,
    *,
    speed: int = 60,
    drill_db: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
    progress: Callable[[str], None] | None = None,
) -> RunResult:
    scenario = load(name)
    target = drill_db or drill_db_for(real_db)
    real = Journal(real_db, create=False)
    try:
        world = copy_world(real, target)
    finally:
        real.close()
    session = DrillSession(world, scenario, speed=speed, responder=True)
    try:
        session.do(session.opening())
        player = session.player
        while True:
            for group in session.steps():
                session.do(group)
                if progress and group and group[0][0] == "drill.inject":
                    progress(f"T+{player.minutes:5.1f} {group[0][1]['text']}")
            if player.finished and session.responder.next_at(player.played) is None:
                break
            nxt = session.next_minute()
            if nxt <= player.minutes and player.finished:
                break
            sleep((nxt - player.minutes) * 60 / player.speed)
            player.advance_to(nxt)
        session.do(session.closing())
        return RunResult(target, world.last_gseq - session.copied_gseq,
                         session.evaluation(), session.refusals)  # fmt: skip
    finally:
        session.close()
        world.close()
