"""Bounds checked on a frame's raw bytes before it is decoded: nesting depth.

msgspec decodes `dict[str, Any]` payloads recursively and raises RecursionError (not a
DecodeError) on very deep nesting, so depth is checked first, at C speed: everything but
brackets is deleted with `bytes.translate`, then innermost `[]`/`{}` pairs are removed level
by level, at most `limit` times; anything left is nested deeper than `limit`. Brackets inside
strings can only make that first look wrong, so a frame it flags is checked again with its
strings cut out (a slower regex, paid only by suspicious frames). Brackets in strings can
also hide depth from the first look; the codec turns msgspec's RecursionError into a
ProtocolError for that case.
"""

from __future__ import annotations

import re

MAX_DEPTH = 40  # a submit is 4 levels around a payload, and payloads stay within 32 levels

_STRINGS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def too_deep(data: bytes | str, limit: int = MAX_DEPTH) -> bool:
    """True if JSON `data` opens more than `limit` nested arrays or objects."""
    raw = data.encode(errors="replace") if isinstance(data, str) else data
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    if not _deeper(raw.translate(None, _NOT_BRACKETS), limit):
        return False
    return _deeper(_STRINGS.sub(b"", raw).translate(None, _NOT_BRACKETS), limit)


def _deeper(brackets: bytes, limit: int) -> bool:
    for _ in range(limit):
        inner = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if inner == brackets:
            return False  # empty, or malformed: the decoder names the problem
        brackets = inner
    return bool(brackets)
