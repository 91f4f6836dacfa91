"""The rejection bar: a decision the hub refused, its reason, and the way out (作废 / 重试).

Shown in the status bar while the link reports a rejection. 作废 voids the decision (it stays
in the journal, marked void, inside the `event.voided` record, and is never sent again), so the
station's later decisions flow; 重试 resends after someone fixed the cause at the hub.
Nothing is silently lost: the bar stays until one of the two is chosen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class RejectionBar(QWidget):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.void_button = QPushButton(self.tr("作废该决策"))
        self.retry_button = QPushButton(self.tr("重试"))
        self.void_button.clicked.connect(self.void)
        self.retry_button.clicked.connect(self.retry)
        for w in (self.text, self.void_button, self.retry_button):
            lay.addWidget(w)
        self.setVisible(False)

    def refresh(self) -> None:
        link = self.desk.link
        rej = link.state.rejected if link is not None else None
        self.setVisible(rej is not None)
        if rej is not None:
            self.text.setText(
                self.tr("中心拒绝了「{kind}」: {reason}").format(kind=rej.kind, reason=rej.reason)
            )

    def void(self):
        link = self.desk.link
        if link is None or link.state.rejected is None:
            return None
        return self.desk.run(self._void(link))

    async def _void(self, link) -> None:
        try:
            await link.void(self.tr("值班员作废被中心拒绝的决策"))
        except Exception as exc:  # a refusal or a journal error: say it, keep the bar
            self.desk.message.emit(str(exc), True)
            return
        self.desk.message.emit(self.tr("已作废, 后续决策继续上传"), False)
        self.refresh()

    def retry(self) -> None:
        if self.desk.link is not None:
            self.desk.link.retry()
            self.refresh()
