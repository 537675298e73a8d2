"""Searching as you type in the Journal: from a key in the search box to the list shown.

Types words into the real window's search box with QTest, one key at a time,
and counts each key until the search has run and Qt has drawn the list. The
words pass through every prefix of themselves, one letter included, and a
word that begins a kind's name ("team"); each is cleared with Backspace,
which searches too. The baseline is the same keys in a bare QLineEdit.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from timing import Figure

WORDS = ("team", "medicin", "i dag", "boundaries", "samtal")


def _keys(app, field, pending=lambda: False) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    field.setFocus()
    app.processEvents()
    times = []
    for word in WORDS:
        keys = [*word] + [Qt.Key.Key_Backspace] * len(word)
        for key in keys:
            start = time.perf_counter()
            if isinstance(key, str):
                QTest.keyClicks(field, key)
            else:
                QTest.keyClick(field, key)
            app.processEvents()
            while pending():  # the search runs on the next turn of the event loop
                app.processEvents()
            times.append(time.perf_counter() - start)
    return times


def search_typing_figures(path: Path, passphrase: str, folder: Path, size: int) -> list[Figure]:
    from PySide6.QtWidgets import QApplication, QLineEdit

    from reflect.app.journal import Journal
    from reflect.app.prompt_library import PromptLibrary, load_catalogue
    from reflect.app.search_names import search_names
    from reflect.domain.kinds import kind_spec
    from reflect.gui.main_window import JOURNAL, MainWindow
    from reflect.present.preferences import Preferences

    app = QApplication.instance()
    bare = QLineEdit()
    bare.show()
    baseline = _keys(app, bare)
    bare.close()
    with Journal.open(path, passphrase) as journal:
        journal.search_names = search_names(load_catalogue("en"), lambda k: kind_spec(k).label)
        window = MainWindow(
            journal, PromptLibrary(journal, load_catalogue("en")), Preferences(folder / "s.ini")
        )
        window.resize(1280, 800)
        window.show()
        window.show_page(JOURNAL)
        page = window.journal_page
        _keys(app, page.search_field, page.search_timer.isActive)  # warm the cache
        times = _keys(app, page.search_field, page.search_timer.isActive)
        window.close()
    p95 = statistics.quantiles(times, n=20)[-1]
    return [
        Figure(
            f"search as you type in the Journal, key to list, median ({size:,})",
            statistics.median(times),
            statistics.median(baseline),
            None,
            0.016,
        ),
        Figure(
            f"search as you type in the Journal, key to list, 95th percentile ({size:,})",
            p95,
            statistics.quantiles(baseline, n=20)[-1],
            None,
            0.050,
        ),
    ]
