"""Bundled plugins, one sub-package each (python, its .toml manifest, data files).

This folder ships inside the wheel as `commandcenter.bundled_plugins` (setup.py maps it with
setuptools' package_dir), never as a top-level `plugins` package; the editable install maps
the same name here, which needs this `__init__.py`. Read a plugin's data with
`importlib.resources.files(<its package>)`, never a path from `__file__`.
"""
