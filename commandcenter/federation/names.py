"""Names on the wire: streams, subjects, headers, and the rule for a county's name."""

from __future__ import annotations

import re


class FederationError(Exception):
    """A federation problem stated in one sentence (bad name, broken county chain, ...)."""


_NAME = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
CITY_DOMAIN = "city"
DOWN_STREAM = "DOWN"  # city decisions, on the city's JetStream
DOWN_SUBJECT = "cc.down"
CITY_STREAM = "CITY"  # every county's events, sourced, on the city's JetStream
SEQ = "Cc-Seq"  # the sender journal's gseq (the county sequence going up)
GHASH = "Cc-Ghash"  # the sender journal's global chain hash at that gseq


def check_county(name: str) -> str:
    """The county name if it can name a JetStream domain and stream; FederationError if not."""
    if not _NAME.match(name) or name == CITY_DOMAIN:
        raise FederationError(
            f"county name {name!r} must be 1-32 letters, digits, '-' or '_' (and not 'city')"
        )
    return name


def up_stream(county: str) -> str:
    return f"UP_{county}"


def up_subject(county: str) -> str:
    return f"cc.up.{county}"


def down_stream(county: str) -> str:
    return f"DOWN_{county}"


def county_of_subject(subject: str) -> str:
    return subject.rsplit(".", 1)[-1]
