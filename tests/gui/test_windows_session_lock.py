"""Windows locking the session or suspending the machine locks the journal.

Qt reports neither on Windows, so a native event filter reads the window
messages. Here the messages are built in memory the way Windows lays out
an MSG and handed to the filter as Qt would hand them; under Wine the smoke
test posts real ones (tests/wine/session_messages_check.py).
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes

import pytest
import shiboken6
from PySide6.QtCore import QByteArray

from reflect.domain.kinds import Kind
from reflect.gui.unlock_dialog import UnlockDialog
from reflect.gui.windows_session import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    locks_the_journal,
)
from tests.gui.test_lock_and_drafts import CANARY, controller, unlock  # noqa: F401 - a fixture

WM_PAINT = 0x000F
WTS_SESSION_UNLOCK = 0x8
WTS_CONSOLE_CONNECT = 0x1
PBT_APMRESUMEAUTOMATIC = 0x12


def windows_message(message: int, wparam: int) -> wintypes.MSG:
    msg = wintypes.MSG()
    msg.message = message
    msg.wParam = wparam
    return msg


def deliver(controller, msg: wintypes.MSG) -> None:  # noqa: F811 - the fixture's name
    # As Qt hands it over: the type as a QByteArray, the MSG as a VoidPtr.
    filtered = controller.session.windows_session.messages.nativeEventFilter(
        QByteArray(b"windows_generic_MSG"), shiboken6.VoidPtr(ctypes.addressof(msg))
    )
    assert filtered == (False, 0)  # Qt still gets every message


@pytest.mark.parametrize(
    ("message", "wparam", "locks"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_WTSSESSION_CHANGE, 0x2, True),  # console disconnected (switch user)
        (WM_WTSSESSION_CHANGE, 0x4, True),  # remote session disconnected
        (WM_WTSSESSION_CHANGE, 0x6, True),  # logged off
        (WM_POWERBROADCAST, PBT_APMSUSPEND, True),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, False),
        (WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT, False),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, False),
        (WM_PAINT, WTS_SESSION_LOCK, False),
    ],
)
def test_which_windows_messages_lock(message, wparam, locks):
    assert locks_the_journal(message, wparam) is locks


@pytest.mark.parametrize(
    ("message", "wparam"),
    [(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK), (WM_POWERBROADCAST, PBT_APMSUSPEND)],
)
def test_windows_locking_the_session_locks_and_keeps_the_writing(
    qtbot,
    controller,  # noqa: F811 - the fixture
    message,
    wparam,
):
    window = unlock(qtbot, controller)
    controller.session.watch_windows_session()
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, f"Half a thought about {CANARY}")
    deliver(controller, windows_message(message, wparam))
    assert controller.journal is None
    assert isinstance(controller.gate, UnlockDialog)
    window = unlock(qtbot, controller)
    assert CANARY in window.editor.text_field.toPlainText()


def test_other_windows_messages_leave_the_journal_open(qtbot, controller):  # noqa: F811
    unlock(qtbot, controller)
    controller.session.watch_windows_session()
    for msg in (
        windows_message(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK),
        windows_message(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC),
        windows_message(WM_PAINT, 0),
    ):
        deliver(controller, msg)
    controller.session.windows_session.messages.nativeEventFilter(b"xcb_generic_event_t", 0)
    assert controller.journal is not None
