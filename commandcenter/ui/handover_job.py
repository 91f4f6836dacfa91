"""A report job off the GUI thread: runs one function in a QThread and reports back by signal.

The function gets a `progress(stage, done, total)` callback; signals cross to the GUI thread
queued, so the wizard's progress bar moves while the desk stays responsive.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal


class ReportJob(QThread):
    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[Callable[[str, int, int], None]], Any], parent=None) -> None:
        super().__init__(parent)
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(self.progressed.emit)
        except Exception as exc:  # shown to the officer as one sentence; the trace goes to the log
            traceback.print_exc()
            self.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.succeeded.emit(result)
