"""Calendar: the month at a glance, each day's kinds and mood, and its entries.

The arrow keys move from day to day and Page Up / Page Down from month to
month (Qt's calendar); the chosen day is told in words below the calendar
and its entries listed beside it, each opened with Enter or a click.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reflect.app.journal import Journal
from reflect.app.looking_back import entries_of_day, month_marks
from reflect.domain.kinds import Kind
from reflect.domain.looking_back import MOOD_WORDS, DayMark
from reflect.gui.kind_style import kind_icon
from reflect.gui.labels import kind_label
from reflect.gui.pages.calendar.marked_calendar import MOOD_COLOURS, MarkedCalendar
from reflect.gui.widgets.flow_layout import FlowWidget
from reflect.gui.widgets.live_label import LiveLabel
from reflect.gui.widgets.responsive_grid import Place, ResponsiveGrid
from reflect.gui.widgets.roles import ENTRY_ROLE
from reflect.gui.widgets.scroll_page import fill_with_scrolling
from reflect.present.day_in_words import day_in_words, month_in_words
from reflect.present.local_format import from_qdate, local_date, to_qdate
from reflect.present.translations import qt_translate


def _legend_item(picture: QPixmap, words: str) -> QWidget:
    item = QWidget()
    row = QHBoxLayout(item)
    row.setContentsMargins(0, 0, 8, 0)
    row.setSpacing(4)
    shown = QLabel()
    shown.setPixmap(picture)
    row.addWidget(shown)
    row.addWidget(QLabel(words))
    return item


class CalendarPage(QWidget):
    open_entry_requested = Signal(str)  # the entry's uuid

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.marks: dict[date, DayMark] = {}

        self.title = QLabel(self.tr("Calendar"))
        self.title.setProperty("look", "title")
        self.calendar = MarkedCalendar()
        self.calendar.setAccessibleName(self.tr("Month"))
        days_view = self.calendar.findChild(QTableView)
        assert days_view is not None  # Qt's calendar is a table of days
        self.days_view: QTableView = days_view
        self.days_view.setAccessibleName(self.tr("Days of the month"))
        # Today's month and today chosen; the marks are read when the page is shown.
        today = to_qdate(journal.today())
        self.calendar.setMaximumDate(today)
        self.calendar.setSelectedDate(today)
        self.calendar.setCurrentPage(today.year(), today.month())
        self.month_label = QLabel()
        self.month_label.setWordWrap(True)
        self.day_title = QLabel()
        self.day_title.setProperty("look", "heading")
        # Read out as the arrows move from day to day: the day's marks in words.
        self.day_label = LiveLabel()
        self.day_label.setWordWrap(True)
        self.day_list = QListWidget()
        self.day_list.setAccessibleName(self.tr("Entries of the chosen day"))
        self.day_list.itemActivated.connect(self._open)
        # A click opens, as on Today: the list holds a handful of entries.
        self.day_list.itemClicked.connect(self._open)

        month = QGroupBox(self.tr("The month"))
        month_box = QVBoxLayout(month)
        month_box.addWidget(self.calendar)
        month_box.addWidget(self.month_label)
        for legend in self._legends():
            month_box.addWidget(legend)
        day = QGroupBox(self.tr("The chosen day"))
        day_box = QVBoxLayout(day)
        day_box.addWidget(self.day_title)
        day_box.addWidget(self.day_label)
        day_box.addWidget(self.day_list, 1)
        grid = ResponsiveGrid(
            [Place(month, 0, 0), Place(day, 0, 1)], [month, day], column_stretch=(3, 2)
        )
        fill_with_scrolling(self, self.title, grid)

        self.calendar.currentPageChanged.connect(lambda _y, _m: self._show_month())
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.activated.connect(lambda _d: self._enter_day())

    def _legends(self) -> tuple[QWidget, QWidget]:
        """What the shapes and the strip mean, the words beside each (one item never splits)."""
        kinds = FlowWidget()
        for kind in Kind:
            kinds.flow.addWidget(_legend_item(kind_icon(kind, 18).pixmap(18, 18), kind_label(kind)))
        moods = FlowWidget()
        moods.flow.addWidget(QLabel(self.tr("Mood, the strip on top:")))
        for colour, word in zip(MOOD_COLOURS, MOOD_WORDS, strict=True):
            swatch = QPixmap(18, 10)
            swatch.fill(QColor(colour))
            moods.flow.addWidget(
                _legend_item(swatch, QCoreApplication.translate("LookingBack", word))
            )
        return kinds, moods

    def refresh(self) -> None:
        """The month shown read again (an entry written or changed since), the day kept."""
        self.calendar.setMaximumDate(to_qdate(self.journal.today()))
        self._show_month()

    def show_day(self, day: date) -> None:
        """``day`` chosen, its month shown (the calendar's signals read what they hold)."""
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)

    def _show_month(self) -> None:
        self.marks = month_marks(
            self.journal, self.calendar.yearShown(), self.calendar.monthShown()
        )
        self.calendar.set_marks(self.marks)
        self.month_label.setText(month_in_words(self.marks, qt_translate))
        self._show_day()

    def _show_day(self) -> None:
        day = from_qdate(self.calendar.selectedDate())
        mark = self.marks.get(day)
        words = day_in_words(mark, qt_translate)
        self.day_title.setText(local_date(day, long=True))
        self.day_label.setText(words)
        # A screen reader finds the day and what it holds on the calendar and on
        # its grid of days, which is what has the focus.
        told = f"{local_date(day, long=True)}: {words}"
        self.calendar.setAccessibleDescription(told)
        self.days_view.setAccessibleDescription(told)
        self.day_list.clear()
        for row in entries_of_day(self.journal, day) if mark and mark.entry_count else ():
            item = QListWidgetItem(kind_icon(row.kind), row.title)
            item.setData(ENTRY_ROLE, row.uuid)
            self.day_list.addItem(item)
        if not self.day_list.count():
            placeholder = QListWidgetItem(self.tr("No entries on this day."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(placeholder)

    def _enter_day(self) -> None:
        """Enter on a day goes to its entries, the first one chosen."""
        first = self.day_list.item(0)
        if first is not None and first.data(ENTRY_ROLE):
            self.day_list.setCurrentRow(0)
            self.day_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, item: QListWidgetItem) -> None:
        uuid = item.data(ENTRY_ROLE)
        if uuid:
            self.open_entry_requested.emit(uuid)

    def clear_journal_text(self) -> None:
        """At the lock: nothing of the journal left in the page's widgets."""
        self.marks = {}
        self.calendar.set_marks({})
        self.day_list.clear()
        self.day_label.clear()
        self.month_label.clear()
