"""A drill in progress: the drill world's station, the player and (headless) the responder.

`DrillSession` produces the decisions of the drill step by step; the caller submits them
through `session.station` (sync `do_many` headless, `submit_many` on the desk's loop) and only
then asks for the next step, because each inject reads the state the previous one left.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from commandcenter.domain import Refused
from commandcenter.domain.events import InvalidEvent
from commandcenter.station import Station
from commandcenter.store import Journal
from commandcenter.store.writer import Writer

from . import injects
from .evaluate import Evaluation, drill_events, evaluate
from .injects import Decision
from .player import Player
from .responder import Responder
from .scenario import Scenario

DRILL_STATION = "drill-desk"


class DrillSession:
    def __init__(
        self,
        world: Journal,
        scenario: Scenario,
        *,
        speed: int = 1,
        station: str = DRILL_STATION,
        actor: str = "演练值班员",
        start: datetime | None = None,
        responder: bool = False,
        writer: Writer | None = None,
    ) -> None:
        self.world, self.scenario = world, scenario
        self.player = Player(scenario, (start or datetime.now(UTC)).replace(microsecond=0), speed)
        self.station = Station(
            world, station=station, actor=actor, clock=self.player.now, writer=writer
        )
        self.copied_gseq = int(world.setting("drill_copied_gseq", "0") or 0)
        self.responder = Responder(scenario, self.station.state.reporting) if responder else None
        self.refusals: list[str] = []  # decisions of the drill the rules refused, in words

    # ------------------------------------------------------------ what to do next
    def opening(self) -> list[Decision]:
        self.world.set_setting("drill_scenario", self.scenario.source)
        return injects.setup(self.scenario, self.station.state, self.player.speed, self.copied_gseq)

    def steps(self) -> Iterator[list[Decision]]:
        """The decisions due now, one group at a time (submit each before taking the next)."""
        for inj in self.player.due():
            self.player.mark_played(inj)
            yield injects.decisions(inj, self.scenario, self.station.state, self.player.now())
        if self.responder is not None:
            for e in self.responder.due(self.player.minutes, self.player.played):
                yield self.responder.decisions(e, self.station.state)

    def next_minute(self) -> float:
        """The drill minute of the next thing to happen (an inject or a scripted response)."""
        times = [self.scenario.duration]
        nxt = self.player.next_inject()
        if nxt is not None:
            times.append(nxt.at)
        if self.responder is not None:
            t = self.responder.next_at(self.player.played)
            if t is not None:
                times.append(t)
        return max(self.player.minutes, min(times))

    def closing(self) -> list[Decision]:
        return [("drill.ended", {"scenario": self.scenario.id})]

    # ------------------------------------------------------------ headless
    def do(self, group: list[Decision]) -> None:
        """Record one group in the drill world; a refusal is kept for the report, not raised."""
        if not group:
            return
        try:
            self.station.do_many(group)
        except (Refused, InvalidEvent) as exc:
            self.refusals.append(f"T+{self.player.minutes:.0f} {group[-1][0]}: {exc}")

    def evaluation(self) -> Evaluation:
        return evaluate(
            self.scenario, drill_events(self.world, self.copied_gseq), self.station.state
        )

    def close(self) -> None:
        self.station.writer.close()
