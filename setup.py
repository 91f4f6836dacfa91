"""Packaging that pyproject.toml cannot say: the top-level plugins/ folder ships in the wheel
as `commandcenter.bundled_plugins` (setuptools' package_dir), never as a top-level `plugins`.

Everything a bundled plugin's author puts in plugins/<name>/ (python, its .toml manifest,
data files in any sub-folder) is found here and shipped; only caches are left out. The rest
of the metadata lives in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

HERE = Path(__file__).resolve().parent
BUNDLED = "commandcenter.bundled_plugins"
CACHES = ["*__pycache__*", "*.egg-info*"]
DATA = ["*.json", "*.ini", "*.mako", "*.qm", "*.qss", "*.svg", "*.png", "*.ttf", "*.toml", "*.xsd"]


def plugin_packages() -> list[str]:
    if not (HERE / "plugins").is_dir():
        return []
    found = find_namespace_packages(str(HERE / "plugins"), exclude=CACHES)
    return [BUNDLED, *(f"{BUNDLED}.{p}" for p in found)]


plugins = plugin_packages()
setup(
    packages=find_namespace_packages(include=["commandcenter", "commandcenter.*"], exclude=CACHES)
    + plugins,
    package_dir={BUNDLED: "plugins"} if plugins else {},
    package_data={"": DATA, BUNDLED: ["**/*"]},
    exclude_package_data={"": ["*.pyc", "*.pyo"]},
)
