"""Automatic and manual backups, rotation, and restoring one in place of the journal.

Backups are encrypted copies under the same passphrase, in a ``backups``
folder beside the journal (by default in the user data folder). A backup
made before a passphrase change still opens with the old passphrase.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reflect.app.journal import Journal
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
FOLDER = "backups"
PREFIX = "journal-"
SUFFIX = ".reflect"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
MANUAL_MARK = "-manual"


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    number: int = 1  # the second backup within one second is number 2
    manual: bool = False  # asked for by the writer: kept until the writer deletes it



def backup_folder(journal_path: Path) -> Path:
    return Path(journal_path).parent / FOLDER


def make_backup(journal: Journal, folder: Path | None = None, *, manual: bool = False) -> Path:
    """An encrypted copy; ``manual`` ones ("Back up now", ``reflect backup``) are never rotated away."""
    folder = Path(folder) if folder else backup_folder(journal.path)
    stamp = journal.now().strftime("%Y%m%d-%H%M%S")
    mark = MANUAL_MARK if manual else ""
    target = folder / f"{PREFIX}{stamp}{mark}{SUFFIX}"
    number = 1
    while target.exists():  # two backups in one second never overwrite each other
        number += 1
        target = folder / f"{PREFIX}{stamp}-{number}{mark}{SUFFIX}"
    made = journal.make_copy(target)
    log.info("backup written: %s", made)
    return made


def list_backups(folder: Path) -> list[Backup]:
    """Newest first."""
    found = []
    for path in Path(folder).glob(f"{PREFIX}*{SUFFIX}"):
        stem = path.name[len(PREFIX):-len(SUFFIX)]
        manual = stem.endswith(MANUAL_MARK)
        if manual:
            stem = stem[: -len(MANUAL_MARK)]
        try:
            made = datetime.strptime(stem[:15], "%Y%m%d-%H%M%S")
            number = int(stem[16:]) if len(stem) > 15 else 1
        except ValueError:
            continue
        found.append(Backup(path, made, number, manual))
    return sorted(found, key=lambda b: (b.made, b.number), reverse=True)


def rotate(folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Keep the newest backup of each of the last ``keep_daily`` days that have one,
    and of each of the ``keep_weekly`` weeks before; delete the rest."""
    days: dict[date, Backup] = {}
    weeks: dict[tuple[int, int], Backup] = {}
    automatic = [b for b in list_backups(folder) if not b.manual]  # manual ones stay
    for backup in automatic:  # newest first: the first seen per day wins
        days.setdefault(backup.made.date(), backup)
    kept_days = sorted(days, reverse=True)[:keep_daily]
    keep = {days[d].path for d in kept_days}
    for day in sorted(days, reverse=True)[keep_daily:]:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks[week] = days[day]
            keep.add(days[day].path)
    removed = []
    for backup in automatic:
        if backup.path not in keep:
            backup.path.unlink()
            removed.append(backup.path)
    return removed


def delete_backup(path: Path, folder: Path) -> None:
    """Remove one backup the writer chose; only ever a backup file in ``folder``."""
    if Path(path).resolve() not in {b.path.resolve() for b in list_backups(folder)}:
        raise ValidationError(QT_TRANSLATE_NOOP("Backups", "{path} is not one of the journal's backups."),
                              path=str(path))
    Path(path).unlink()
    log.info("backup deleted: %s", path)


def backup_if_due(journal: Journal, folder: Path | None = None) -> Path | None:
    """The daily backup: made when none exists yet for today."""
    folder = Path(folder) if folder else backup_folder(journal.path)
    today = journal.today()
    if any(b.made.date() == today and not b.manual for b in list_backups(folder)):
        return None
    made = make_backup(journal, folder)
    rotate(folder)
    return made


def restore_backup(backup: Path, journal_path: Path, passphrase: str, now: datetime) -> Path:
    """Put ``backup`` in place of the journal; the previous journal is kept beside it.

    The journal must be closed. Returns where the previous journal was kept.
    """
    backup, journal_path = Path(backup), Path(journal_path)
    if not backup.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Backups", "There is no backup at {path}."), path=str(backup))
    # Proves the passphrase and that the copy is a journal, without changing it.
    with Journal.open_read_only(backup, passphrase) as copy:
        problems = copy.integrity_problems()
    if problems:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Backups", "That backup is damaged ({problem}); nothing was changed."),
            problem=problems[0],
        )
    incoming = journal_path.with_name(f".{journal_path.name}.restoring")
    shutil.copy2(backup, incoming)
    kept = journal_path.with_name(f"{journal_path.name}.before-restore-{now:%Y%m%d-%H%M%S}")
    if journal_path.exists():
        for suffix in ("-wal", "-shm", ""):
            part = journal_path.with_name(journal_path.name + suffix)
            if part.exists():
                os.replace(part, kept.with_name(kept.name + suffix))
    os.replace(incoming, journal_path)
    log.info("restored %s; the previous journal is kept as %s", backup, kept)
    return kept
