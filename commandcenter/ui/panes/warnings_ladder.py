"""The rows of the 预警 pane's 叫应 tree, worked out from the ladder (Qt-free apart from the
translation context, which stays the pane's, "WarningsPane")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from commandcenter.domain.ladder import NOT_DUE, ladder
from commandcenter.domain.ladder_config import CHANNELS
from commandcenter.domain.state import State
from commandcenter.reports.ladder_data import STATE_ZH, _countdown


def _tr(text: str) -> str:
    return QCoreApplication.translate("WarningsPane", text)


def ladder_rows(s: State, now: datetime, wid: str):
    """([((stage index, head texts), [(target key, texts, data, unanswered)])], note, offer):
    `note` replaces the tree when the warning concerns no one here; `offer` is
    (text, zone id) when a zone's 3人1屋 have all answered."""
    if not wid:
        return [], "", None
    w = s.warnings[wid]
    if not w.concerns:
        return [], _tr("不涉及本县, 无需叫应"), None
    lad = ladder(s, wid, now)
    rows = []
    for st in lad.stages:
        due = _tr("已到时") if st.due(now) else _tr("倒计时 ") + _countdown(st.due_at, now)
        head = [f"{st.name}  {due}", "", _tr("应答时限 {n} 分钟").format(n=st.answer_minutes)]
        kids = []
        for t in st.targets:
            c = t.calls[-1] if t.calls else None
            done = ""
            if c:
                how = CHANNELS.get(c.channel, c.channel)
                done = f"{c.person} {how} {c.at.astimezone().strftime('%H:%M')}"
                if c.answered_at:
                    done += _tr(" 应答 ") + c.answered_at.astimezone().strftime("%H:%M")
            nxt = ""
            if t.next_person and t.state != NOT_DUE:
                word = _tr("喊醒") if t.night else _tr("叫应")
                nxt = f"{word} {t.next_person.name} {t.next_person.phone}".strip()
            if t.deadline and not t.unanswered and c and not c.answered_at:
                nxt = _tr("时限 ") + _countdown(t.deadline, now)
            data = (
                st.index,
                t.target.key,
                t.next_person.name if t.next_person else "",
                t.next_person.phone if t.next_person else "",
                c.id if c else "",
            )
            texts = [t.target.label, STATE_ZH[t.state], done, nxt]
            kids.append((t.target.key, texts, data, bool(t.unanswered)))
        rows.append(((st.index, head), kids))
    offer = None
    if lad.zones_ready:
        zid = lad.zones_ready[0]
        offer = (_tr("{zone} 3人1屋均已应答 — 启动转移…").format(zone=s.zones[zid].name), zid)
    return rows, "", offer
