"""Tags, intensity, supervision and follow-up: what happens to an entry next."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from reflect.app.journal import Journal
from reflect.domain.editor_state import EditorState
from reflect.domain.entry import FollowUp, Share
from reflect.domain.kinds import Kind, kind_spec
from reflect.gui.labels import entry_kinds_text
from reflect.gui.pages.write.tag_field import TagField
from reflect.gui.widgets.choice_buttons import ChoiceButtons


class SharingSection(QWidget):
    edited = Signal()

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._loading = False
        self.tag_field = TagField()
        self.tag_field.setAccessibleName(self.tr("Tags"))
        self.tag_field.setPlaceholderText(self.tr("Words to find it by, separated by commas"))
        self.intensity_buttons = ChoiceButtons(
            [(n, str(n)) for n in range(11)], self.tr("Intensity")
        )
        self.share_box = QComboBox()
        self.share_box.setAccessibleName(self.tr("Sharing"))
        # Its longest choice would otherwise set the editor's narrowest width.
        self.share_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.share_box.setMinimumContentsLength(24)
        for value, label in (
            (Share.PRIVATE, self.tr("Private: stays in this journal")),
            (Share.SUMMARY, self.tr("Question only: counted and its question shown, not its text")),
            (Share.FULL, self.tr("Full: the whole entry goes into the supervision pack")),
        ):
            self.share_box.addItem(label, value.value)
        self.question_field = QLineEdit()
        self.question_field.setAccessibleName(self.tr("Question for supervision"))
        self.question_field.setPlaceholderText(self.tr("The question you want to bring"))
        self.follow_up_box = QComboBox()
        self.follow_up_box.setAccessibleName(self.tr("Follow-up"))
        for follow_up, label in (
            (FollowUp.NONE, self.tr("No follow-up")),
            (FollowUp.OPEN, self.tr("Follow up later")),
            (FollowUp.RESOLVED, self.tr("Followed up")),
        ):
            self.follow_up_box.addItem(label, follow_up.value)

        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.addRow(self.tr("Tags"), self.tag_field)
        self.layout_.addRow(self.tr("Intensity"), self.intensity_buttons)
        self.layout_.addRow(self.tr("Supervision"), self.share_box)
        self.layout_.addRow(self.tr("Question"), self.question_field)
        self.layout_.addRow(self.tr("Follow-up"), self.follow_up_box)

        self.tag_field.textEdited.connect(self._user_edit)
        self.intensity_buttons.value_changed.connect(self._user_edit)
        self.share_box.activated.connect(self._user_edit)
        self.question_field.textEdited.connect(self._user_edit)
        self.follow_up_box.activated.connect(self._user_edit)

    def load(self, kind: Kind, state: EditorState) -> None:
        self._loading = True
        try:
            spec = kind_spec(kind)
            self.layout_.setRowVisible(self.intensity_buttons, spec.has_intensity)
            label = self.layout_.labelForField(self.intensity_buttons)
            if spec.has_intensity and isinstance(label, QLabel) and spec.intensity_label:
                label.setText(entry_kinds_text(spec.intensity_label))
            self.tag_field.set_known_tags([tag for tag, _ in self.journal.tags()])
            self.tag_field.set_tags(list(state.tags))
            self.intensity_buttons.set_value(state.intensity)
            self.share_box.setCurrentIndex(self.share_box.findData(state.share.value))
            self.question_field.setText(state.supervision_question)
            self.follow_up_box.setCurrentIndex(self.follow_up_box.findData(state.follow_up.value))
        finally:
            self._loading = False
        self._update_question()

    def values(self) -> dict[str, Any]:
        """The section's part of the editor's state, as EditorState's fields."""
        return {
            "tags": tuple(self.tag_field.tags()),
            "intensity": self.intensity_buttons.value(),
            "share": Share(self.share_box.currentData()),
            "supervision_question": self.question_field.text(),
            "follow_up": FollowUp(self.follow_up_box.currentData()),
        }

    def clear(self) -> None:
        self._loading = True
        try:
            self.tag_field.clear()
            self.tag_field.set_known_tags([])
            self.question_field.clear()
            self.intensity_buttons.set_value(None)
            self.share_box.setCurrentIndex(0)
        finally:
            self._loading = False

    def _update_question(self) -> None:
        shared = self.share_box.currentData() != Share.PRIVATE.value
        self.layout_.setRowVisible(self.question_field, shared)

    def _user_edit(self, *_args) -> None:
        if self._loading:
            return
        self._update_question()
        self.edited.emit()
