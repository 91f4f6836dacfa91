"""A real desk (pytest-qt, the Launcher's own start-up path) joins a wss:// hub whose
certificate is signed by a CA made in the test, given to the desk as --ca."""

from __future__ import annotations

import asyncio

from tls_certs import make_certs, server_context

from commandcenter.hub import Hub
from commandcenter.link import Status
from commandcenter.store import Journal
from commandcenter.ui.startup import DeskOptions, Launcher


async def until(pred, timeout: float = 30.0) -> None:
    async with asyncio.timeout(timeout):
        while not pred():
            await asyncio.sleep(0.05)


def test_desk_joins_a_tls_hub_signed_by_the_bureaus_ca(qtbot, qloop, tmp_path, monkeypatch):
    monkeypatch.setenv("COMMANDCENTER_HOME", str(tmp_path / "home"))
    ca, cert, key = make_certs(tmp_path / "tls")
    journal = Journal(tmp_path / "hub.db", authority=True)
    Journal(tmp_path / "b.db", authority=False).close()  # `init` of the desk's journal
    hub = Hub(journal)
    token = hub.writer.call(hub.tokens.add, "desk-b", "desk")

    async def steps():
        await hub.start("127.0.0.1", 0, ssl=server_context(cert, key))
        opts = DeskOptions(
            db=str(tmp_path / "b.db"),
            hub=f"wss://127.0.0.1:{hub.port}",
            token=token,
            ca=str(ca),
            station="desk-b",
            size=(1366, 768),
        )
        launcher = Launcher(opts)
        window = await launcher.start()
        # the launcher owns the window and deletes it in stop(); not handed to qtbot
        try:
            await until(lambda: launcher.link is not None)
            await until(lambda: launcher.link.state.status is Status.ONLINE)
            await launcher.station.submit(
                "incident.reported",
                {"incident": "I9", "type": "flood", "severity": 3, "title": "暴雨积水",
                 "place": {"township": "t1"}},
            )  # fmt: skip
            await until(lambda: launcher.link.state.pending == 0 and launcher.station.upto == 1)
            window.status.refresh()
            text = window.status.link_text()[0]
            assert "在线" in text and "最近联系" in text, text
            window.grab().save(str(tmp_path / "tls-desk.png"))
        finally:
            await launcher.stop()
            await hub.close()

    qloop.run_until_complete(steps())
    assert journal.count() == 1
    journal.close()
