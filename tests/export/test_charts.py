"""Chart labels: long theme names wrap before they are cut short."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from reflect.export.charts import bar_label

NAME = "Authenticity and balance with patients"


def test_a_long_name_wraps_onto_two_lines_when_the_row_holds_them(qapp):
    metrics = QFontMetricsF(QFont())
    narrow = metrics.horizontalAdvance(NAME) * 0.7
    flags, text = bar_label(NAME, metrics, QRectF(0, 0, narrow, metrics.lineSpacing() * 3))
    assert text == NAME and flags & Qt.TextFlag.TextWordWrap


def test_a_name_the_row_cannot_hold_is_cut_short(qapp):
    metrics = QFontMetricsF(QFont())
    narrow = metrics.horizontalAdvance(NAME) * 0.4
    flags, text = bar_label(NAME, metrics, QRectF(0, 0, narrow, metrics.lineSpacing()))
    assert text.endswith("…") and not flags & Qt.TextFlag.TextWordWrap
