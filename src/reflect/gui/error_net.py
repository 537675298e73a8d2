"""The last net under the window: an error no one caught becomes a sentence, not a crash.

A refusal the user can act on (a full disk, a replaced journal file) that
reached no handler of its own is shown as its own sentence. Anything else
is a bug of ours: the log gets its type and where it happened (never its
message, which could quote the journal), the writer gets one calm sentence,
and the window stays open with everything saved still safe.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from reflect.domain.errors import ValidationError
from reflect.present.messages import translated

log = logging.getLogger(__name__)


def install() -> None:
    sys.excepthook = answer


def answer(kind, error, trace) -> None:
    if isinstance(error, KeyboardInterrupt):
        QApplication.quit()
        return
    parent = QApplication.activeWindow()
    if isinstance(error, ValidationError):
        log.warning("refused without a handler of its own: %s", kind.__name__)
        QMessageBox.warning(parent, "Reflect", translated(error))
        return
    log.error("unexpected %s at\n%s", kind.__name__, "".join(traceback.format_tb(trace)))
    QMessageBox.critical(
        parent,
        "Reflect",
        QCoreApplication.translate(
            "ErrorNet",
            "Something went wrong inside Reflect. Everything saved is safe, and the window "
            "goes on working. Reflect's log notes where it happened, never what you wrote.",
        ),
    )
