"""A chart on screen, painted by the same code as the PDF's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from reflect.export.blocks import Table
from reflect.export.charts import PAINTERS


def figures_in_words(table: Table) -> str:
    """ "Closeness and distance: 3; Stigma: 1" or "1 Dec: Mood 3, Energy 4, Stress 2; …"."""
    if not table.rows:
        return QCoreApplication.translate("ChartWidget", "No figures for this period.")
    named = len(table.header) > 2
    lines = []
    for row in table.rows:
        values = (
            ", ".join(f"{h} {v}" for h, v in zip(table.header[1:], row[1:]))
            if named
            else ", ".join(row[1:])
        )
        lines.append(f"{row[0]}: {values}")
    return "; ".join(lines)


class ChartWidget(QWidget):
    def __init__(self, name: str, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self.table = Table([], [])
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_table(self, table: Table) -> None:
        self.table = table
        # Screen readers get the figures the chart shows, each with what it measures.
        self.setAccessibleDescription(figures_in_words(table))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line = self.fontMetrics().lineSpacing()
        rows = len(self.table.rows) if self.name == "themes" else 8
        return QSize(480, max(4, rows) * line * 2 + line)

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self.table.rows:
            return
        painter = QPainter(self)
        PAINTERS[self.name](
            painter,
            QRectF(self.rect()).adjusted(4, 4, -4, -4),
            self.table,
            self.font(),
            self.palette().color(QPalette.ColorRole.WindowText),
        )
        painter.end()
