"""Locking when Windows locks the session or the machine goes to sleep.

Windows tells a program through window messages: ``WM_WTSSESSION_CHANGE``
(after the program asked with ``WTSRegisterSessionNotification``) when the
session is locked, disconnected or logged off, and ``WM_POWERBROADCAST``
before the machine suspends. Qt turns neither into an event, so a native
event filter reads them. X11 has no such message; there the idle lock and
Ctrl+L are what locks.

Registration needs a window handle that lives as long as the app, while
Reflect's windows come and go with each lock, so a hidden native widget
holds it.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from ctypes import wintypes

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

WINDOWS_MESSAGE = b"windows_generic_MSG"
WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
NOTIFY_FOR_THIS_SESSION = 0
# Session changes after which someone else may sit at the screen.
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOGOFF = 0x6
WTS_SESSION_LOCK = 0x7
LOCKING_SESSION_CHANGES = frozenset(
    {WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOGOFF, WTS_SESSION_LOCK}
)
PBT_APMSUSPEND = 0x4


def locks_the_journal(message: int, wparam: int) -> bool:
    """Whether this window message means the person has left the screen."""
    if message == WM_WTSSESSION_CHANGE:
        return wparam in LOCKING_SESSION_CHANGES
    return message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND


class SessionMessages(QAbstractNativeEventFilter):
    """Calls ``on_leave`` when a Windows message says the session locked or the machine sleeps."""

    def __init__(self, on_leave: Callable[[], None]) -> None:
        super().__init__()
        self.on_leave = on_leave

    def nativeEventFilter(  # noqa: N802 - Qt's name
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: object
    ) -> tuple[bool, int]:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        # Qt passes a shiboken VoidPtr, which is false even when it points somewhere.
        address = int(message)  # type: ignore[call-overload]
        if kind == WINDOWS_MESSAGE and address:
            msg = wintypes.MSG.from_address(address)
            if locks_the_journal(msg.message, msg.wParam):
                log.info("Windows session locked or suspending: locking")
                self.on_leave()
        return False, 0  # the message goes on to Qt as before


class WindowsSessionWatch:
    """Installs the filter and registers for session notifications (Windows only)."""

    def __init__(self, app: QApplication, on_leave: Callable[[], None]) -> None:
        self.messages = SessionMessages(on_leave)
        app.installNativeEventFilter(self.messages)
        self.listener = QWidget()  # never shown: it only holds a window handle
        self.handle = int(self.listener.winId())
        self.registered = self._register()

    def _register(self) -> bool:
        if sys.platform != "win32":
            return False
        try:
            wtsapi32 = ctypes.WinDLL("wtsapi32")
            return bool(
                wtsapi32.WTSRegisterSessionNotification(
                    wintypes.HWND(self.handle), NOTIFY_FOR_THIS_SESSION
                )
            )
        except (OSError, AttributeError):
            # Without it, sleep still locks (a broadcast needs no registration).
            log.warning("could not register for session notifications")
            return False

    def close(self) -> None:
        if sys.platform == "win32" and self.registered:
            ctypes.WinDLL("wtsapi32").WTSUnRegisterSessionNotification(wintypes.HWND(self.handle))
            self.registered = False
        self.listener.deleteLater()
