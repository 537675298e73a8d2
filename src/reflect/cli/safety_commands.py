"""``reflect backup``, ``restore``, ``check``, ``dump`` and ``import``."""

from __future__ import annotations

from pathlib import Path

from reflect.app.backups import backup_folder, list_backups, make_backup
from reflect.app.journal import Journal
from reflect.app.opening import open_journal
from reflect.app.portability.dumping import dump_to
from reflect.app.portability.importing import import_file
from reflect.app.portability.other_apps import MEDIA_WORDS
from reflect.app.restore import restore_backup
from reflect.cli.language import translate
from reflect.cli.passphrase import read_passphrase
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import PLURAL, QT_TRANSLATE_NOOP

DUMPED = PLURAL.translate(
    "Cli",
    "Wrote %n entries and everything else to {path}. It is NOT encrypted: keep it safe.",
    None,
    2,
)
NEW_ENTRIES = PLURAL.translate("Cli", "%n new entries", None, 2)
ALREADY_HERE = PLURAL.translate("Cli", "(%n already here),", None, 2)
CHECKINS = PLURAL.translate("Cli", "%n check-ins.", None, 2)


def _open(args, journal_path: Path, *, for_reading: bool = False) -> Journal:
    return open_journal(
        journal_path, read_passphrase(args.passphrase_file), for_reading=for_reading
    )


def backup(args, journal_path: Path) -> int:
    with _open(args, journal_path) as journal:
        made = make_backup(journal, Path(args.to) if args.to else None, manual=True)
    print(
        translate(
            "Cli", "Backup written: {path} (it opens with the passphrase the journal has now)"
        ).format(path=made)
    )
    return 0


def restore(args, journal_path: Path) -> int:
    from datetime import datetime

    passphrase = read_passphrase(args.passphrase_file)
    kept = restore_backup(Path(args.file), journal_path, passphrase, datetime.now())
    if kept is None:
        print(
            translate("Cli", "Restored {backup} as {journal}.").format(
                backup=args.file, journal=journal_path
            )
        )
    else:
        print(
            translate(
                "Cli", "Restored {backup} as {journal}; the previous journal is kept as {kept}"
            ).format(backup=args.file, journal=journal_path, kept=kept)
        )
    return 0


def check(args, journal_path: Path) -> int:
    """A short verdict; ``--verbose`` lists what SQLCipher and SQLite found."""
    with _open(args, journal_path, for_reading=True) as journal:
        problems = journal.integrity_problems()
    if not problems:
        print(translate("Cli", "The journal is intact: encryption and structure checked."))
        return 0
    if args.verbose:
        for problem in problems:
            print(problem)
    backups = list_backups(backup_folder(journal_path))
    if backups:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The journal is damaged (problems found: {count}). It was not changed; "
                "restore the newest backup with: reflect restore {backup}",
            ),
            count=len(problems),
            backup=str(backups[0].path),
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Validation",
            "The journal is damaged (problems found: {count}) and has no backup beside it. "
            "It was not changed; 'reflect dump' may still save what can be read.",
        ),
        count=len(problems),
    )


def dump(args, journal_path: Path) -> int:
    with _open(args, journal_path, for_reading=True) as journal:
        count = dump_to(journal, Path(args.file))
    print(translate("Cli", DUMPED, None, count).format(path=args.file))
    return 0


def import_(args, journal_path: Path) -> int:
    media_words = {name: translate("Import", word) for name, word in MEDIA_WORDS.items()}
    with _open(args, journal_path) as journal:
        result = import_file(journal, Path(args.file), media_words)
    print(
        " ".join(
            [
                translate("Cli", "Imported from {source}:").format(source=result.source),
                translate("Cli", NEW_ENTRIES, None, result.entries_added),
                translate("Cli", ALREADY_HERE, None, result.entries_already_here),
                translate("Cli", CHECKINS, None, result.checkins_added),
            ]
        )
    )
    for reason, count in result.left_out:
        print(
            translate("Cli", "Left out, {reason}: {count}").format(
                reason=translate("Import", reason), count=count
            )
        )
    for line in settings_lines(result.settings):
        print(line)
    return 0


def settings_lines(merge) -> list[str]:
    """What an import changed in the journal's settings: said, never done silently."""
    lines = []
    if merge.watch_names_added:
        lines.append(
            translate(
                "Cli", "Names to keep out: added from the file: {count}; none removed."
            ).format(count=merge.watch_names_added)
        )
    if merge.keys_added:
        lines.append(
            translate("Cli", "Settings added from the file: {keys}.").format(
                keys=", ".join(merge.keys_added)
            )
        )
    if merge.keys_kept:
        lines.append(
            translate("Cli", "Settings kept as this journal had them: {keys}.").format(
                keys=", ".join(merge.keys_kept)
            )
        )
    return lines
