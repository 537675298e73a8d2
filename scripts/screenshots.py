"""Render Reflect's screens from a demo journal into docs/screenshots/ (offscreen).

    python scripts/screenshots.py            # English, for the README and the guide
    python scripts/screenshots.py --language sv
    python scripts/screenshots.py --size 1024x600 --scale 200 --appearance dark --out /tmp/look

Uses the installed package and a throw-away journal in a temporary folder.
The options render the combinations a review looks at (small and large
screens, larger text, dark) without changing docs/screenshots.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEARCH_WORD = {"en": "medication", "sv": "medicin*"}
TEMPLATE_NAME = {"en": "After a recovery group", "sv": "Efter en återhämtningsgrupp"}
QUESTION = {
    "en": ["Who came, and what did we do?", "What did I bring of my own story?", "What gave hope?"],
    "sv": [
        "Vilka kom, och vad gjorde vi?",
        "Vad tog jag med av min egen berättelse?",
        "Vad gav hopp?",
    ],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "sv"), default="en")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x720", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--scale", type=int, default=100, help="Reflect's text size, percent")
    parser.add_argument("--appearance", choices=("system", "light", "dark"), default="light")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from reflect.app.demo import fill_demo_journal
    from reflect.app.journal import Journal
    from reflect.app.templates import TemplateBook
    from reflect.domain.filters import EntryFilter
    from reflect.domain.kinds import Kind
    from reflect.gui.app_controller import AppController
    from reflect.gui.main_window import (
        CALENDAR,
        JOURNAL,
        PROMPTS,
        SETTINGS,
        SUMMARIES,
        SUPERVISION,
        TODAY,
    )
    from reflect.gui.unlock_dialog import UnlockDialog
    from reflect.present.preferences import Preferences

    app = QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.language == "en" else f"-{args.language}"

    def save(widget, name: str) -> None:
        for _ in range(5):  # let layouts settle: wrapped rows resize in a few rounds
            app.processEvents()
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.reflect"
        preferences = Preferences(Path(folder) / "settings.ini")
        preferences.language = args.language
        preferences.appearance = args.appearance
        preferences.text_scale = args.scale
        journal = Journal.create(path, "demo passphrase for screenshots")
        fill_demo_journal(journal, args.language)
        controller = AppController(app, preferences, path)
        # Settings shows the reminder turned on, as on a desktop with a
        # notification area (offscreen has none). Turned on after the app
        # started it, so no reminder runs and no icon is made.
        preferences.reminder_on = True
        controller.session.reminder.tray_available = lambda: True
        window = controller.show_journal(journal)
        window.resize(*size)

        window.show_page(TODAY)
        checkin = window.today_page.checkin
        checkin.scales["mood"].buttons[3].click()
        checkin.scales["energy"].buttons[2].click()
        save(window, "today")

        for kind in Kind:
            [entry] = journal.entries(EntryFilter(kinds=(kind,)), limit=1).entries
            window.open_entry(entry.uuid)
            save(window, f"editor-{kind.value}")

        window.show_page(JOURNAL)
        window.journal_page.search_field.setText(SEARCH_WORD[args.language])
        window.journal_page.apply_query()
        save(window, "journal-search")
        window.journal_page.read(window.journal_page.model.entry_at(0).uuid)
        save(window, "journal-reading")
        window.journal_page.back_to_the_list()

        window.show_page(CALENDAR)
        # The last day written in the month written most: marks to see.
        days = [e.occurred_on for e in journal.entries(EntryFilter(), limit=500).entries]
        months = [(d.year, d.month) for d in days]
        busiest = max(months, key=lambda m: (months.count(m), m))
        window.calendar_page.show_day(max(d for d in days if (d.year, d.month) == busiest))
        save(window, "calendar")

        window.show_page(PROMPTS)
        save(window, "prompts")
        book = TemplateBook(journal)
        own = [p.text for p in journal.user_prompts()][:1]
        made = book.create(
            TEMPLATE_NAME[args.language], Kind.SHIFT_REFLECTION, own + QUESTION[args.language]
        )
        window.prompt_view.templates_button.click()
        templates = window.prompt_view.templates_dialog
        save(templates, "templates")
        templates.change_button.click()
        save(templates.template_dialog, "template-edit")
        templates.template_dialog.close()
        templates.close()
        window.write_new(Kind.SHIFT_REFLECTION.value, None)
        window.editor.answers.bring("guide:gibbs")
        save(window, "editor-guided-gibbs")
        window.editor.discard_changes()
        window.write_with_template(made.id)
        save(window, "editor-own-template")
        window.editor.discard_changes()
        window.show_page(SUMMARIES)
        save(window, "summaries")
        pack = window.summaries_page.open_pack_dialog()
        pack.option_boxes["include_wellbeing"].setChecked(True)
        save(pack, "supervision-pack")
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QTextCursor

        pack.preview.moveCursor(QTextCursor.MoveOperation.Start)
        pack.preview.find(QCoreApplication.translate("Pack", "Agreed actions, carried until done"))
        bar = pack.preview.verticalScrollBar()  # the heading at the top of the preview
        bar.setValue(bar.value() + pack.preview.cursorRect().top() - 8)
        cursor = pack.preview.textCursor()
        cursor.clearSelection()  # found, not chosen
        pack.preview.setTextCursor(cursor)
        save(pack, "pack-carried-actions")
        pack.close()
        window.show_page(SUPERVISION)
        save(window, "supervision")
        window.show_page(SETTINGS)
        save(window, "settings")
        save(window.settings_page.reminder, "settings-reminder")

        lock = UnlockDialog(path, locked=True)
        lock.show()
        save(lock, "lock")
        lock.close()
        window.clear_journal_text()
        controller.shut_down()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
