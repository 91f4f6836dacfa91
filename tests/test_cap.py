"""CAP 1.2 in and out on real messages: the OASIS examples, Chinese ones, hostile files, chains."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from commandcenter.bundled_plugins.cap.export import export
from commandcenter.bundled_plugins.cap.intake import import_files, plan_file
from commandcenter.bundled_plugins.cap.reading import CapError, load, parse, read_bytes
from commandcenter.cli import cli
from commandcenter.plugins.local import local_api
from commandcenter.store import Journal

DATA = Path(__file__).parent / "data" / "cap"
RED = "511723041000_20260603140000_1"
UPDATE = "511723041000_20260603160000_2"


def run(*args, ok: bool = True):
    res = CliRunner().invoke(cli, [str(a) for a in args])
    if ok:
        assert res.exit_code == 0, res.output
    return res


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    d = tmp_path_factory.mktemp("cap")
    db = d / "demo.db"
    run("init", "--demo", "--db", db)
    return db


@pytest.fixture
def db(demo_db, tmp_path):
    copy = tmp_path / "d.db"
    shutil.copy(demo_db, copy)
    return copy


def state(db):
    with Journal(str(db), create=False) as j:
        return j.confirmed_state()[0]


def logged(db) -> list[dict]:
    with Journal(str(db), create=False) as j:
        return [e.payload for e in j.events() if e.kind == "cap.logged"]


@pytest.mark.parametrize("name", ["hsas", "thunderstorm", "earthquake", "amber"])
def test_the_oasis_example_alerts_validate_and_read(name) -> None:
    alert, _ = load(DATA / f"oasis-{name}.xml")
    assert alert.identifier and alert.sender and alert.sent.utcoffset() is not None
    assert alert.infos and alert.info().event


def test_chinese_messages_keep_their_identifier_and_text(db) -> None:
    alert, _ = load(DATA / "cn-red-alert.xml")
    assert alert.identifier == RED  # GB/T 35965.1: code_time_serial
    assert alert.info().event == "暴雨" and "盘石镇" in alert.info().description
    with local_api(str(db)) as api:
        plans = import_files(api, [DATA / "cn-red-alert.xml"])
        w = api.state.warnings[RED]
    assert plans[0].outcome == "imported"
    assert str(w.colour) == "red" and w.hazard == "暴雨" and w.concerns
    assert w.area == ["T02"]  # the polygon covers 盘石镇 only
    assert w.zones and all(api.state.zones[z].township == "T02" for z in w.zones)
    assert w.onset is not None and w.onset.utcoffset() is not None


def test_outside_the_county_is_stored_but_marked(db) -> None:
    with local_api(str(db)) as api:
        import_files(api, [DATA / "cn-elsewhere.xml", DATA / "oasis-thunderstorm.xml"])
        ws = api.state.warnings
    assert not ws["440300041000_20260603150000_1"].concerns
    assert not ws["KSTO1055887203"].concerns


def test_circle_and_geocode_find_their_township(db) -> None:
    codes = {"511723": "county", "511723001": "T01"}
    from commandcenter.domain.ladder_config import DEFAULT

    cfg = {"stages": [__import__("msgspec").to_builtins(s) for s in DEFAULT.stages], "codes": codes}
    with local_api(str(db)) as api:
        api.record([("ladder.configured", {"config": cfg})])
        import_files(api, [DATA / "cn-circle.xml", DATA / "cn-geocode.xml"])
        ws = api.state.warnings
    assert ws["511723041000_20260603150000_4"].area == ["T03"]  # 龙潭镇 by circle
    assert ws["511723041000_20260603150500_5"].area == ["T01"]  # 城关街道 by code


def test_update_then_cancel_chain_in_any_file_order(db) -> None:
    files = [DATA / "cn-cancel.xml", DATA / "cn-orange-update.xml", DATA / "cn-red-alert.xml"]
    res = run("warnings", "import", *files, "--db", db)
    assert "updated" in res.output and "cancelled" in res.output
    s = state(db)
    w = s.warnings[RED]
    assert str(w.colour) == "orange"  # the Update changed it
    assert w.cap.ids == [RED, UPDATE]
    assert w.lifted_at is not None and "Cancel" in w.lift_reason
    assert UPDATE not in s.warnings  # an update is not a second warning
    assert [p["outcome"] for p in logged(db)] == ["imported", "updated", "cancelled"]
    again = run("warnings", "import", DATA / "cn-red-alert.xml", "--db", db)
    assert "duplicate" in again.output


HOSTILE = {
    "not-xml.xml": (b"PK\x03\x04 this is a zip", "不是 XML"),
    "truncated.xml": (
        b"<alert xmlns='urn:oasis:names:tc:emergency:cap:1.2'><identifier>",
        "不是有效的 XML",
    ),
    "xxe.xml": (
        b'<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<alert xmlns='urn:oasis:names:tc:emergency:cap:1.2'><identifier>&x;</identifier></alert>",
        "实体",
    ),
    "laughs.xml": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
            for i in range(1, 10)
        )
        + b"]><alert xmlns='urn:oasis:names:tc:emergency:cap:1.2'><identifier>&lol9;</identifier></alert>",
        "实体",
    ),
    "other-root.xml": (b"<feed xmlns='http://www.w3.org/2005/Atom'/>", "不是 CAP 1.2"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_and_malformed_files_are_refused_with_a_reason(tmp_path, name) -> None:
    data, words = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CapError) as exc:
        load(path)
    assert words in str(exc.value)


def _edited(tmp_path, old: str, new: str) -> Path:
    text = (DATA / "cn-red-alert.xml").read_text(encoding="utf-8")
    assert old in text
    p = tmp_path / "edited.xml"
    p.write_text(text.replace(old, new, 1), encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "old,new,words",
    [
        ("  <sender>511723000000@qsxqx.cn</sender>\n", "", "sender"),  # missing required
        ("2026-06-03T14:00:00+08:00</sent>", "2026-06-03T06:00:00Z</sent>", "sent"),  # Z
        ("2026-06-03T14:00:00+08:00</sent>", "2026-06-03 14:00</sent>", "sent"),  # bad time
        ("<status>Actual</status>", "<status>Real</status>", "status"),
        ("<severity>Extreme</severity>", "", "severity"),
    ],
)
def test_schema_violations_are_refused(tmp_path, old, new, words) -> None:
    with pytest.raises(CapError) as exc:
        load(_edited(tmp_path, old, new))
    assert "CAP 1.2" in str(exc.value) and words in str(exc.value)


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path) -> None:
    big = tmp_path / "big.xml"
    with big.open("wb") as f:
        f.write(b"<alert>")
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(CapError, match="文件过大"):
        read_bytes(big)


def test_refused_files_are_logged_and_change_nothing(db, tmp_path) -> None:
    bad = tmp_path / "xxe.xml"
    bad.write_bytes(HOSTILE["xxe.xml"][0])
    before = state(db).warnings
    res = run("warnings", "import", bad, "--db", db, ok=False)
    assert res.exit_code != 0 and "refused" in res.output and "Traceback" not in res.output
    assert state(db).warnings.keys() == before.keys()
    assert logged(db)[-1]["outcome"] == "refused"


def test_export_is_valid_cap_with_offsets_never_z(db, tmp_path) -> None:
    run("warnings", "import", DATA / "cn-red-alert.xml", "--db", db)
    out = tmp_path / "out.xml"
    run("warnings", "export", RED, "--out", out, "--db", db)
    data = out.read_bytes()
    parse(data)  # validates against the XSD
    assert b"+08:00" in data and b"Z<" not in data
    # a desk-issued warning with no CAP origin exports too
    s = state(db)
    wn = next(w for w in s.warnings.values() if w.cap is None)
    xml = export(s, wn.id, s.last_ts)
    parse(xml)
    assert wn.hazard.encode() in xml


def test_show_prints_the_ladder_and_lift_lifts(db) -> None:
    run("warnings", "import", DATA / "cn-red-alert.xml", "--db", db)
    out = run("warnings", "show", RED, "--db", db).output
    assert "[6小时]" in out and "[1小时]" in out and "!!" in out
    run("warnings", "lift", RED, "--db", db)
    assert state(db).warnings[RED].lifted_at is not None
    assert "没有编号" in run("warnings", "show", "nope", "--db", db, ok=False).output


def test_plan_file_of_a_missing_file_is_a_refusal(tmp_path) -> None:
    from commandcenter.domain import State

    assert plan_file(State(), tmp_path / "gone.xml").outcome == "refused"


def test_the_parser_itself_never_expands_entities() -> None:
    """Defence in depth: even past the DOCTYPE check, the parser keeps entities unexpanded."""
    from lxml import etree

    from commandcenter.bundled_plugins.cap.reading import _parser

    try:
        root = etree.fromstring(HOSTILE["laughs.xml"][0], _parser())
    except etree.XMLSyntaxError as exc:  # libxml2 stops the amplification itself
        assert "amplification" in str(exc)
    else:
        text = etree.tostring(root)
        assert len(text) < 1000 and b"lollollol" not in text
    xxe = etree.fromstring(HOSTILE["xxe.xml"][0], _parser())
    assert b"root:" not in etree.tostring(xxe)


def test_the_drop_folder_takes_finished_files_once(tmp_path) -> None:
    from commandcenter.bundled_plugins.cap.watch import take_new

    (tmp_path / "a.xml").write_text("x")
    (tmp_path / "note.txt").write_text("x")
    import time

    assert take_new(tmp_path, now=time.time()) == []  # still being written
    taken = take_new(tmp_path, now=time.time() + 10)
    assert [p.name for p in taken] == ["a.xml"] and taken[0].parent.name == "已处理"
    assert take_new(tmp_path, now=time.time() + 10) == []  # taken once
    assert (tmp_path / "note.txt").exists()


def test_the_bureau_sets_its_ladder_from_json(db, tmp_path) -> None:
    cfg = tmp_path / "ladder.json"
    cfg.write_text(
        '{"stages": [{"name": "2小时", "hours_before": 2, "audiences": ["zones"]}],'
        ' "codes": {"511723001": "T01"}}',
        encoding="utf-8",
    )
    out = run("warnings", "ladder", "--config", cfg, "--db", db).output
    assert "2小时" in out and state(db).ladder.codes == {"511723001": "T01"}
    cfg.write_text('{"stages": [{"name": "x", "hours_before": 1, "audiences": ["cats"]}]}')
    bad = run("warnings", "ladder", "--config", cfg, "--db", db, ok=False)
    assert bad.exit_code != 0 and "cats" in bad.output and "Traceback" not in bad.output
    assert [s.name for s in state(db).ladder.stages] == ["2小时"]
