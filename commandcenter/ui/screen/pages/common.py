"""Small pieces the pages share: coloured words, time formats, an incident's one-line label."""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from commandcenter.domain.entities import Incident
from commandcenter.domain.vocab import LEVEL_ZH, SEVERITY_ZH, zh

from ..theme import DARK

WARNING_ZH = {"red": "红色", "orange": "橙色", "yellow": "黄色", "blue": "蓝色"}


def span(text: object, colour: str, *, bold: bool = True) -> str:
    weight = "font-weight:bold;" if bold else ""
    return f'<span style="color:{colour};{weight}">{escape(str(text))}</span>'


def sev(level: int) -> str:
    return span(SEVERITY_ZH.get(level, level), DARK["severity"].get(level, DARK["text"]))


def hm(ts: datetime | None, tz: ZoneInfo) -> str:
    return ts.astimezone(tz).strftime("%H:%M") if ts else "—"


def incident_line(inc: Incident, state, tz: ZoneInfo) -> str:
    """'■ 较大 09:42 盘石镇 标题 处置中 Ⅲ级响应' as rich text."""
    town = state.township_name(inc.place.township)
    parts = [
        span("■", DARK["severity"].get(inc.severity, DARK["text"])),
        sev(inc.severity),
        span(hm(inc.reported_at, tz), DARK["muted"], bold=False),
        escape(town),
        escape(inc.title),
        span(zh(inc.status), DARK["accent"], bold=False),
    ]
    if inc.response_level:
        parts.append(span(LEVEL_ZH[inc.response_level], DARK["red"]))
    return " ".join(parts)
