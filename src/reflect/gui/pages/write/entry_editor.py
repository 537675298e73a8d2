"""Writing or editing one entry: the kind's form, free text and what to do with it."""

from __future__ import annotations

import itertools
import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reflect.app.editing import save_from_editor
from reflect.app.editor_drafts import draft_in_memory, keep_draft
from reflect.app.guides import load_guides
from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary
from reflect.app.supervision import watch_list
from reflect.app.templates import TemplateBook
from reflect.domain.drafts import Draft
from reflect.domain.editor_state import EditorState
from reflect.domain.entry import Entry
from reflect.domain.errors import ValidationError
from reflect.domain.kind_change import state_in_kind
from reflect.domain.kinds import Kind, kind_spec
from reflect.domain.themes import SUBTHEMES
from reflect.gui.labels import entry_kinds_text
from reflect.gui.pages.write.answer_forms import AnswerForms
from reflect.gui.pages.write.identifier_highlighter import IdentifierHighlighter
from reflect.gui.pages.write.identifier_hint import IdentifierHint
from reflect.gui.pages.write.kind_form import KindForm
from reflect.gui.pages.write.kind_menu import KindButton
from reflect.gui.pages.write.kind_row import KindRow
from reflect.gui.pages.write.prompt_panel import PromptPanel
from reflect.gui.pages.write.question_picker import TEMPLATE
from reflect.gui.pages.write.risk_note import RiskNote
from reflect.gui.pages.write.sharing_section import SharingSection
from reflect.gui.widgets.chip_group import ChipGroup
from reflect.gui.widgets.live_label import LiveLabel
from reflect.gui.widgets.side_by_side import SideBySide
from reflect.present.local_format import from_qdate, to_qdate
from reflect.present.messages import translated

NARROW_EDITOR_CHARACTERS = 100  # the form and the prompt side by side need this much

HINT_PAUSE_MS = 300  # after the last keystroke; a person pausing, not typing


