"""The JSON Schema of the wire protocol, generated from the message structs.

`python -m commandcenter.protocol.schema > docs/protocol.schema.json` regenerates the committed
file; a test checks that the committed file equals what the code generates. Every kind in
`domain.events.PAYLOADS` appears with its payload shape (an `event`'s `payload` is checked by
its `kind`), and `x-roles` is the role -> kinds table the hub enforces.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import msgspec

from commandcenter.domain.events import PAYLOADS
from commandcenter.domain.roles import ALLOWED

from .messages import PROTOCOL_VERSION, ClientMessage, HubMessage

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "protocol.schema.json"


def schema() -> dict[str, Any]:
    kinds = sorted(PAYLOADS)
    (client, hub, *payloads), components = msgspec.json.schema_components(
        [ClientMessage, HubMessage, *(PAYLOADS[k] for k in kinds)], ref_template="#/$defs/{name}"
    )
    _event(components["Event"], dict(zip(kinds, payloads, strict=True)))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"commandcenter hub protocol, version {PROTOCOL_VERSION}",
        "description": "One JSON object per WebSocket text frame, tagged by `type`.",
        "oneOf": [
            {"title": "station to hub", **client},
            {"title": "hub to station", **hub},
        ],
        "x-roles": {role.value: sorted(ALLOWED[role]) for role in ALLOWED},
        "$defs": components,
    }


def _event(ev: dict[str, Any], payloads: dict[str, dict[str, Any]]) -> None:
    """Tighten the generic Event struct's schema with what the hub checks."""
    props = ev["properties"]
    for name in ("id", "actor", "kind", "station"):
        props[name].update(minLength=1, maxLength=64)
    props["seq"].update(minimum=1, maximum=2**53 - 1)
    props["ts"].update(
        format="date-time",
        description="any offset is accepted; stored and relayed as canonical UTC "
        "(YYYY-MM-DDTHH:MM:SS[.ffffff]Z), the text the hash covers",
    )
    props["kind"]["enum"] = list(payloads)
    for name in ("prev", "hash"):
        props[name]["pattern"] = "^[0-9a-f]{64}$"
    props["hash"].pop("default", None)
    props["scheme"]["description"] = "2: RFC 8785 (docs/protocol.md); 1: legacy rows only"
    ev["required"] = [*ev["required"], "prev", "hash"]
    ev["oneOf"] = [
        {
            "properties": {"kind": {"const": kind}, "payload": ref},
            "required": ["kind", "payload"],
        }
        for kind, ref in payloads.items()
    ]


def render() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
