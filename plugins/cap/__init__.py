"""CAP 1.2 warnings in and out: a bundled plugin (importer, drop folder, `warnings` commands)."""
