"""Reflect in Swedish: every message translated, and no English left on any screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind
from reflect.domain.themes import STUDY
from reflect.resources import resource

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")
# Names that are the same in every language, and the study's own English title.
ALLOWED = ("Reflect", "English", "Svenska", "peer supporter", STUDY.title, STUDY.journal, "doi:")
ENGLISH_WORDS = {
    "the",
    "your",
    "you",
    "and",
    "of",
    "to",
    "is",
    "with",
    "entry",
    "entries",
    "journal",
    "passphrase",
    "save",
    "cancel",
    "open",
    "unlock",
    "prompt",
    "prompts",
    "write",
    "hide",
    "show",
    "again",
    "favourite",
    "favourites",
    "add",
    "edit",
    "own",
    "language",
    "quit",
    "create",
    "welcome",
    "recent",
    "theme",
    "themes",
    "subtheme",
    "kind",
    "yes",
    "no",
    "none",
}


def ts_messages(name):
    root = ET.parse(TS_DIR / name).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_swedish_message_is_translated_with_its_placeholders():
    count = 0
    for context, message in ts_messages("reflect_sv.ts"):
        count += 1
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
            context,
            source,
        )
        forms = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), (context, source)
            assert sorted(set(PLACEHOLDER.findall(source))) == sorted(
                set(PLACEHOLDER.findall(text))
            ), source
    assert count > 100


def test_english_plural_forms_are_complete():
    for _context, message in ts_messages("reflect_en.ts"):
        assert message.find("translation").get("type") != "unfinished", message.findtext("source")


def test_compiled_translations_ship_in_the_package():
    assert resource("translations", "reflect_sv.qm").is_file()


def english_sources():
    return {
        message.findtext("source")
        for _, message in ts_messages("reflect_sv.ts")
        if message.findtext("source") != (message.find("translation").text or "")
    }


def visible_texts(window: QWidget):
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        yield widget.windowTitle() if widget.isWindow() else ""
        yield widget.toolTip()
        yield widget.accessibleName()
        if isinstance(widget, QLabel):
            yield widget.text()
        if isinstance(widget, QAbstractButton):
            yield widget.text()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            yield from (widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                yield item.text(0)
                stack.extend(item.child(i) for i in range(item.childCount()))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            yield action.text()
            if action.menu():
                for inner in action.menu().actions():
                    yield inner.text()
                    if inner.menu():
                        yield from (a.text() for a in inner.menu().actions())


def english_in(window, sources):
    found = []
    for text in visible_texts(window):
        text = (text or "").replace("&", "")
        if not text.strip():
            continue
        if re.match(r"^(/|[A-Za-z]:\\)\S*$", text):  # a file path, not a sentence
            continue
        if text in sources:
            found.append(text)
            continue
        rest = text
        for allowed in ALLOWED:
            rest = rest.replace(allowed, " ")
        # Whole words in any script: "isär" is not "is" followed by "r".
        words = set(re.findall(r"[^\W\d_]+", rest.lower()))
        if words & ENGLISH_WORDS:
            found.append(text)
    return found


@pytest.fixture
def swedish(translations):
    translations.apply("sv")
    return translations


def every_window(qtbot, journal, journal_path, tmp_path, language):
    """Every window and dialog, each in the state that shows most of its text."""
    from reflect.app.prompt_library import PromptLibrary, load_catalogue
    from reflect.domain.period import Period
    from reflect.gui.create_dialog import CreateJournalDialog
    from reflect.gui.draft_restore_dialog import DraftRestoreDialog
    from reflect.gui.main_window import MainWindow
    from reflect.gui.pages.prompts.user_prompt_dialog import UserPromptDialog
    from reflect.gui.pages.summaries.export_dialog import ExportDialog
    from reflect.gui.pages.summaries.session_dialog import SessionDialog
    from reflect.gui.unlock_dialog import UnlockDialog
    from reflect.present.preferences import Preferences

    library = PromptLibrary(journal, load_catalogue(language))
    journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            journal.today(),
            text="Ronden i dag",
            follow_up="open",
            share="supervision",
        )
    )
    mine = library.add_user_prompt("meaning", ["shift_reflection"], "Vad bar mig i dag?")
    library.set_favourite(mine.id, True)
    draft = journal.save_draft("stigma_incident", {"text": "Halvskrivet"})

    create = CreateJournalDialog(tmp_path / "new.reflect")
    create.try_create()  # empty passphrase: shows its error
    unlock = UnlockDialog(journal_path)
    unlock.passphrase_field.setText("fel lösenfras")
    unlock.try_unlock()
    locked = UnlockDialog(journal_path, locked=True)
    window = MainWindow(journal, library, Preferences(tmp_path / "settings.ini"))
    prompt_dialog = UserPromptDialog(library)
    prompt_dialog.try_save()  # empty: shows its error
    edit_dialog = UserPromptDialog(library, mine)
    drafts = DraftRestoreDialog([draft])
    pack = ExportDialog(journal, library.catalogue, Period(journal.today(), journal.today()))
    session = SessionDialog(journal)
    session.try_save()
    windows = [create, unlock, locked, window, prompt_dialog, edit_dialog, drafts, pack, session]
    for shown in windows:
        qtbot.addWidget(shown)
        shown.show()
    yield from windows
    # Every page, the prompt library in each of its topics, and each kind's form.
    for page in range(window.stack.count()):
        window.show_page(page)
        yield window
    view = window.prompt_view
    for index in range(view.topic_tree.topLevelItemCount()):
        view.topic_tree.setCurrentItem(view.topic_tree.topLevelItem(index))
        yield window
    view.show_hidden_box.setChecked(True)
    for kind in Kind:
        window.editor.start_new(kind)
        yield window
    window.editor.sharing.share_box.setCurrentIndex(2)
    window.editor.save()  # empty: shows the validation message
    yield window


def test_swedish_shows_no_english(qtbot, journal, journal_path, tmp_path, swedish):
    sources = english_sources()
    problems = {}
    for window in every_window(qtbot, journal, journal_path, tmp_path, "sv"):
        leaked = english_in(window, sources)
        if leaked:
            problems[type(window).__name__] = leaked
    assert problems == {}


def test_the_english_check_would_catch_english(
    qtbot, journal, journal_path, tmp_path, translations
):
    """Guard for the test above: in English the same walk finds plenty."""
    sources = english_sources()
    found = [
        english_in(w, sources) for w in every_window(qtbot, journal, journal_path, tmp_path, "en")
    ]
    assert all(found[:8])


def test_dates_and_numbers_follow_the_language(swedish):
    from datetime import date

    from PySide6.QtCore import QLocale

    assert QLocale().toString(date(2026, 3, 14), QLocale.FormatType.ShortFormat) == "2026-03-14"
    assert QLocale().toString(1234567) == "1\u00a0234\u00a0567"
