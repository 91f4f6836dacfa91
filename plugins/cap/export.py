"""CAP 1.2 out: a warning of the desk as a CAP message, validated against the same XSD.

Times carry the county's offset (+08:00 for Beijing time), never `Z`, which CAP 1.2's pattern
refuses. A lifted warning goes out as a Cancel referencing its last message, an updated one as
an Update; the area keeps the polygons, circles and geocodes it came with and adds the
townships' outlines and administrative codes of the desk.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from lxml import etree

from commandcenter.domain import State
from commandcenter.domain.entities import Warning
from commandcenter.domain.ladder import config
from commandcenter.domain.vocab import WarningColour

from .reading import NS, CapError, parse

COLOUR_SEVERITY = {
    WarningColour.RED: "Extreme",
    WarningColour.ORANGE: "Severe",
    WarningColour.YELLOW: "Moderate",
    WarningColour.BLUE: "Minor",
}
COLOUR_ZH = {
    WarningColour.RED: "红色",
    WarningColour.ORANGE: "橙色",
    WarningColour.YELLOW: "黄色",
    WarningColour.BLUE: "蓝色",
}


def cap_time(t: datetime, tz: str) -> str:
    return t.astimezone(ZoneInfo(tz)).isoformat(timespec="seconds")


def _sub(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{name}")
    if text is not None:
        el.text = text
    return el


def _pair(parent: etree._Element, name: str, key: str, value: str) -> None:
    el = _sub(parent, name)
    _sub(el, "valueName", key)
    _sub(el, "value", value)


def to_xml(state: State, w: Warning, now: datetime) -> bytes:
    """The CAP 1.2 message for a warning, validated; CapError if it would not validate."""
    tz = state.county.timezone if state.county else "Asia/Shanghai"
    cap = w.cap
    sender = cap.sender if cap and cap.sender else (state.county.bureau if state.county else "")
    root = etree.Element(f"{{{NS}}}alert", nsmap={None: NS})
    ids = cap.ids if cap and cap.ids else [w.id]
    if w.lifted_at is not None:
        msg_type, ident = "Cancel", f"{w.id}_cancel"
    elif len(ids) > 1 or w.updated_at is not None:
        msg_type, ident = "Update", f"{w.id}_u{len(ids)}"
    else:
        msg_type, ident = "Alert", w.id
    _sub(root, "identifier", ident)
    _sub(root, "sender", sender or "commandcenter")
    sent = w.lifted_at or w.updated_at or w.issued_at or w.valid_from
    _sub(root, "sent", cap_time(sent, tz))
    _sub(root, "status", cap.status if cap else "Actual")
    _sub(root, "msgType", msg_type)
    _sub(root, "scope", cap.scope if cap else "Public")
    if msg_type == "Cancel" and w.lift_reason:
        _sub(root, "note", w.lift_reason)
    if msg_type != "Alert":
        first_sent = cap.sent if cap and cap.sent else (w.issued_at or w.valid_from)
        _sub(
            root, "references", f"{sender or 'commandcenter'},{ids[-1]},{cap_time(first_sent, tz)}"
        )
    info = _sub(root, "info")
    _sub(info, "language", "zh-CN")
    _sub(info, "category", cap.category if cap else "Met")
    _sub(info, "event", w.hazard)
    _sub(info, "urgency", cap.urgency if cap else "Expected")
    _sub(info, "severity", COLOUR_SEVERITY.get(w.colour, "Unknown"))
    _sub(info, "certainty", cap.certainty if cap else "Likely")
    _sub(info, "effective", cap_time(w.valid_from, tz))
    if w.onset:
        _sub(info, "onset", cap_time(w.onset, tz))
    _sub(info, "expires", cap_time(w.valid_to, tz))
    _sub(info, "senderName", w.issuer or sender or "")
    _sub(
        info,
        "headline",
        (cap.headline if cap and cap.headline else "")
        or f"{COLOUR_ZH.get(w.colour, '')}{w.hazard}预警",
    )
    if w.text:
        _sub(info, "description", w.text)
    if cap and cap.instruction:
        _sub(info, "instruction", cap.instruction)
    area = _sub(info, "area")
    names = [state.township_name(t) for t in w.area]
    county = state.county.name if state.county else ""
    _sub(
        area,
        "areaDesc",
        (cap.area_desc if cap and cap.area_desc else "") or "、".join(names) or county,
    )
    for p in cap.polygons if cap else []:
        _sub(area, "polygon", p)
    for tid in w.area if not (cap and cap.polygons) else []:
        t = state.townships.get(tid)
        if t and len(t.outline) >= 3:
            ring = [*t.outline, t.outline[0]] if t.outline[0] != t.outline[-1] else t.outline
            _sub(area, "polygon", " ".join(f"{lat:.5f},{lon:.5f}" for lon, lat in ring))
    for c in cap.circles if cap else []:
        _sub(area, "circle", c)
    codes = {place: code for code, place in config(state).codes.items()}
    seen = set()
    for name, value in cap.geocodes if cap else []:
        _pair(area, "geocode", name, value)
        seen.add(value)
    for place in w.area or ["county"]:
        code = codes.get(place)
        if code and code not in seen:
            _pair(area, "geocode", "GB/T 2260", code)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    parse(data)  # the same checks and XSD as CAP in: what we send, we could read
    return data


def export(state: State, wid: str, now: datetime) -> bytes:
    w = state.warnings.get(wid) or next(
        (x for x in state.warnings.values() if x.cap and wid in x.cap.ids), None
    )
    if w is None:
        raise CapError(f"没有编号为 {wid} 的预警")
    return to_xml(state, w, now)
