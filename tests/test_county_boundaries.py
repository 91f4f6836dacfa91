"""Real boundaries from GeoJSON and a shapefile replace the synthetic outline (CLI and map)."""

from __future__ import annotations

import json

import shapefile
from click.testing import CliRunner
from desk_fixtures import small_county_events

from commandcenter.cli import cli
from commandcenter.store import Journal


def run(*args, ok: bool = True):
    res = CliRunner().invoke(cli, [str(a) for a in args])
    if ok:
        assert res.exit_code == 0, res.output
    return res


def square(x: float, y: float, r: float) -> list[list[float]]:
    return [[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r], [x - r, y - r]]


def county_db(tmp_path):
    db = tmp_path / "c.db"
    with Journal(db) as j:
        j.append(small_county_events())
    return db


def outlines(db):
    with Journal(db, create=False) as j:
        s = j.confirmed_state()[0]
    return s.county.outline, {t.id: t.outline for t in s.townships.values()}


def test_geojson_outlines_by_name_and_code(tmp_path) -> None:
    db = county_db(tmp_path)
    feats = [
        {
            "type": "Feature",
            "properties": {"NAME": "青山县"},
            "geometry": {"type": "Polygon", "coordinates": [square(107.25, 31.2, 0.3)]},
        },
        {
            "type": "Feature",
            "properties": {"code": "T01", "name": "x"},
            "geometry": {
                "type": "MultiPolygon",
                "coordinates": [[square(107.1, 31.2, 0.1)], [square(107.0, 31.0, 0.01)]],
            },
        },
        {
            "type": "Feature",
            "properties": {"name": "别的县"},
            "geometry": {"type": "Polygon", "coordinates": [square(100, 30, 1)]},
        },
    ]
    path = tmp_path / "b.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), "utf-8")
    out = run("county", "boundary", "--db", db, path).output
    assert "未匹配的要素: 别的县" in out and "Imported 2 new" in out
    county, towns = outlines(db)
    assert county[0] == (106.95, 30.9) and len(county) == 4
    assert towns["T01"][0] == (107.0, 31.1) and len(towns["T01"]) == 4  # the larger polygon
    assert towns["T02"] == []
    assert "0 new, 0 changed" in run("county", "boundary", "--db", db, path).output


def test_shapefile_with_gbk_names(tmp_path) -> None:
    db = county_db(tmp_path)
    base = tmp_path / "towns"
    with shapefile.Writer(str(base), shapeType=shapefile.POLYGON, encoding="gbk") as w:
        w.field("XZMC", "C", 40)
        w.poly([square(107.4, 31.2, 0.1)])
        w.record("龙潭镇")
    out = run("county", "boundary", "--db", db, f"{base}.shp", "--encoding", "gbk").output
    assert "Imported 1 new" in out
    assert outlines(db)[1]["T02"][1] == (107.5, 31.1)


def test_unmatched_or_unreadable_files_store_nothing(tmp_path) -> None:
    db = county_db(tmp_path)
    with Journal(db) as j:
        n = j.count()
    bad = tmp_path / "b.geojson"
    bad.write_text("{not json", "utf-8")
    res = run("county", "boundary", "--db", db, bad, ok=False)
    assert "not GeoJSON" in res.output
    none = tmp_path / "n.geojson"
    feats = [
        {
            "type": "Feature",
            "properties": {"name": f"外县{i}"},
            "geometry": {"type": "Polygon", "coordinates": [square(100, 30, 1)]},
        }
        for i in range(2)
    ]
    none.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), "utf-8")
    res = run("county", "boundary", "--db", db, none, ok=False)
    assert "没有一个要素" in res.output and "外县0" in res.output
    with Journal(db) as j:
        assert j.count() == n


def test_the_map_draws_imported_outlines_and_redraws_on_change(qtbot, qloop, tmp_path):
    from desk_fixtures import DeskEnv

    def extra(d):
        d.do(
            "record.changed",
            {
                "type": "outline",
                "id": "county",
                "data": {"id": "county", "outline": square(107.25, 31.2, 0.3)},
            },
        )

    env = DeskEnv(qtbot, qloop, tmp_path / "desk.db", extra=extra)
    try:
        m = env.window.pane("pane.map")
        m.build()
        lines = [i for i in m._outline_items if hasattr(i, "xData")]
        assert len(lines) == 1 and min(lines[0].xData) == 106.95
        data = {"id": "T02", "outline": square(107.4, 31.2, 0.1)}

        async def steps():
            await env.station.submit(
                "record.changed", {"type": "outline", "id": "T02", "data": data}
            )
            await env.settle()

        env.run(steps())
        lines = [i for i in m._outline_items if hasattr(i, "xData")]
        assert len(lines) == 2
        m.grab().save(str(tmp_path / "map.png"))
    finally:
        env.close()
