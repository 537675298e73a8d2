"""Minimal reproducer: PySide6 6.12.0's ``Signal.emit()`` returns a bool it does not own.

Each call hands back ``True`` without taking a reference to it; when the
unused result is dropped, Python gives up one reference it never got. On
Python 3.11 (where ``True`` is an ordinary object) its count falls a little
with every emit until the interpreter frees ``True`` itself and aborts with
"Fatal Python error: bool_dealloc". Reflect emits a signal on every edit, so
a person met it after a few dozen sharing changes, or at quit. On Python
3.12 and later ``True`` is immortal and the count never moves.

Found with PySide6-Essentials 6.12.0 and shiboken6 6.12.0 on CPython 3.11.7;
6.8.3, 6.9.3, 6.10.3, 6.11.0 and 6.11.3 keep the count steady. Reflect's
dependency range excludes 6.12.0 (pyproject.toml), and the test suite runs
this file to keep it that way.

    python tests/reproducers/signal_emit_bool_refcount.py   # prints "steady" or aborts
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Sender(QObject):
    changed = Signal()


def main() -> int:
    sender = Sender()
    before = sys.getrefcount(True)
    for _ in range(1_000):
        sender.changed.emit()
    after = sys.getrefcount(True)
    print("steady" if after >= before else f"leaking: {before} references to True, then {after}")
    # Go on long enough for the count to reach zero where it leaks.
    for _ in range(200_000):
        sender.changed.emit()
    return 0 if after >= before else 1


if __name__ == "__main__":
    raise SystemExit(main())
