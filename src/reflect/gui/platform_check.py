"""Explaining, before Qt aborts, why a window cannot open on this Linux."""

from __future__ import annotations

import ctypes.util
import os
import sys

XCB_HINT = (
    "Reflect cannot open its window: the system library libxcb-cursor0 is missing.\n"
    "On Debian or Ubuntu run: bash scripts/linux-qt-libs.sh (from the Reflect source folder)\n"
    "or: sudo apt install libxcb-cursor0"
)
NO_DISPLAY_HINT = (
    "Reflect cannot open its window: there is no graphical display here.\n"
    "The command line still works; see 'reflect --help'."
)


def window_problem() -> str | None:
    """A plain explanation when Qt could not show a window here, else None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return NO_DISPLAY_HINT
    if ctypes.util.find_library("xcb-cursor") is None:
        return XCB_HINT
    return None