class EntryEditor(QWidget):
    """``saved(entry)`` after a successful save; ``edited`` on every user edit."""

    saved = Signal(object)
    edited = Signal()
    closed = Signal()

    def __init__(self, journal: Journal, library: PromptLibrary, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.library = library
        self.draft_uuid: str | None = None
        self._state = EditorState()  # what was loaded; the widgets hold the edits (state())
        self._dirty = False
        self._draft_kept = False  # the unsaved state as it is now is in the journal as a draft
        self._loading = False
        self._build()
        self.start_new(Kind.SHIFT_REFLECTION)

    # -- building the widgets ----------------------------------------------

    def _build(self) -> None:
        self.kind_button = KindButton()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("When it happened"))
        self.title_field = QLineEdit()
        self.title_field.setAccessibleName(self.tr("Title"))
        self.title_field.setPlaceholderText(
            self.tr("Title (optional: the first words are used otherwise)")
        )
        self.kind_description = QLabel()
        self.kind_description.setWordWrap(True)
        self.answers = AnswerForms(
            TemplateBook(self.journal), load_guides(self.library.catalogue.language)
        )
        self.text_label = QLabel(self.tr("In your own words"))
        self.text_field = QPlainTextEdit()
        self.text_field.setAccessibleName(self.tr("In your own words"))
        self.text_field.setTabChangesFocus(True)
        self.text_field.setMinimumHeight(self.text_field.fontMetrics().lineSpacing() * 6)
        self.text_label.setBuddy(self.text_field)
        self.privacy_hint = QLabel(
            self.tr(
                "When you write about patients, use initials or a made-up name – never an ID "
                "number, and leave out details that make someone recognisable."
            )
        )
        self.privacy_hint.setWordWrap(True)
        self.privacy_hint.setProperty("look", "muted")
        self.identifier_hint = IdentifierHint()
        self._watch_list: list[str] = watch_list(self.journal)
        self.highlighters = [
            IdentifierHighlighter(self.text_field.document(), lambda: self._watch_list)
        ]
        self.subtheme_chips = ChipGroup(
            [(s, self.library.catalogue.subthemes[s].name) for s in SUBTHEMES], self.tr("Subtheme")
        )
        self.sharing = SharingSection(self.journal)
        self.risk_note = RiskNote()
        self.status_label = LiveLabel()
        # A refusal (a full disk, a replaced file) is a sentence or two: it
        # wraps beside the buttons instead of widening the window past the screen.
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.prompt_panel = PromptPanel(self.library)

        top = KindRow(self.kind_button, self.answers.picker, self.date_edit)
        column = QWidget()
        self.column_layout = layout = QVBoxLayout(column)
        layout.addWidget(top)
        layout.addWidget(self.kind_description)
        layout.addWidget(self.title_field)
        layout.addWidget(self.risk_note)
        layout.addWidget(self.answers)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text_field, 1)
        layout.addWidget(self.privacy_hint)
        layout.addWidget(self.identifier_hint)
        themes = QFormLayout()
        themes.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        themes.addRow(self.tr("Touches on"), self.subtheme_chips)
        layout.addLayout(themes)
        layout.addWidget(self.sharing)
        self.form_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed tab stop
        scroll.setWidget(column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(buttons)
        # Narrow, or at large text, the prompt goes under the form at its whole
        # height instead of squeezing it (at 1024 px and 200 % answers were cut off).
        self.splitter = splitter = SideBySide(
            left,
            self.prompt_panel,
            narrow_below_characters=NARROW_EDITOR_CHARACTERS,
            second_height=self._prompt_height,
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        self.kind_button.kind_chosen.connect(self._kind_chosen)
        self.date_edit.dateChanged.connect(self._user_edit)
        self.title_field.textEdited.connect(self._user_edit)
        self.text_field.textChanged.connect(self._user_edit)
        # The hint reads every field: it waits for a pause in the typing, so a
        # keystroke costs only the underlining of the paragraph it changed.
        self.hint_timer = QTimer(self)
        self.hint_timer.setSingleShot(True)
        self.hint_timer.setInterval(HINT_PAUSE_MS)
        self.hint_timer.timeout.connect(self._update_identifier_hint)
        self.subtheme_chips.toggled.connect(self._user_edit)
        self.sharing.edited.connect(self._user_edit)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.closed.emit)
        self.prompt_panel.insert_requested.connect(self._insert_prompt)
        self.answers.edited.connect(self._user_edit)
        # The hint may sit among the fields being replaced: it must not go down with them.
        self.answers.rebuilding.connect(
            lambda: self.identifier_hint.go_home(self.column_layout, self.privacy_hint)
        )
        self.answers.rebuilt.connect(self._follow_fields)

    def _prompt_height(self, width: int) -> int:
        layout = self.prompt_panel.layout()
        fits = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(fits, self.prompt_panel.sizeHint().height())

    # -- loading -----------------------------------------------------------

    def start_new(self, kind: Kind | str, prompt_id: str | None = None) -> None:
        state = EditorState.new(Kind(kind), str(uuid.uuid4()), self.journal.today())
        prompt = self.library.prompt(prompt_id) if prompt_id else None
        if prompt is not None:
            state = state.but(text=prompt.text + "\n\n", prompt_id=prompt.id)
        self._load(state, dirty=False)
        self.draft_uuid = None

    def open_entry(self, entry: Entry) -> None:
        self._load(EditorState.of_entry(entry), dirty=False)
        self.draft_uuid = None

    def open_draft(self, draft: Draft) -> None:
        state = EditorState.from_payload(draft.payload)
        self._load(state.but(is_new=draft.entry_uuid is None or state.is_new), dirty=True)
        self.draft_uuid = draft.uuid

    def _load(self, state: EditorState, dirty: bool) -> None:
        self._watch_list = watch_list(self.journal)  # Settings may have changed it
        self._loading = True
        try:
            self._state = state
            kind = state.kind
            self.kind_button.show_kind(kind)
            self.answers.show_kind(kind, state.fields)
            self._show_kind_texts(kind)
            self.date_edit.setMaximumDate(to_qdate(self.journal.today()).addDays(1))
            self.date_edit.setDate(to_qdate(state.occurred_on))
            self.title_field.setText(state.title)
            self.text_field.setPlainText(state.text)
            self.subtheme_chips.set_selected(list(state.subthemes))
            self.sharing.load(kind, state)
            self.risk_note.reset()
            self._update_risk_note()
            self.hint_timer.stop()
            self._update_identifier_hint()
            first = self.library.prompt(state.prompt_id) if state.prompt_id else None
            self.prompt_panel.show_for(kind, f"{self.journal.today()}:{state.entry_uuid}", first)
            self.status_label.clear()
        finally:
            self._loading = False
        self._set_dirty(dirty)
        # Each entry starts at its top: the last form's scroll position hid
        # the title and first questions of the next one.
        self.form_scroll.verticalScrollBar().setValue(0)

    def focus_first_field(self) -> None:
        """The title: the first thing to write, at the top of every form (see _load)."""
        self.title_field.setFocus()

    def _follow_fields(self) -> None:
        """New answer fields: underline identifiers in them, and Tab through them in page order."""
        self.highlighters = self.highlighters[:1] + [
            IdentifierHighlighter(field.document(), lambda: self._watch_list)
            for field in self.answers.text_fields()
        ]
        # The fields are built after the rest, so Tab would reach them last:
        # set the order to follow the page from top to bottom.
        chain = [
            self.date_edit,
            self.answers.picker.combo,
            self.title_field,
            *self.answers.focus_chain(),
            self.text_field,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_kind_texts(self, kind: Kind) -> None:
        self.kind_description.setText(entry_kinds_text(kind_spec(kind).description))
        self.text_label.setText(
            self.tr("What happened, in your own words")
            if not kind_spec(kind).fields
            else self.tr("Anything else, in your own words")
        )

    def _kind_chosen(self, kind_value: str) -> None:
        """The form follows the kind; answers the new form has no place for become text."""
        state = self.state()
        kind = Kind(kind_value)
        if kind is state.kind:
            return
        self._load(state_in_kind(state, kind, entry_kinds_text), dirty=True)
        self._user_edit()
        self.kind_button.setFocus()

    # -- state -------------------------------------------------------------

    def state(self) -> EditorState:
        """Everything the editor holds now, edits included."""
        qdate = self.date_edit.date()
        return self._state.but(
            kind=self.kind_button.kind(),
            occurred_on=from_qdate(qdate),
            title=self.title_field.text(),
            fields=self.answers.values(),
            text=self.text_field.toPlainText(),
            subthemes=tuple(self.subtheme_chips.selected()),
            **self.sharing.values(),
        )

    @property
    def form(self) -> KindForm:
        """The form of the kind being written: there is one from the first load on."""
        return self.answers.form

    def use_template(self, template_id: str) -> None:
        """Bring one of the writer's templates to the entry being written."""
        self.answers.bring(TEMPLATE + template_id)

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def is_new(self) -> bool:
        return self._state.is_new

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._draft_kept = False
        self.save_button.setEnabled(True)

    def _update_identifier_hint(self) -> None:
        # Everything that could go into a pack, tags and the question included.
        sharing = self.sharing.values()
        places: list[tuple[QWidget, list[str]]] = [(self.title_field, [self.title_field.text()])]
        places += [(field, [text]) for field, text in self.answers.written_answers()]
        places += [
            (self.text_field, [self.text_field.toPlainText()]),
            (self.sharing, [*sharing["tags"], sharing["supervision_question"]]),
        ]
        self.identifier_hint.show_for(places, self._watch_list, (self.column_layout, self.sharing))

    def _user_edit(self, *_args) -> None:
        if self._loading:
            return
        self.hint_timer.start()
        self._update_risk_note()
        self._set_dirty(True)
        self.status_label.clear()
        self.edited.emit()

    def _update_risk_note(self) -> None:
        values = self.form.values() if self.answers.kind_form else {}
        self.risk_note.update_for(values.get("needs_reporting"), values.get("reporting_done"))

    def _insert_prompt(self, prompt_id: str, text: str) -> None:
        cursor = self.text_field.textCursor()
        cursor.movePosition(cursor.MoveOperation.StartOfBlock)
        cursor.insertText(text + "\n")
        self._state = self._state.but(prompt_id=prompt_id)
        self.text_field.setFocus()

    # -- saving ------------------------------------------------------------

    def save(self) -> Entry | None:
        try:
            entry = save_from_editor(self.journal, self.library, self.state(), self.draft_uuid)
        except ValidationError as error:
            self.status_label.setText(translated(error))
            return None
        self.draft_uuid = None
        self._state = self._state.but(is_new=False, prompt_id=None)
        self._set_dirty(False)
        self.status_label.setText(self.tr("Saved."))
        self.saved.emit(entry)
        return entry

    def write_draft(self) -> bool:
        """Keep the unsaved state in the journal (autosave); False if the journal refused it."""
        if not self._dirty:
            return True
        try:
            draft = keep_draft(self.journal, self.state(), self.draft_uuid)
        except ValidationError as error:
            # A full disk, a replaced file: typing goes on, the words stay
            # here, and a lock carries them in memory (unsaved_draft).
            self.status_label.setText(translated(error))
            self._draft_kept = False
            return False
        self.draft_uuid = draft.uuid
        self._draft_kept = True
        return True

    def unsaved_draft(self) -> Draft | None:
        """What the journal could not take as a draft, held in memory; None when it is safe there."""
        if not self._dirty or self._draft_kept:
            return None
        return draft_in_memory(self.journal, self.state(), self.draft_uuid)

    def discard_changes(self) -> None:
        """Forget unsaved changes and their draft; the editor starts afresh."""
        if self.draft_uuid:
            self.journal.discard_draft(self.draft_uuid)
        self.start_new(Kind.SHIFT_REFLECTION)

    def clear_journal_text(self) -> None:
        self._loading = True
        try:
            self.title_field.clear()
            self.text_field.clear()
            if self.answers.kind_form is not None:
                self.answers.clear()
            self.sharing.clear()
            self.prompt_panel.clear_journal_text()
            self.status_label.clear()
        finally:
            self._loading = False
        self._state = EditorState()
        self._dirty = False
