"""The field station's entry point: QApplication, language, large-type theme, one qasync loop
(the same start-up as the desk's `ui/app.py`, ENGINEERING.md trap 2)."""

from __future__ import annotations

import os
import sys


def run(opts) -> int:
    os.environ.setdefault("QT_API", "pyside6")  # before qasync picks a binding
    if opts.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    from .. import i18n
    from .launcher import main
    from .style import apply_field_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("commandcenter")
    app.setApplicationName("field")
    i18n.install(app, i18n.chosen_language(opts.lang))
    apply_field_theme(app)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(main(opts))
