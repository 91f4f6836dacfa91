"""docs/protocol.md agrees with the code: its worked examples reproduce, and its generated
tables (kinds, roles, codes, limits) equal what the code generates."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from commandcenter.domain import canonical, check_hash, decode_event
from commandcenter.hub import spec
from commandcenter.protocol.codes import ERRORS, REJECTS

DOC = Path(__file__).resolve().parents[1] / "docs" / "protocol.md"
HUB = Path(__file__).resolve().parents[1] / "commandcenter" / "hub"


def examples() -> list[dict[str, str]]:
    """Each ```example block of the page as {label: text}."""
    blocks = re.findall(r"```example\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    out = []
    for block in blocks:
        lines = [ln.split(":", 1) for ln in block.strip().splitlines()]
        out.append({k.strip(): v.strip() for k, v in lines})
    return out


def test_the_worked_examples_reproduce():
    evs = [ex for ex in examples() if "event" in ex]
    assert len(evs) >= 3
    for ex in evs:
        ev = decode_event(ex["event"])
        assert canonical(ev) == ex["canonical"].encode("utf-8")
        digest = hashlib.sha256(ev.prev.encode() + ex["canonical"].encode("utf-8")).hexdigest()
        assert digest == ex["hash"] == ev.hash and check_hash(ev)
    ghashes = next(ex for ex in examples() if "ghash 1" in ex)
    g = "0" * 64
    for n, ex in enumerate(evs, start=1):
        g = hashlib.sha256((g + ex["hash"]).encode()).hexdigest()
        assert ghashes[f"ghash {n}"] == g


def test_the_generated_tables_are_current():
    text = DOC.read_text(encoding="utf-8")
    assert spec.render() in text, "regenerate: python -m commandcenter.hub.spec"


def test_every_code_the_hub_uses_is_published():
    source = "".join(p.read_text(encoding="utf-8") for p in HUB.glob("*.py"))
    rejects = set(re.findall(r'return "(\w+)", ', source))
    rejects |= set(re.findall(r'\(ev\.id, "(\w+)"', source))
    rejects |= set(re.findall(r'why = "(\w+)", ', source))
    errors = set(re.findall(r'_strike\(\s*"(\w+)"', source))
    assert rejects and errors
    assert rejects <= set(REJECTS), rejects - set(REJECTS)
    assert errors <= set(ERRORS), errors - set(ERRORS)


def test_examples_are_valid_json_as_a_client_sends_them():
    for ex in examples():
        if "event" in ex:
            assert json.loads(ex["event"])["scheme"] == 2
