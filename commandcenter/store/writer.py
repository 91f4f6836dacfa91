"""The journal's one writer thread: every database call from async code goes through here.

SQLite wants one writer per file (ENGINEERING.md, trap 8) and an fsync takes milliseconds, so
async code (hub, link, desk) awaits `Writer.run(fn, ...)`, which runs `fn` on a single
dedicated thread. Calls run in the order they were made.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")


class Writer:
    def __init__(self, name: str = "journal-writer") -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, partial(fn, *args, **kwargs))

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future:
        """Start `fn` on the writer thread now; the caller collects the result later."""
        return self._pool.submit(fn, *args, **kwargs)

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run on the writer thread and wait (for code outside the loop)."""
        return self._pool.submit(fn, *args, **kwargs).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True)
