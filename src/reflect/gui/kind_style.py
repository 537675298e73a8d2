"""How each entry kind looks: a colour and a shape, so colour is never the only cue.

Colours are from the Okabe–Ito palette, chosen to stay apart for the common
kinds of colour blindness.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap, QPolygonF

from reflect.domain.kinds import Kind

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#999999",
}

KIND_COLOURS = {
    Kind.CLOSENESS_DISTANCE: QColor(OKABE_ITO["blue"]),
    Kind.LOYALTY_CONFLICT: QColor(OKABE_ITO["vermillion"]),
    Kind.STIGMA_INCIDENT: QColor(OKABE_ITO["reddish_purple"]),
    Kind.MEANINGFUL_MOMENT: QColor(OKABE_ITO["bluish_green"]),
    Kind.TEAM_EXPERIENCE: QColor(OKABE_ITO["orange"]),
    Kind.SHIFT_REFLECTION: QColor(OKABE_ITO["sky_blue"]),
}


def _polygon(rect: QRectF, corners: int, rotation: float = -90.0) -> QPolygonF:
    centre, radius = rect.center(), min(rect.width(), rect.height()) / 2
    return QPolygonF(
        [
            QPointF(
                centre.x() + radius * math.cos(math.radians(rotation + i * 360 / corners)),
                centre.y() + radius * math.sin(math.radians(rotation + i * 360 / corners)),
            )
            for i in range(corners)
        ]
    )


def kind_shape(kind: Kind, rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    if kind is Kind.CLOSENESS_DISTANCE:  # two overlapping circles: near and apart
        half = rect.width() * 0.62
        path.addEllipse(QRectF(rect.left(), rect.top() + rect.height() * 0.2, half, half))
        path.addEllipse(QRectF(rect.right() - half, rect.top() + rect.height() * 0.2, half, half))
        path.setFillRule(Qt.FillRule.WindingFill)
    elif kind is Kind.LOYALTY_CONFLICT:  # a diamond: pulled two ways
        path.addPolygon(_polygon(rect, 4))
    elif kind is Kind.STIGMA_INCIDENT:  # a triangle: a warning
        path.addPolygon(_polygon(rect, 3))
    elif kind is Kind.MEANINGFUL_MOMENT:  # a star
        inset = rect.width() * 0.3
        inner_rect = rect.adjusted(inset, inset, -inset, -inset)
        outer, inner = _polygon(rect, 5), _polygon(inner_rect, 5, -90 + 36)
        points = [p for i in range(outer.size()) for p in (outer.at(i), inner.at(i))]
        path.addPolygon(QPolygonF(points))
    elif kind is Kind.TEAM_EXPERIENCE:  # a hexagon: a group
        path.addPolygon(_polygon(rect, 6, 0))
    else:  # a circle
        path.addEllipse(rect)
    path.closeSubpath()
    return path


def paint_kind_badge(painter: QPainter, rect: QRectF, kind: Kind) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.setBrush(KIND_COLOURS[kind])
    painter.drawPath(kind_shape(kind, rect))
    painter.restore()


def kind_icon(kind: Kind, size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_kind_badge(painter, QRectF(2, 2, size - 4, size - 4), kind)
    painter.end()
    return QIcon(pixmap)
