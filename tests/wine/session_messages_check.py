"""Under Wine, with the Windows build's own Python and Qt: real window messages lock.

Posts the messages Windows sends when the session locks and before the
machine sleeps to the hidden window Reflect registers, and checks that
Reflect's native event filter saw both and that registering for session
notifications worked. Run by packaging/windows/smoke_under_wine.sh on the
Xvfb display (the offscreen platform has no window handles).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtWidgets import QApplication

from reflect.gui.windows_session import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WindowsSessionWatch,
)

WTS_SESSION_UNLOCK = 0x8


def main() -> int:
    app = QApplication(sys.argv[:1])
    left: list[str] = []
    watch = WindowsSessionWatch(app, lambda: left.append("left"))
    user32 = ctypes.WinDLL("user32")
    # One at a time: Qt may show a posted message to the filter twice (the
    # event loop, then the window), so each must raise the count by itself.
    seen_after = []
    for message, wparam in (
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK),
        (WM_POWERBROADCAST, PBT_APMSUSPEND),
    ):
        before = len(left)
        if not user32.PostMessageW(ctypes.c_void_p(watch.handle), message, wparam, 0):
            print("session check: PostMessageW failed", file=sys.stderr)
            return 1
        for _ in range(50):
            app.processEvents()
        seen_after.append(len(left) > before)
    before = len(left)
    user32.PostMessageW(ctypes.c_void_p(watch.handle), WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, 0)
    for _ in range(50):
        app.processEvents()
    unlock_ignored = len(left) == before
    registered = watch.registered
    watch.close()
    both = all(seen_after) and unlock_ignored
    print(
        f"session check: registered={registered} lock_and_sleep_seen={both} "
        f"unlock_ignored={unlock_ignored}"
    )
    return 0 if both else 1


if __name__ == "__main__":
    raise SystemExit(main())
