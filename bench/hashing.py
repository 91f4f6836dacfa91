"""Cost of the event hash: legacy scheme 1 (msgspec) against scheme 2 (RFC 8785), per event.

Hashes the demo county's events (all kinds, CJK text, coordinates) with both canonical forms,
and with the reference RFC 8785 library for scale, then times `verify` over a journal of them.

    python bench/hashing.py [--quick]      # the last line printed is one JSON object
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import rfc8785

from commandcenter.demo import generate_demo
from commandcenter.domain.canonical import canonical_v1, canonical_v2, ts_text
from commandcenter.store import Journal, verify


def per_event_us(fn, evs, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for ev in evs:
            fn(ev)
    return (time.perf_counter() - start) / (rounds * len(evs)) * 1e6


def reference(ev) -> bytes:
    fields = ("id", "station", "seq", "actor", "kind", "payload")
    return rfc8785.dumps({**{f: getattr(ev, f) for f in fields}, "ts": ts_text(ev.ts)})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer rounds (under a minute)")
    args = ap.parse_args()
    rounds = 1 if args.quick else 5
    evs = generate_demo(seed=7, now=datetime(2026, 7, 15, 6, 30, tzinfo=UTC))
    assert all(canonical_v2(e) == reference(e) for e in evs)  # the fast path is RFC 8785
    out = {
        "events": len(evs),
        "scheme1_us": round(per_event_us(canonical_v1, evs, rounds), 1),
        "scheme2_us": round(per_event_us(canonical_v2, evs, rounds), 1),
        "rfc8785_library_us": round(per_event_us(reference, evs, 1), 1),
    }
    with tempfile.TemporaryDirectory() as tmp, Journal(Path(tmp) / "j.db") as j:
        j.append(evs)
        start = time.perf_counter()
        rep = verify(j)
        out["verify_us_per_event"] = round((time.perf_counter() - start) / len(evs) * 1e6, 1)
        assert rep.ok
    for k, v in out.items():
        print(f"{k:>22}: {v}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
