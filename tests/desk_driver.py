"""Drive the real desk application (`ui.app.run`) in a child process, as an officer would:

    python tests/desk_driver.py note TEXT   # log a decision, then quit with Ctrl+Q -> 退出
    python tests/desk_driver.py find TEXT   # print FOUND/MISSING for a logged decision, quit
    python tests/desk_driver.py stay        # Ctrl+Q, answer 继续值班, then quit for real

Used by tests/test_desk_lifecycle.py: the exit status and stderr are what a shell would see.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from commandcenter.ui import app as desk_app
from commandcenter.ui.startup import DeskOptions


def main() -> int:
    mode, text = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "")
    qa = QApplication([])
    step = {"n": 0, "ticks": 0}

    def window():
        w = [x for x in qa.topLevelWidgets() if x.objectName() == "DeskWindow"]
        return w[0] if w and w[0].isVisible() else None

    def box():
        b = [x for x in qa.topLevelWidgets() if isinstance(x, QMessageBox) and x.isVisible()]
        return b[0] if b else None

    def ctrl_q(w) -> None:
        act = next(a for a in w.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Q")
        act.trigger()

    def poll() -> None:
        step["ticks"] += 1
        if step["ticks"] > 300:  # a minute without getting through: say so rather than hang
            print("TIMEOUT at step", step["n"], flush=True)
            os._exit(3)
        w = window()
        if step["n"] == 0 and w is not None and w.desk.state.county is not None:
            if mode == "note":
                w.desk.submit([("decision.logged", {"text": text})])
            step["n"] = 1
        elif step["n"] == 1 and step["ticks"] > 10:  # the note is journaled, the log loaded
            if mode == "find":
                found = any(text in r.text for r in w.pane("pane.log").model.rows)
                print("FOUND" if found else "MISSING", flush=True)
            ctrl_q(w)
            step["n"] = 2
        elif step["n"] == 2 and box() is not None:
            print("ASKED", flush=True)
            if mode == "stay" and not step.get("stayed"):
                box().button(QMessageBox.StandardButton.No).click()
                step["stayed"] = True
                step["n"] = 3
            else:
                box().button(QMessageBox.StandardButton.Yes).click()
                step["n"] = 9
        elif step["n"] == 3:
            print("STILL OPEN" if window() is not None else "GONE", flush=True)
            ctrl_q(window())
            step["n"] = 2

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(200)
    return desk_app.run(DeskOptions(demo=True, drill_seconds=3600))


if __name__ == "__main__":
    sys.exit(main())
