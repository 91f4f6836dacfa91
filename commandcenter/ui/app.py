"""The desk's entry point: QApplication, language, theme, then one qasync loop.

`run(opts)` creates the QApplication before the loop (qasync needs it), installs the
translators and the theme, warns when no CJK font is installed, and runs
`startup.main` in `asyncio.Runner(loop_factory=qasync.QEventLoop)` (ENGINEERING.md, trap 2).
"""

from __future__ import annotations

import os
import sys
import time

_STARTED = time.perf_counter()


def run(opts) -> int:
    os.environ.setdefault("QT_API", "pyside6")  # before qasync picks a binding
    if opts.screenshot or opts.first_paint_exit:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .x11 import check_x11

    problem = check_x11()  # before Qt aborts with a hint that names only one library
    if problem:  # said, not enforced: a library found elsewhere may still load
        print(problem, file=sys.stderr)
    # the journal opens on the writer thread while the interface's modules import here
    from commandcenter.store.writer import Writer

    from .opening import open_station

    writer = Writer()
    opening = writer.submit(open_station, opts, writer)
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    from . import i18n, theme
    from .startup import main

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("commandcenter")
    app.setApplicationName("desk")
    settings_in_data_dir()
    i18n.install(app, i18n.chosen_language(opts.lang))
    theme.apply_theme(app)
    # asyncio.run(..., loop_factory=) is 3.12+; Runner is the same thing on 3.11
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(main(opts, _STARTED, writer, opening))


def settings_in_data_dir() -> None:
    """Keep the desk's QSettings (layout, language) in the data folder beside its journal,
    as an INI file, not in ~/.config or the registry: COMMANDCENTER_HOME moves everything."""
    from PySide6.QtCore import QSettings

    from commandcenter.store.db import data_dir

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir()))
