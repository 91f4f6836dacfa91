"""Small pieces the pages share: coloured words, time formats, an incident's one-line label."""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from commandcenter.domain.entities import Incident
from commandcenter.domain.vocab import LEVEL_ZH, SEVERITY_ZH

from ... import i18n
from ..theme import DARK

WARNING_ZH = {
    "red": QT_TRANSLATE_NOOP("screen", "红色"),
    "orange": QT_TRANSLATE_NOOP("screen", "橙色"),
    "yellow": QT_TRANSLATE_NOOP("screen", "黄色"),
    "blue": QT_TRANSLATE_NOOP("screen", "蓝色"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("screen", text)


def colour_word(colour: str) -> str:
    """A warning's colour (红色 …) in the current language."""
    return _tr(WARNING_ZH[colour])


def level(lvl: int) -> str:
    """A response level (Ⅲ级响应 …) in the current language."""
    return i18n.word(LEVEL_ZH[lvl])


def span(text: object, colour: str, *, bold: bool = True) -> str:
    weight = "font-weight:bold;" if bold else ""
    return f'<span style="color:{colour};{weight}">{escape(str(text))}</span>'


def sev(level: int) -> str:
    word = i18n.word(SEVERITY_ZH[level]) if level in SEVERITY_ZH else level
    return span(word, DARK["severity"].get(level, DARK["text"]))


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
        span(i18n.vocab(inc.status), DARK["accent"], bold=False),
    ]
    if inc.response_level:
        parts.append(span(level(inc.response_level), DARK["red"]))
    return " ".join(parts)
