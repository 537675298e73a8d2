"""Today: check in, note what the shift held, start writing, see what is waiting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.app.journal import Journal
from reflect.app.looking_back import on_this_day
from reflect.app.own_support import heavy_lately, own_plan
from reflect.app.prompt_library import PromptLibrary
from reflect.domain.entry import FollowUp, Share
from reflect.domain.filters import EntryFilter
from reflect.domain.kinds import Kind
from reflect.gui.kind_style import kind_icon
from reflect.gui.labels import kind_label
from reflect.gui.own_hard_day_dialog import OwnHardDayDialog
from reflect.gui.pages.today.checkin_widget import CheckInWidget
from reflect.gui.pages.today.shift_log_widget import ShiftLogWidget
from reflect.gui.pages.write.kind_menu import kind_shortcut
from reflect.gui.widgets.button_columns import ButtonColumns
from reflect.gui.widgets.growing_list import GrowingList
from reflect.gui.widgets.responsive_grid import Place, ResponsiveGrid
from reflect.gui.widgets.roles import ENTRY_ROLE
from reflect.gui.widgets.scroll_page import fill_with_scrolling
from reflect.present.day_in_words import how_long_ago
from reflect.present.local_format import local_date
from reflect.present.translations import qt_translate

LISTED = 8


class TodayPage(QWidget):
    new_entry_requested = Signal(str, object)  # kind, prompt id or None
    open_entry_requested = Signal(str)  # the entry's uuid

    def __init__(self, journal: Journal, library: PromptLibrary, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.library = library
        self.prompt_id: str | None = None
        self.prompt_kind: Kind = Kind.SHIFT_REFLECTION

        self.date_label = QLabel()
        self.date_label.setProperty("look", "title")

        self.checkin = CheckInWidget(journal)
        self.shift_log = ShiftLogWidget(journal)
        self.shift_chips = self.shift_log.chips
        self.kind_buttons: dict[Kind, QPushButton] = {}
        for kind in Kind:
            button = QPushButton(kind_icon(kind), kind_label(kind))
            button.setToolTip(
                self.tr("New entry: {kind} ({keys})").format(
                    kind=kind_label(kind),
                    keys=kind_shortcut(kind).toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
            button.clicked.connect(
                lambda _c=False, k=kind: self.new_entry_requested.emit(k.value, None)
            )
            self.kind_buttons[kind] = button
        kinds = ButtonColumns(list(self.kind_buttons.values()))

        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.prompt_button = QPushButton(self.tr("Write about this"))
        self.prompt_button.clicked.connect(
            lambda: self.new_entry_requested.emit(self.prompt_kind.value, self.prompt_id)
        )
        self.follow_up_list = self._entry_list(self.tr("Open follow-ups"))
        self.supervision_list = self._entry_list(self.tr("For your next supervision"))
        self.recent_list = self._entry_list(self.tr("Written lately"))
        self.on_this_day_list = self._entry_list(self.tr("On this day"))
        self.on_this_day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.on_this_day_list.setTextElideMode(Qt.TextElideMode.ElideRight)

        # Always one click away, and said gently when the writer's own
        # check-ins have been heavy for several days (domain.heavy_days).
        self.heavy_note = QLabel(
            self.tr("Your check-ins have been heavy for a few days. There is a note for that.")
        )
        self.heavy_note.setWordWrap(True)
        self.heavy_note.hide()
        self.hard_day_button = QPushButton(self.tr("When it is your own hard day"))
        self.hard_day_button.clicked.connect(self.show_hard_day_note)
        checkin_box = QVBoxLayout()
        checkin_box.addWidget(self.checkin)
        checkin_box.addWidget(self.heavy_note)
        checkin_box.addWidget(self.hard_day_button, 0, Qt.AlignmentFlag.AlignLeft)
        checkin = self._group(self.tr("How are you right now?"), checkin_box)
        self.checkin.checked_in.connect(lambda _c: self._offer_hard_day_note())
        shift = self._group(self.tr("What did you do today?"), self.shift_log)
        happened = self._group(self.tr("What happened?"), kinds)
        prompt_box = QVBoxLayout()
        prompt_box.addWidget(self.prompt_label)
        prompt_box.addWidget(self.prompt_button, 0, Qt.AlignmentFlag.AlignLeft)
        prompt_box.addStretch(1)
        prompt = self._group(self.tr("Prompt of the day"), prompt_box)
        follow_ups = self._group(self.tr("Open follow-ups"), self.follow_up_list)
        supervision = self._group(self.tr("For your next supervision"), self.supervision_list)
        recent = self._group(self.tr("Written lately"), self.recent_list)
        # Shown only on a day that has earlier ones (see reload).
        self.on_this_day = self._group(self.tr("On this day"), self.on_this_day_list)
        # The lists show every entry they hold when the window has the height;
        # a tall window's lower part holds the latest writing, to go back to.
        self.cards = ResponsiveGrid(
            [
                Place(checkin, 0, 0),
                Place(shift, 1, 0),
                Place(happened, 2, 0),
                Place(recent, 3, 0),
                Place(prompt, 0, 1),
                Place(self.on_this_day, 1, 1),
                Place(follow_ups, 2, 1),
                Place(supervision, 3, 1),
            ],
            # One column: the check-in, then writing, then what waits.
            [checkin, happened, shift, prompt, self.on_this_day, follow_ups, supervision, recent],
            column_stretch=(3, 2),
            growing_rows=(1, 3),
        )
        fill_with_scrolling(self, self.date_label, self.cards, stretch=False)
        self.reload()

    def _group(self, title: str, content) -> QGroupBox:
        """A card; its content at the top, a list taking the height the card is given."""
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        if isinstance(content, QWidget):
            layout.addWidget(content, 1 if isinstance(content, QListWidget) else 0)
        else:
            layout.addLayout(content)
        layout.addStretch(0 if isinstance(content, QListWidget) else 1)
        return box

    def _entry_list(self, name: str) -> QListWidget:
        listing = GrowingList()
        listing.setAccessibleName(name)
        listing.itemActivated.connect(
            lambda item: self.open_entry_requested.emit(item.data(ENTRY_ROLE).uuid)
        )
        return listing

    def reload(self) -> None:
        today = self.journal.today()
        self.date_label.setText(local_date(today, long=True))
        self.shift_log.load_today()
        self._offer_hard_day_note()
        self.checkin.load_today()
        prompt = self.library.prompt_of_the_day()
        self.prompt_id = prompt.id if prompt else None
        self.prompt_kind = prompt.kinds[0] if prompt else Kind.SHIFT_REFLECTION
        self.prompt_label.setText(prompt.text if prompt else self.tr("Every prompt is hidden."))
        self.prompt_button.setEnabled(prompt is not None)
        self._fill(
            self.follow_up_list,
            EntryFilter(follow_up=FollowUp.OPEN),
            self.tr("Nothing waiting. Entries marked “follow up later” appear here."),
        )
        self._fill(
            self.supervision_list,
            EntryFilter(shares=(Share.SUMMARY, Share.FULL)),
            self.tr("Entries you mark for supervision appear here."),
        )
        self._fill(
            self.recent_list,
            EntryFilter(),
            self.tr("Nothing written yet. Choose what happened above to begin."),
            fewest_rows=2,  # it takes what height is left, and scrolls within it
        )
        self._fill_on_this_day(today)

    def _fill_on_this_day(self, today: date) -> None:
        self.on_this_day_list.clear()
        earlier = on_this_day(self.journal)
        for row in earlier:
            item = QListWidgetItem(
                kind_icon(row.kind),
                f"{how_long_ago(row.occurred_on, today, qt_translate)} · {row.title}",
            )
            item.setToolTip(f"{local_date(row.occurred_on, long=True)} · {row.title}")
            item.setData(ENTRY_ROLE, row)
            self.on_this_day_list.addItem(item)
        self._size_list(self.on_this_day_list, len(earlier), 2)
        self.on_this_day.setVisible(bool(earlier))

    def _fill(
        self,
        listing: QListWidget,
        entry_filter: EntryFilter,
        empty_text: str,
        fewest_rows: int = 3,
    ) -> None:
        listing.clear()
        entries = self.journal.entries(entry_filter, LISTED).entries
        for entry in entries:
            day = local_date(entry.occurred_on)
            item = QListWidgetItem(kind_icon(entry.kind), f"{day} · {entry.display_title}")
            item.setData(ENTRY_ROLE, entry)
            listing.addItem(item)
        if not entries:
            placeholder = QListWidgetItem(empty_text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            listing.addItem(placeholder)
        self._size_list(listing, len(entries), fewest_rows)

    def _size_list(self, listing: QListWidget, count: int, fewest_rows: int) -> None:
        # At least a few rows, and as many as there are when the window has room.
        line = max(listing.sizeHintForRow(0), listing.fontMetrics().lineSpacing() + 8)
        rows = max(count, 1)
        listing.setMinimumHeight(min(max(rows, 2), fewest_rows) * line + 8)
        listing.setMaximumHeight(max(rows, 2) * (line + 2) + 2 * listing.frameWidth() + 8)

    def _offer_hard_day_note(self) -> None:
        self.heavy_note.setVisible(heavy_lately(self.journal))

    def show_hard_day_note(self) -> None:
        OwnHardDayDialog(own_plan(self.journal), self).exec()

    def clear_journal_text(self) -> None:
        self.checkin.clear_journal_text()
        self.shift_log.clear_journal_text()
        self.prompt_label.clear()
        self.follow_up_list.clear()
        self.supervision_list.clear()
        self.recent_list.clear()
        self.on_this_day_list.clear()
