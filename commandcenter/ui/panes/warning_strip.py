"""The warnings in force as coloured chips across the top of the 警情 board (its header):
whatever the officer is looking at, a red warning is in sight."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from commandcenter.domain.ladder import in_force, ladder
from commandcenter.domain.vocab import zh

from ..theme import WARNING_FILL as FILL


class WarningStrip(QWidget):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.clock = lambda: datetime.now(UTC)
        self.lay = QHBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 2)
        self.lay.setSpacing(4)
        self._seconds = 0
        self._shown: tuple | None = None  # the chips' texts and colours now on screen
        desk.updated.connect(self._on_update)
        desk.tick.connect(self._tick)
        self.refresh()

    def _tick(self) -> None:
        self._seconds += 1
        if self._seconds % 30 == 0:  # expiries and unanswered counts move with the clock
            self.refresh()

    def _on_update(self, u) -> None:
        # only warnings, their 叫应 calls and renamed places change a chip: rebuilding the
        # chips on every batch re-laid out the board and repainted all of it (issue 15)
        if u.everything or any(e.kind.startswith(("warning.", "ladder.")) for e in u.events):
            self.refresh()

    def refresh(self) -> None:
        s, now = self.desk.state, self.clock()
        ws = in_force(s, now)
        chips = []
        for w in ws[:6]:
            area = "、".join(s.township_name(a) for a in w.area[:3]) or self.tr("全县")
            left = len(ladder(s, w.id, now).unanswered)
            text = f"{zh(w.colour)}{w.hazard}预警 {area}"
            if left:
                text += self.tr(" · 未应答 {n}").format(n=left)
            chips.append((text, w.colour))
        shown = (tuple(chips), len(ws))
        if shown == self._shown:
            return
        self._shown = shown
        while self.lay.count():
            w = self.lay.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.chips: list[QLabel] = []
        for text, colour in chips:
            chip = QLabel(text)
            chip.setToolTip(text)
            # long chips shrink rather than widen the board (the desk must fit 1366 px)
            chip.setMinimumWidth(60)
            chip.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            chip.setStyleSheet(
                f"background:{FILL.get(colour, '#757575')};color:white;"
                "border-radius:3px;padding:1px 6px;font-weight:bold"
            )
            self.lay.addWidget(chip)
            self.chips.append(chip)
        if len(ws) > 6:
            more = QLabel(self.tr("等 {n} 个预警").format(n=len(ws)))
            self.lay.addWidget(more)
        self.lay.addStretch(1)
        self.setVisible(bool(ws))
