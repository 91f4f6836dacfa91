"""One writer per journal file: a second hub, desk, import or token change is refused or waits.

Real processes on real SQLite files; the lock is the operating system's, so a SIGKILLed
holder frees it at once.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys

import pytest
from click.testing import CliRunner
from hub_proc import CLI, add_station, free_port, start_hub
from test_sync_kit import run

from commandcenter.cli import cli
from commandcenter.store import Journal, StoreError
from commandcenter.store.lock import JournalLocked

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals are POSIX")


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60)


def test_a_second_hub_and_add_station_are_refused_while_a_hub_runs(tmp_path):
    db = tmp_path / "hub.db"
    add_station(db, "desk-a")

    async def scenario():
        hub = await start_hub(db, free_port())
        try:
            second = await asyncio.to_thread(
                _cli, "hub", "--listen", f"127.0.0.1:{free_port()}", "--db", str(db)
            )
            assert second.returncode == 1 and "Traceback" not in second.stderr
            assert f"(pid {hub.pid}: " in second.stderr, second.stderr
            assert "is writing" in second.stderr and len(second.stderr.splitlines()) == 1
            added = await asyncio.to_thread(
                _cli, "hub", "add-station", "desk-b", "--role", "desk", "--db", str(db)
            )
            assert added.returncode == 1 and "hub is stopped" in added.stderr, added.stderr
            revoked = await asyncio.to_thread(_cli, "hub", "revoke", "desk-a", "--db", str(db))
            assert revoked.returncode == 0, revoked.stderr  # a lost laptop cannot wait
            listed = await asyncio.to_thread(_cli, "hub", "list", "--db", str(db))
            assert "desk-a" in listed.stdout and "revoked" in listed.stdout
            verified = await asyncio.to_thread(_cli, "verify-log", "--db", str(db))
            assert verified.returncode == 0, verified.stderr  # readers go beside the hub
            hub.send_signal(signal.SIGKILL)  # the OS drops the lock with the process
            await hub.wait()
            hub = await start_hub(db, free_port())
        finally:
            hub.send_signal(signal.SIGTERM)
            await hub.wait()

    run(scenario())
    added = _cli("hub", "add-station", "desk-b", "--role", "desk", "--db", str(db))
    assert added.returncode == 0 and len(added.stdout.strip()) >= 40


def test_a_second_writer_in_this_process_is_refused_and_the_lock_comes_back(tmp_path):
    db = tmp_path / "desk.db"
    with Journal(db):
        with pytest.raises(JournalLocked, match="already open for writing in this process"):
            Journal(db)
        with Journal(db, create=False, lock=False) as reader:
            assert reader.count() == 0
    Journal(db).close()
    assert oct((tmp_path / "desk.db.lock").stat().st_mode & 0o777) == "0o600"


IMPORTER = """
import sys
from commandcenter.store import Journal
j = Journal(sys.argv[1])
print("locked", flush=True)
sys.stdin.readline()
j.close()
"""


def test_concurrent_imports_wait_for_each_other_or_say_who_is_writing(tmp_path):
    src, db = tmp_path / "src.db", tmp_path / "dst.db"
    with Journal(src) as j:
        for i in range(20):
            j.record("decision.logged", {"text": f"决定{i}"}, station="desk-a", actor="张伟")
    dump = tmp_path / "events.jsonl"
    assert _cli("export", "--db", str(src), "--out", str(dump)).returncode == 0
    Journal(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "locked\n"
        busy = _cli("import", "--db", str(db), "--wait", "0.3", str(dump))
        assert busy.returncode == 1 and "Traceback" not in busy.stderr
        assert f"another process (pid {holder.pid}: " in busy.stderr, busy.stderr
        waiting = subprocess.Popen(
            [*CLI, "import", "--db", str(db), str(dump)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        holder.stdin.write("\n")  # the other writer finishes while this import waits
        holder.stdin.flush()
        out, err = waiting.communicate(timeout=60)
        assert waiting.returncode == 0, err
        assert "Imported 20 events" in out
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait()
    with Journal(db) as j:
        assert j.count() == 20


def test_verify_log_says_what_it_cannot_see_and_where_to_look(tmp_path):
    db = tmp_path / "desk.db"
    with Journal(db) as j:
        for i in range(5):
            j.record("decision.logged", {"text": f"决定{i}"}, station="desk-a", actor="张伟")
        head = f"{j.last_gseq}:{j.head_ghash}"
    with Journal(db) as j:  # the newest two rows deleted: no chain breaks
        j.conn.exec_driver_sql("DELETE FROM events WHERE gseq > 3")
        j.conn.commit()
    res = CliRunner().invoke(cli, ["verify-log", "--db", str(db)])
    assert res.exit_code == 0 and "OK:" in res.output
    assert "deleting the newest events" in res.output and "--head" in res.output
    assert "4010" in res.output
    res = CliRunner().invoke(cli, ["verify-log", "--db", str(db), "--head", head])
    assert res.exit_code == 1 and "BROKEN" in res.output


def test_damaged_and_read_only_journals_are_one_sentence(tmp_path):
    db = tmp_path / "desk.db"
    with Journal(db) as j:
        for i in range(400):
            j.record("decision.logged", {"text": f"决定{i}" * 20}, station="desk-a", actor="张伟")
    damaged = tmp_path / "damaged.db"
    data = bytearray(db.read_bytes())
    data[4096 * 20 : 4096 * 21] = b"\xde\xad" * 2048  # one page in the middle of the events
    damaged.write_bytes(bytes(data))
    for args in (["verify-log"], ["export", "--out", str(tmp_path / "x.jsonl")]):
        p = _cli(*args, "--db", str(damaged))
        assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
        assert "cannot be read (database disk image is malformed)" in p.stderr, p.stderr
    with pytest.raises(StoreError, match="is damaged"):
        Journal(damaged)  # opened for writing: checked first, nothing written
    # read-only: an SQLite URI with mode=ro is read-only even for root (which ignores chmod)
    ro = f"sqlite:///file:{db}?mode=ro&uri=true"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMMANDCENTER_HOME": str(tmp_path)}
    p = subprocess.run(
        [*CLI, "desk", "--db", ro, "--screenshot", str(tmp_path / "x.png")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
    assert f"the journal at {db} is read-only" in p.stderr
