"""Finding plugins and loading their contributions on first use, never letting one stop the desk.

Bundled plugins are the subpackages of `commandcenter.bundled_plugins` (the source tree's
top-level `plugins/` folder, shipped inside the package) found through importlib.resources;
installed ones are packages named by the entry-point group `commandcenter.plugins`. Discovery
reads each `plugin.toml` only: a bundled plugin's code is not imported until one of its
contributions is used (an installed one's package is imported to find its manifest). Every
failure (a manifest that does not parse, a package that raises on import, a wrong
api_version, a contribution that raises) is kept on the plugin's `PluginInfo` as one sentence
for `commandcenter plugins list` and the desk's 插件 dialog, and never propagates further
than the `PluginError` the caller of `load` handles.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.resources
from dataclasses import dataclass, field
from typing import Any

from .api import API_VERSION, SUPPORTED
from .manifest import Contribution, Manifest, ManifestError, parse

BUNDLED = "commandcenter.bundled_plugins"
GROUP = "commandcenter.plugins"


class PluginError(RuntimeError):
    """A plugin or contribution that could not be used; str() is the reason."""


@dataclass
class PluginInfo:
    package: str  # the import name of the plugin's package
    source: str  # "bundled" or "installed (<distribution>)"
    manifest: Manifest | None = None
    error: str = ""
    refused: bool = False  # a wrong api_version: never loaded
    loaded: dict[str, Any] = field(default_factory=dict)  # "kind/id" -> loaded object

    @property
    def id(self) -> str:
        return self.manifest.id if self.manifest else self.package

    @property
    def name(self) -> str:
        return self.manifest.name if self.manifest else self.package

    @property
    def version(self) -> str:
        return self.manifest.version if self.manifest else ""

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def status(self) -> str:
        return "refused" if self.refused else ("error" if self.error else "ok")


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


class Registry:
    def __init__(self, *, bundled: bool = True, installed: bool = True) -> None:
        self._bundled = bundled
        self._installed = installed
        self._plugins: list[PluginInfo] | None = None

    # ------------------------------------------------------------ discovery
    @property
    def plugins(self) -> list[PluginInfo]:
        if self._plugins is None:
            self._plugins = self._discover()
        return self._plugins

    def get(self, plugin_id: str) -> PluginInfo | None:
        return next((p for p in self.plugins if p.id == plugin_id), None)

    def _discover(self) -> list[PluginInfo]:
        found: list[PluginInfo] = []
        if self._bundled:
            found += self._find_bundled()
        if self._installed:
            found += self._find_installed()
        seen: dict[str, PluginInfo] = {}
        for p in found:
            if p.manifest and p.ok:
                if p.id in seen:
                    p.error = f"插件编号 {p.id} 与 {seen[p.id].package} 重复, 未载入"
                else:
                    seen[p.id] = p
            self._check_version(p)
        return found

    def _find_bundled(self) -> list[PluginInfo]:
        out = []
        try:
            root = importlib.resources.files(BUNDLED)
        except ModuleNotFoundError:
            return out
        for child in sorted(root.iterdir(), key=lambda c: c.name):
            toml = child / "plugin.toml"
            if not child.is_dir() or not toml.is_file():
                continue
            info = PluginInfo(package=f"{BUNDLED}.{child.name}", source="bundled")
            self._read(info, lambda t=toml: t.read_text(encoding="utf-8"))
            out.append(info)
        return out

    def _find_installed(self) -> list[PluginInfo]:
        out = []
        for ep in importlib.metadata.entry_points(group=GROUP):
            dist = ep.dist.name if ep.dist else "?"
            info = PluginInfo(package=ep.module, source=f"installed ({dist})")

            def text(module: str = ep.module) -> str:
                files = importlib.resources.files(importlib.import_module(module))
                return (files / "plugin.toml").read_text(encoding="utf-8")

            self._read(info, text)
            out.append(info)
        return out

    @staticmethod
    def _read(info: PluginInfo, text) -> None:
        try:
            info.manifest = parse(text(), f"{info.package}/plugin.toml")
        except ManifestError as exc:
            info.error = str(exc)
        except Exception as exc:  # the package raised on import, or no manifest at all
            info.error = f"载入失败: {_describe(exc)}"

    @staticmethod
    def _check_version(p: PluginInfo) -> None:
        if p.manifest and p.manifest.api_version not in SUPPORTED:
            p.refused = True
            p.error = (
                f"插件接口版本 {p.manifest.api_version} 不受支持 "
                f"(本程序提供版本 {API_VERSION}), 未载入"
            )

    # ------------------------------------------------------------ contributions
    def contributions(self, kind: str) -> list[tuple[PluginInfo, Contribution]]:
        """Every contribution of a kind from plugins that loaded without error."""
        return [
            (p, c)
            for p in self.plugins
            if p.ok and p.manifest
            for c in p.manifest.contributes.get(kind, [])
        ]

    def find(self, kind: str, cid: str) -> tuple[PluginInfo, Contribution] | None:
        return next(((p, c) for p, c in self.contributions(kind) if c.id == cid), None)

    def load(self, plugin: PluginInfo, kind: str, c: Contribution) -> Any:
        """Import a contribution's entry (once); raise PluginError naming the failure."""
        key = f"{kind}/{c.id}"
        if key in plugin.loaded:
            return plugin.loaded[key]
        if not plugin.ok:
            raise PluginError(f"插件 {plugin.id}: {plugin.error}")
        module, _, attr = c.entry.partition(":")
        if module.startswith("."):
            module = plugin.package + module
        try:
            obj = importlib.import_module(module)
            for part in attr.split("."):
                obj = getattr(obj, part)
        except Exception as exc:
            self.failed(plugin, exc, where=c.id)
            raise PluginError(f"插件 {plugin.id} 的 {c.id} 无法载入: {_describe(exc)}") from None
        plugin.loaded[key] = obj
        return obj

    def failed(self, plugin: PluginInfo, exc: BaseException, *, where: str = "") -> None:
        """Record that a plugin raised while it was used (it is then listed with the error)."""
        at = f"{where}: " if where else ""
        plugin.error = f"{at}{_describe(exc)}"


_default: Registry | None = None


def default_registry() -> Registry:
    """The registry of this process (bundled + installed plugins), discovered once."""
    global _default
    if _default is None:
        _default = Registry()
    return _default
