"""Drill scenarios: timed injects and the actions expected of the desk, read from TOML.

A scenario file names the place (a township by name, resolved in the copied county), an
optional "3人1屋" zone it plays, its injects (`[[inject]]`: minute `at`, `kind`, text and the
facts of the kind) and its expectations (`[[expect]]`: an `action` after an inject, with a
target: `within` minutes, or `before` another inject). Bundled scenarios are package data in
`commandcenter/drills/scenarios/`; `scenarios()` is the provider a plugin will expose.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

INJECT_KINDS = (
    "warning",  # a weather / hazard warning arrives
    "report",  # a first report (接报) opens the scenario's incident
    "followup",  # 续报 from the scene
    "casualties",  # 续报 with revised casualty figures
    "team_unavailable",  # a team drops out (resting)
    "road_cut",  # a road is cut
    "event",  # something happens (the slope fails)
)
ACTIONS = (
    "report_up",  # stage = phone | written | followup | final
    "verify",
    "call",  # role = commander | supervisor | caretaker (叫应)
    "evac_start",
    "evac_done",  # every person of the zone moved
    "dispatch",
    "plan",
    "close",
)


class ScenarioError(ValueError):
    """A scenario file that cannot be played; the message names the problem."""


@dataclass(frozen=True)
class Inject:
    id: str
    at: float  # minutes after the drill starts
    kind: str
    text: str
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Expect:
    id: str
    after: str  # the inject it answers
    action: str
    label: str
    within: float | str | None = None  # minutes after the inject, or "phone"/"written": the
    # bureau's reporting deadline (settings), so a drill is judged by the rules in force
    before: str = ""  # ... or before this inject is played
    args: dict[str, Any] = field(default_factory=dict)
    respond: float | None = None  # when the scripted responder acts (minutes after `after`)


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    summary: str
    township: str
    incident: str
    duration: float
    injects: tuple[Inject, ...]
    expects: tuple[Expect, ...]
    zone: dict[str, Any] | None = None
    source: str = ""  # the TOML text, kept in the drill world so its report can re-read it

    def inject(self, iid: str) -> Inject:
        for i in self.injects:
            if i.id == iid:
                return i
        raise KeyError(iid)

    def target(self, e: Expect, policy: Any = None) -> float:
        """The target in minutes after the expectation's inject (`policy`: ReportingPolicy)."""
        if e.before:
            return self.inject(e.before).at - self.inject(e.after).at
        if isinstance(e.within, str):
            return float(getattr(policy, f"{e.within}_minutes", 30 if e.within == "phone" else 60))
        return e.within or 0.0


def parse(text: str, name: str = "scenario") -> Scenario:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError(f"{name}: not valid TOML ({exc})") from None
    try:
        injects = tuple(
            sorted(
                (
                    Inject(
                        id=str(i.pop("id")),
                        at=float(i.pop("at")),
                        kind=str(i.pop("kind")),
                        text=str(i.pop("text")),
                        facts=i,
                    )
                    for i in raw.get("inject", [])
                ),
                key=lambda i: i.at,
            )
        )
        expects = tuple(
            Expect(
                id=str(e.pop("id")),
                after=str(e.pop("after")),
                action=str(e.pop("action")),
                label=str(e.pop("label")),
                within=_within(e.pop("within", None)),
                before=str(e.pop("before", "")),
                respond=float(e.pop("respond")) if "respond" in e else None,
                args=e,
            )
            for e in raw.get("expect", [])
        )
        sc = Scenario(
            id=str(raw["id"]),
            title=str(raw["title"]),
            summary=str(raw.get("summary", "")),
            township=str(raw.get("township", "")),
            incident=str(raw["incident"]),
            duration=float(raw.get("duration", max((i.at for i in injects), default=0) + 30)),
            injects=injects,
            expects=expects,
            zone=raw.get("zone"),
            source=text,
        )
    except KeyError as exc:
        raise ScenarioError(f"{name}: missing field {exc.args[0]!r}") from None
    except (TypeError, ValueError) as exc:
        raise ScenarioError(f"{name}: {exc}") from None
    _check(sc, name)
    return sc


def _within(w: Any) -> float | str | None:
    if w is None or w in ("phone", "written"):
        return w
    if isinstance(w, str):
        raise ValueError(f"within must be minutes, 'phone' or 'written', not {w!r}")
    return float(w)


def _check(sc: Scenario, name: str) -> None:
    ids = {i.id for i in sc.injects}
    if len(ids) != len(sc.injects):
        raise ScenarioError(f"{name}: two injects share an id")
    for i in sc.injects:
        if i.kind not in INJECT_KINDS:
            raise ScenarioError(f"{name}: inject {i.id} has unknown kind {i.kind!r}")
    for e in sc.expects:
        if e.action not in ACTIONS:
            raise ScenarioError(f"{name}: expectation {e.id} has unknown action {e.action!r}")
        if e.after not in ids or (e.before and e.before not in ids):
            raise ScenarioError(f"{name}: expectation {e.id} refers to an unknown inject")
        if e.within is None and not e.before:
            raise ScenarioError(f"{name}: expectation {e.id} needs `within` or `before`")
    if not any(i.kind == "report" for i in sc.injects):
        raise ScenarioError(f"{name}: no `report` inject opens the incident")


def scenarios() -> dict[str, Scenario]:
    """The bundled scenarios by id (the provider a drills plugin will expose)."""
    out: dict[str, Scenario] = {}
    folder = resources.files("commandcenter.drills") / "scenarios"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            sc = parse(entry.read_text(encoding="utf-8"), entry.name)
            out[sc.id] = sc
    return out


def load(name: str) -> Scenario:
    """A bundled scenario by id, or a scenario file by path."""
    found = scenarios()
    if name in found:
        return found[name]
    if name.endswith(".toml"):
        try:
            with open(name, encoding="utf-8") as f:
                return parse(f.read(), name)
        except OSError as exc:
            raise ScenarioError(f"cannot read {name}: {exc.strerror}") from None
    raise ScenarioError(f"no scenario {name!r}; known: {', '.join(sorted(found))}")
