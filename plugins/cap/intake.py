"""From a CAP file to decisions: a new warning, an Update or a Cancel, and the import-log line.

`plan_file(state, path)` reads and validates the file (reading.py), matches its area to the
county (area.py) and returns the decisions that record it — always ending with one `cap.logged`
line (imported, updated, cancelled, duplicate, ignored or refused with the reason). An Update
or a Cancel finds its warning through `references` (sender,identifier,sent): any identifier of
the chain names it. An Update whose reference is unknown is imported as a new warning (the
desk may have missed the first message); a Cancel of an unknown one is logged and ignored.
`import_files(api, paths)` records file after file through the plugin API (CLI, drop folder).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from commandcenter.domain import Refused, State
from commandcenter.domain.entities import CapInfo, Warning
from commandcenter.domain.vocab import WarningColour

from .area import match
from .reading import Alert, CapError, load

Decision = tuple[str, dict[str, Any]]

SEVERITY_COLOUR = {
    "Extreme": WarningColour.RED,
    "Severe": WarningColour.ORANGE,
    "Moderate": WarningColour.YELLOW,
    "Minor": WarningColour.BLUE,
}
COLOUR_WORDS = {
    "红色": WarningColour.RED,
    "橙色": WarningColour.ORANGE,
    "黄色": WarningColour.YELLOW,
    "蓝色": WarningColour.BLUE,
}
IMPORTED_STATUSES = ("Actual", "Exercise")


@dataclass
class FilePlan:
    file: str
    outcome: str
    reason: str = ""
    warning: str = ""
    digest: str = ""
    decisions: list[Decision] = field(default_factory=list)

    def log(self) -> Decision:
        return (
            "cap.logged",
            {
                "file": self.file,
                "digest": self.digest,
                "outcome": self.outcome,
                "reason": self.reason,
                "warning": self.warning,
            },
        )

    def all(self) -> list[Decision]:
        return [*self.decisions, self.log()]

    def line(self) -> str:
        tail = f" {self.warning}" if self.warning else ""
        why = f": {self.reason}" if self.reason else ""
        return f"{self.file}\t{self.outcome}{tail}{why}"


def colour(alert: Alert) -> WarningColour:
    info = alert.info()
    words = f"{info.headline} {info.event}" if info else ""
    for w, c in COLOUR_WORDS.items():
        if w in words:
            return c
    return SEVERITY_COLOUR.get(info.severity if info else "", WarningColour.BLUE)


def find(state: State, alert: Alert) -> Warning | None:
    """The warning an Update or Cancel refers to, through any identifier of its chain."""
    for _sender, ident, _sent in reversed(alert.references):
        w = state.warnings.get(ident)
        if w is not None:
            return w
        for w in state.warnings.values():
            if w.cap and ident in w.cap.ids:
                return w
    return None


def known(state: State, ident: str) -> bool:
    return ident in state.warnings or any(
        w.cap and ident in w.cap.ids for w in state.warnings.values()
    )


def fields(state: State, alert: Alert) -> dict[str, Any]:
    """The warning's fields from an Alert or Update (not its id)."""
    info = alert.info()
    if info is None:
        raise CapError("预警消息没有 info 段, 无法确定预警内容")
    m = match(state, info.areas)
    start = info.effective or alert.sent
    end = info.expires or start + timedelta(hours=24)
    if end <= start:
        raise CapError("expires 早于生效时间")
    cap = CapInfo(
        sender=alert.sender,
        sent=alert.sent,
        status=alert.status,
        msg_type=alert.msg_type,
        scope=alert.scope,
        category=info.category,
        event=info.event,
        urgency=info.urgency,
        severity=info.severity,
        certainty=info.certainty,
        headline=info.headline,
        instruction=info.instruction,
        area_desc="; ".join(a.desc for a in info.areas),
        polygons=[p for a in info.areas for p in a.polygons],
        circles=[c for a in info.areas for c in a.circles],
        geocodes=[g for a in info.areas for g in a.geocodes],
        ids=[alert.identifier],
    )
    import msgspec

    return {
        "colour": str(colour(alert)),
        "hazard": info.event,
        "valid_from": start,
        "valid_to": end,
        "onset": info.onset or info.effective,
        "text": info.headline or info.description[:200],
        "issuer": info.sender_name or alert.sender,
        "area": [] if m.whole else sorted(m.townships),
        "villages": sorted(m.villages),
        "zones": sorted(m.zones),
        "concerns": m.concerns,
        "cap": msgspec.to_builtins(cap),
    }


