"""A keystroke in the editor at 50,000 characters, against a bare Qt text field.

Types into the real widgets with QTest, one key at a time at the end of the
text, and counts each key until Qt has drawn and handled all it caused.
The text is a long reflection in paragraphs, with identifiers in it, so the
underlining and the hint have work to do.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from timing import Figure

CHARACTERS = 50_000
PARAGRAPH = "Ett samtal med K om hur det var i dag, och vad teamet sa efteråt. " * 7
SLIP = "Hon nämnde 070-123 45 67 och att hon bor på Storgatan 12. "  # every tenth paragraph


def long_text() -> str:
    text, number = "", 0
    while len(text) < CHARACTERS:
        text += (SLIP if number % 10 == 0 else "") + PARAGRAPH + "\n\n"
        number += 1
    return text[:CHARACTERS]


def _per_key(app, widget, keys: int = 80) -> float:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    widget.setFocus()
    cursor = widget.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    widget.setTextCursor(cursor)
    app.processEvents()
    times = []
    for n in range(keys):
        start = time.perf_counter()
        QTest.keyClick(widget, Qt.Key.Key_Space if n % 6 == 5 else Qt.Key.Key_A)
        app.processEvents()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def typing_figure(folder: Path, passphrase: str) -> Figure:
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from reflect.app.journal import Journal
    from reflect.app.prompt_library import PromptLibrary, load_catalogue
    from reflect.gui.pages.write.entry_editor import EntryEditor

    app = QApplication.instance()
    text = long_text()
    bare = QPlainTextEdit()
    bare.resize(700, 600)
    bare.show()
    bare.setPlainText(text)
    baseline = _per_key(app, bare)
    bare.close()
    with Journal.create(folder / "typing.reflect", passphrase) as journal:
        editor = EntryEditor(journal, PromptLibrary(journal, load_catalogue("en")))
        editor.resize(1000, 700)
        editor.show()
        editor.text_field.setPlainText(text)
        seconds = _per_key(app, editor.text_field)
        editor.close()
    return Figure("a keystroke in the editor at 50,000 characters", seconds, baseline, None, 0.004)
