"""`commandcenter --demo` keeps the work done in it; Ctrl+Q asks, and quitting exits with
status 0 and no traceback (issue 10, item 5). The real application runs in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).with_name("desk_driver.py")


def _run(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, COMMANDCENTER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(home / "config")  # QSettings (layout, language) stay here
    return subprocess.run(
        [sys.executable, str(DRIVER), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_demo_work_survives_a_restart_and_quitting_is_clean(tmp_path):
    first = _run(tmp_path, "note", "会商决定: 龙潭镇提前转移")
    assert "ASKED" in first.stdout, first.stderr[-2000:]
    assert first.returncode == 0, first.stderr[-2000:]
    assert "Traceback" not in first.stderr, first.stderr[-2000:]
    second = _run(tmp_path, "find", "会商决定: 龙潭镇提前转移")
    assert "FOUND" in second.stdout, second.stdout + second.stderr[-2000:]
    assert second.returncode == 0 and "Traceback" not in second.stderr


def test_ctrl_q_asks_and_continuing_keeps_the_desk_open(tmp_path):
    out = _run(tmp_path, "stay")
    assert out.stdout.count("ASKED") == 2, out.stdout + out.stderr[-2000:]
    assert "STILL OPEN" in out.stdout
    assert out.returncode == 0 and "Traceback" not in out.stderr
