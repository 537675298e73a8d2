"""The journal's filters: kind, subtheme, tag, period, sharing and follow-up."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QPushButton

from reflect.app.prompt_library import PromptLibrary
from reflect.domain.entry import FollowUp, Share
from reflect.domain.filters import EntryFilter
from reflect.domain.kinds import Kind
from reflect.domain.themes import SUBTHEMES
from reflect.gui.kind_style import kind_icon
from reflect.gui.labels import kind_label
from reflect.gui.widgets.flow_layout import FlowWidget
from reflect.gui.widgets.labelled import labelled
from reflect.present.local_format import from_qdate, to_qdate

PERIODS = ("any", "week", "month", "year", "custom")


class FilterBar(FlowWidget):
    changed = Signal()

    def __init__(self, library: PromptLibrary, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self.kind_filter = self._combo(self.tr("Kind"), self.tr("All kinds"))
        for kind in Kind:
            self.kind_filter.addItem(kind_icon(kind), kind_label(kind), kind.value)
        self.subtheme_filter = self._combo(self.tr("Subtheme"), self.tr("All subthemes"))
        for subtheme in SUBTHEMES:
            self.subtheme_filter.addItem(library.catalogue.subthemes[subtheme].name, subtheme)
        self.tag_filter = self._combo(self.tr("Tag"), self.tr("All tags"))
        self.period_filter = self._combo(self.tr("Period"), None)
        for value, label in zip(
            PERIODS,
            (
                self.tr("Any time"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Last 12 months"),
                self.tr("Choose dates…"),
            ),
        ):
            self.period_filter.addItem(label, value)
        self.from_edit = self._date_edit(self.tr("From"), today - timedelta(days=30))
        self.to_edit = self._date_edit(self.tr("To"), today)
        self.share_filter = self._combo(self.tr("Sharing"), self.tr("Private or shared"))
        for label, shares in (
            (self.tr("Private only"), (Share.PRIVATE,)),
            (self.tr("For supervision"), (Share.SUMMARY, Share.FULL)),
            (self.tr("Question only"), (Share.SUMMARY,)),
            (self.tr("Full text shared"), (Share.FULL,)),
        ):
            self.share_filter.addItem(label, ",".join(s.value for s in shares))
        self.follow_up_filter = self._combo(self.tr("Follow-up"), self.tr("Any follow-up"))
        self.follow_up_filter.addItem(self.tr("To follow up"), FollowUp.OPEN.value)
        self.follow_up_filter.addItem(self.tr("Followed up"), FollowUp.RESOLVED.value)
        self.follow_up_filter.addItem(self.tr("No follow-up"), FollowUp.NONE.value)
        self.reset_button = QPushButton(self.tr("Clear filters"))
        self.reset_button.clicked.connect(self.reset)

        for widget in (
            labelled(self.tr("Kind"), self.kind_filter),
            labelled(self.tr("Subtheme"), self.subtheme_filter),
            labelled(self.tr("Tag"), self.tag_filter),
            labelled(self.tr("Period"), self.period_filter),
            self.from_edit,
            self.to_edit,
            labelled(self.tr("Sharing"), self.share_filter),
            labelled(self.tr("Follow-up"), self.follow_up_filter),
            self.reset_button,
        ):
            self.flow.addWidget(widget)
        self._show_dates()

    def _combo(self, name: str, everything: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        if everything is not None:
            combo.addItem(everything, None)
        combo.activated.connect(self._changed)
        return combo

    def _date_edit(self, name: str, value: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value))
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.dateChanged.connect(self._changed)
        return edit

    def set_known_tags(self, tags: list[str]) -> None:
        current = self.tag_filter.currentData()
        while self.tag_filter.count() > 1:
            self.tag_filter.removeItem(1)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))

    def entry_filter(self) -> EntryFilter:
        kind = self.kind_filter.currentData()
        subtheme = self.subtheme_filter.currentData()
        tag = self.tag_filter.currentData()
        share = self.share_filter.currentData()
        follow_up = self.follow_up_filter.currentData()
        date_from, date_to = self._period()
        return EntryFilter(
            kinds=(Kind(kind),) if kind else (),
            subthemes=(subtheme,) if subtheme else (),
            tags=(tag,) if tag else (),
            date_from=date_from,
            date_to=date_to,
            shares=tuple(Share(s) for s in share.split(",")) if share else (),
            follow_up=FollowUp(follow_up) if follow_up else None,
        )

    def _period(self) -> tuple[date | None, date | None]:
        period = self.period_filter.currentData()
        days = {"week": 6, "month": 29, "year": 364}
        if period in days:
            return self.today - timedelta(days=days[period]), None
        if period == "custom":
            return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        return None, None

    def reset(self) -> None:
        for combo in (
            self.kind_filter,
            self.subtheme_filter,
            self.tag_filter,
            self.period_filter,
            self.share_filter,
            self.follow_up_filter,
        ):
            combo.setCurrentIndex(0)
        self._changed()

    def _show_dates(self) -> None:
        custom = self.period_filter.currentData() == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)

    def _changed(self, *_args) -> None:
        self._show_dates()
        self.changed.emit()
