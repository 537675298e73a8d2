"""Supervision: the agreement, the actions carried until done, and the time spent.

What a peer supporter's supervision keeps from one session to the next: the
agreement both sides work to, what was agreed last time and how it stands,
and a record of how much supervision there has been (one to one, in a group).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
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
from reflect.app.supervision import session_log
from reflect.domain.period import Period, last_four_weeks, since_session
from reflect.domain.supervision import SESSION_FORM_LABELS, SessionLog
from reflect.domain.supervision_words import duration, time_in_words
from reflect.gui.pages.summaries.session_dialog import SessionDialog
from reflect.gui.pages.supervision.agreement_form import AgreementForm
from reflect.gui.pages.supervision.carried_actions_list import CarriedActionsList
from reflect.gui.widgets.responsive_grid import Place, ResponsiveGrid
from reflect.gui.widgets.scroll_page import fill_with_scrolling
from reflect.present.local_format import local_date
from reflect.present.translations import qt_translate

SESSIONS_LISTED = 12


class SupervisionPage(QWidget):
    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        title = QLabel(self.tr("Supervision"))
        title.setProperty("look", "title")
        self.agreement = AgreementForm(journal)
        self.carried = CarriedActionsList(journal)
        self.carried.changed.connect(self.reload)
        self.time_label = QLabel()
        self.time_label.setWordWrap(True)
        self.sessions_list = QListWidget()
        self.sessions_list.setAccessibleName(self.tr("Sessions"))
        self.session_button = QPushButton(self.tr("Record a supervision session…"))
        self.session_button.clicked.connect(self.record_session)

        agreement = self._group(self.tr("Our agreement"), self.agreement)
        # A short title (a group box's title never wraps), the rest said beneath it.
        carried_note = QLabel(
            self.tr("Each one stays here, and in every pack, until you mark it done.")
        )
        carried_note.setWordWrap(True)
        carried_box = QWidget()
        carried_layout = QVBoxLayout(carried_box)
        carried_layout.setContentsMargins(0, 0, 0, 0)
        carried_layout.addWidget(carried_note)
        carried_layout.addWidget(self.carried, 1)
        actions = self._group(self.tr("Agreed actions"), carried_box)
        time_box = QWidget()
        time_layout = QVBoxLayout(time_box)
        time_layout.setContentsMargins(0, 0, 0, 0)
        time_layout.addWidget(self.time_label)
        time_layout.addWidget(self.sessions_list, 1)
        time_layout.addWidget(self.session_button, 0, Qt.AlignmentFlag.AlignLeft)
        sessions = self._group(self.tr("Sessions and time"), time_box)
        grid = ResponsiveGrid(
            [
                Place(agreement, 0, 0, row_span=2),
                Place(actions, 0, 1),
                Place(sessions, 1, 1),
            ],
            [actions, sessions, agreement],
            column_stretch=(1, 1),
        )
        fill_with_scrolling(self, title, grid)  # the sessions are read when it is shown

    def _group(self, heading: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(heading)
        QVBoxLayout(box).addWidget(content)
        return box

    def reload(self) -> None:
        """Read the sessions again, once; the agreement form keeps what is being typed."""
        today = self.journal.today()
        log = session_log(self.journal)
        since = since_session(log.last.held_on if log.last else None, today)
        self.carried.load(log.carried(since))
        self.time_label.setText(self._time_text(log, today))
        self.sessions_list.clear()
        for session in log.sessions[:SESSIONS_LISTED]:
            length = duration(session.minutes, qt_translate) if session.minutes else "–"
            form = qt_translate("Supervision", SESSION_FORM_LABELS[session.form])
            self.sessions_list.addItem(f"{local_date(session.held_on)} · {length} · {form}")
        if not self.sessions_list.count():
            empty = QListWidgetItem(self.tr("No supervision session recorded yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.sessions_list.addItem(empty)

    def _time_text(self, log: SessionLog, today: date) -> str:
        year = Period(date(today.year, 1, 1), today)
        weeks = last_four_weeks(today)
        return "\n".join(
            [
                self.tr("This year: {time}").format(
                    time=time_in_words(log.time_in(year), qt_translate)
                ),
                self.tr("The last four weeks: {time}").format(
                    time=time_in_words(log.time_in(weeks), qt_translate)
                ),
            ]
        )

    def record_session(self) -> SessionDialog:
        self.session_dialog = SessionDialog(self.journal, self)
        self.session_dialog.accepted.connect(self.reload)
        self.session_dialog.open()
        return self.session_dialog

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.reload()

    def clear_journal_text(self) -> None:
        self.agreement.clear_journal_text()
        self.carried.clear_journal_text()
        self.sessions_list.clear()
        self.time_label.clear()
