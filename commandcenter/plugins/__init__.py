"""The plugin host: manifests, discovery, lazy loading, and the narrow API plugins work through.

See docs/plugins.md. A plugin is a package with a `plugin.toml`; bundled ones ship in
`commandcenter.bundled_plugins` (the top-level `plugins/` folder), installed ones are named by
the entry-point group `commandcenter.plugins`. Plugins reach the situation only through
`PluginAPI` (the station with its role checks), never the journal or the database.
"""

from .api import API_VERSION, PluginAPI
from .manifest import KINDS, Contribution, Manifest, ManifestError
from .registry import PluginError, PluginInfo, Registry, default_registry

__all__ = [
    "API_VERSION",
    "KINDS",
    "Contribution",
    "Manifest",
    "ManifestError",
    "PluginAPI",
    "PluginError",
    "PluginInfo",
    "Registry",
    "default_registry",
]
