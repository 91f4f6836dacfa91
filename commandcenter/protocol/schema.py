"""The JSON Schema of the wire protocol, generated from the message structs.

`python -m commandcenter.protocol.schema > docs/protocol.schema.json` regenerates the committed
file; a test checks that the committed file equals what the code generates.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import msgspec

from .messages import PROTOCOL_VERSION, ClientMessage, HubMessage

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "protocol.schema.json"


def schema() -> dict[str, Any]:
    (client, hub), components = msgspec.json.schema_components(
        [ClientMessage, HubMessage], ref_template="#/$defs/{name}"
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"commandcenter hub protocol, version {PROTOCOL_VERSION}",
        "description": "One JSON object per WebSocket text frame, tagged by `type`.",
        "oneOf": [
            {"title": "station to hub", **client},
            {"title": "hub to station", **hub},
        ],
        "$defs": components,
    }


def render() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
