"""Summaries: a private picture of a period, supervision sessions and the pack."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary
from reflect.app.supervision import (
    keep_period_note,
    period_note,
    recent_exports,
    session_log,
    since_last_supervision,
    summary_for,
)
from reflect.domain.period import Period, last_four_weeks, this_week
from reflect.domain.period_in_words import facts_of_summary, period_in_words
from reflect.domain.supervision_words import time_in_words
from reflect.gui.kind_style import kind_icon
from reflect.gui.pages.summaries.chart_widget import ChartWidget
from reflect.gui.pages.summaries.export_dialog import ExportDialog, translate
from reflect.gui.pages.summaries.session_dialog import SessionDialog
from reflect.gui.widgets.flow_layout import FlowWidget
from reflect.gui.widgets.labelled import labelled
from reflect.gui.widgets.responsive_grid import Place, ResponsiveGrid
from reflect.gui.widgets.roles import ENTRY_ROLE
from reflect.gui.widgets.scroll_page import fill_with_scrolling
from reflect.present.local_format import (
    from_qdate,
    local_date,
    local_datetime,
    local_number,
    to_qdate,
)
from reflect.present.summary_figures import summary_tables
from reflect.present.translations import qt_translate

PERIODS = ("since_supervision", "week", "four_weeks", "custom")
NOTE_DELAY_MS = 1_000


class SummariesPage(QWidget):
    open_entry_requested = Signal(str)  # the entry's uuid

    def __init__(self, journal: Journal, library: PromptLibrary, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.catalogue = library.catalogue
        self.period = last_four_weeks(journal.today())

        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        for code, label in zip(
            PERIODS,
            (
                self.tr("Since the last supervision"),
                self.tr("This week"),
                self.tr("The last four weeks"),
                self.tr("Choose dates…"),
            ),
        ):
            self.period_box.addItem(label, code)
        self.from_edit = QDateEdit(to_qdate(self.period.start))
        self.to_edit = QDateEdit(to_qdate(self.period.end))
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._period_chosen)
        self.pack_button = QPushButton(self.tr("Prepare a supervision pack…"))
        # The period told in sentences first; the figures stay beside them.
        self.words_label = QLabel()
        self.words_label.setWordWrap(True)
        self.words_label.setTextFormat(Qt.TextFormat.RichText)
        self.words_label.setAccessibleName(self.tr("The period in words"))
        self.figures_label = QLabel()
        self.figures_label.setWordWrap(True)
        self.themes_chart = ChartWidget("themes", self.tr("Entries by theme"))
        self.wellbeing_chart = ChartWidget("wellbeing", self.tr("Wellbeing over time"))
        self.role_label = QLabel()
        self.role_label.setWordWrap(True)
        self.flagged_list = QListWidget()
        self.flagged_list.setAccessibleName(self.tr("Entries for supervision"))
        self.note_field = QPlainTextEdit()
        self.note_field.setAccessibleName(self.tr("My summary of this period"))
        self.note_field.setPlaceholderText(
            self.tr("My own words about this period (kept in the journal, never exported)")
        )
        self.note_field.setTabChangesFocus(True)
        self.session_label = QLabel()
        self.session_label.setWordWrap(True)
        self.session_button = QPushButton(self.tr("Record a supervision session…"))
        self.exports_label = QLabel()
        self.exports_label.setWordWrap(True)
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(NOTE_DELAY_MS)

        # Wraps onto two lines rather than widening the page at large text.
        top = FlowWidget()
        period = labelled(self.tr("Period"), self.period_box)
        for widget in (period, self.from_edit, self.to_edit, self.pack_button):
            top.flow.addWidget(widget)
        words = self._group(self.tr("The period in words"), self.words_label)
        figures = self._group(self.tr("The period in figures"), self.figures_label, self.role_label)
        themes = self._group(self.tr("Entries by theme"), self.themes_chart)
        wellbeing = self._group(self.tr("Wellbeing over time"), self.wellbeing_chart)
        flagged = self._group(self.tr("For supervision"), self.flagged_list)
        note = self._group(self.tr("My summary"), self.note_field)
        sessions = self._group(
            self.tr("Supervision sessions"),
            self.session_label,
            self.session_button,
            self.exports_label,
        )
        self.cards = ResponsiveGrid(
            [
                Place(words, 0, 0, 1, 2),
                Place(figures, 1, 0),
                Place(themes, 1, 1),
                Place(wellbeing, 2, 0, 1, 2),
                Place(flagged, 3, 0),
                Place(note, 3, 1),
                Place(sessions, 4, 0, 1, 2),
            ],
            [words, wellbeing, flagged, note, figures, themes, sessions],
        )
        fill_with_scrolling(self, top, self.cards)

        self.period_box.activated.connect(self._period_chosen)
        self.pack_button.clicked.connect(self.open_pack_dialog)
        self.session_button.clicked.connect(self.open_session_dialog)
        self.note_field.textChanged.connect(lambda: self.note_timer.start())
        self.note_timer.timeout.connect(self.save_note)
        self.flagged_list.itemActivated.connect(self._open_flagged)
        self._period_chosen()

    def _group(self, title: str, *widgets) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    # -- the period ---------------------------------------------------------

    def _period_chosen(self, *_args) -> None:
        today = self.journal.today()
        code = self.period_box.currentData()
        custom = code == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        if code == "since_supervision":
            period = since_last_supervision(self.journal)
        elif code == "week":
            period = this_week(today)
        elif code == "four_weeks":
            period = last_four_weeks(today)
        else:
            start, end = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
            period = Period(min(start, end), max(start, end))
        self.show_period(period)

    def show_period(self, period: Period) -> None:
        self.save_note()
        self.period = period
        summary = summary_for(self.journal, period)
        figures, themes, wellbeing, role = summary_tables(
            summary, self.catalogue, translate, local_date
        )
        self.words_label.setText(
            "".join(
                f"<p><b>{html.escape(p.heading)}</b><br>{html.escape(p.text)}</p>"
                for p in period_in_words(
                    facts_of_summary(summary), translate, local_number, local_date
                )
            )
        )
        self.figures_label.setText(figures)
        self.role_label.setText(role)
        self.themes_chart.set_table(themes)
        self.wellbeing_chart.set_table(wellbeing)
        self.flagged_list.clear()
        for ref in summary.supervision_questions:
            item = QListWidgetItem(
                kind_icon(ref.kind), f"{local_date(ref.occurred_on)} · {ref.title} — {ref.question}"
            )
            item.setData(
                ENTRY_ROLE, ref.uuid
            )  # only the id: the editor reads the entry when opened
            self.flagged_list.addItem(item)
        if not summary.supervision_questions:
            placeholder = QListWidgetItem(
                self.tr("No entries with a question for supervision in this period.")
            )
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.flagged_list.addItem(placeholder)
        self.note_field.blockSignals(True)
        self.note_field.setPlainText(period_note(self.journal, period))
        self.note_field.blockSignals(False)
        self._show_sessions()

    def _show_sessions(self) -> None:
        log = session_log(self.journal)
        session = log.last
        if session is None:
            self.session_label.setText(self.tr("No supervision session recorded yet."))
        else:
            lines = [
                self.tr("Last session: {day}").format(day=local_date(session.held_on)),
                self.tr("Supervision in this period: {time}").format(
                    time=time_in_words(log.time_in(self.period), qt_translate)
                ),
            ]
            carried = [a for a in log.carried(self.period) if not a.done_on]
            if carried:
                lines.append(self.tr("Agreed actions, carried into the next pack:"))
                lines += [f"• {a.text}" for a in carried]
            self.session_label.setText("\n".join(lines))
        exports = recent_exports(self.journal)
        self.exports_label.setText(
            "\n".join(
                [self.tr("Packs made:")]
                + [
                    self.tr(
                        "{made}: {start} – {end}, {format}, %n entries", "", r.entry_count
                    ).format(
                        made=local_datetime(r.made_at),
                        start=local_date(r.date_from),
                        end=local_date(r.date_to),
                        format=r.format.upper(),
                    )
                    for r in exports
                ]
            )
            if exports
            else self.tr("No pack made yet.")
        )

    def _open_flagged(self, item: QListWidgetItem) -> None:
        uuid = item.data(ENTRY_ROLE)  # None on the "no entries" line
        if uuid:
            self.open_entry_requested.emit(uuid)

    def save_note(self) -> None:
        self.note_timer.stop()
        if hasattr(self, "period") and self.note_field.document().isModified():
            keep_period_note(self.journal, self.period, self.note_field.toPlainText())
            self.note_field.document().setModified(False)

    # -- dialogs ------------------------------------------------------------

    def open_pack_dialog(self) -> ExportDialog:
        self.pack_dialog = ExportDialog(self.journal, self.catalogue, self.period, self)
        self.pack_dialog.finished.connect(lambda _r: self._show_sessions())
        self.pack_dialog.open()
        return self.pack_dialog

    def open_session_dialog(self) -> SessionDialog:
        self.session_dialog = SessionDialog(self.journal, self)
        self.session_dialog.accepted.connect(self._period_chosen)
        self.session_dialog.open()
        return self.session_dialog

    def clear_journal_text(self) -> None:
        self.save_note()
        self.note_field.clear()
        self.flagged_list.clear()
        self.words_label.clear()
        self.figures_label.clear()
        self.role_label.clear()
        self.session_label.clear()
        self.exports_label.clear()
        self.themes_chart.set_table(self.themes_chart.table.__class__([], []))
        self.wellbeing_chart.set_table(self.wellbeing_chart.table.__class__([], []))
