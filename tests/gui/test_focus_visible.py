"""The keyboard's place is always seen: every tab stop shows a focus indicator, in both looks.

Walked with the Tab key from the sidebar through every page. For each
control with the focus, its picture is taken with and without the focus;
enough pixels must change, and change with a contrast of at least 3:1
(WCAG 2.1, 1.4.11 and 2.4.7), for a person to see where they are.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from reflect.gui.appearance import Appearance
from reflect.gui.look.tokens import contrast
from reflect.gui.main_window import JOURNAL, PROMPTS, SETTINGS, SUMMARIES, TODAY, WRITE

STOPS_PER_PAGE = 40


def seen_change(before, after) -> int:
    """Pixels that differ between the two pictures with a contrast of 3:1 or more."""
    if before.size() != after.size():
        return after.width() * after.height()
    # The converted pictures are kept in names: their pixels live only as long as they do.
    first = before.convertToFormat(QImage.Format.Format_RGB32)
    second = after.convertToFormat(QImage.Format.Format_RGB32)
    a = memoryview(first.constBits()).cast("I")
    b = memoryview(second.constBits()).cast("I")
    changed, seen = 0, {}
    for old, new in zip(a, b):
        if old != new:
            pair = (old, new)
            if pair not in seen:
                seen[pair] = contrast(QColor(old).name(), QColor(new).name()) >= 3.0
            changed += seen[pair]
    return changed


@pytest.mark.parametrize("look", ["light", "dark"])
def test_every_tab_stop_shows_where_the_focus_is(qtbot, qapp, window, look):
    appearance = Appearance(qapp)
    appearance.apply(look, 100)
    try:
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        unseen = []
        for page in (TODAY, JOURNAL, WRITE, PROMPTS, SUMMARIES, SETTINGS):
            window.show_page(page)
            window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
            for _ in range(STOPS_PER_PAGE):
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
                widget = QApplication.focusWidget()
                if widget is None or widget.window() is not window:
                    continue
                focused = widget.grab().toImage()
                widget.clearFocus()
                plain = widget.grab().toImage()
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                # A ring round the control: at least a line the length of its shorter side.
                if seen_change(plain, focused) < min(focused.width(), focused.height()):
                    name = widget.accessibleName() or type(widget).__name__
                    unseen.append(f"{page}: {name}")
        assert unseen == [], unseen
    finally:
        appearance.apply("system", 100)
