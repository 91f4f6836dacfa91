"""Shared test fixtures. `qloop`: a qasync loop per test for Qt + asyncio integration tests.

pytest-qt has no qasync support (ENGINEERING.md, trap 6): tests that need both build the loop
here, drive scenarios with `qloop.run_until_complete(...)`, never call qtbot.wait* inside a
coroutine, and leave nothing pending — the fixture cancels and awaits leftovers, then closes.
"""

from __future__ import annotations

import asyncio
import os

import pytest

os.environ.setdefault("QT_API", "pyside6")
# CI and these machines have no display: render offscreen unless told otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def qloop(qapp):
    import PySide6.QtWidgets  # noqa: F401 - the binding first, then qasync (trap 1)
    import qasync

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()
        asyncio.set_event_loop(None)
