"""Checking every row of a county workbook before anything is stored.

Each cell is read by its column's kind (a phone must look like one, a number must be a number,
a fixed value must be one of its list), required cells must be filled, ids must be unique,
and references (乡镇, 村, 仓库) must name a place or store in the workbook or, for sheets the
file does not carry, in the county as it stands. Every problem becomes one line
"sheet 第N行 column: reason"; the records come back as plain data per record type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from commandcenter.domain import State
from commandcenter.domain.records import PHONE

from .reading import Book
from .sheets import SHEETS, Col, Sheet

SPLIT = re.compile(r"[、,，;；\n]+")
BOUNDS = {"lon": (73.0, 136.0, "经度"), "lat": (3.0, 54.0, "纬度")}


class Bad(ValueError):
    """One cell's problem (the message is the reason)."""


@dataclass
class Checked:
    records: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    rows: dict[str, dict[str, int]] = field(default_factory=dict)  # type -> id -> row number
    errors: list[str] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)  # the record types the file carries


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, datetime):
        return v.date().isoformat()
    return str(v).strip()


def _number(v: Any, integer: bool) -> int | float:
    if isinstance(v, bool):
        raise Bad(f"「{v}」不是数字")
    if isinstance(v, int | float):
        n = v
    else:
        try:
            n = float(str(v).strip().replace(",", ""))
        except ValueError:
            raise Bad(f"「{_text(v)}」不是{'整数' if integer else '数字'}") from None
    if integer:
        if float(n) != int(n):
            raise Bad(f"「{_text(v)}」不是整数")
        n = int(n)
        if n < 0:
            raise Bad(f"不能为负数 ({n})")
    return n


def _choice(word: str, col: Col) -> str:
    choices = col.choices or {}
    if word in choices:
        return choices[word]
    if word in choices.values():
        return word
    raise Bad(f"「{word}」不是可选值 ({'、'.join(choices)})")


def _date(v: Any) -> str:
    if isinstance(v, datetime | date):
        return (v.date() if isinstance(v, datetime) else v).isoformat()
    t = _text(v).replace("/", "-").replace(".", "-")
    try:
        return date.fromisoformat(t).isoformat()
    except ValueError:
        raise Bad(f"「{_text(v)}」不是日期 (如 2026-06-01)") from None


def _upkeep(text: str) -> list[dict[str, Any]]:
    out = []
    for part in SPLIT.split(text):
        task, sep, days = part.strip().rpartition("/")
        if not part.strip():
            continue
        if not sep or not task or not days.strip().isdigit() or int(days) <= 0:
            raise Bad(f"「{part.strip()}」应写作 任务/周期天数, 如 发电机保养/30")
        out.append({"task": task.strip(), "interval_days": int(days)})
    return out


def cell(v: Any, col: Col) -> Any:
    """The value of one cell for its column, or Bad with the reason."""
    text = _text(v)
    if not text and not (isinstance(v, int | float) and not isinstance(v, bool)):
        if col.required:
            raise Bad("不能为空")
        return None
    k = col.kind
    if k in ("int", "float"):
        return _number(v, k == "int")
    if k in BOUNDS:
        lo, hi, what = BOUNDS[k]
        n = float(_number(v, False))
        if not lo <= n <= hi:
            raise Bad(f"{what}应在 {lo:g} 到 {hi:g} 之间, 不是 {n:g}")
        return n
    if k == "phone":
        phone = re.sub(r"[\s()（）]", "", text)
        if not PHONE.match(phone):
            raise Bad(f"「{text}」不是有效的电话号码")
        return phone
    if k == "choice":
        return _choice(text, col)
    if k == "multi":
        return [_choice(w.strip(), col) for w in SPLIT.split(text) if w.strip()]
    if k == "date":
        return _date(v)
    if k == "upkeep":
        return _upkeep(text)
    if k == "tasks":
        return [t.strip() for t in re.split(r"[；;\n]+", text) if t.strip()]
    return text


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for p in parents:
        data = data.setdefault(p, {})
    data[last] = value


