"""The printed reports read back with the real `pdftotext`, driven through the real CLI.

pdftotext gives some CJK characters as their radical twins: Noto CJK draws 人 and the Kangxi
radical ⼈ (U+2F08) with one glyph, and Qt's ToUnicode map names the lowest code point. The
text is mapped back through the font's own cmap (same glyph -> the unified ideograph) before
searching. A known wart of Qt's PDF writer; see the report of issue 5.
"""

from __future__ import annotations

import functools
import re
import shutil
import sqlite3
import subprocess
import unicodedata
from datetime import timedelta
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from test_report_world import T0, World, build_shift

from commandcenter.cli import cli

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


@functools.cache
def radicals() -> dict[int, str]:
    """Radical code point -> the ideograph the CJK font draws with the same glyph."""
    from PySide6.QtGui import QFont, QRawFont

    from commandcenter.reports import render

    render.ensure_app()
    raw = QRawFont.fromFont(QFont(render.cjk_family()))
    glyph_of = {}
    for cp in range(0x4E00, 0xA000):
        g = raw.glyphIndexesForString(chr(cp))
        if g and g[0]:
            glyph_of.setdefault(g[0], chr(cp))
    out = {}
    for cp in range(0x2E80, 0x2FE0):
        g = raw.glyphIndexesForString(chr(cp))
        if g and g[0] in glyph_of:
            out[cp] = glyph_of[g[0]]
    return out


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return unicodedata.normalize("NFKC", out.stdout.decode()).translate(radicals())


def section(text: str, start: str, end: str) -> str:
    a = text.index(start)
    return text[a : text.index(end, a)]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """One shift, printed once through `commandcenter report handover`."""
    tmp = tmp_path_factory.mktemp("handover")
    w = build_shift(str(tmp / "desk.db"))
    head = (w.journal.last_gseq, w.journal.head_ghash)
    w.journal.close()
    out = tmp / "handover.pdf"
    res = CliRunner().invoke(
        cli,
        ["report", "handover", "--db", w.path, "--from", "2024-07-01T08:00",
         "--to", "2024-07-02T08:00", "--out", str(out)],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    return w, out, head, res.output


def test_every_open_incident_team_out_and_the_head_hash_are_printed(printed) -> None:
    _w, out, (gseq, ghash), output = printed
    text = pdf_text(out)
    opened = section(text, "、未结事件", "、在外队伍")
    for title in ("响水洞村山洪", "柳树坪村滑坡", "青龙山林火"):
        assert title in opened
    teams = section(text, "、在外队伍", "、物资调拨")
    for team in ("盘石镇综合应急救援队", "县地质灾害应急救援队", "县森林消防专业队"):
        assert team in teams
    assert "县消防救援大队特勤中队" not in teams  # back on standby
    assert f"{gseq}:{ghash}" in text
    assert f"{gseq}:{ghash}" in output
    assert "张伟" in text and "李强" in text and "青山县应急管理局" in text


def test_a_closed_incident_is_listed_as_new_but_not_as_open(printed) -> None:
    _w, out, _head, _output = printed
    text = pdf_text(out)
    assert "G318线货车侧翻" in section(text, "、新接报事件", "、未结事件")
    assert "G318线货车侧翻" not in section(text, "、未结事件", "、在外队伍")


def test_the_pdf_embeds_a_cjk_font_and_is_a4(printed) -> None:
    _w, out, _head, _output = printed
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, check=True).stdout.decode()
    cjk = [line for line in fonts.splitlines() if "CJK" in line]
    assert cjk and all(" yes " in line for line in cjk)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, check=True).stdout.decode()
    assert "(A4)" in info


def test_editing_a_row_after_printing_fails_the_check_against_the_printed_head(
    printed, tmp_path
) -> None:
    w, out, _head, _output = printed
    text = pdf_text(out)
    # read the head back from the paper, as a later reader would
    head = re.search(r"^\s*(\d+:[0-9a-f]{64})\s*$", text, re.M).group(1)
    db = tmp_path / "copy.db"
    shutil.copy(w.path, db)
    runner = CliRunner()
    ok = runner.invoke(cli, ["verify-log", "--db", str(db), "--head", head])
    assert ok.exit_code == 0, ok.output
    with sqlite3.connect(db) as con:  # the 95 people moved become 59 in the journal
        row = con.execute("SELECT pos, payload FROM events WHERE kind = 'evac.counted'").fetchone()
        con.execute(
            "UPDATE events SET payload = ? WHERE pos = ?", (row[1].replace("95", "59"), row[0])
        )
    bad = runner.invoke(cli, ["verify-log", "--db", str(db), "--head", head])
    assert bad.exit_code == 1
    assert "edited" in bad.output and "changed after printing" in bad.output


