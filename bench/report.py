"""Benchmark: the handover PDF of a 24-hour shift against bare QTextDocument printing.

Builds the demo county (scaled to about 2,000 decisions in the last 24 hours and 50+ open
incidents), prints the handover through the same path as the CLI, then prints the identical
HTML (same images) straight through QTextDocument.print to PDF. The last line printed is one
JSON object. Aim: handover_2000_s < 3, ratio < 1.5. `--quick` uses the unscaled demo.

    python bench/report.py [--quick] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from commandcenter.demo import init_demo
from commandcenter.domain.events import SETUP_KINDS
from commandcenter.reports import handover, handover_html, render
from commandcenter.store import Journal


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="the unscaled demo (~500 decisions)")
    ap.add_argument("--keep", default=None, help="folder to keep the database and PDFs in")
    args = ap.parse_args()
    scale = 1 if args.quick else 4.3
    folder = args.keep or tempfile.mkdtemp(prefix="report-bench-")
    os.makedirs(folder, exist_ok=True)
    db = os.path.join(folder, "bench.db")
    if os.path.exists(db):
        os.remove(db)
    now = datetime(2024, 7, 2, 0, 0, tzinfo=UTC)
    since = now - timedelta(hours=24)

    t = time.perf_counter()
    with Journal(db) as j:
        n = init_demo(j, seed=7, scale=scale, now=now)
    print(f"demo journal: {n} events in {time.perf_counter() - t:.2f} s (scale {scale})")

    render.ensure_app()
    fonts = render.families()
    render.document("<p>热身 warm-up</p>", {}).size()  # font database and engine start-up
    out = os.path.join(folder, "handover.pdf")
    with Journal(db, create=False) as j:
        t = time.perf_counter()
        printed = handover.handover_pdf(j, since, now, out)
        full = time.perf_counter() - t
        decisions = sum(1 for ev, _g in [(e, 0) for e in j.query(since=since, until=now)]
                        if ev.kind not in SETUP_KINDS)  # fmt: skip
    d = printed.data
    open_n = len(next(t for t in d.tables if t.key == "open").rows)
    print(f"handover: {printed.pages} pages, {decisions} decisions, {open_n} open incidents, "
          f"{full:.2f} s")  # fmt: skip

    html = handover_html.build(d, fonts)
    images = handover.charts(d, fonts)
    t = time.perf_counter()
    doc = render.document(html, images)
    doc.print_(render.new_printer(os.path.join(folder, "bare.pdf")))
    bare = time.perf_counter() - t
    print(f"bare QTextDocument: {bare:.2f} s for the identical HTML ({len(html):,} characters)")
    print(json.dumps({
        "handover_2000_s": round(full, 3),
        "bare_qtextdocument_s": round(bare, 3),
        "ratio": round(full / bare, 3),
        "decisions": decisions,
        "open_incidents": open_n,
        "pages": printed.pages,
        "quick": args.quick,
    }))  # fmt: skip


if __name__ == "__main__":
    main()
