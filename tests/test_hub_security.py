"""Security at the hub: tokens, roles, sizes and floods, with real sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio

from test_sync_kit import (
    Rig,
    closed,
    count,
    hello,
    incident,
    raw_client,
    run,
    synced,
    team,
)

from commandcenter.hub import Limits
from commandcenter.protocol import Ack, Error, Reject, Submit, Welcome, decode_hub, encode
from commandcenter.protocol.codes import Close


def _refused(rig: Rig, name: str, token: str) -> tuple[Error, int, str]:
    async def attempt():
        ws = await raw_client(rig.url)
        first = await hello(ws, name, token)
        code, reason = await closed(ws)
        return first, code, reason

    return attempt()


def test_no_wrong_or_revoked_token_is_refused_with_a_clear_reason(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            good = rig.token("desk-a")
            cases = {
                "": "token rejected: no token given",
                "guess": "token rejected: unknown token",
            }
            for token, reason in cases.items():
                first, code, why = await _refused(rig, "desk-a", token)
                assert isinstance(first, Error) and first.message == reason
                assert (code, why) == (Close.UNAUTHORIZED, reason)
            first, code, why = await _refused(rig, "desk-b", good)
            assert why == "token rejected: it belongs to desk-a, not desk-b"
            rig.hub.writer.call(rig.hub.tokens.revoke, "desk-a")
            first, code, why = await _refused(rig, "desk-a", good)
            assert (
                code == Close.UNAUTHORIZED
                and why == "token rejected: the token of desk-a was revoked"
            )

    run(scenario())


def test_other_protocol_version_and_missing_hello_are_refused(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            ws = await raw_client(rig.url)
            await ws.send('{"type":"hello","version":99,"station":"a","token":"x"}')
            assert (await closed(ws))[0] == Close.VERSION
            ws = await raw_client(rig.url)
            await ws.send('{"type":"submit","events":[]}')
            code, reason = await closed(ws)
            assert code == Close.BAD_HELLO and "hello expected" in reason

    run(scenario())


def test_screen_cannot_submit_and_nothing_is_stored(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            desk = rig.station("desk-a")
            ev = await desk.submit(*incident("i1"))  # made locally, never linked
            ws = await raw_client(rig.url)
            assert isinstance(await hello(ws, "screen", rig.token("screen", "screen")), Welcome)
            forged = ev.__class__(**{**{f: getattr(ev, f) for f in ev.__struct_fields__}})
            await ws.send(encode(Submit(events=[forged])), text=True)
            answer = None
            while not isinstance(answer, Reject):
                answer = decode_hub(await ws.recv())
            assert answer.code in ("wrong_station", "forbidden")
            # its own station name, a kind a screen may not submit
            from commandcenter.domain import Event, seal

            own = seal(
                Event(
                    **{
                        **{f: getattr(ev, f) for f in ev.__struct_fields__},
                        "station": "screen",
                        "hash": "",
                    }
                ),
                ev.prev,
            )
            await ws.send(encode(Submit(events=[own])), text=True)
            answer = None
            while not isinstance(answer, Reject):
                answer = decode_hub(await ws.recv())
            assert answer.code == "forbidden" and "screen" in answer.reason
            assert await count(rig.hub) == 0
            await ws.close()

    run(scenario())


def test_oversized_message_and_flood_are_cut_off_without_harming_others(tmp_path):
    async def scenario():
        limits = Limits(max_message=64 * 1024, rate=20, burst=40)
        async with Rig(tmp_path, limits) as rig:
            a, b = rig.station("desk-a"), rig.station("desk-b")
            la, lb = rig.link(a), rig.link(b)
            await a.submit(*team("team-1"))
            await synced(lb, 1)

            big = await raw_client(rig.url)
            assert isinstance(await hello(big, "big", rig.token("big")), Welcome)
            await big.send("x" * (200 * 1024))
            assert (await closed(big))[0] == Close.TOO_BIG

            flood = await raw_client(rig.url)
            assert isinstance(await hello(flood, "flood", rig.token("flood")), Welcome)
            code, reason = None, ""
            try:
                for _ in range(2000):
                    await flood.send('{"type":"submit","events":[]}')
            except Exception:
                pass
            code, reason = await closed(flood)
            assert code in (Close.FLOOD, Close.ABUSE), (code, reason)

            # the honest stations never noticed
            for i in range(5):
                await b.submit(*incident(f"b{i}"))
            await synced(la, 6)
            await synced(lb, 6)
            assert await count(rig.hub) == 6

    run(scenario())


def test_a_flood_of_valid_looking_messages_closes_with_the_flood_code(tmp_path):
    async def scenario():
        async with Rig(tmp_path, Limits(rate=5, burst=10, strikes=10_000)) as rig:
            ws = await raw_client(rig.url)
            assert isinstance(await hello(ws, "f", rig.token("f")), Welcome)
            try:
                for _ in range(100):
                    await ws.send('{"type":"submit","events":[]}')
            except Exception:
                pass
            code, reason = await closed(ws)
            assert code == Close.FLOOD and "flood" in reason

    run(scenario())


def test_replay_ack_is_idempotent_for_a_resent_event(tmp_path):
    async def scenario():
        async with Rig(tmp_path) as rig:
            st = rig.station("desk-a")
            ev = await st.submit(*incident("i1"))
            acks = []
            for _ in range(3):
                ws = await raw_client(rig.url)
                assert isinstance(await hello(ws, "desk-a", rig.token("desk-a")), Welcome)
                await ws.send(encode(Submit(events=[ev])), text=True)
                msg = None
                while not isinstance(msg, Ack):
                    msg = decode_hub(await ws.recv())
                acks.append(msg.acks)
                await ws.close()
            assert acks == [{ev.id: 1}] * 3 and await count(rig.hub) == 1
            await asyncio.sleep(0)

    run(scenario())


def test_checking_every_connection_at_once_answers_as_one_check_each(tmp_path):
    """The hub's recheck reads the stations table once for all connections (tokens.check_all):
    each answer must be the one check() gives, refusals included."""
    from commandcenter.hub.tokens import TokenStore
    from commandcenter.store import Journal

    with Journal(tmp_path / "hub.db", authority=True) as j:
        store = TokenStore(j.conn)
        tokens = {f"desk-{k}": store.add(f"desk-{k}", "desk") for k in range(5)}
        tokens["field-1"] = store.add("field-1", "field", township="T03", village="V1")
        store.revoke("desk-2")
        pairs = [(t, name) for name, t in tokens.items()]
        pairs += [("", "desk-0"), ("guess", "desk-0"), (tokens["desk-1"], "desk-3")]
        assert store.check_all(pairs) == [store.check(t, name) for t, name in pairs]
        refusals = [v.refusal for v in store.check_all(pairs) if v.refusal]
        assert refusals == [
            "token rejected: the token of desk-2 was revoked",
            "token rejected: no token given",
            "token rejected: unknown token",
            "token rejected: it belongs to desk-1, not desk-3",
        ]
        assert store.check_all(pairs)[5].village == "V1"
