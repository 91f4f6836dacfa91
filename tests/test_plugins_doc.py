"""The example plugin in docs/plugins.md, installed for real from the text of the page."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

from click.testing import CliRunner
from domain_fixtures import Desk, county

from commandcenter.cli import cli
from commandcenter.plugins import registry

DOC = Path(__file__).resolve().parents[1] / "docs" / "plugins.md"


def test_the_documented_example_plugin_works(tmp_path, monkeypatch) -> None:
    text = DOC.read_text(encoding="utf-8")
    manifest = re.search(r"```toml\n(.*?)```", text, re.S).group(1)
    code = re.search(r"```python\n# cc_hello/export.py\n(.*?)```", text, re.S).group(1)
    site = tmp_path / "site"
    pkg = site / "cc_hello"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "plugin.toml").write_text(manifest, encoding="utf-8")
    (pkg / "export.py").write_text(code, encoding="utf-8")
    info = site / "cc_hello-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: cc-hello\nVersion: 0.1.0\n")
    ep = re.search(r'\[project\.entry-points\."commandcenter\.plugins"\] (\w+) = "(\w+)"', text)
    (info / "entry_points.txt").write_text(
        f"[commandcenter.plugins]\n{ep.group(1)} = {ep.group(2)}\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    monkeypatch.setattr(registry, "_default", None)
    monkeypatch.delitem(sys.modules, "cc_hello", raising=False)

    out = CliRunner().invoke(cli, ["plugins", "list"]).output
    assert "hello 0.1.0 [ok]" in out and "exporters: hello.count 队伍数" in out
    reg = registry.default_registry()
    plugin, c = reg.find("exporters", "hello.count")
    write = reg.load(plugin, "exporters", c)
    target = tmp_path / "teams.txt"
    write(county(Desk()).state, target)
    assert target.read_text(encoding="utf-8") == "基层应急救援队伍\t2\n"
