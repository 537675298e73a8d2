"""The two charts on screen, drawn with QPainter (the PDF and HTML file draw ``chart_svg``).

Colours are from the Okabe–Ito palette and every series also differs in line
style and marker, so the charts read without colour vision too.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from reflect.export.blocks import Table

SERIES = (  # mood, energy, stress
    (QColor("#0072B2"), Qt.PenStyle.SolidLine, "circle"),
    (QColor("#E69F00"), Qt.PenStyle.DashLine, "square"),
    (QColor("#D55E00"), Qt.PenStyle.DotLine, "triangle"),
)
BAR = QColor("#009E73")
INK = QColor("#1d1d1b")
GRID = QColor("#c8c8c4")


def bar_label(name: str, metrics: QFontMetricsF, rect: QRectF) -> tuple[int, str]:
    """Flags and text for a bar's name: wrapped within its row, and cut short
    only when the row cannot hold it even so."""
    align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
    wrapping = int(align | Qt.TextFlag.TextWordWrap)
    needed = metrics.boundingRect(rect, wrapping, name)
    if needed.height() <= rect.height() and needed.width() <= rect.width():
        return wrapping, name
    return int(align), metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width())


def paint_theme_bars(
    painter: QPainter, rect: QRectF, table: Table, font: QFont, ink: QColor = INK
) -> None:
    """Horizontal bars, one per theme, each labelled with its name and count."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    rows = [(r[0], v[0]) for r, v in zip(table.rows, table.values)]
    if not rows:
        painter.restore()
        return
    label_width = min(
        rect.width() * 0.45, max(metrics.horizontalAdvance(name) for name, _ in rows) + 12
    )
    biggest = max(n for _, n in rows) or 1
    row_height = rect.height() / len(rows)
    bar_height = min(row_height * 0.6, metrics.height() * 1.6)
    count_width = metrics.horizontalAdvance("0000")
    for index, (name, count) in enumerate(rows):
        top = rect.top() + index * row_height + (row_height - bar_height) / 2
        painter.setPen(ink)
        label_rect = QRectF(
            rect.left(), rect.top() + index * row_height, label_width - 8, row_height
        )
        painter.drawText(label_rect, *bar_label(name, metrics, label_rect))
        width = (rect.width() - label_width - count_width) * count / biggest
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR)
        painter.drawRect(QRectF(rect.left() + label_width, top, width, bar_height))
        painter.setPen(ink)
        painter.drawText(
            QRectF(rect.left() + label_width + width + 6, top, count_width, bar_height),
            Qt.AlignmentFlag.AlignVCenter,
            f"{count:g}",
        )
    painter.restore()


def paint_wellbeing(
    painter: QPainter, rect: QRectF, table: Table, font: QFont, ink: QColor = INK
) -> None:
    """Mood, energy and stress per day on a 1–5 scale, with a legend."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    legend_height = metrics.height() * 1.6
    axis_width = metrics.horizontalAdvance("5") + 10
    plot = QRectF(
        rect.left() + axis_width,
        rect.top() + legend_height,
        rect.width() - axis_width - 6,
        rect.height() - legend_height - metrics.height() * 1.5,
    )
    for level in range(1, 6):
        y = plot.bottom() - (level - 1) / 4 * plot.height()
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(ink)
        painter.drawText(
            QRectF(rect.left(), y - metrics.height() / 2, axis_width - 6, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(level),
        )
    days = table.rows
    if days:
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 4, plot.width() / 2, metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            days[0][0],
        )
        painter.drawText(
            QRectF(plot.center().x(), plot.bottom() + 4, plot.width() / 2, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            days[-1][0],
        )
    step = plot.width() / max(1, len(days) - 1)
    marker = max(3.0, metrics.height() * 0.22)
    x_legend = plot.left()
    for series, (colour, style, shape) in enumerate(SERIES):
        points = [
            QPointF(
                plot.left() + i * step if len(days) > 1 else plot.center().x(),
                plot.bottom() - (figures[series] - 1) / 4 * plot.height(),
            )
            for i, figures in enumerate(table.values)
        ]
        pen = QPen(colour, max(1.5, metrics.height() * 0.12), style)
        painter.setPen(pen)
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        for point in points if len(points) <= 60 else points[:: len(points) // 60 + 1]:
            _marker(painter, point, marker, shape)
        name = table.header[series + 1]
        painter.setPen(pen)
        painter.drawLine(
            QPointF(x_legend, rect.top() + legend_height / 2),
            QPointF(x_legend + 24, rect.top() + legend_height / 2),
        )
        _marker(painter, QPointF(x_legend + 12, rect.top() + legend_height / 2), marker, shape)
        painter.setPen(ink)
        painter.drawText(
            QRectF(x_legend + 30, rect.top(), metrics.horizontalAdvance(name) + 4, legend_height),
            Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        x_legend += 30 + metrics.horizontalAdvance(name) + 24
    painter.restore()


def _marker(painter: QPainter, point: QPointF, size: float, shape: str) -> None:
    if shape == "circle":
        painter.drawEllipse(point, size, size)
    elif shape == "square":
        painter.drawRect(QRectF(point.x() - size, point.y() - size, 2 * size, 2 * size))
    else:
        painter.drawPolygon(
            [
                QPointF(point.x(), point.y() - size),
                QPointF(point.x() + size, point.y() + size),
                QPointF(point.x() - size, point.y() + size),
            ]
        )


PAINTERS = {"themes": paint_theme_bars, "wellbeing": paint_wellbeing}
