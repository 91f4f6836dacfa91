"""The base of every payload shape."""

from __future__ import annotations

from ..entities import Base


class P(Base, kw_only=True):
    """Base of payloads: unknown fields are refused so typos never become silent facts."""
