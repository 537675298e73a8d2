"""Browsing the prompts by theme and subtheme; favourites, hiding, your own prompts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflect.app.prompt_library import PromptLibrary
from reflect.app.templates import TemplateBook
from reflect.domain.prompts import Prompt
from reflect.domain.themes import STUDY, THEMES
from reflect.gui.pages.prompts.templates_dialog import TemplatesDialog
from reflect.gui.pages.prompts.user_prompt_dialog import UserPromptDialog
from reflect.gui.widgets.flow_layout import FlowWidget
from reflect.gui.widgets.side_by_side import SideBySide
from reflect.gui.widgets.wrapping_tree import WrappingTreeDelegate

TOPIC_ROLE = Qt.ItemDataRole.UserRole
PROMPT_ROLE = Qt.ItemDataRole.UserRole
# Tree items carry "kind:key" strings: Qt hands Python tuples back as lists.
FAVOURITES = "favourites:"
OWN = "own:"


class PromptLibraryView(QWidget):
    """The Prompts page. ``start_entry_requested(prompt_id, kind)`` asks the
    window to open an editor with that prompt; the button shows only when
    ``can_start_entries`` says someone will answer."""

    start_entry_requested = Signal(str, str)
    # A new entry with the questions of one of the writer's templates.
    start_template_requested = Signal(str)

    def __init__(self, library: PromptLibrary, can_start_entries: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.can_start_entries = can_start_entries
        self.templates_dialog: TemplatesDialog | None = None

        self.topic_tree = QTreeWidget()
        self.topic_tree.setHeaderHidden(True)
        # Long names wrap at large text sizes instead of being cut off.
        self.topic_tree.setItemDelegate(WrappingTreeDelegate(self.topic_tree))
        self.topic_tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.topic_tree.setAccessibleName(self.tr("Themes and subthemes"))
        self.topic_title = QLabel()
        self.topic_title.setProperty("look", "title")
        self.topic_title.setWordWrap(True)
        self.topic_description = QLabel()
        self.topic_description.setWordWrap(True)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.setProperty("look", "muted")
        self.prompt_list = QListWidget()
        self.prompt_list.setWordWrap(True)
        self.prompt_list.setSpacing(4)
        self.prompt_list.setAlternatingRowColors(True)
        self.prompt_list.setAccessibleName(self.tr("Prompts"))
        self.show_hidden_box = QCheckBox(self.tr("Show hidden prompts"))

        self.start_button = QPushButton(self.tr("Write about this"))
        self.start_button.setVisible(can_start_entries)
        self.favourite_button = QPushButton(self.tr("Favourite"))
        self.favourite_button.setCheckable(True)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setCheckable(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.add_button = QPushButton(self.tr("Add your own prompt…"))
        self.templates_button = QPushButton(self.tr("My templates…"))
        self.templates_button.setToolTip(
            self.tr("Your own prompts as a form: sets of questions to answer when you write")
        )

        # The buttons wrap onto a second line at large text sizes.
        buttons = FlowWidget()
        for button in (
            self.start_button,
            self.favourite_button,
            self.hide_button,
            self.edit_button,
            self.add_button,
            self.templates_button,
        ):
            buttons.flow.addWidget(button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.topic_title)
        detail_layout.addWidget(self.topic_description)
        detail_layout.addWidget(self.prompt_list, 1)
        detail_layout.addWidget(self.show_hidden_box)
        detail_layout.addWidget(buttons)
        detail_layout.addWidget(self.source_label)
        # Narrow or at large text: the themes above their prompts.
        # The details scroll rather than squeeze their labels into each other.
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed tab stop
        detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_scroll.setWidget(detail)
        splitter = SideBySide(
            self.topic_tree, detail_scroll, narrow_below_characters=90, stretch=(0, 1)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.topic_tree.currentItemChanged.connect(self._show_topic)
        self.prompt_list.currentItemChanged.connect(self._update_buttons)
        self.prompt_list.itemActivated.connect(self._start_entry)
        self.show_hidden_box.toggled.connect(self.refresh)
        self.start_button.clicked.connect(self._start_entry)
        self.favourite_button.clicked.connect(self._toggle_favourite)
        self.hide_button.clicked.connect(self._toggle_hidden)
        self.edit_button.clicked.connect(self._edit_own)
        self.add_button.clicked.connect(self._add_own)
        self.templates_button.clicked.connect(self._open_templates)

        self._build_tree()
        self._fit_tree_to_names()
        self.topic_tree.setCurrentItem(self._topics()[0])

    # -- the topic tree --------------------------------------------------------

    def _build_tree(self) -> None:
        catalogue = self.library.catalogue
        for theme, subthemes in THEMES.items():
            theme_item = QTreeWidgetItem([catalogue.themes[theme].name])
            theme_item.setToolTip(0, catalogue.themes[theme].name)
            theme_item.setData(0, TOPIC_ROLE, f"theme:{theme}")
            font = theme_item.font(0)
            font.setBold(True)
            theme_item.setFont(0, font)
            for subtheme in subthemes:
                child = QTreeWidgetItem([catalogue.subthemes[subtheme].name])
                child.setToolTip(0, catalogue.subthemes[subtheme].name)
                child.setData(0, TOPIC_ROLE, f"subtheme:{subtheme}")
                theme_item.addChild(child)
            self.topic_tree.addTopLevelItem(theme_item)
            theme_item.setExpanded(True)
        for label, role in ((self.tr("Favourites"), FAVOURITES), (self.tr("My own prompts"), OWN)):
            item = QTreeWidgetItem([label])
            item.setData(0, TOPIC_ROLE, role)
            self.topic_tree.addTopLevelItem(item)

    def _fit_tree_to_names(self) -> None:
        """Wide enough for the theme names (bold), wrapping them when the text is large."""
        self.topic_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        bold = QFont(self.topic_tree.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(item.text(0)) for item in self._topics())
        limit = QFontMetrics(bold).averageCharWidth() * 18
        self.topic_tree.setMinimumWidth(min(widest, limit) + 2 * self.topic_tree.indentation() + 24)

    def current_topic(self) -> tuple[str, str]:
        item = self.topic_tree.currentItem()
        data = item.data(0, TOPIC_ROLE) if item else f"theme:{next(iter(THEMES))}"
        kind, _, key = data.partition(":")
        return kind, key

    def _show_topic(self, *_args) -> None:
        self.refresh()

    # -- the prompt list -------------------------------------------------------

    def _prompts_for_topic(self) -> list[Prompt]:
        kind, key = self.current_topic()
        prompts = self.library.all_prompts()
        preferences = self.library.preferences()
        if kind == "theme":
            return [p for p in prompts if p.subtheme in THEMES[key]]
        if kind == "subtheme":
            return [p for p in prompts if p.subtheme == key]
        if kind == "favourites":
            return [p for p in prompts if p.id in preferences.favourites]
        return [p for p in prompts if p.user_written]

    def refresh(self) -> None:
        catalogue = self.library.catalogue
        kind, key = self.current_topic()
        if kind == "theme":
            topic = catalogue.themes[key]
            self.topic_title.setText(topic.name)
            self.topic_description.setText(topic.description)
        elif kind == "subtheme":
            topic = catalogue.subthemes[key]
            self.topic_title.setText(topic.name)
            self.topic_description.setText(topic.description)
        elif kind == "favourites":
            self.topic_title.setText(self.tr("Favourites"))
            self.topic_description.setText(
                self.tr("Prompts you have marked as favourites come up more often.")
            )
        else:
            self.topic_title.setText(self.tr("My own prompts"))
            self.topic_description.setText(
                self.tr("Questions you wrote yourself. They are kept in your encrypted journal.")
            )
        self.source_label.setText(
            self.tr(
                "Where the themes come from: {note}\n“{title}”, {journal}, {year}, doi:{doi}"
            ).format(
                note=catalogue.study_note,
                title=STUDY.title,
                journal=STUDY.journal,
                year=STUDY.year,
                doi=STUDY.doi,
            )
        )
        # The source is shown where a theme is introduced, not on every subtheme.
        self.source_label.setVisible(kind == "theme")
        self._fill_prompts()

    def _fill_prompts(self) -> None:
        selected = self.current_prompt()
        preferences = self.library.preferences()
        show_hidden = self.show_hidden_box.isChecked()
        self.prompt_list.clear()
        for prompt in self._prompts_for_topic():
            hidden = prompt.id in preferences.hidden
            if hidden and not show_hidden:
                continue
            text = prompt.text
            if prompt.id in preferences.favourites:
                text = "★ " + text
            if hidden:
                text = self.tr("{prompt} (hidden)").format(prompt=text)
            item = QListWidgetItem(text)
            item.setData(PROMPT_ROLE, prompt.id)
            if hidden:
                item.setForeground(self.palette().placeholderText())
            self.prompt_list.addItem(item)
            if selected and prompt.id == selected.id:
                self.prompt_list.setCurrentItem(item)
        if self.prompt_list.currentItem() is None and self.prompt_list.count():
            self.prompt_list.setCurrentRow(0)
        self._update_buttons()

    def current_prompt(self) -> Prompt | None:
        item = self.prompt_list.currentItem()
        return self.library.prompt(item.data(PROMPT_ROLE)) if item else None

    def _update_buttons(self, *_args) -> None:
        prompt = self.current_prompt()
        preferences = self.library.preferences()
        for button in (self.start_button, self.favourite_button, self.hide_button):
            button.setEnabled(prompt is not None)
        self.favourite_button.setChecked(bool(prompt and prompt.id in preferences.favourites))
        self.hide_button.setChecked(bool(prompt and prompt.id in preferences.hidden))
        self.hide_button.setText(
            self.tr("Show again") if self.hide_button.isChecked() else self.tr("Hide")
        )
        self.edit_button.setVisible(bool(prompt and prompt.user_written))

    # -- actions ---------------------------------------------------------------

    def _start_entry(self, *_args) -> None:
        prompt = self.current_prompt()
        if prompt is not None and self.start_button.isVisible():
            self.start_entry_requested.emit(prompt.id, prompt.kinds[0].value)

    def _toggle_favourite(self) -> None:
        prompt = self.current_prompt()
        if prompt:
            self.library.set_favourite(prompt.id, self.favourite_button.isChecked())
            self._fill_prompts()

    def _toggle_hidden(self) -> None:
        prompt = self.current_prompt()
        if prompt:
            self.library.set_hidden(prompt.id, self.hide_button.isChecked())
            self._fill_prompts()

    def _add_own(self) -> None:
        self._open_prompt_dialog(UserPromptDialog(self.library, parent=self))

    def _edit_own(self) -> None:
        prompt = self.current_prompt()
        if prompt and prompt.user_written:
            self._open_prompt_dialog(UserPromptDialog(self.library, prompt, parent=self))

    def _open_templates(self) -> None:
        dialog = TemplatesDialog(
            TemplateBook(self.library.journal), self.library, self.can_start_entries, self
        )
        self.templates_dialog = dialog
        dialog.write_requested.connect(self.start_template_requested)
        dialog.open()

    def _open_prompt_dialog(self, dialog: UserPromptDialog) -> None:
        """Modal, but through open() so tests and screen readers can reach it."""
        self.prompt_dialog = dialog
        dialog.accepted.connect(lambda: self._show_own_prompt(dialog.saved))
        dialog.open()

    def _topics(self) -> list[QTreeWidgetItem]:
        tree = self.topic_tree
        return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]

    def _show_own_prompt(self, prompt: Prompt | None) -> None:
        for item in self._topics():
            if item.data(0, TOPIC_ROLE) == OWN:
                self.topic_tree.setCurrentItem(item)
        self.refresh()
        if prompt:
            for row in range(self.prompt_list.count()):
                if self.prompt_list.item(row).data(PROMPT_ROLE) == prompt.id:
                    self.prompt_list.setCurrentRow(row)