def plan_alert(state: State, alert: Alert, name: str, digest: str) -> FilePlan:
    plan = FilePlan(name, "imported", digest=digest, warning=alert.identifier)
    if alert.status not in IMPORTED_STATUSES or alert.msg_type in ("Ack", "Error"):
        plan.outcome = "ignored"
        plan.reason = f"status {alert.status}, msgType {alert.msg_type}: 不作为预警"
        return plan
    if known(state, alert.identifier):
        plan.outcome, plan.reason = "duplicate", "该预警消息已导入"
        return plan
    earlier = find(state, alert) if alert.msg_type in ("Update", "Cancel") else None
    if alert.msg_type == "Cancel":
        if earlier is None:
            plan.outcome, plan.reason = "ignored", "Cancel 所指的预警不在本台"
        elif earlier.lifted_at is not None:
            plan.outcome, plan.reason = "ignored", "所指的预警已解除"
            plan.warning = earlier.id
        else:
            plan.outcome, plan.warning = "cancelled", earlier.id
            reason = f"CAP Cancel {alert.identifier}" + (f": {alert.note}" if alert.note else "")
            plan.decisions = [("warning.lifted", {"warning": earlier.id, "reason": reason})]
        return plan
    f = fields(state, alert)
    if earlier is not None and earlier.lifted_at is None:
        plan.outcome, plan.warning = "updated", earlier.id
        plan.decisions = [("warning.updated", {"warning": earlier.id, **f})]
        return plan
    if earlier is not None:
        plan.reason = "所更新的预警已解除, 作为新预警导入"
    elif alert.msg_type == "Update":
        plan.reason = "未找到所更新的预警, 作为新预警导入"
    if not f["concerns"]:
        plan.reason = (plan.reason + "; " if plan.reason else "") + "不涉及本县, 仅存档"
    plan.decisions = [("warning.issued", {"warning": alert.identifier, **f})]
    return plan


Loaded = tuple[Path, Alert | None, str, str]  # path, alert, digest, refusal


def read_all(paths: list[Path]) -> list[Loaded]:
    """Read and validate every file, in the order they were sent (an Update after its Alert,
    whatever order the files arrived in); refused files first."""
    out: list[Loaded] = []
    for path in paths:
        try:
            alert, data = load(path)
            out.append((path, alert, hashlib.sha256(data).hexdigest(), ""))
        except CapError as exc:
            out.append((path, None, "", str(exc)))
    return sorted(out, key=lambda x: (x[1] is not None, x[1].sent.timestamp() if x[1] else 0))


def plan_loaded(state: State, item: Loaded) -> FilePlan:
    path, alert, digest, refusal = item
    if alert is None:
        return FilePlan(path.name, "refused", refusal)
    try:
        return plan_alert(state, alert, path.name, digest)
    except CapError as exc:
        return FilePlan(path.name, "refused", str(exc), alert.identifier, digest)


def plan_file(state: State, path: Path) -> FilePlan:
    return plan_loaded(state, read_all([path])[0])


GROUP = 100  # files recorded in one step when none refers to another of the group


def _groups(items: list[Loaded]) -> list[list[Loaded]]:
    """Consecutive files that can be planned against the same state: a file that refers to
    (or repeats) one of its group starts a new group, so chains still see their start."""
    groups: list[list[Loaded]] = []
    seen: set[str] = set()
    for item in items:
        alert = item[1]
        names = {alert.identifier, *(r[1] for r in alert.references)} if alert else set()
        if not groups or len(groups[-1]) >= GROUP or names & seen:
            groups.append([])
            seen = set()
        groups[-1].append(item)
        seen |= names
    return groups


def _record_one(api, plan: FilePlan) -> FilePlan:
    try:
        api.record(plan.all())
    except Refused as exc:
        plan = FilePlan(plan.file, "refused", str(exc), plan.warning, plan.digest)
        api.record([plan.log()])
    return plan


def import_files(api, paths: list[Path]) -> list[FilePlan]:
    """Record every file (its decisions and its log line, all or none per file); refusals are
    logged. Independent files go in groups — one durable write and one trial copy of the
    situation for up to GROUP files — and a group that is refused is retried file by file."""
    done: list[FilePlan] = []
    for group in _groups(read_all(paths)):
        plans = [plan_loaded(api.state, item) for item in group]
        try:
            api.record([d for p in plans for d in p.all()])
        except Refused:
            plans = [_record_one(api, plan_loaded(api.state, item)) for item in group]
        done += plans
    return done


async def import_files_async(api, paths: list[Path]) -> list[FilePlan]:
    """The same on the desk's event loop."""
    done = []
    for item in read_all(paths):
        plan = plan_loaded(api.state, item)
        try:
            await api.submit(plan.all())
        except Refused as exc:
            plan = FilePlan(plan.file, "refused", str(exc), plan.warning, plan.digest)
            await api.submit([plan.log()])
        done.append(plan)
    return done
