"""A desk's token never has to be on the command line, and what a desk keeps is its user's only."""

from __future__ import annotations

import os
import stat

import click
import pytest
from click.testing import CliRunner

from commandcenter.cli import cli
from commandcenter.cli.secrets import ENV, desk_token, token_path
from commandcenter.store import Journal

HUB = "wss://hub.example:8765"


def _mode(path) -> str:
    return oct(stat.S_IMODE(os.stat(path).st_mode))


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMANDCENTER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(ENV, raising=False)
    return tmp_path / "home"


def test_token_from_a_file_is_kept_0600_and_used_next_time(home, tmp_path):
    f = tmp_path / "desk.token"
    f.write_text("s3cret-token\n")
    assert desk_token(HUB, None, str(f)) == "s3cret-token"
    kept = token_path(HUB)
    assert kept.parent.parent == home and _mode(kept) == "0o600"
    assert _mode(kept.parent) == "0o700"
    assert desk_token(HUB, None, None) == "s3cret-token"  # no source given: the kept one


def test_token_from_the_environment_wins_over_the_command_line(home, monkeypatch, capsys):
    monkeypatch.setenv(ENV, "from-env")
    assert desk_token(HUB, "from-argv", None) == "from-env"
    monkeypatch.delenv(ENV)
    assert desk_token("ws://other:1", "from-argv", None) == "from-argv"
    assert "visible to other users" in capsys.readouterr().err


def test_no_token_anywhere_is_one_sentence(home, tmp_path):
    with pytest.raises(click.UsageError, match="--token-file FILE"):
        desk_token(HUB, None, None)
    (tmp_path / "empty").write_text("\n")
    with pytest.raises(click.ClickException, match="exactly one token"):
        desk_token(HUB, None, str(tmp_path / "empty"))
    with pytest.raises(click.ClickException, match="no token file at"):
        desk_token(HUB, None, str(tmp_path / "missing"))


def test_desk_refuses_a_bad_ca_before_opening_anything(home, tmp_path):
    res = CliRunner().invoke(
        cli, ["desk", "--hub", HUB, "--token", "t", "--ca", str(tmp_path / "nope.pem")]
    )
    assert res.exit_code == 1 and "no CA file at" in res.output
    res = CliRunner().invoke(cli, ["desk", "--ca", str(tmp_path / "nope.pem")])
    assert res.exit_code == 2 and "go with --hub" in res.output


def test_data_folder_and_journal_files_are_the_users_only(home):
    with Journal(None) as j:  # the default database in COMMANDCENTER_HOME
        j.record("decision.logged", {"text": "值班开始"}, station="desk-a", actor="张伟")
        files = sorted(p.name for p in home.iterdir())
        assert "desk.db-wal" in files
        for name in files:
            assert _mode(home / name) == "0o600", name
    assert _mode(home) == "0o700"
