"""Journal text copied to the clipboard does not outlive the open journal.

Locking empties the window; text the writer copied from it would otherwise
wait on the clipboard for whoever sits down next. The guard remembers a
fingerprint (never the text) of what was copied while Reflect had the
focus, and on lock or quit clears the clipboard if it still holds that.
Text copied in another program is left alone.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def _fingerprint(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class ClipboardGuard(QObject):
    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._clipboard = app.clipboard()
        self._ours: set[bytes] = set()
        self._clipboard.changed.connect(self._changed)

    def _changed(self, mode: QClipboard.Mode) -> None:
        # Copied inside Reflect: one of its widgets has the keyboard focus.
        if QApplication.focusWidget() is None:
            return
        text = self._clipboard.text(mode)
        if text:
            self._ours.add(_fingerprint(text))

    def clear_journal_text(self) -> None:
        for mode in _MODES:
            if mode is QClipboard.Mode.Selection and not self._clipboard.supportsSelection():
                continue
            text = self._clipboard.text(mode)
            if text and _fingerprint(text) in self._ours:
                self._clipboard.clear(mode)
        self._ours.clear()
