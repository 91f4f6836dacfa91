"""Printed reports extract exactly as written: `pdftotext` gives back the source strings.

No normalisation on the PDF side: a reader who searches the handover for 青山县 or 人 in
any PDF viewer finds it (Qt's writer named Kangxi radicals for glyphs Noto CJK shares with
ideographs: ⻘⼭县, ⼈; reports/pdf_text.py maps them back).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime

import pytest
from click.testing import CliRunner
from test_report_world import build_shift

from commandcenter.cli import cli
from commandcenter.reports.radicals import EQUIVALENT

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
PAGE = re.compile(r"第\d+/\d+页")


def pdftotext(path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def source_lines(html: str) -> list[str]:
    """What Qt lays out: the HTML's plain text, one line per paragraph or table cell."""
    from commandcenter.reports import render

    render.ensure_app()
    text = render.document(html, {}).toPlainText()
    text = text.replace("\ufffc", "")  # an image (the charts)
    return [squeeze(line) for line in text.splitlines() if squeeze(line)]


def assert_extracts_as_written(pdf, html: str, footer: str) -> None:
    text = pdftotext(pdf)
    radicals = sorted({c for c in text if ord(c) in EQUIVALENT})
    assert not radicals, f"radicals in the extracted text: {''.join(radicals)}"
    # page footers may fall inside a paragraph: take them out before comparing
    flat = PAGE.sub("", squeeze(text).replace(squeeze(footer), ""))
    lines = source_lines(html)
    missing = [line for line in lines if line not in flat]
    assert not missing, f"{len(missing)} of {len(lines)} lines not found, e.g. {missing[:3]}"
    assert "青山县" in flat and "人" in flat


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("text")
    w = build_shift(str(tmp / "desk.db"))
    yield w, tmp
    w.journal.close()


def test_a_handover_report_extracts_as_written(world) -> None:
    from commandcenter.reports import handover_html, render
    from commandcenter.reports.handover import compile_handover
    from commandcenter.reports.period import bureau_zone, parse_time

    w, tmp = world
    out = tmp / "handover.pdf"
    since, until = "2024-07-01T08:00", "2024-07-02T08:00"
    res = CliRunner().invoke(
        cli,
        ["report", "handover", "--db", w.path, "--from", since, "--to", until, "--out", str(out)],
    )
    assert res.exit_code == 0, res.output
    tz = bureau_zone(w.journal)
    data = compile_handover(w.journal, parse_time(since, tz), parse_time(until, tz))
    html = handover_html.build(data, render.families())
    assert_extracts_as_written(out, html, handover_html.footer(data))


def test_an_incident_report_extracts_as_written(world) -> None:
    from commandcenter.reports import incident_report, render
    from commandcenter.reports.incident_data import gather_incident
    from commandcenter.reports.period import bureau_zone, parse_time

    w, tmp = world
    out = tmp / "i1.pdf"
    at = "2024-07-02T08:00"
    res = CliRunner().invoke(
        cli, ["report", "incident", "i1", "--db", w.path, "--out", str(out), "--at", at]
    )
    assert res.exit_code == 0, res.output
    d = gather_incident(w.journal, "i1", at=parse_time(at, bureau_zone(w.journal)))
    assert isinstance(d.at, datetime)
    html = incident_report.build(d, render.families())
    assert_extracts_as_written(out, html, incident_report.footer(d))


def test_rewrite_cmap_fixes_each_form_qt_and_others_write() -> None:
    from commandcenter.reports.pdf_text import rewrite_cmap

    cmap = b"""3 beginbfrange
<0001> <0003> [<2ED8> <2F2D> <53BF>]
<0004> <0006> <2F07>
<000A> <000B> <0061>
endbfrange
3 beginbfchar
<0008> <2F08>
<0009> <FB00>
<000C> <6236>
endbfchar"""
    out, n = rewrite_cmap(cmap, frozenset("户"), {"戶": "户"}.get)
    assert n == 8
    assert b"[<9752> <5C71> <53BF>]" in out  # 青山县
    assert b"<0004> <0006> [<4EA0> <4EBA> <513F>]" in out  # a counting range spelled out
    assert b"<000A> <000B> <0061>" in out  # Latin untouched
    assert b"<0008> <4EBA>" in out and b"<0009> <00660066>" in out and b"<000C> <6237>" in out
    kept, n = rewrite_cmap(b"1 beginbfchar\n<0008> <2F08>\nendbfchar", frozenset("⼈"))
    assert n == 0 and b"<2F08>" in kept  # the document really shows the radical
