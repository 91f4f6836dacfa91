"""`PluginsDialog` (插件): every plugin found, its contributions, and the error that stopped it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from commandcenter.plugins import Registry

from .preview import _fill, _table


class PluginsDialog(QDialog):
    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PluginsDialog")
        self.setWindowTitle(self.tr("插件"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr("内置插件随程序提供; 安装的插件通过 commandcenter.plugins 入口点载入。")
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = _table(
            [
                self.tr("编号"),
                self.tr("名称"),
                self.tr("版本"),
                self.tr("来源"),
                self.tr("状态"),
                self.tr("提供 / 错误"),
            ]
        )
        status = {"ok": self.tr("正常"), "error": self.tr("出错"), "refused": self.tr("已拒绝")}
        rows = []
        for p in registry.plugins:
            what = p.error or "; ".join(
                f"{kind}: {c.title or c.id}"
                for kind, items in (p.manifest.contributes.items() if p.manifest else [])
                for c in items
            )
            rows.append([p.id, p.name, p.version, p.source, status[p.status], what])
        _fill(self.table, rows)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(860, 360)
