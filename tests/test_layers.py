"""The layer rule is enforced by import-linter: the core imports no Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(exe).exists():
        pytest.fail("lint-imports is not installed (pip install -e '.[test]')")
    p = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stdout[-3000:]


def test_core_runs_without_qt() -> None:
    code = (
        "import sys, commandcenter.station, commandcenter.store, commandcenter.demo, "
        "commandcenter.domain.describe; "
        "assert not any(m.startswith(('PySide6', 'qasync', 'pyqtgraph')) for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
