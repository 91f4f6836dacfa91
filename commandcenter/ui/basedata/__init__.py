"""The 基础数据 menu: import (with a preview), export, template, record editors, 插件.

Importers and exporters come from plugin contributions (the county workbook is a bundled
plugin), listed when the menu is built and loaded on first use; a plugin that fails is shown
with its error and never stops the desk. File choosers are opened non-modally (`open()`):
a nested `exec()` loop breaks qasync.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from commandcenter.plugins import PluginAPI, PluginError, default_registry

EDIT_ROLES = ("admin", "desk")


def _tr(text: str) -> str:
    # a module-level context: lupdate cannot see the class behind `window.tr`
    return QCoreApplication.translate("BaseDataMenu", text)


class BaseDataMenu:
    def __init__(self, window: QMainWindow, registry=None) -> None:
        self.window = window
        self.desk = window.desk
        self.registry = registry or default_registry()
        self.open_dialogs: list = []
        menu = window.menuBar().addMenu(_tr("基础数据(&B)"))
        self.menu = menu
        may_edit = self.desk.station.role in EDIT_ROLES
        self._listed = False
        self._plugins_end = menu.addSeparator()  # the plugins' entries go above it
        menu.aboutToShow.connect(self.list_plugins)
        for text, fn in (
            (_tr("新增救援队伍…"), self.add_team),
            (_tr("修改联系电话…"), self.change_phone),
            (_tr("注销视频点…"), self.retire_video),
        ):
            act = QAction(text, window)
            act.setEnabled(may_edit)
            act.triggered.connect(lambda _=False, f=fn: f())
            menu.addAction(act)
        menu.addSeparator()
        plugins = QAction(_tr("插件…"), window)
        plugins.triggered.connect(lambda: self.show_plugins())
        menu.addAction(plugins)

    def list_plugins(self) -> None:
        """The importers and exporters plugins contribute, at the top of the menu: listed
        when the menu first opens or in a turn after the window's first paint (`MainWindow`),
        whichever is first. Discovery reads every installed package's metadata, ~25 ms the
        first paint does not wait for."""
        if self._listed:
            return
        self._listed = True
        may_edit = self.desk.station.role in EDIT_ROLES
        for plugin, c in self.registry.contributions("importers"):
            act = QAction(_tr("导入 {0}…").format(c.title or c.id), self.window)
            act.setEnabled(may_edit)
            act.triggered.connect(lambda _=False, p=plugin, c=c: self.choose_import(p, c))
            self.menu.insertAction(self._plugins_end, act)
        for plugin, c in self.registry.contributions("exporters"):
            act = QAction(_tr("导出 {0}…").format(c.title or c.id), self.window)
            act.triggered.connect(lambda _=False, p=plugin, c=c: self.choose_export(p, c))
            self.menu.insertAction(self._plugins_end, act)

    # ------------------------------------------------------------ dialogs
    def _open(self, dlg):
        self.open_dialogs.append(dlg)
        dlg.finished.connect(lambda _r, d=dlg: self.open_dialogs.remove(d))
        dlg.open()
        return dlg

    def _load(self, plugin, kind: str, c):
        try:
            return self.registry.load(plugin, kind, c)
        except PluginError as exc:
            self.desk.message.emit(str(exc), True)
            return None

    def _chooser(self, title: str, patterns: list[str], save: bool, done) -> QFileDialog:
        dlg = QFileDialog(self.window, title)
        dlg.setNameFilter(f"{title} ({' '.join(patterns)})")
        if save:
            dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dlg.setDefaultSuffix(patterns[0].lstrip("*."))
        else:
            dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.fileSelected.connect(done)
        return self._open(dlg)

    def choose_import(self, plugin, c):
        return self._chooser(
            c.title, c.patterns or ["*"], False, lambda p: self.preview(plugin, c, p)
        )

    def preview(self, plugin, c, path: str):
        """The import preview for a file (nothing is stored until 导入 is pressed)."""
        from .preview import ImportPreviewDialog

        cls = self._load(plugin, "importers", c)
        if cls is None:
            return None
        try:
            importer = cls()
        except Exception as exc:  # a plugin that raises must not stop the desk
            self.registry.failed(plugin, exc, where=c.id)
            self.desk.message.emit(str(exc), True)
            return None
        dlg = self._open(ImportPreviewDialog(self.desk, importer, path, self.window))
        dlg.start()
        return dlg

    def choose_export(self, plugin, c):
        return self._chooser(
            c.title, c.patterns or ["*"], True, lambda p: self.export(plugin, c, p)
        )

    def export(self, plugin, c, path: str) -> bool:
        fn = self._load(plugin, "exporters", c)
        if fn is None:
            return False
        try:
            fn(PluginAPI(self.desk.station).state, path)
        except OSError as exc:
            self.desk.message.emit(_tr("无法写入 {0}: {1}").format(path, exc), True)
            return False
        except Exception as exc:
            self.registry.failed(plugin, exc, where=c.id)
            self.desk.message.emit(f"{plugin.id}: {exc}", True)
            return False
        self.desk.message.emit(_tr("已导出到 {0}").format(path), False)
        return True

    def add_team(self):
        from .editors import add_team

        return self._open(add_team(self.desk, self.window))

    def change_phone(self, team: str = ""):
        from .editors import change_phone

        return self._open(change_phone(self.desk, self.window, team))

    def retire_video(self):
        from .editors import retire_video

        return self._open(retire_video(self.desk, self.window))

    def show_plugins(self):
        from .plugins_dialog import PluginsDialog

        return self._open(PluginsDialog(self.registry, self.window))
