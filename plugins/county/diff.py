"""The difference between a checked workbook and the county as it stands, as decisions.

Per sheet: records that are new (registered with their type's own kind, or `record.changed`
for types without one), changed (`record.changed` with the whole record) and retired (a row
that is gone: `record.retired`; only for sheets the file carries). Retirements come first, the
dependants before what they depend on (stock before its store, villages before their
township); then the rest in sheet order, so each decision finds what it names. Identical
records produce nothing, which is why importing the same workbook twice stores nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import msgspec

from commandcenter.domain import State
from commandcenter.domain import records as R

from .checking import Checked
from .sheets import BY_TYPE, SHEETS

Decision = tuple[str, dict[str, Any]]
# a record a workbook never retires by leaving it out
KEEP = frozenset({"county"})


@dataclass
class SheetDiff:
    sheet: str
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.new or self.changed or self.retired)


@dataclass
class ImportPlan:
    diffs: list[SheetDiff] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth saying, but not stopping the import
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def empty(self) -> bool:
        return not self.decisions

    def counts(self) -> tuple[int, int, int]:
        return (
            sum(len(d.new) for d in self.diffs),
            sum(len(d.changed) for d in self.diffs),
            sum(len(d.retired) for d in self.diffs),
        )


def _with_upkeep_dates(data: dict, old: dict | None, now: datetime) -> dict:
    """A workbook names 五定 tasks and intervals; when each was last done stays as recorded."""
    done = {u["task"]: u["last_done"] for u in (old or {}).get("upkeep", [])}
    data["upkeep"] = [
        {**u, "last_done": done.get(u["task"], now.isoformat())} for u in data.get("upkeep", [])
    ]
    return data


def rounded(obj: Any) -> Any:
    """Floats to 6 decimals (0.1 m of a coordinate): a spreadsheet keeps 15 digits, not 17."""
    if isinstance(obj, float):
        return round(obj, 6)
    if isinstance(obj, dict):
        return {k: rounded(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [rounded(v) for v in obj]
    return obj


def _normal(type_: str, data: dict, old: dict | None, now: datetime) -> dict:
    if type_ == "warehouse":
        data = _with_upkeep_dates(data, old, now)
    return rounded(R.plain(msgspec.convert(data, R.TYPES[type_].shape, str_keys=True)))


def _register_payload(type_: str, data: dict) -> dict:
    return {**data, "villages": []} if type_ == "township" else data


def plan_import(checked: Checked, state: State, now: datetime) -> ImportPlan:
    plan = ImportPlan(errors=list(checked.errors))
    plan.rows = sum(len(w) for w in checked.rows.values())
    if plan.errors:
        return plan
    order = [s.type for s in SHEETS if s.type in checked.sheets]
    puts: list[Decision] = []
    retires: list[Decision] = []
    for type_ in order:
        diff = SheetDiff(BY_TYPE[type_].name)
        have = R.current(state, type_)
        rt = R.TYPES[type_]
        for key, raw in checked.records.get(type_, {}).items():
            old = have.get(key)
            try:
                data = _normal(type_, dict(raw), old, now)
            except msgspec.ValidationError as exc:
                n = checked.rows[type_].get(key, 0)
                plan.errors.append(f"{diff.sheet} 第{n}行: {exc}")
                continue
            if old is None:
                diff.new.append(key)
                if rt.register:
                    puts.append((rt.register, _register_payload(type_, data)))
                else:
                    puts.append(("record.changed", {"type": type_, "id": key, "data": data}))
            elif not R.same(rounded(old), data):
                diff.changed.append(key)
                puts.append(("record.changed", {"type": type_, "id": key, "data": data}))
        if type_ not in KEEP:
            gone = [k for k in have if k not in checked.records.get(type_, {})]
            diff.retired.extend(gone)
            retires.append((type_, gone))  # type: ignore[arg-type]
        plan.diffs.append(diff)
    for type_, gone in reversed(retires):  # type: ignore[misc]
        plan.decisions += [("record.retired", {"type": type_, "id": k}) for k in gone]
    plan.decisions += puts
    return plan
