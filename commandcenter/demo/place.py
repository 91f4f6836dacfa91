"""Small helpers for placing the demo county's things near a township or village."""

from __future__ import annotations


def near(t: dict, rng, spread: float = 0.03) -> dict:
    return {
        "lon": round(t["lon"] + rng.uniform(-spread, spread), 5),
        "lat": round(t["lat"] + rng.uniform(-spread, spread), 5),
    }
