"""Bundled plugins: each subfolder is a plugin package with a `plugin.toml` manifest.

This folder ships in the wheel as `commandcenter.bundled_plugins` (setuptools package-dir);
it is never a top-level `plugins` package.
"""
