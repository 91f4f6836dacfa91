"""The Qt binding keeps its references: many signal emits must not corrupt refcounts.

PySide6 6.12.0 loses a reference to `True`/`None` on each emit and aborts the process after a
few hundred (bool_dealloc); pyproject excludes it. This runs in a subprocess so a broken binding
fails this test instead of killing the whole run.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
class E(QObject):
    ping = Signal()
    val = Signal(int)
e = E(); e.ping.connect(lambda: None); e.val.connect(lambda v: None)
b = QPushButton(); b.clicked.connect(lambda checked=False: None)
t0, n0 = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(5000):
    e.ping.emit(); e.val.emit(3); b.click()
print(t0 - sys.getrefcount(True), n0 - sys.getrefcount(None))
"""


def test_signal_emits_keep_their_references() -> None:
    p = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    lost_true, lost_none = map(int, p.stdout.split())
    assert abs(lost_true) < 50 and abs(lost_none) < 50