class _Sheet:
    def __init__(self, sheet: Sheet, out: Checked) -> None:
        self.sheet, self.out = sheet, out

    def error(self, n: int, col: Col | str, why: str) -> None:
        header = col.header if isinstance(col, Col) else col
        self.out.errors.append(f"{self.sheet.name} 第{n}行 {header}: {why}")


def _rows(book: Book, sheet: Sheet, out: Checked) -> list[tuple[int, dict[str, Any]]]:
    """Cells of one sheet converted; bad cells and duplicate keys reported."""
    s = _Sheet(sheet, out)
    heads = book.headers.get(sheet.name, [])
    missing = [c for c in sheet.cols if c.header not in heads and c.required]
    for c in missing:
        s.error(1, c, "缺少这一列")
    if missing:
        return []
    good, seen = [], {}
    for n, raw in book.sheets[sheet.name]:
        data: dict[str, Any] = {}
        ok = True
        for col in sheet.cols:
            try:
                value = cell(raw.get(col.header), col)
            except Bad as exc:
                s.error(n, col, str(exc))
                ok = False
                continue
            if value is not None:
                _put(data, col.key, value)
        if not ok:
            continue
        key = tuple(str(data.get(k, "")) for k in sheet.key)
        if key in seen:
            s.error(n, sheet.col(sheet.key[0]), f"与第{seen[key]}行重复")
            continue
        seen[key] = n
        good.append((n, data))
    return good


def check(book: Book, state: State) -> Checked:
    out = Checked()
    # a sheet without a single row is taken as not filled in: it retires nothing
    parsed = {s.type: (s, _rows(book, s, out)) for s in SHEETS if book.sheets.get(s.name)}
    out.sheets = list(parsed)
    towns = (
        {d["id"] for _, d in parsed["township"][1]}
        if "township" in parsed
        else set(state.townships)
    )
    if "village" in parsed:
        villages = {d["id"]: d["township"] for _, d in parsed["village"][1]}
    else:
        villages = {v.id: t.id for t in state.townships.values() for v in t.villages}
    stores = (
        {d["id"] for _, d in parsed["warehouse"][1]}
        if "warehouse" in parsed
        else set(state.warehouses)
    )
    for type_, (sheet, rows) in parsed.items():
        s = _Sheet(sheet, out)
        recs: dict[str, dict[str, Any]] = {}
        where: dict[str, int] = {}
        for n, data in rows:
            ok = True
            for col in sheet.cols:
                v = data.get(col.key) if "." not in col.key else None
                if not v:
                    continue
                if col.kind == "township" and v not in towns:
                    s.error(n, col, f"没有代码为 {v} 的乡镇")
                    ok = False
                elif col.kind == "village" and v not in villages:
                    s.error(n, col, f"没有代码为 {v} 的村(社区)")
                    ok = False
                elif col.kind == "village" and data.get("township") not in ("", None, villages[v]):
                    s.error(n, col, f"村 {v} 不属于乡镇 {data.get('township')}")
                    ok = False
                elif col.kind == "store" and v not in stores:
                    s.error(n, col, f"没有编号为 {v} 的仓库")
                    ok = False
            if ok:
                _merge(s, type_, n, data, recs, where)
        if type_ == "county" and len(recs) > 1:
            s.error(max(where.values()), sheet.cols[0], "县区表只能有一行")
        out.records[type_] = recs
        out.rows[type_] = where
    return out


def _merge(s: _Sheet, type_: str, n: int, data: dict, recs: dict, where: dict) -> None:
    """One row into the records of its type (a plan's rows, one per level, become one plan)."""
    if type_ == "county":
        key = "county"
    elif type_ == "stock":
        key = f"{data['warehouse']}/{data['item']}"
    elif type_ == "duty":
        key = data["date"]
    else:
        key = data["id"]
    if type_ != "plan":
        recs[key], where[key] = data, n
        return
    level, tasks = data.pop("level", None), data.pop("tasks", [])
    plan = recs.get(key)
    if plan is None:
        plan = recs[key] = {**data, "levels": {}}
        where[key] = n
    else:
        for f, header in (("name", "名称"), ("kind", "类别"), ("types", "适用事件")):
            if plan.get(f) != data.get(f):
                s.error(n, header, f"与第{where[key]}行 (同一预案) 不一致")
    if level:
        plan["levels"][level] = tasks
