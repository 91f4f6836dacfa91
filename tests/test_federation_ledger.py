"""The city's ledger takes each county event once, in county order, on the county's chain."""

from __future__ import annotations

import pytest

from commandcenter.domain import GENESIS
from commandcenter.federation import FederationError, check_county
from commandcenter.federation.ledger import Ledger
from commandcenter.store import Journal
from commandcenter.store.rows import global_hash


def test_ledger_takes_the_next_event_once_and_refuses_gaps_and_foreign_chains(tmp_path):
    with Journal(tmp_path / "city.db", authority=True) as j:
        ledger = Ledger(j)
        h1, h2, h3 = "a" * 64, "b" * 64, "c" * 64
        g1 = global_hash(GENESIS, h1)
        g2 = global_hash(g1, h2)
        assert ledger.check("north", 1, g1, h1)
        assert not ledger.check("north", 1, g1, h1)  # a redelivery is taken once
        with pytest.raises(FederationError, match="sequence 3 after 1"):
            ledger.check("north", 3, global_hash(g2, h3), h3)
        with pytest.raises(FederationError, match="does not extend its chain"):
            ledger.check("north", 2, global_hash(GENESIS, h2), h2)
        assert ledger.check("north", 2, g2, h2)
        assert ledger.check("south", 1, g1, h1)  # each county has its own sequence
        ledger.record(
            [
                {"county": "north", "cseq": 1, "id": "e1", "ghash": g1},
                {"county": "north", "cseq": 2, "id": "e2", "ghash": g2},
            ],
            "CITY",
            7,
        )
        assert ledger.cursor("CITY") == 7
    with Journal(tmp_path / "city.db", authority=True) as j:
        again = Ledger(j)  # a restarted city resumes from what was stored
        assert again.heads["north"] == (2, g2)
        assert again.cursor("CITY") == 7
        assert again.count("north") == 2


@pytest.mark.parametrize("bad", ["", "north.east", "a b", "city", "x" * 33, "北区"])
def test_a_county_name_that_cannot_name_a_stream_is_one_sentence(bad):
    with pytest.raises(FederationError, match="county name"):
        check_county(bad)