def test_a_forger_who_rechains_the_journal_still_fails_against_the_paper(printed, tmp_path) -> None:
    """Rewrite a row and every later hash so `verify` is clean: only the printed head catches it."""
    from commandcenter.domain.events import chain_hash
    from commandcenter.store import Journal, verify
    from commandcenter.store.journal import event_of, global_hash

    w, _out, (gseq, ghash), _output = printed
    db = tmp_path / "forged.db"
    shutil.copy(w.path, db)
    with sqlite3.connect(db) as con:
        con.row_factory = sqlite3.Row
        cols = "pos, id, station, seq, actor, ts, kind, payload, prev, hash, gseq, ghash, scheme"
        rows = [dict(r) for r in con.execute(f"SELECT {cols} FROM events ORDER BY gseq")]
        heads: dict[str, str] = {}
        g = "0" * 64
        for r in rows:
            if r["kind"] == "evac.counted":
                r["payload"] = r["payload"].replace("95", "59")
            r["prev"] = heads.get(r["station"], "0" * 64)
            r["hash"] = chain_hash(r["prev"], event_of(SimpleNamespace(**r)))
            heads[r["station"]] = r["hash"]
            g = r["ghash"] = global_hash(g, r["hash"])
            con.execute(
                "UPDATE events SET payload=?, prev=?, hash=?, ghash=? WHERE pos=?",
                (r["payload"], r["prev"], r["hash"], r["ghash"], r["pos"]),
            )
        con.execute("DELETE FROM snapshots")
    with Journal(str(db), create=False) as j:
        assert verify(j).ok  # the chains alone no longer show the change
        res = verify(j, expect_head=(gseq, ghash))
    assert not res.ok and "changed after printing" in res.problems[-1]


def test_incident_reports_initial_followup_and_final(printed, tmp_path) -> None:
    w, _out, _head, _output = printed
    runner = CliRunner()
    for iid, _stage, must in (
        ("i4", "初报", ["青龙山林火", "初报", "森林火灾"]),
        ("i1", "续报", ["响水洞村山洪", "续报", "已转移95人", "盘石镇综合应急救援队", "被困 2 人"]),
        ("i2", "终报", ["G318线货车侧翻", "终报", "道路恢复通行"]),
    ):
        pdf = tmp_path / f"{iid}.pdf"
        res = runner.invoke(cli, ["report", "incident", iid, "--db", w.path, "--out", str(pdf),
                                  "--at", "2024-07-02T08:00"])  # fmt: skip
        assert res.exit_code == 0, res.output
        text = pdf_text(pdf)
        for word in must:
            assert word in text, (iid, word)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["handover", "--from", "明天", "--out", "x.pdf"], "ISO 8601"),
        (
            [
                "handover",
                "--from",
                "2024-07-02T08:00",
                "--to",
                "2024-07-01T08:00",
                "--out",
                "x.pdf",
            ],
            "晚于",
        ),
        (["incident", "nope", "--out", "x.pdf"], "没有编号为 nope"),
        (["incident", "i1", "--stage", "终报", "--out", "x.pdf"], "尚未处置完毕"),
    ],
)
def test_cli_errors_are_one_sentence(printed, tmp_path, args, message) -> None:
    w, _out, _head, _output = printed
    args = [a if a != "x.pdf" else str(tmp_path / a) for a in args]
    res = CliRunner().invoke(cli, ["report", args[0], "--db", w.path, *args[1:]])
    assert res.exit_code == 1, res.output
    assert message in res.output and "Traceback" not in res.output


def test_missing_database_is_one_sentence(tmp_path) -> None:
    res = CliRunner().invoke(cli, ["report", "handover", "--db", str(tmp_path / "no.db"),
                                   "--from", "2024-07-01T08:00", "--out", str(tmp_path / "x.pdf")])  # fmt: skip
    assert res.exit_code == 1 and "no database" in res.output


def test_world_fixture_is_a_24_hour_shift(printed) -> None:
    w: World = printed[0]
    assert w.clock[0] - T0 < timedelta(hours=24)
