"""CAP import throughput: N CAP 1.2 files (alerts, updates, cancels, some outside the county)
imported into a demo county through `warnings import`'s code path; each file is validated
against the XSD, matched to the county and recorded with its import-log line.

    python bench/cap.py [--files 1000] [--quick]

The last line is one JSON object with `cap_files_per_s`.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

TEMPLATE = (Path(__file__).resolve().parents[1] / "tests/data/cap/cn-red-alert.xml").read_text(
    encoding="utf-8"
)
BJ = timezone(timedelta(hours=8))


def write_files(folder: Path, n: int) -> list[Path]:
    t0 = datetime(2026, 6, 3, 14, 0, tzinfo=BJ)
    paths = []
    for i in range(n):
        sent = (t0 + timedelta(seconds=i)).isoformat()
        ident = f"511723041000_{(t0 + timedelta(seconds=i)):%Y%m%d%H%M%S}_{i}"
        text = TEMPLATE.replace("511723041000_20260603140000_1", ident)
        text = text.replace("<sent>2026-06-03T14:00:00+08:00</sent>", f"<sent>{sent}</sent>")
        if i % 10 == 9:  # every tenth is an update of the one before
            prev = f"511723041000_{(t0 + timedelta(seconds=i - 1)):%Y%m%d%H%M%S}_{i - 1}"
            ref = f"<references>511723000000@qsxqx.cn,{prev},{sent}</references>\n  <info>"
            text = text.replace("<msgType>Alert</msgType>", "<msgType>Update</msgType>")
            text = text.replace("<info>", ref, 1)
        if i % 7 == 6:  # some far away: stored, not concerning the county
            text = text.replace("31.05,107.28 31.05,107.42 31.20,107.42 31.20,107.28 31.05,107.28",
                                "22.4,113.8 22.4,114.4 22.8,114.4 22.8,113.8 22.4,113.8")  # fmt: skip
        p = folder / f"cap-{i:05d}.xml"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--quick", action="store_true", help="200 files (well under a minute)")
    args = ap.parse_args()
    n = 200 if args.quick else args.files
    from commandcenter.bundled_plugins.cap.intake import import_files
    from commandcenter.plugins.local import local_api

    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        db = folder / "bench.db"
        from click.testing import CliRunner

        from commandcenter.cli import cli

        CliRunner().invoke(cli, ["init", "--demo", "--db", str(db)], catch_exceptions=False)
        paths = write_files(folder, n)
        t = time.perf_counter()
        with local_api(str(db), actor="CAP接入", plugin="cap") as api:
            plans = import_files(api, paths)
        secs = time.perf_counter() - t
    outcomes: dict[str, int] = {}
    for p in plans:
        outcomes[p.outcome] = outcomes.get(p.outcome, 0) + 1
    print(f"{n} CAP files in {secs:.2f} s: {outcomes}")
    print(json.dumps({"cap_files": n, "seconds": round(secs, 3),
                      "cap_files_per_s": round(n / secs, 1), "outcomes": outcomes}))  # fmt: skip


if __name__ == "__main__":
    main()
