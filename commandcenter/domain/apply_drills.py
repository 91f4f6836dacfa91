"""Handlers for drills, voided decisions and the reporting settings.

`drill.entered` / `drill.left` change nothing in the real situation: they are the audit of an
officer crossing into a drill world. A voided event was never applied anywhere (the hub never
stored it), so `event.voided` only records the void for the audit views.
"""

from __future__ import annotations

from . import events as E
from .deadlines import ReportingPolicy
from .folding import on
from .state import DrillInfo, State


@on("drill.started")
def _started(s: State, ev: E.Event, p: E.DrillStarted) -> None:
    s.drill = DrillInfo(
        scenario=p.scenario,
        title=p.title,
        started_at=ev.ts,
        speed=p.speed,
        copied_gseq=p.copied_gseq,
    )


@on("drill.inject")
def _inject(s: State, ev: E.Event, p: E.DrillInject) -> None:
    if s.drill is not None:
        s.drill.injects.append((p.inject, ev.ts, p.text))


@on("drill.ended")
def _ended(s: State, ev: E.Event, p: E.DrillEnded) -> None:
    if s.drill is not None and s.drill.ended_at is None:
        s.drill.ended_at = ev.ts


@on("event.voided")
def _voided(s: State, ev: E.Event, p: E.EventVoided) -> None:
    s.voided[p.event] = ev.id


@on("settings.reporting")
def _settings(s: State, ev: E.Event, p: E.ReportingSettings) -> None:
    s.reporting = ReportingPolicy(
        phone_minutes=p.phone_minutes,
        written_minutes=p.written_minutes,
        followup_minutes=p.followup_minutes,
        final_hours=p.final_hours,
        profile=p.profile,
    )


@on("drill.entered", "drill.left")
def _crossing(s: State, ev: E.Event, p: E.P) -> None:
    """Nothing in the real situation changes when an officer enters or leaves a drill."""
