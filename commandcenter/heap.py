"""The garbage collector around a front-end's start: held until the first paint, then the
start-up heap is frozen (Qt-free, so a command can hold it before anything is imported).

A desk opening a 100,000-event journal allocates a few hundred thousand tracked objects
(modules, the decoded situation, widgets) and almost no garbage: the automatic collections
during start-up walked that growing heap again and again, ~100 ms of the snapshot's decode
alone and 10-15% of the time to first paint. At the first paint the whole start-up heap
(~170,000 objects, ~600 of them unreachable cycles) is moved to the permanent generation,
which the collector never walks; the cycles left in it are start-up's, a few hundred kB.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """No automatic collection until `release` (call it before the start-up's imports)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Freeze what start-up built and collect automatically again (once; later calls and
    a start that never held are no-ops)."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
