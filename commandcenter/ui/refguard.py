"""Keep PySide6 6.12.0's lost references from killing the desk mid-shift.

PySide6 6.12.0 as installed here drops one reference each time Python calls
`SignalInstance.emit()` (to `True`) and each time a C++ signal with arguments calls a Python
slot (to the slot's return value, usually `None`). Nothing leaks; the singletons' counts only
fall, and when one reaches zero CPython aborts ("bool_dealloc" / "none_dealloc") — after a few
hundred emits for `True`. Until PySide is fixed, `top_up()` (called from the desk's 1 Hz and
10 Hz timers, which are plain Python) puts references back by holding the singletons in a
list, so their counts never approach zero. Harmless on a fixed PySide: the list just stays
as it is. tests/test_desk_guard.py shows the bug and the guard.
"""

from __future__ import annotations

import ctypes
import sys

FLOOR = 200_000  # far more than a shift's signal traffic between two top-ups
_ballast: list[object] = []
# The list must outlive interpreter shutdown: freeing it would hand back the references the
# bug took and abort at exit. One extra reference that is never released keeps it alive.
ctypes.pythonapi.Py_IncRef(ctypes.py_object(_ballast))


def top_up() -> int:
    """Bring None, True and False back above FLOOR references; returns how many were added."""
    added = 0
    for obj in (None, True, False):
        n = sys.getrefcount(obj)
        if n < FLOOR:
            _ballast.extend([obj] * (2 * FLOOR - n))
            added += 2 * FLOOR - n
    return added
