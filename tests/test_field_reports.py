"""What townships report shows in the printed reports: the handover report's figures, order
receipts and channels down, and the incident report's 灾情统计 (real PDFs, read back)."""

from __future__ import annotations

from click.testing import CliRunner
from test_report_pdf import pdf_text
from test_report_world import build_shift

from commandcenter.cli import cli


def test_figures_receipts_and_channels_down_are_printed(tmp_path):
    w = build_shift(str(tmp_path / "desk.db"))
    st = w.station
    w.at(20)
    order = next(o for o in st.state.orders.values() if o.kind == "dispatch")
    st.do("order.signed", {"order": order.id, "name": "赵六"})
    st.do(
        "disaster.figures",
        {
            "township": "ps",
            "incident": "i1",
            "houses": 12,
            "relocated": 95,
            "crops_ha": 25.5,
            "loss_wan": 310,
        },
    )
    st.do(
        "station.profile",
        {
            "township": "ps",
            "note": "光缆中断",
            "comms": {"network": False, "power": False, "satphone": True},
        },
    )
    w.journal.close()
    runner = CliRunner()
    pdf = tmp_path / "handover.pdf"
    res = runner.invoke(
        cli,
        [
            "report",
            "handover",
            "--db",
            w.path,
            "--from",
            "2024-07-01T08:00",
            "--to",
            "2024-07-02T08:00",
            "--out",
            str(pdf),
        ],
    )
    assert res.exit_code == 0, res.output
    text = pdf_text(pdf)
    for word in (
        "基层灾情统计",
        "倒损房屋 12 间",
        "直接经济损失 310 万元",
        "基层指令签收",
        "赵六",
        "基层站点通信中断",
        "网络、电力",
        "卫星电话",
        "光缆中断",
    ):
        assert word in text, word
    pdf = tmp_path / "i1.pdf"
    res = runner.invoke(
        cli,
        ["report", "incident", "i1", "--db", w.path, "--out", str(pdf), "--at", "2024-07-02T08:00"],
    )
    assert res.exit_code == 0, res.output
    text = pdf_text(pdf)
    assert "灾情统计" in text and "紧急转移安置 95 人" in text
