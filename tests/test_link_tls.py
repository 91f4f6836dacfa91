"""Stations join a wss:// hub: the bureau's CA by --ca, the system trust store by default, and a
certificate that does not verify is one sentence, retried, never a dead link."""

from __future__ import annotations

import pytest
from test_sync_kit import Rig, incident, run, synced, until
from tls_certs import make_certs, server_context

from commandcenter.link import Link, Status
from commandcenter.link.tls import TLSSetupError, client_context


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certs(tmp_path_factory.mktemp("tls"))


class TLSRig(Rig):
    def __init__(self, tmp, cert, key) -> None:
        super().__init__(tmp)
        self.tls = server_context(cert, key)

    @property
    def url(self) -> str:
        return f"wss://127.0.0.1:{self.hub.port}"

    async def __aenter__(self):
        await self.hub.start("127.0.0.1", 0, ssl=self.tls)
        return self


def test_a_station_joins_a_tls_hub_with_the_bureaus_ca(tmp_path, certs):
    ca, cert, key = certs

    async def scenario():
        async with TLSRig(tmp_path, cert, key) as rig:
            st = rig.station("desk-a")
            link = Link(st, rig.url, rig.token("desk-a"), ca=str(ca), backoff_cap=0.3)
            rig.links.append(link)
            link.start()
            await st.submit(*incident("i1"))
            await synced(link, 1)

    run(scenario())


def test_an_untrusted_certificate_is_one_sentence_and_retried_until_fixed(tmp_path, certs):
    ca, cert, key = certs

    async def scenario():
        async with TLSRig(tmp_path, cert, key) as rig:
            st = rig.station("desk-a")
            link = Link(st, rig.url, rig.token("desk-a"), backoff_cap=0.2)  # system store
            rig.links.append(link)
            states = []
            link.subscribe(states.append)
            link.start()
            s = await until(link, lambda s: "does not verify" in s.last_error)
            assert s.status is Status.OFFLINE and "--ca" in s.last_error
            assert "\n" not in s.last_error and "Traceback" not in s.last_error
            tries = sum(1 for s in states if s.status is Status.CONNECTING)
            await until(link, lambda s: s.status is Status.CONNECTING)
            assert sum(1 for s in states if s.status is Status.CONNECTING) > tries
            link.ssl = client_context(rig.url, str(ca))  # the admin installs the CA
            await synced(link, 0)

    run(scenario())


def test_a_bad_ca_setting_is_one_sentence_at_once(tmp_path):
    with pytest.raises(TLSSetupError, match="no CA file at"):
        client_context("wss://hub:8765", str(tmp_path / "missing.pem"))
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    with pytest.raises(TLSSetupError, match="cannot use"):
        client_context("wss://hub:8765", str(junk))
    with pytest.raises(TLSSetupError, match="not encrypted"):
        client_context("ws://hub:8765", str(junk))
    assert client_context("ws://hub:8765") is None
    assert client_context("WSS://hub:8765").verify_mode.name == "CERT_REQUIRED"
