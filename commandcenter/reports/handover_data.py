"""The handover report's content, gathered from one period of the journal (no Qt, no HTML).

Everything here is what the next shift must know, as rows of text: the report renders it, the
wizard shows it, tests read it. Sections follow the hand-written form the bureau used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from commandcenter.domain import Event
from commandcenter.domain.deadlines import ReportingPolicy, next_deadline
from commandcenter.domain.entities import Shift
from commandcenter.domain.events import SETUP_KINDS
from commandcenter.domain.vocab import SEVERITY_ZH, EvacStatus, IncidentStatus, TeamStatus, zh

from . import fmt
from .field_data import field_tables, totals
from .fmt import Table
from .ladder_data import ladder_table
from .leader_data import leader_tables, period_figures, response_table
from .notes import parse_note
from .period import Head, PeriodLog

OUT = (TeamStatus.DISPATCHED, TeamStatus.ON_SCENE, TeamStatus.RETURNING)
MOVES = ("stock.received", "stock.transferred", "stock.issued")


@dataclass
class HandoverData:
    bureau: str
    county: str
    since: datetime
    until: datetime
    printed_at: datetime
    tz: object
    shift: Shift | None
    incoming: str
    incoming_leader: str
    summary: list[tuple[str, str]]
    tables: list[Table]
    pending: list[str]
    notes: str
    incoming_notes: str
    by_hour: list[tuple[str, int]]
    by_type: list[tuple[str, int]]
    log: Table
    head: Head
    drill: str = ""  # the scenario's title when this is a drill world's handover


def shift_of(plog: PeriodLog, shift_id: str | None = None) -> Shift | None:
    """The shift a period hands over: the one named, else the one on duty at its start."""
    shifts = plog.state.shifts
    if shift_id:
        return shifts.get(shift_id)
    on_duty = [
        s for s in shifts.values() if s.start <= plog.since and (s.end or plog.until) > plog.since
    ]
    started = [s for s in shifts.values() if plog.since <= s.start < plog.until]
    pool = on_duty or started
    return max(pool, key=lambda s: s.start) if pool else None


def _signatures(events: list[tuple[Event, int | None]], shift: str) -> dict[str, dict]:
    signed: dict[str, dict] = {}
    for ev, _g in events:
        if ev.kind == "shift.signed" and ev.payload.get("shift") == shift:
            signed[ev.payload.get("side", "")] = ev.payload
    return signed


def gather(
    plog: PeriodLog,
    *,
    shift_id: str | None = None,
    pending: list[str] | None = None,
    notes: str | None = None,
    incoming: str = "",
    incoming_leader: str = "",
    policy: ReportingPolicy | None = None,
    now: datetime | None = None,
) -> HandoverData:
    """The report's content. `pending`/`notes` override what the outgoing signature recorded."""
    s, tz, since, until = plog.state, plog.tz, plog.since, plog.until
    shift = shift_of(plog, shift_id)
    signed = _signatures(plog.events, shift.id) if shift else {}
    rec_pending, rec_notes = parse_note(signed.get("out", {}).get("note", ""))
    _, in_notes = parse_note(signed.get("in", {}).get("note", ""))
    new = [i for i in s.incidents.values() if since <= i.reported_at < until]
    open_ = [i for i in s.incidents.values() if i.status != IncidentStatus.CLOSED]
    closed = [i for i in s.incidents.values() if i.closed_at and since <= i.closed_at < until]
    teams = [t for t in s.teams.values() if t.status in OUT]
    moves = [ev for ev, _g in plog.events if ev.kind in MOVES]
    zones = [z for z in s.zones.values() if z.status == EvacStatus.MOVING]
    warnings = [
        w
        for w in s.warnings.values()
        if w.concerns and w.lifted_at is None and w.valid_from <= until < w.valid_to
    ]
    conflicts = s.open_conflicts()
    log = [(ev, g) for ev, g in plog.events if ev.kind not in SETUP_KINDS]

    t_new = Table("new", "新接报事件", ["接报", "事件", "类型", "级别", "地点", "状态", "伤亡"],
                  [12, 23, 10, 9, 20, 10, 16])  # fmt: skip
    for i in sorted(new, key=lambda i: i.reported_at):
        t_new.rows.append([fmt.when(i.reported_at, tz), _title(i), zh(i.type),
                           SEVERITY_ZH.get(i.severity, "?"), fmt.place(s, i.place),
                           zh(i.status), fmt.casualties(i.casualties)])  # fmt: skip
    t_open = Table("open", "未结事件及下一报送时限",
                   ["事件", "类型/级别", "状态", "地点", "队伍", "下一报送", "截止"],
                   [27, 14, 9, 19, 7, 11, 13])  # fmt: skip
    overdue = 0
    for i in sorted(open_, key=lambda i: (i.severity, i.reported_at)):
        d = next_deadline(i, policy or s.reporting)
        late = bool(d and d.overdue(until))
        overdue += late
        due = (fmt.when(d.due, tz) + (" 已超时" if late else "")) if d else ""
        t_open.rows.append([_title(i), f"{zh(i.type)} {SEVERITY_ZH.get(i.severity, '')}",
                            zh(i.status), fmt.place(s, i.place), str(len(i.teams)),
                            d.label if d else "", due])  # fmt: skip
        t_open.alert.append(late)
    t_teams = Table("teams", "在外队伍", ["队伍", "人数", "状态", "事件", "地点", "任务", "自"],
                    [25, 6, 7, 21, 15, 13, 13])  # fmt: skip
    for t in sorted(teams, key=lambda t: t.since or until):
        inc = s.incidents.get(t.incident)
        t_teams.rows.append([t.name, str(t.headcount), zh(t.status), _title(inc) if inc else "",
                             fmt.place(s, inc.place) if inc else "", t.task,
                             fmt.when(t.since, tz)])  # fmt: skip
    t_moves = Table("moves", "物资调拨与出入库",
                    ["时间", "操作", "物资", "数量", "从", "到 / 领用", "事件"],
                    [12, 6, 12, 8, 22, 20, 20])  # fmt: skip
    for ev in moves:
        t_moves.rows.append(_move_row(s, ev, tz))
    t_evac = Table("evac", "转移避险进行中", ["区域", "乡镇 村", "事件", "应转移 户/人",
                   "已转移 户/人", "安全屋 在屋/容量", "开始"],
                   [17, 17, 20, 11, 11, 14, 10])  # fmt: skip
    for z in sorted(zones, key=lambda z: z.started_at or until):
        inc = s.incidents.get(z.incident)
        t_evac.rows.append([z.name, f"{s.township_name(z.township)} {s.village_name(z.township, z.village)}".strip(),
                            _title(inc) if inc else "", f"{z.to_move_households}/{z.to_move_people}",
                            f"{z.moved_households}/{z.moved_people}",
                            f"{z.safe_house.name} {z.in_safe_house}/{z.safe_house.capacity}",
                            fmt.when(z.started_at, tz)])  # fmt: skip
        t_evac.alert.append(z.moved_people < z.to_move_people)
    t_warn = Table("warnings", "生效预警", ["预警", "灾种", "范围", "生效", "截止", "发布"],
                   [10, 30, 24, 12, 12, 12])  # fmt: skip
    for w in sorted(warnings, key=lambda w: w.valid_from):
        area = "、".join(s.township_name(a) for a in w.area) or "全县"
        t_warn.rows.append([zh(w.colour) + "预警", w.hazard, area, fmt.when(w.valid_from, tz),
                            fmt.when(w.valid_to, tz), w.issuer])  # fmt: skip
    t_ladder = ladder_table(s, until, tz)  # the 631 ladders, every unanswered call in red
    t_conf = Table("conflicts", "未处理冲突", ["时间", "类型", "说明"], [12, 14, 74])
    for c in sorted(conflicts, key=lambda c: c.at):
        t_conf.rows.append([fmt.when(c.at, tz), _CONFLICT.get(c.kind, c.kind), c.text])
    t_log = Table("log", "本班决策日志", ["序号", "时间", "经办", "内容"], [7, 12, 9, 72])
    for ev, g in log:
        t_log.rows.append([str(g) if g is not None else "待传", fmt.when(ev.ts, tz), ev.actor,
                           fmt.log_line(ev, s)])  # fmt: skip

    out_people = sum(t.headcount for t in teams)
    summary = [
        ("新接报事件", str(len(new))),
        ("本班办结", str(len(closed))),
        ("未结事件", f"{len(open_)} (超时 {overdue})"),
        ("在外队伍", f"{len(teams)} 支 {out_people} 人"),
        ("物资动用", f"{len(moves)} 笔"),
        ("转移避险", f"{len(zones)} 处 已转移 {sum(z.moved_people for z in zones)} 人"),
        ("生效预警", str(len(warnings))),
        ("叫应未应答", f"{sum(t_ladder.alert)} 项"),
        ("未处理冲突", str(len(conflicts))),
        ("决策记录", f"{len(log)} 条"),
    ]
    if s.figures:  # what the townships and villages reported (issue 14)
        summary.append(("基层灾情", totals(list(s.figures.values()))))
    return HandoverData(
        bureau=s.county.bureau if s.county else "应急管理局",
        county=s.county.name if s.county else "",
        since=since,
        until=until,
        printed_at=now or datetime.now(UTC),
        tz=tz,
        shift=shift,
        incoming=incoming or (shift.signed_in if shift else ""),
        incoming_leader=incoming_leader or _next_leader(s, shift),
        summary=summary,
        tables=[
            t_new,
            t_open,
            t_teams,
            t_moves,
            t_evac,
            t_warn,
            t_ladder,
            t_conf,
            *field_tables(s, since, until, tz, (policy or ReportingPolicy()).sign_minutes),
            *leader_tables(plog),
            response_table(period_figures(plog)),
        ],
        pending=rec_pending if pending is None else pending,
        notes=rec_notes if notes is None else notes,
        incoming_notes=in_notes,
        by_hour=by_hour(new, since, until, tz),
        by_type=by_type(new),
        log=t_log,
        head=plog.head,
    )


