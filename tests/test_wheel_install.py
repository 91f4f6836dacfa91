"""Installs like real software: build the wheel, install it into a fresh venv, run it elsewhere.

The wheel is built from a copy of the source tree (with a probe plugin dropped into
`plugins/`, as a bundled plugin's author would) and installed into a new venv in a temporary
folder. Its dependencies come from this venv's site-packages through a .pth line (no
download; `.pth` files of that folder, the editable install's finder among them, are not
processed, so `commandcenter` can only come from the wheel). Every command then runs from a
third folder with its own COMMANDCENTER_HOME: no path may lead back to the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SKIP = shutil.ignore_patterns(
    ".venv*", ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", "*.pyc"
)
PROBE = "probe_bundle"

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 120) -> str:
    res = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert res.returncode == 0, f"{args[:3]} failed:\n{res.stdout}\n{res.stderr}"
    return res.stdout + res.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=SKIP)
    probe = src / "plugins" / PROBE
    (probe / "words").mkdir(parents=True)
    (probe / "__init__.py").write_text('"""A probe plugin: python, a manifest, data."""\n')
    (probe / "plugin.toml").write_text('id = "probe"\nversion = "0.1"\napi_version = 1\n')
    (probe / "words" / "demo.csv").write_text("名称\n沙袋\n", encoding="utf-8")
    dist = tmp / "dist"
    _run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(src)],
        cwd=tmp,
        env=dict(os.environ),
        timeout=300,
    )
    (whl,) = dist.glob("commandcenter-*.whl")
    return whl


def test_the_wheel_carries_its_data_and_bundled_plugins_under_the_package(wheel) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for need in (
        "commandcenter/data/demo/names.json",
        "commandcenter/data/i18n/commandcenter_en.qm",
        "commandcenter/store/migrations/env.py",
        "commandcenter/store/migrations/versions/0001_initial.py",
        "commandcenter/bundled_plugins/__init__.py",
        f"commandcenter/bundled_plugins/{PROBE}/__init__.py",
        f"commandcenter/bundled_plugins/{PROBE}/plugin.toml",
        f"commandcenter/bundled_plugins/{PROBE}/words/demo.csv",
    ):
        assert need in names, f"{need} is not in {wheel.name}"
    tops = {n.split("/")[0] for n in names}
    assert tops == {"commandcenter", f"commandcenter-{wheel.name.split('-')[1]}.dist-info"}, tops
    assert not [n for n in names if n.endswith(".pyc") or n.endswith(".ts")]


def test_the_checkout_maps_plugins_to_the_same_name() -> None:
    """The editable install (the README's) finds plugins/ under the name the wheel uses."""
    import commandcenter.bundled_plugins as bundled

    assert Path(bundled.__file__).resolve() == ROOT / "plugins" / "__init__.py"


def test_a_fresh_venv_runs_init_verify_and_a_desk_screenshot(wheel, tmp_path) -> None:
    venv, home, work = tmp_path / "venv", tmp_path / "home", tmp_path / "elsewhere"
    work.mkdir()
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COMMANDCENTER"))}
    env.update(COMMANDCENTER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    _run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps",
         "--no-index", str(wheel)],
        cwd=work,
        env=env,
    )  # fmt: skip
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(subprocess.check_output([py, "-c", purelib], text=True).strip())
    (site / "zz_parent_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    where = _run([py, "-c", "import commandcenter; print(commandcenter.__file__)"], work, env)
    assert where.strip().startswith(str(venv)), where
    cc = str(venv / "bin" / "commandcenter")
    out = _run([cc, "init", "--demo"], work, env)
    assert "Created the demo county" in out
    out = _run([cc, "verify-log"], work, env)
    assert out.startswith("OK:"), out
    shot = tmp_path / "desk.png"
    _run([cc, "desk", "--screenshot", str(shot), "--size", "1366x768"], work, env)
    assert shot.stat().st_size > 50_000
    shutil.copy(shot, Path(os.environ.get("CC_SHOT_DIR", tmp_path)) / "wheel-desk.png")

    probe = f"""
from importlib.resources import files
from PySide6.QtWidgets import QApplication
from commandcenter.ui import i18n
import commandcenter.bundled_plugins.{PROBE} as p
app = QApplication([])
print(i18n.install(app, "en"), app.translate("panes", "事件"))
print((files(p) / "words" / "demo.csv").read_text(encoding="utf-8").split()[1])
"""
    out = _run([py, "-c", probe], work, env).split()
    assert out[:1] == ["en"] and out[-1] == "沙袋", out
