"""Everything a desk keeps lives under COMMANDCENTER_HOME: the default database for every
command (reports included) and the desk's layout and language settings."""

from __future__ import annotations

import os
import subprocess
import sys

from click.testing import CliRunner

from commandcenter.cli import cli


def test_report_without_db_uses_the_default_database(tmp_path):
    env = {"COMMANDCENTER_HOME": str(tmp_path / "home"), "COMMANDCENTER_DB": ""}
    runner = CliRunner()
    res = runner.invoke(cli, ["init", "--demo", "--scale", "0.2"], env=env)
    assert res.exit_code == 0, res.output
    pdf = tmp_path / "handover.pdf"
    res = runner.invoke(
        cli, ["report", "handover", "--from", "2020-01-01T00:00", "--out", str(pdf)], env=env
    )
    assert res.exit_code == 0, res.output
    assert pdf.stat().st_size > 1000
    res = runner.invoke(cli, ["report", "incident", "NOPE", "--out", str(pdf)], env=env)
    assert res.exit_code == 1 and "NOPE" in res.output and "--db" not in res.output


def test_desk_layout_is_saved_under_commandcenter_home_not_the_user_config(tmp_path):
    home, user = tmp_path / "cc", tmp_path / "user"
    env = {
        **os.environ,
        "COMMANDCENTER_HOME": str(home),
        "HOME": str(user),
        "XDG_CONFIG_HOME": str(user / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "commandcenter",
            "desk",
            "--demo",
            "--screenshot",
            str(tmp_path / "shot.png"),
            "--drill-seconds",
            "60",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert p.returncode == 0, p.stderr[-2000:]
    saved = [f for f in home.rglob("*.ini")]
    assert saved and "window" in saved[0].read_text(), list(home.rglob("*"))
    assert not list(user.rglob("*.conf")) and not list(user.rglob("*.ini"))
