"""Real installed plugins for tests: packages plus a dist-info with entry points on sys.path.

`install_test_plugins(tmp_path, monkeypatch)` writes three plugins as an installed
distribution would (importlib.metadata finds them through `entry_points.txt`): `cc_broken`
raises when imported, `cc_future` asks for api_version 99, `cc_hello` is sound, with an
exporter that works and an importer whose module does not exist. The process-wide registry is
reset so the next `default_registry()` discovers them.
"""

from __future__ import annotations

import importlib
import sys

from commandcenter.plugins import registry

MANIFEST = """id = "{id}"
name = "{name}"
version = "0.1"
api_version = {api}
"""

HELLO = """
[[contributes.exporters]]
id = "hello.count"
title = "事件数"
entry = ".exp:write"
patterns = ["*.txt"]

[[contributes.importers]]
id = "hello.missing"
title = "不存在的导入"
entry = ".nope:Missing"
"""


def install_test_plugins(tmp_path, monkeypatch) -> None:
    root = tmp_path / "site"
    for pkg, pid, name, api, init, extra in (
        ("cc_broken", "broken", "坏插件", 1, "raise RuntimeError('插件初始化失败')\n", ""),
        ("cc_future", "future", "未来插件", 99, "", ""),
        ("cc_hello", "hello", "示例插件", 1, "", HELLO),
    ):
        d = root / pkg
        d.mkdir(parents=True)
        (d / "__init__.py").write_text(init, encoding="utf-8")
        manifest = MANIFEST.format(id=pid, name=name, api=api) + extra
        (d / "plugin.toml").write_text(manifest, encoding="utf-8")
    (root / "cc_hello" / "exp.py").write_text(
        "def write(state, path):\n    open(path, 'w').write(str(len(state.teams)))\n",
        encoding="utf-8",
    )
    info = root / "cc_test_plugins-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: cc-test-plugins\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[commandcenter.plugins]\nbroken = cc_broken\nfuture = cc_future\nhello = cc_hello\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(root))
    importlib.invalidate_caches()
    monkeypatch.setattr(registry, "_default", None)
    for m in [m for m in sys.modules if m.startswith(("cc_broken", "cc_future", "cc_hello"))]:
        monkeypatch.delitem(sys.modules, m)
