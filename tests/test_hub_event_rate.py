"""The hub's rate limit counts events: big submits are paced to `event_rate`, never refused."""

from __future__ import annotations

import asyncio
import time

from test_sync_kit import Rig, count, hello, incident, raw_client, run

from commandcenter.hub import Limits
from commandcenter.hub.limits import Bucket
from commandcenter.protocol import Ack, Submit, Welcome, decode_hub, encode


def test_bucket_takes_many_at_once_and_refills_at_its_rate():
    b = Bucket(rate=10, burst=20)
    assert b.take(20) and not b.take(1)
    b.at -= 1.0  # one second later
    assert b.take(10) and not b.take(1)


def test_a_station_sending_few_big_messages_is_paced_by_events(tmp_path):
    rate, burst = 200.0, 200

    async def scenario():
        async with Rig(tmp_path, Limits(event_rate=rate, event_burst=burst)) as rig:
            st = rig.station("desk-a")
            evs = st.do_many([incident(f"i{i}") for i in range(1000)])
            ws = await raw_client(rig.url)
            assert isinstance(await hello(ws, "desk-a", rig.token("desk-a")), Welcome)
            start = time.monotonic()
            for i in range(0, 1000, 200):  # 5 messages: far under the message rate
                await ws.send(encode(Submit(events=evs[i : i + 200])), text=True)
            most = 0.0
            while (n := await count(rig.hub)) < 1000:
                elapsed = time.monotonic() - start
                # never more than a full bucket plus what the rate refilled meanwhile
                most = max(most, n - (burst + rate * elapsed))
                await asyncio.sleep(0.05)
            assert most <= 0, f"{most:.0f} events beyond the event rate"
            acked = {}
            while len(acked) < 1000:
                msg = decode_hub(await ws.recv())
                if isinstance(msg, Ack):
                    acked.update(msg.acks)
            assert sorted(acked.values()) == list(range(1, 1001))  # paced, none refused
            await ws.close()

    run(scenario())
