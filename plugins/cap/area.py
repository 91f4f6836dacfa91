"""Where a CAP area falls in the county: by polygon, circle, administrative-code geocode or name.

CAP gives points as "lat,lon"; the county's outlines and places are (lon, lat). A polygon or
circle is intersected with the county, township outlines (or their centres when no outline was
imported), villages and 3人1屋 zones. A geocode names the county, a township or a village by
its administrative code (`LadderConfig.codes`, GB/T 2260 and its township/village
extensions); township or village ids are accepted too. The area's description is matched by
name as the last resort (Chinese messages often name the townships). An area that touches
nothing is outside the county: the warning is stored, marked as not concerning it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry

from commandcenter.domain import State
from commandcenter.domain.ladder import config

from .reading import Area, CapError


@dataclass
class Match:
    whole: bool = False  # the whole county
    townships: set[str] = field(default_factory=set)
    villages: set[str] = field(default_factory=set)  # "tid/vid"
    zones: set[str] = field(default_factory=set)
    how: set[str] = field(default_factory=set)  # polygon | circle | geocode | name

    @property
    def concerns(self) -> bool:
        return self.whole or bool(self.townships)


def polygon(text: str) -> Polygon:
    try:
        pts = [tuple(map(float, p.split(","))) for p in text.split()]
        ring = [(lon, lat) for lat, lon in pts]
    except ValueError:
        raise CapError(f"polygon 坐标有误: {text[:60]}") from None
    if len(ring) < 4 or ring[0] != ring[-1]:
        raise CapError("polygon 至少需要 4 个点且首尾相同")
    return Polygon(ring).buffer(0)


def circle(text: str) -> BaseGeometry:
    try:
        centre, radius = text.split()
        lat, lon = map(float, centre.split(","))
        km = float(radius)
    except ValueError:
        raise CapError(f"circle 格式有误: {text[:60]}") from None
    # degrees of latitude are ~111 km; of longitude shrink with cos(lat): an ellipse in degrees
    r_lat = max(km, 0.01) / 111.0
    r_lon = r_lat / max(math.cos(math.radians(lat)), 0.01)
    disc = Point(lon, lat).buffer(1.0, 32)
    from shapely import affinity

    return affinity.scale(disc, r_lon, r_lat, origin=(lon, lat))


def _shape(state: State) -> dict[str, BaseGeometry]:
    """Each township as a shape: its outline, or a small disc round its centre."""
    out: dict[str, BaseGeometry] = {}
    for tid, t in state.townships.items():
        if len(t.outline) >= 3:
            out[tid] = Polygon(t.outline).buffer(0)
        else:
            out[tid] = Point(t.lon, t.lat).buffer(0.01)
    return out


def _add_township(state: State, m: Match, tid: str) -> None:
    m.townships.add(tid)
    t = state.townships[tid]
    m.villages.update(f"{tid}/{v.id}" for v in t.villages)


def _add_village(m: Match, tid: str, vid: str) -> None:
    m.townships.add(tid)
    m.villages.add(f"{tid}/{vid}")


def _points(state: State) -> tuple[list[tuple[str, str]], np.ndarray, np.ndarray]:
    """Villages and zones as one array of points (one vectorised test per CAP area)."""
    keys: list[tuple[str, str]] = []
    xs: list[float] = []
    ys: list[float] = []
    for tid, t in state.townships.items():
        for v in t.villages:
            keys.append(("village", f"{tid}/{v.id}"))
            xs.append(v.lon)
            ys.append(v.lat)
    for z in state.zones.values():
        if z.lon is not None and z.lat is not None:
            keys.append(("zone", z.id))
            xs.append(z.lon)
            ys.append(z.lat)
    return keys, np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


def _by_geometry(state: State, geo: BaseGeometry, m: Match, how: str) -> None:
    county = state.county
    if county and len(county.outline) >= 3:
        c = Polygon(county.outline).buffer(0)
        if geo.contains(c):
            m.whole = True
            m.how.add(how)
    shapely.prepare(geo)
    for tid, shp in _shape(state).items():
        if geo.intersects(shp):
            m.townships.add(tid)
            m.how.add(how)
    keys, xs, ys = _points(state)
    inside = shapely.contains_xy(geo, xs, ys) if len(keys) else []
    for (kind, key), hit in zip(keys, inside, strict=True):
        if not hit:
            continue
        m.how.add(how)
        if kind == "village":
            _add_village(m, *key.split("/", 1))
        else:
            m.zones.add(key)
            m.townships.add(state.zones[key].township)


def _by_code(state: State, value: str, m: Match) -> None:
    place = config(state).codes.get(value, "")
    if not place:
        if value in state.townships:
            place = value
        else:
            for tid, t in state.townships.items():
                if any(v.id == value for v in t.villages):
                    place = f"{tid}/{value}"
    if place == "county":
        m.whole = True
    elif "/" in place and place.split("/")[0] in state.townships:
        _add_village(m, *place.split("/", 1))
    elif place in state.townships:
        _add_township(state, m, place)
    else:
        return
    m.how.add("geocode")


def _by_name(state: State, desc: str, m: Match) -> None:
    county = state.county
    if county and county.name and county.name in desc:
        m.whole = True
        m.how.add("name")
    for tid, t in state.townships.items():
        if t.name and t.name in desc:
            _add_township(state, m, tid)
            m.how.add("name")


def match(state: State, areas: list[Area]) -> Match:
    m = Match()
    for a in areas:
        for p in a.polygons:
            _by_geometry(state, polygon(p), m, "polygon")
        for c in a.circles:
            _by_geometry(state, circle(c), m, "circle")
        for _name, value in a.geocodes:
            _by_code(state, value.strip(), m)
        if not (a.polygons or a.circles) and not m.concerns:
            _by_name(state, a.desc, m)
    if m.whole:
        for tid in state.townships:
            _add_township(state, m, tid)
    # zones inside: those whose village or township (for a township-wide area) is inside
    for z in state.zones.values():
        if (z.village and f"{z.township}/{z.village}" in m.villages) or (
            not z.village and z.township in m.townships
        ):
            m.zones.add(z.id)
    return m
