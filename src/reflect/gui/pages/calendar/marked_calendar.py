"""A month calendar whose days carry their marks: the kinds written, and the mood.

Each kind is its own shape and colour (gui.kind_style), so colour is never
the only cue; the mood is a calm strip along the top of the day, one hue
from pale to deep, and the page beside the calendar says both in words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget

from reflect.domain.looking_back import DayMark
from reflect.gui.kind_style import paint_kind_badge
from reflect.present.local_format import from_qdate

# Pale to deep blue (ColorBrewer's PuBu): no red or green to read as
# "bad" or "good", only more or less.
MOOD_COLOURS = ("#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#045a8d")
BADGES_AT_MOST = 4  # more kinds in one day than fit: the words say which
# A day's height in lines of text: its number, the mood strip and the badges.
DAY_LINES = 2.6
ROWS = 8  # the month's name, the weekdays, six weeks


def mood_colour(mood: int) -> QColor:
    return QColor(MOOD_COLOURS[mood - 1])


class MarkedCalendar(QCalendarWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.marks: dict[date, DayMark] = {}
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._calm_weekends()

    def _calm_weekends(self) -> None:
        # Qt draws Saturdays and Sundays red; here no day is an alarm.
        weekend = QTextCharFormat()
        weekend.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light or dark chosen
            self._calm_weekends()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Room for the marks under each day's number, at any text size.
        line = self.fontMetrics().lineSpacing()
        width = max(super().minimumSizeHint().width(), 7 * 2 * line)
        return QSize(width, int(ROWS * DAY_LINES * line))

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSizeHint().expandedTo(super().sizeHint())

    def set_marks(self, marks: dict[date, DayMark]) -> None:
        self.marks = marks
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        super().paintCell(painter, rect, qdate)
        mark = self.marks.get(from_qdate(qdate))
        if mark is None:
            return
        painter.save()
        # The strip just above the day's number and the badges just below it,
        # so the three read as one day, apart from the days above and below.
        line = self.fontMetrics().height()
        middle = rect.center().y()
        strip = max(3, line // 4)
        if mark.mood is not None:
            width = int(rect.width() * 0.6)
            painter.fillRect(
                QRect(rect.center().x() - width // 2, middle - line // 2 - strip - 1, width, strip),
                mood_colour(mark.mood),
            )
        side = max(8.0, min(rect.height() / 3.2, rect.width() / (BADGES_AT_MOST + 1)))
        kinds = [kind for kind, _ in mark.kinds][:BADGES_AT_MOST]
        left = rect.center().x() - len(kinds) * side / 2
        top = middle + line / 2
        for place, kind in enumerate(kinds):
            paint_kind_badge(painter, QRectF(left + place * side, top, side - 1, side - 1), kind)
        painter.restore()
