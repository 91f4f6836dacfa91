"""A plugin's manifest, `plugin.toml`: who it is and what it contributes, read without importing it.

    id = "county"                  # unique, lower-case
    name = "县情基础数据工作簿"
    version = "1.0.0"
    api_version = 1                # the plugin API it was written against
    [[contributes.importers]]
    id = "county.workbook"
    title = "县情工作簿"
    entry = ".workbook_import:WorkbookImporter"   # "module:attribute"; "." = inside the plugin
    patterns = ["*.xlsx", "*.csv"]

The contribution kinds are fixed (KINDS); each entry is imported only when first used.
"""

from __future__ import annotations

import tomllib

import msgspec

# kind -> what it is, for `plugins list` and docs/plugins.md
KINDS: dict[str, str] = {
    "importers": "read a file into decisions (with a preview before anything is stored)",
    "exporters": "write the situation to a file",
    "scenarios": "drill scenarios played in a drill world",
    "panes": "a dock pane of the desk (a QDockWidget factory)",
    "channels": "notification channels (SMS, broadcast, a watched folder, ...)",
    "report_sections": "a section added to printed reports",
    "commands": "a `commandcenter` subcommand (a click command)",
}


class Contribution(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    entry: str  # "module:attribute"; a module starting with "." is inside the plugin package
    title: str = ""
    description: str = ""
    patterns: list[str] = []  # file patterns for importers and exporters


class Manifest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    name: str
    version: str
    api_version: int
    description: str = ""
    author: str = ""
    contributes: dict[str, list[Contribution]] = {}


class ManifestError(ValueError):
    """A manifest that cannot be read; str() says what is wrong."""


def parse(text: str, where: str = "plugin.toml") -> Manifest:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{where}: not valid TOML ({exc})") from None
    try:
        m = msgspec.convert(raw, Manifest)
    except msgspec.ValidationError as exc:
        raise ManifestError(f"{where}: {exc}") from None
    unknown = sorted(set(m.contributes) - set(KINDS))
    if unknown:
        raise ManifestError(
            f"{where}: unknown contribution kind {', '.join(unknown)} (known: {', '.join(KINDS)})"
        )
    if not m.id or not m.id.replace("-", "").replace("_", "").replace(".", "").isalnum():
        raise ManifestError(f"{where}: id {m.id!r} must be letters, digits, '-', '_' or '.'")
    for kind, items in m.contributes.items():
        for c in items:
            if ":" not in c.entry:
                raise ManifestError(f"{where}: {kind} {c.id}: entry must be 'module:attribute'")
    return m
