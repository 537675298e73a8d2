"""Automatic and manual backups and their rotation (restoring one: app.restore).

Backups are encrypted copies under the same passphrase, in a ``backups``
folder beside the journal (by default in the user data folder). A backup
made before a passphrase change still opens with the old passphrase.
"""

from __future__ import annotations

import logging
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
        stem = path.name[len(PREFIX) : -len(SUFFIX)]
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


def rotate(
    folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> list[Path]:
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
        raise ValidationError(
            QT_TRANSLATE_NOOP("Backups", "{path} is not one of the journal's backups."),
            path=str(path),
        )
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
