"""Real boundaries: the county's and its townships' outlines from GeoJSON or a shapefile.

Each feature (Polygon or MultiPolygon; the largest ring is kept) is matched to the county or a
township by any property whose value is the county's name, or a township's code or name. A
matched outline becomes `record.changed` of type `outline`, replacing the synthetic outline on
the map; features that match nothing are listed, not stored. Rings longer than MAX_POINTS are
thinned evenly (a county outline at duty-desk scale needs no more). Shapefiles are read with
pyshp (their .dbf often in GBK: `encoding`).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

from commandcenter.domain import Refused, State
from commandcenter.domain import records as R

from .diff import ImportPlan, SheetDiff, rounded

MAX_POINTS = 2000
Ring = list[tuple[float, float]]


class BoundaryError(ValueError):
    """A file that cannot be read as boundaries; str() says why."""


def _area(ring: Ring) -> float:
    return abs(
        sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))
    )


def _thin(ring: Ring) -> Ring:
    if len(ring) <= MAX_POINTS:
        return ring
    step = len(ring) / MAX_POINTS
    return [ring[int(i * step)] for i in range(MAX_POINTS)]


def _largest(rings: list[Ring]) -> Ring:
    ring = max(rings, key=_area) if rings else []
    if len(ring) > 1 and ring[0] == ring[-1]:
        ring = ring[:-1]  # the map closes it
    return _thin([(float(x), float(y)) for x, y, *_ in ring])


def _geojson(path: Path) -> list[tuple[dict[str, Any], Ring]]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BoundaryError(f"{path.name}: not GeoJSON ({exc})") from None
    feats = doc.get("features") if isinstance(doc, dict) else None
    if feats is None and isinstance(doc, dict) and doc.get("type") == "Feature":
        feats = [doc]
    if not isinstance(feats, list):
        raise BoundaryError(f"{path.name}: no features (expected a FeatureCollection)")
    out = []
    for f in feats:
        geom = (f or {}).get("geometry") or {}
        if geom.get("type") == "Polygon":
            rings = [geom["coordinates"][0]]
        elif geom.get("type") == "MultiPolygon":
            rings = [poly[0] for poly in geom["coordinates"]]
        else:
            continue
        out.append((f.get("properties") or {}, _largest(rings)))
    return out


def _shapefile(path: Path, encoding: str) -> list[tuple[dict[str, Any], Ring]]:
    import shapefile

    try:
        reader = shapefile.Reader(str(path), encoding=encoding)
    except (shapefile.ShapefileException, OSError) as exc:
        raise BoundaryError(f"{path.name}: not a readable shapefile ({exc})") from None
    out = []
    with reader:
        for sr in reader.iterShapeRecords():
            pts, parts = sr.shape.points, [*sr.shape.parts, len(sr.shape.points)]
            rings = [pts[a:b] for a, b in itertools.pairwise(parts) if b - a > 2]
            if rings:
                out.append((sr.record.as_dict(), _largest(rings)))
    return out


def read_features(path: str | Path, encoding: str = "utf-8") -> list[tuple[dict, Ring]]:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        return _geojson(path)
    if suffix == ".shp":
        return _shapefile(path, encoding)
    raise BoundaryError(f"{path.name}: expected a .geojson or a .shp file")


def plan_boundaries(features: list[tuple[dict, Ring]], state: State) -> ImportPlan:
    plan = ImportPlan(rows=len(features))
    diff = SheetDiff("边界")
    names = {}
    if state.county:
        names[state.county.name] = "county"
    for t in state.townships.values():
        names[t.id] = names[t.name] = t.id
    have = R.current(state, "outline")
    unmatched = []
    for props, ring in features:
        key = next((names[str(v)] for v in props.values() if str(v) in names), None)
        if key is None:
            if len(features) == 1 and state.county:
                key = "county"  # one unnamed outline: the county's own
            else:
                unmatched.append(next(iter(props.values()), "?"))
                continue
        if len(ring) < 3:
            plan.errors.append(f"边界 {key}: 少于 3 个点")
            continue
        data = rounded({"id": key, "outline": [list(p) for p in ring]})
        old = have.get(key)
        if old is not None and R.same(rounded(old), data):
            continue
        (diff.changed if old else diff.new).append(key)
        plan.decisions.append(("record.changed", {"type": "outline", "id": key, "data": data}))
    if features and not plan.decisions and not diff.new and len(unmatched) == len(features):
        plan.errors.append(
            "没有一个要素的属性与县名或乡镇代码/名称对应; 未匹配: "
            + "、".join(str(u) for u in unmatched[:10])
        )
    plan.diffs.append(diff)
    if unmatched:
        plan.notes.append("未匹配的要素: " + "、".join(str(u) for u in unmatched))
    return plan


class BoundaryImporter:
    """Importer contribution: read(path) off the GUI thread, compare(api, features)."""

    title = "行政区划边界"
    patterns = ("*.geojson", "*.json", "*.shp")

    def read(self, path: str | Path):
        try:
            return read_features(path)
        except BoundaryError as exc:
            return ImportPlan(errors=[str(exc)])

    def compare(self, api, features, *, trial: bool = True) -> ImportPlan:
        if isinstance(features, ImportPlan):
            return features
        plan = plan_boundaries(features, api.state)
        if trial and plan.ok and plan.decisions:
            try:
                api.check_all(plan.decisions)
            except Refused as exc:
                plan.errors.append(f"无法导入: {exc}")
        return plan
