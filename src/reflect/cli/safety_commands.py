"""``reflect backup``, ``restore``, ``check``, ``dump`` and ``import``."""

from __future__ import annotations

from pathlib import Path

from reflect.app.backups import make_backup, restore_backup
from reflect.app.journal import Journal
from reflect.app.portability.dumping import dump_to
from reflect.app.portability.importing import import_file
from reflect.cli.passphrase import read_passphrase
from reflect.domain.errors import ValidationError


def _open(args, journal_path: Path) -> Journal:
    return Journal.open(journal_path, read_passphrase(args.passphrase_file))


def backup(args, journal_path: Path) -> int:
    with _open(args, journal_path) as journal:
        made = make_backup(journal, Path(args.to) if args.to else None)
    print(f"Backup written: {made} (it opens with the passphrase the journal has now)")
    return 0


def restore(args, journal_path: Path) -> int:
    from datetime import datetime

    passphrase = read_passphrase(args.passphrase_file)
    kept = restore_backup(Path(args.file), journal_path, passphrase, datetime.now())
    print(f"Restored {args.file} as {journal_path}; the previous journal is kept as {kept}")
    return 0


def check(args, journal_path: Path) -> int:
    with _open(args, journal_path) as journal:
        problems = journal.integrity_problems()
    if problems:
        raise ValidationError(
            "The journal is damaged: {problem}. It was not changed; restore a backup with 'reflect restore'.",
            problem="; ".join(problems[:3]),
        )
    print("The journal is whole: encryption and structure checked.")
    return 0


def dump(args, journal_path: Path) -> int:
    with _open(args, journal_path) as journal:
        count = dump_to(journal, Path(args.file))
    print(f"Wrote {count} entries and everything else to {args.file}. It is NOT encrypted: keep it safe.")
    return 0


def import_(args, journal_path: Path) -> int:
    with _open(args, journal_path) as journal:
        result = import_file(journal, Path(args.file))
    print(f"Imported from {result.source}: {result.entries_added} new entries"
          f" ({result.entries_skipped} already here), {result.checkins_added} check-ins.")
    return 0
