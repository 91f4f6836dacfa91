"""Name the X11 libraries Qt's xcb platform plugin needs but the system lacks, before Qt fails.

On a desktop without them Qt aborts with "Could not load the Qt platform plugin xcb" and a
hint about one library only (xcb-cursor0), although libxcb-icccm4 and libxcb-keysyms1 are
just as often missing. The desk checks first and says, in one sentence, what to install.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# library (as ctypes finds it) -> the Debian/Ubuntu package that provides it
XCB_LIBS = {
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def missing_packages(find=ctypes.util.find_library) -> list[str]:
    """Packages whose libraries the xcb plugin loads and this system does not have."""
    return [pkg for lib, pkg in XCB_LIBS.items() if not find(lib)]


def check_x11() -> str:
    """One sentence naming what to install, or "" when the xcb plugin will not be used or
    everything it needs is there."""
    if not sys.platform.startswith("linux"):
        return ""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return ""
    if not os.environ.get("DISPLAY"):
        return ""
    missing = missing_packages()
    if not missing:
        return ""
    return (
        f"The desk needs X11 libraries that are not installed: sudo apt install {' '.join(missing)}"
    )
