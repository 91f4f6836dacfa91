"""The steps of demo stories (minutes later, station, actor, kind, payload) and who is on duty."""

from __future__ import annotations

from collections.abc import Generator
from datetime import datetime

from .names import Names

Step = tuple[float, str, str, str, dict]  # minutes later, station, actor, kind, payload
Story = Generator[Step, bool, None]


def on_desk(delay: float, kind: str, payload: dict) -> Step:
    """A step of the duty desk, by whoever is on duty at that moment."""
    return delay, "desk-01", "", kind, payload


def weighted(rng, pairs):
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


class Desk:
    """Who is on duty when: the demo's two shifts, their officers and leaders."""

    def __init__(self, names: Names, handover: datetime) -> None:
        self.handover = handover
        self.officers = (names.person(), names.person())
        self.leaders = (names.person(), names.person())
        self.deputy = names.person()

    def officer(self, t: datetime) -> str:
        return self.officers[t >= self.handover]

    def leader(self, t: datetime) -> str:
        return self.leaders[t >= self.handover]
