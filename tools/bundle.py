"""Build the one-folder bundle for duty PCs with PyInstaller, and (with --check) smoke it.

    pip install pyinstaller                 # a build tool, not a run-time dependency
    python tools/bundle.py                  # -> dist/commandcenter/commandcenter(.exe)
    python tools/bundle.py --check          # build, then run init --demo, verify-log and a
                                            # desk screenshot from the bundle (offscreen)

One folder (not one file): it starts without unpacking to a temporary folder, which matters
on a duty PC that boots into the desk, and an update replaces the folder. PyInstaller does not
cross-compile: build on the target system (Windows, 麒麟/UOS on x86_64 or ARM64), see
docs/deployment.md. Prints figures and one JSON object (build_s, bundle_mb, checks).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "commandcenter"
ENTRY = "from commandcenter.cli import main\n\nmain()\n"
# Imported lazily or by name at run time, so PyInstaller's import scan cannot see them:
# the CLI's subcommands (commandcenter.cli.LAZY) and bundled plugins (found by package
# name), SQLAlchemy's SQLite dialect; Alembic reads the migration scripts (env.py,
# versions/*.py) as files, so the package's .py files ship as data too.
COLLECT = [
    "--collect-submodules", "commandcenter",
    "--collect-data", "commandcenter",
    "--copy-metadata", "commandcenter",
    "--collect-submodules", "alembic",
    "--collect-data", "alembic",
    "--collect-submodules", "sqlalchemy.dialects.sqlite",
]  # fmt: skip
# Qt and Python parts the desk never uses: smaller bundle, faster build.
EXCLUDE = ["tkinter", "PySide6.Qt3DCore", "PySide6.QtWebEngineCore", "PySide6.QtQuick3D",
           "PySide6.QtPdf", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtMultimedia",
           "PySide6.QtDesigner", "PySide6.QtTest", "IPython", "pytest", "hypothesis",
           # PostgreSQL is the county hub's (a server install), not a duty PC's
           "psycopg", "psycopg_binary", "psycopg_c"]  # fmt: skip


def build_env(work: Path) -> tuple[Path, Path]:
    """The wheel, installed into a fresh venv whose dependencies come from this one.

    The bundle is made from the same wheel pip would install (bundled data and plugins as
    the wheel carries them), not from the checkout: an editable install's import hook is
    invisible to PyInstaller's analysis. Returns the venv's python and site-packages.
    """
    src, wheels, venv = work / "src", work / "wheel", work / "venv"
    for d in (src, wheels, venv):
        shutil.rmtree(d, ignore_errors=True)
    # a clean copy: setuptools builds in-tree and never prunes a stale build/lib
    skip = shutil.ignore_patterns(".venv*", ".git", "build", "dist", "*.egg-info", "__pycache__")
    shutil.copytree(ROOT, src, ignore=skip)
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", "-q", "--no-deps", "-w", str(wheels), str(src)], check=True)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    (whl,) = wheels.glob("commandcenter-*.whl")
    subprocess.run([*pip, "--python", str(py), "install", "-q", "--no-deps", str(whl)], check=True)
    ask = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(subprocess.check_output([str(py), "-c", ask], text=True).strip())
    here = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
    (site / "zz_build_deps.pth").write_text("\n".join(sorted(here)) + "\n", encoding="utf-8")
    return py, site


def build(dist: Path, work: Path, *, windowed: bool = False) -> Path:
    """Run PyInstaller in the build venv; returns the bundle's folder (dist/commandcenter)."""
    work.mkdir(parents=True, exist_ok=True)
    py, site = build_env(work)
    migrations = site / "commandcenter" / "store" / "migrations"
    entry = work / "commandcenter_main.py"
    entry.write_text(ENTRY, encoding="utf-8")
    args = [
        str(py), "-m", "PyInstaller", str(entry), "--name", NAME, "--onedir",
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work / "build"), "--specpath", str(work),
        "--add-data", f"{migrations}{os.pathsep}commandcenter/store/migrations",
        *COLLECT,
    ]  # fmt: skip
    for mod in EXCLUDE:
        args += ["--exclude-module", mod]
    if windowed:  # Windows: no console window behind the desk (the CLI then prints nowhere)
        args.append("--windowed")
    subprocess.run(args, check=True, cwd=work)
    return dist / NAME


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def check(bundle: Path, shot: Path) -> int:
    """init --demo, verify-log and a desk screenshot, run from the bundle in a clean folder."""
    exe = bundle / (NAME + (".exe" if os.name == "nt" else ""))
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COMMAND"))}
        env.update(COMMANDCENTER_HOME=tmp, QT_QPA_PLATFORM="offscreen")

        def run(*args: str) -> str:
            res = subprocess.run(
                [str(exe), *args], cwd=tmp, env=env, capture_output=True, text=True, timeout=180
            )
            if res.returncode:
                sys.exit(f"bundle: {' '.join(args[:2])} failed:\n{res.stdout}{res.stderr}")
            return (res.stdout + res.stderr).strip()

        print(run("init", "--demo"))
        print(run("verify-log")[:80])
        run("desk", "--screenshot", str(shot), "--size", "1366x768")
    if not shot.is_file() or shot.stat().st_size < 50_000:
        sys.exit(f"bundle: the desk screenshot {shot} is missing or blank")
    print(f"screenshot: {shot}")
    return 3  # checks run: init, verify-log, screenshot


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder goes")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "bundle")
    ap.add_argument("--check", action="store_true", help="smoke the bundle after building")
    ap.add_argument("--shot", type=Path, default=None, help="screenshot file (with --check)")
    ap.add_argument("--windowed", action="store_true", help="Windows: no console window")
    opts = ap.parse_args()
    if shutil.which("pyinstaller") is None and not _has_pyinstaller():
        sys.exit("PyInstaller is not installed: pip install pyinstaller")
    t0 = time.perf_counter()
    bundle = build(opts.dist.resolve(), opts.work.resolve(), windowed=opts.windowed)
    build_s = time.perf_counter() - t0
    mb = size_mb(bundle)
    print(f"bundle: {bundle} ({mb:.0f} MB, built in {build_s:.0f} s)")
    checks = (
        check(bundle, (opts.shot or opts.dist / "bundle-desk.png").resolve()) if opts.check else 0
    )
    print(json.dumps({"build_s": round(build_s, 1), "bundle_mb": round(mb, 1), "checks": checks}))
    if checks:  # failures exit above with the reason
        # not in a test runner's closing-line shape: CI reads the pytest summary as the count
        print(f"bundle checks all good ({checks} of {checks})")


def _has_pyinstaller() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
