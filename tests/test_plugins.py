"""The plugin host: discovery of bundled and installed plugins, lazy loading, failures listed."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from plugin_fixtures import install_test_plugins

from commandcenter.cli import cli
from commandcenter.plugins import ManifestError, PluginError, Registry, default_registry
from commandcenter.plugins.manifest import parse

ROOT = Path(__file__).resolve().parents[1]


def test_bundled_county_plugin_is_found_without_importing_its_code() -> None:
    code = (
        "import sys; from commandcenter.plugins import Registry; "
        "r = Registry(installed=False); p = r.get('county'); "
        "assert p and p.ok and p.source == 'bundled', p; "
        "assert p.package == 'commandcenter.bundled_plugins.county'; "
        "assert 'commandcenter.bundled_plugins.county' not in sys.modules; "
        "imp = r.find('importers', 'county.workbook'); obj = r.load(*imp[:1], 'importers', imp[1]); "
        "assert obj.__name__ == 'WorkbookImporter'; "
        "assert 'commandcenter.bundled_plugins.county.importer' in sys.modules; "
        "assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")


def test_broken_and_wrong_api_plugins_are_listed_with_their_errors(tmp_path, monkeypatch) -> None:
    install_test_plugins(tmp_path, monkeypatch)
    res = CliRunner().invoke(cli, ["plugins", "list"])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "county 1.0.0 [ok]" in out
    assert "cc_broken" in out and "[ERROR]" in out and "RuntimeError: 插件初始化失败" in out
    assert "future 0.1 [REFUSED]" in out
    assert "插件接口版本 99 不受支持 (本程序提供版本 1)" in out
    assert "hello 0.1 [ok]" in out and "exporters: hello.count" in out
    # the county command still works beside them
    res = CliRunner().invoke(cli, ["county", "template", "--out", str(tmp_path / "t.xlsx")])
    assert res.exit_code == 0, res.output


def test_a_contribution_that_fails_to_load_is_named_and_recorded(tmp_path, monkeypatch) -> None:
    install_test_plugins(tmp_path, monkeypatch)
    reg = default_registry()
    hello = reg.get("hello")
    exp = reg.find("exporters", "hello.count")
    fn = reg.load(hello, "exporters", exp[1])
    assert callable(fn) and reg.load(hello, "exporters", exp[1]) is fn  # loaded once
    imp = reg.find("importers", "hello.missing")
    with pytest.raises(PluginError, match=r"hello\.missing 无法载入: ModuleNotFoundError"):
        reg.load(hello, "importers", imp[1])
    assert hello.status == "error" and "ModuleNotFoundError" in hello.error
    assert reg.contributions("exporters") == [
        (p, c) for p, c in reg.contributions("exporters") if p.id == "county"
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            'id = "x"\nname = "x"\nversion = "1"\napi_version = 1\n[[contributes.widgets]]\n'
            'id = "w"\nentry = "m:a"\n',
            "unknown contribution kind widgets",
        ),
        ('id = "x"\nname = "x"\nversion = "1"\n', "missing required field `api_version`"),
        ("id = [", "not valid TOML"),
        ('id = "x y"\nname = "x"\nversion = "1"\napi_version = 1\n', "must be letters"),
        (
            'id = "x"\nname = "x"\nversion = "1"\napi_version = 1\n[[contributes.panes]]\n'
            'id = "p"\nentry = "nocolon"\n',
            "entry must be 'module:attribute'",
        ),
    ],
)
def test_bad_manifests_are_refused_with_the_reason(text, reason) -> None:
    with pytest.raises(ManifestError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse(text)


def test_only_bundled_or_only_installed() -> None:
    assert [p.id for p in Registry(installed=False).plugins] == ["cap", "county"]


FORBIDDEN = (
    "commandcenter.store",
    "commandcenter.station",
    "commandcenter.hub",
    "commandcenter.link",
    "sqlalchemy",
)


def test_bundled_plugins_reach_the_county_only_through_the_plugin_api() -> None:
    for path in (ROOT / "plugins").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            bad = [n for n in names if n.startswith(FORBIDDEN)]
            assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_snapshot_api_checks_on_a_copy_and_refuses_like_the_station() -> None:
    from datetime import UTC, datetime

    from domain_fixtures import Desk, county, incident

    from commandcenter.domain import Refused, state_hash
    from commandcenter.plugins.api import SnapshotAPI

    d = county(Desk())
    incident(d, "I1", "T01")
    d.do("team.dispatched", {"team": "TM1", "incident": "I1"})
    snap = SnapshotAPI(d.state.clone(), role="desk", actor="张伟", now=datetime.now(UTC))
    before = state_hash(snap.state)
    ok = [("record.retired", {"type": "team", "id": "TM2"})]
    snap.check_all(ok)
    with pytest.raises(Refused, match="正在执行任务"):
        snap.check_all([*ok, ("record.retired", {"type": "team", "id": "TM1"})])
    with pytest.raises(Refused, match="没有在用的"):  # each decision sees the ones before it
        snap.check_all([*ok, *ok])
    assert state_hash(snap.state) == before
    screen = SnapshotAPI(d.state, role="screen", actor="x", now=datetime.now(UTC))
    with pytest.raises(Refused, match="无权提交"):
        screen.check_all(ok)
