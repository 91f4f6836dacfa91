"""A writer killed with SIGKILL mid-stream loses no event it had acknowledged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from commandcenter.store import Journal, verify

WRITER = textwrap.dedent(
    """
    import sys
    from commandcenter.station import Station
    from commandcenter.store import Journal
    j = Journal(sys.argv[1])
    st = Station(j, station="desk-01", actor="张伟")
    i = 0
    while True:
        ev = st.do("decision.logged", {"text": f"第{i}项决定"})
        print(ev.id, flush=True)  # printed only after the append is durable
        i += 1
    """
)


def test_sigkill_mid_stream_loses_no_acknowledged_event(tmp_path) -> None:
    path = tmp_path / "desk.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    acked: list[str] = []
    try:
        while len(acked) < 150:
            line = proc.stdout.readline()
            assert line, "the writer died on its own"
            acked.append(line.strip())
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        acked += [x.strip() for x in proc.stdout.read().splitlines() if x.strip()]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    with Journal(path) as j:
        stored = {e.id for e in j.all_events()}
        rep = verify(j)
    assert set(acked) <= stored
    assert len(stored) - len(acked) <= 1  # at most the one in flight, and only if complete
    assert rep.ok, rep.problems
