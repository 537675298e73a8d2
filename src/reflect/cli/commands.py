"""What each ``reflect`` command does, through the same use cases as the GUI."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from reflect.app import opening
from reflect.app.journal import Journal
from reflect.cli.dates import parse_date
from reflect.cli.language import language, translate, use_qt_locale
from reflect.cli.output import entries_json, entry_line, hit_lines, hits_json, kind_name
from reflect.cli.passphrase import read_passphrase
from reflect.cli.streams import is_valid_text, read_stdin_text
from reflect.domain.entry import FollowUp, Share, new_entry
from reflect.domain.errors import ValidationError
from reflect.domain.filters import EntryFilter
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.kinds import Kind
from reflect.domain.tags import normalise_tag

PAGE = 500


def init(args, journal_path: Path) -> int:
    passphrase = read_passphrase(args.passphrase_file, confirm=True)
    Journal.create(journal_path, passphrase).close()
    print(translate("Cli", "Created an encrypted journal at {path}").format(path=journal_path))
    print(
        translate(
            "Cli",
            "Keep the passphrase safe: nobody can recover it, and without it the "
            "journal stays locked.",
        )
    )
    _warn_if_synced(journal_path)
    return 0


def _warn_if_synced(journal_path: Path) -> None:
    from reflect.domain.cloud_sync import synced_by

    service = synced_by(journal_path.resolve(), os.environ)
    if service is not None:
        print(
            translate(
                "Cli",
                "Note: {service} copies this folder to the cloud. The journal is encrypted, "
                "but its versions and backups leave this computer; a folder that stays on "
                "it is safer.",
            ).format(service=service),
            file=sys.stderr,
        )


def open_journal(args, journal_path: Path, *, for_reading: bool = False) -> Journal:
    """``for_reading``: the commands that only read open it read-only, so a damaged
    journal is never changed by looking at it."""
    return opening.open_journal(
        journal_path, read_passphrase(args.passphrase_file), for_reading=for_reading
    )


def add(args, journal_path: Path) -> int:
    with open_journal(args, journal_path) as journal:
        today = journal.today()
        fields = dict(_field_pair(item) for item in args.field)
        extra = {"subthemes": tuple(args.subtheme)} if args.subtheme is not None else {}
        entry = new_entry(
            args.kind,
            parse_date(args.date, today) or today,
            title=args.title,
            fields=fields,
            text=_read_text(),
            tags=tuple(args.tag),
            intensity=args.intensity,
            share=Share.FULL if args.for_supervision else Share(args.share),
            supervision_question=args.question,
            follow_up=FollowUp(args.follow_up),
            **extra,
        )
        stored = journal.save_entry(entry)
    print(translate("Cli", "Saved: {entry}").format(entry=entry_line(stored)))
    return 0


def list_entries(args, journal_path: Path) -> int:
    with open_journal(args, journal_path, for_reading=True) as journal:
        today = journal.today()
        entry_filter = EntryFilter(
            kinds=(Kind(args.kind),) if args.kind else (),
            tags=(normalise_tag(args.tag),) if args.tag else (),
            date_from=parse_date(args.date_from, today),
            date_to=parse_date(args.date_to, today),
        )
        entries = []
        page = journal.entries(entry_filter, PAGE)
        entries.extend(page.entries)
        while page.next_cursor:
            page = journal.entries(entry_filter, PAGE, page.next_cursor)
            entries.extend(page.entries)
    if args.json:
        print(entries_json(entries))
    else:
        for entry in entries:
            print(entry_line(entry))
        if not entries:
            print(translate("Cli", "No entries match."))
    return 0


def search(args, journal_path: Path) -> int:
    from reflect.app.prompt_library import load_catalogue
    from reflect.app.search_names import search_names

    with open_journal(args, journal_path, for_reading=True) as journal:
        journal.search_names = search_names(load_catalogue(language()), kind_name)
        hits = journal.search(args.query, limit=200)
    if args.json:
        print(hits_json(hits))
    else:
        for hit in hits:
            print(hit_lines(hit))
        if not hits:
            print(translate("Cli", "Nothing found."))
    return 0


def checkin(args, journal_path: Path) -> int:
    with open_journal(args, journal_path) as journal:
        journal.check_in(args.mood, args.energy, args.stress, args.note)
    print(
        translate("Cli", "Checked in: mood {mood}, energy {energy}, stress {stress}.").format(
            mood=args.mood, energy=args.energy, stress=args.stress
        )
    )
    return 0


def _field_pair(item: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    if not sep or not name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "--field takes NAME=VALUE, got {item}."), item=item
        )
    return name.strip(), value


def _read_text() -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        print(
            translate(
                "Cli", "Write the entry; end with Ctrl-D on a new line (Ctrl-Z, Enter on Windows)."
            ),
            file=sys.stderr,
        )
    try:
        text = read_stdin_text()
    except UnicodeDecodeError:
        text = "\udc80"  # reported below, the same as a surrogate from the terminal
    if not is_valid_text(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The text read from standard input is not valid UTF-8; nothing was saved.",
            )
        )
    return text


def summary(args, journal_path: Path) -> int:
    from reflect.cli.supervision_commands import summary as run

    use_qt_locale()  # dates and figures in the language's own format
    return run(args, journal_path)


def export(args, journal_path: Path) -> int:
    from reflect.cli.supervision_commands import export as run

    use_qt_locale()  # dates and figures in the language's own format
    return run(args, journal_path)


def _later(load: Callable[[], ModuleType], name: str):
    """The command ``name`` of the module ``load`` imports, only when it runs (what
    it needs stays out of every other command's start). The imports are written
    out below, not built from names, so that the bundle's analysis finds them."""

    def run(args, journal_path: Path) -> int:
        return getattr(load(), name)(args, journal_path)

    return run


def _safety() -> ModuleType:
    from reflect.cli import safety_commands

    return safety_commands


def _looking_back() -> ModuleType:
    from reflect.cli import looking_back_commands

    return looking_back_commands


def _own() -> ModuleType:
    from reflect.cli import own_commands

    return own_commands


def _supervision() -> ModuleType:
    from reflect.cli import agreement_commands

    return agreement_commands


COMMANDS = {
    "backup": _later(_safety, "backup"),
    "restore": _later(_safety, "restore"),
    "check": _later(_safety, "check"),
    "dump": _later(_safety, "dump"),
    "import": _later(_safety, "import_"),
    "init": init,
    "summary": summary,
    "export": export,
    "add": add,
    "list": list_entries,
    "search": search,
    "checkin": checkin,
    "calendar": _later(_looking_back, "calendar"),
    "on-this-day": _later(_looking_back, "on_this_day_command"),
    "templates": _later(_own, "templates_command"),
    "reminder": _later(_own, "reminder_command"),
    "agreement": _later(_supervision, "agreement_command"),
    "session": _later(_supervision, "session_command"),
    "supervision-time": _later(_supervision, "supervision_time_command"),
}
