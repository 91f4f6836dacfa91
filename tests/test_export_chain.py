"""`export` lets a third party check both chains from the file alone (plain json + hashlib)."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner
from test_hub_relay import GENESIS, spec_ghash, spec_hash

from commandcenter.cli import cli
from commandcenter.store import Journal


def test_exported_lines_carry_gseq_and_ghash_and_both_chains_check(tmp_path):
    db = tmp_path / "j.sqlite"
    shutil.copy("tests/data/journal_rev0002.sqlite", db)  # four legacy rows, then new ones
    with Journal(db) as j:
        j.record("incident.verified", {"incident": "inc-1"}, station="field-1", actor="李娜")
        j.record(
            "township.registered",
            {"id": "t9", "name": "西山乡", "lon": 1e-9, "lat": 1e20},
            station="desk-1",
            actor="张伟",
        )
        head = (j.last_gseq, j.head_ghash)
    out = tmp_path / "x.jsonl"
    res = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(out)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]

    ghash, heads = GENESIS, {}
    for n, ev in enumerate(lines, start=1):
        assert ev["gseq"] == n
        ghash = spec_ghash(ghash, ev["hash"])
        assert ev["ghash"] == ghash
        assert ev["prev"] == heads.get(ev["station"], GENESIS)
        heads[ev["station"]] = ev["hash"]
        if ev["scheme"] == 2:
            assert spec_hash(ev) == ev["hash"]
    assert [e["scheme"] for e in lines] == [1, 1, 1, 1, 2, 2]
    assert (lines[-1]["gseq"], lines[-1]["ghash"]) == head

    copy = tmp_path / "copy.sqlite"
    res = CliRunner().invoke(cli, ["import", "--db", str(copy), str(out)])
    assert res.exit_code == 0 and "Imported 6 events" in res.output
    with Journal(copy) as j:
        assert (j.last_gseq, j.head_ghash) == head
