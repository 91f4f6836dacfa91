"""`commandcenter screen` from the command line: bad input is one sentence; --demo renders a
screenshot from a temporary demo centre and never touches the user's databases."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from commandcenter.cli import cli


@pytest.mark.parametrize(
    "args, says",
    [
        ([], "give --hub and --token"),
        (["--hub", "ws://127.0.0.1:1"], "give --hub and --token"),
        (["--demo", "--hub", "ws://127.0.0.1:1"], "--demo runs on its own"),
        (["--demo", "--rotate", "2"], "at least 5 seconds"),
        (["--demo", "--page", "weather"], "weather"),
    ],
)
def test_bad_input_is_one_sentence(args, says):
    res = CliRunner().invoke(cli, ["screen", *args])
    assert res.exit_code != 0 and says in res.output
    assert "Traceback" not in res.output


def test_demo_screenshot_uses_a_temporary_centre(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    out = tmp_path / "screen.png"
    env = dict(os.environ, COMMANDCENTER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    res = subprocess.run(
        [sys.executable, "-m", "commandcenter", "screen", "--demo", "--page", "stats",
         "--size", "1280x720", "--screenshot", str(out), "--drill-seconds", "1"],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr[-2000:]
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert (img.width(), img.height()) == (1280, 720)
    assert list(home.iterdir()) == []  # no demo.db, no screen.db in the user's folder