_CONFLICT = {
    "double_dispatch": "重复派遣",
    "overdrawn": "账面不足",
    "after_close": "办结后派遣",
    "closed_twice": "重复办结",
}


def _next_leader(s, shift: Shift | None) -> str:
    """The leader of the shift that took over from `shift`, once it has started."""
    if shift is None:
        return ""
    later = [x for x in s.shifts.values() if x.id != shift.id and x.start >= shift.start]
    return min(later, key=lambda x: x.start).leader if later else ""


def _title(inc) -> str:
    """The title with one drill mark (drill titles often carry 【演练】 already)."""
    if inc.drill and "演练" not in inc.title[:4]:
        return "【演练】" + inc.title
    return inc.title


def _move_row(s, ev: Event, tz) -> list[str]:
    p = ev.payload

    def wh(key: str) -> str:
        w = s.warehouses.get(p.get(key, ""))
        return w.name if w else p.get(key, "")

    inc = s.incidents.get(p.get("incident", ""))
    unit = s.items[p["item"]].unit if p.get("item") in s.items else ""
    op = {"stock.received": "入库", "stock.transferred": "调拨", "stock.issued": "出库"}[ev.kind]
    src = {"stock.received": "", "stock.transferred": wh("source"), "stock.issued": wh("warehouse")}
    dst = {
        "stock.received": wh("warehouse"),
        "stock.transferred": wh("target"),
        "stock.issued": p.get("recipient", ""),
    }
    return [fmt.when(ev.ts, tz), op, p.get("item", ""), f"{p.get('qty', 0)}{unit}",
            src[ev.kind], dst[ev.kind], _title(inc) if inc else ""]  # fmt: skip


def by_hour(incidents, since: datetime, until: datetime, tz) -> list[tuple[str, int]]:
    """Incidents reported per hour of the period (wider buckets for periods over two days)."""
    start = since.astimezone(tz).replace(minute=0, second=0, microsecond=0)
    hours = max(1, math.ceil((until - start).total_seconds() / 3600))
    width = max(1, math.ceil(hours / 48))
    n = math.ceil(hours / width)
    counts = [0] * n
    for i in incidents:
        k = int((i.reported_at - start).total_seconds() // (3600 * width))
        if 0 <= k < n:
            counts[k] += 1
    label = "%H" if width == 1 else "%d日%H"
    return [((start + timedelta(hours=k * width)).strftime(label), c) for k, c in enumerate(counts)]


def by_type(incidents) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for i in incidents:
        counts[zh(i.type)] = counts.get(zh(i.type), 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])
