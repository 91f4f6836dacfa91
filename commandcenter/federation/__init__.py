"""A city of counties federated through NATS JetStream (no Qt; optional: needs nats-py).

Each county hub stays the authority for its stations and publishes its sequenced events to a
JetStream stream on its county's leaf node (`uplink.py`); the city's JetStream sources every
county stream, and the city hub takes them into its journal exactly once, in each county's order
(`intake.py`, `ledger.py`). City decisions go down the same way. `node.py` wires these to a hub;
`streams.py` names and creates the streams; `natsd.py` writes nats-server configurations and runs
a server (tests, benches, a single-machine trial); `wan.py` is a cuttable TCP link for tests.
"""

from __future__ import annotations

from .names import FederationError, check_county

__all__ = ["FederationError", "check_county"]
