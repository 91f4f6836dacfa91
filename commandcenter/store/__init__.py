"""Storage: the hash-chained event journal, snapshots, settings and migrations (no Qt)."""

from .db import StoreError, default_db_path, to_url
from .journal import Journal, JournalError, new_id
from .verify import VerifyReport, parse_head, verify

__all__ = [
    "Journal",
    "JournalError",
    "StoreError",
    "VerifyReport",
    "default_db_path",
    "new_id",
    "parse_head",
    "to_url",
    "verify",
]
