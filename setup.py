"""Packages of the wheel: commandcenter*, plus plugins/ shipped as commandcenter.bundled_plugins.

pyproject.toml holds everything else. `packages.find` cannot map a folder to another package
name, so the list is computed here: bundled plugins ship inside the package under its own name,
never as a top-level `plugins` package in site-packages.
"""

from setuptools import find_packages, setup

BUNDLED = "commandcenter.bundled_plugins"

packages = find_packages(include=["commandcenter", "commandcenter.*"])
packages += [BUNDLED] + [f"{BUNDLED}.{p}" for p in find_packages("plugins")]

setup(packages=packages, package_dir={BUNDLED: "plugins"})
