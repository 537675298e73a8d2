"""Moving the journal out of a folder that a cloud client syncs, to this computer's own folder.

In two steps, because the old files can only go once the journal is
closed: ``move_journal`` copies the open journal (encrypted, as a backup
is), opens the copy with the writer's passphrase to prove it holds the
same, and copies the backups and the window's settings beside it; then,
after the journal is closed, ``leave_old_place`` removes the old files. A
failure in the first step removes the copy and leaves everything as it
was; a failure in the second leaves a complete journal at the new place
and names what is still at the old one.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from reflect.app.backups import backup_folder, list_backups
from reflect.app.journal import Journal
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.paths import PORTABLE_FOLDER, AppPaths
from reflect.private_files import make_private_folder, private_partial
from reflect.store.journal_lock import lock_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Relocation:
    """Where the journal is and where it may go; ``portable``: the reflect-data folder, if any."""

    source: AppPaths
    target: AppPaths
    portable: Path | None

    @classmethod
    def from_paths(cls, source: AppPaths, target: AppPaths) -> Relocation:
        root = source.data_dir.parent
        return cls(source, target, root if root.name == PORTABLE_FOLDER else None)

    def may_move(self, journal_path: Path) -> bool:
        """Only a journal in Reflect's own folder, and never onto itself."""
        return (
            Path(journal_path) == self.source.default_journal
            and self.source.default_journal != self.target.default_journal
        )


def move_journal(journal: Journal, passphrase: str, relocation: Relocation) -> Path:
    """Copy the open journal and its backups to the target; return the new journal's path."""
    target = relocation.target.default_journal
    if target.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "A journal already exists at {path}, so nothing was moved. "
                "Open that one, or keep this journal where it is.",
            ),
            path=str(target),
        )
    make_private_folder(target.parent)
    journal.make_copy(target)
    try:
        _check_copy(journal, target, passphrase)
        for backup in list_backups(backup_folder(journal.path)):
            _copy_privately(backup.path, backup_folder(target) / backup.path.name)
        settings = relocation.source.settings_file
        if settings.exists() and not relocation.target.settings_file.exists():
            _copy_privately(settings, relocation.target.settings_file)
    except BaseException:
        target.unlink(missing_ok=True)
        shutil.rmtree(backup_folder(target), ignore_errors=True)
        raise
    log.info("journal copied out of a synced folder to %s", target)
    return target


def _check_copy(journal: Journal, target: Path, passphrase: str) -> None:
    copy = Journal.open_read_only(target, passphrase)  # a wrong passphrase stops here
    try:
        same = copy.count_entries() == journal.count_entries() and not copy.integrity_problems(
            quick=True
        )
    finally:
        copy.close()
    if not same:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The copy at {path} did not read back the same, so nothing was moved.",
            ),
            path=str(target),
        )


def _copy_privately(source: Path, target: Path) -> None:
    make_private_folder(target.parent)
    with private_partial(target) as partial:  # private from its first byte; the rename keeps it
        shutil.copyfile(source, partial)


def leave_old_place(journal_path: Path, relocation: Relocation) -> list[Path]:
    """Remove the old journal, its backups and, for a portable copy, its whole
    data folder (so the program stops being portable). Returns what is left."""
    if relocation.portable is not None:
        return _remove_folder(relocation.portable)
    journal_path = Path(journal_path)
    left = []
    sqlite_files = [Path(f"{journal_path}{end}") for end in ("-wal", "-shm")]
    for path in [journal_path, *sqlite_files, lock_path(journal_path)]:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            left.append(path)
    folder = backup_folder(journal_path)
    if folder.is_dir():
        left += _remove_folder(folder)
    return left


def _remove_folder(folder: Path) -> list[Path]:
    # Renamed first: a sync client holding one file open must not leave a
    # half-emptied reflect-data that the next start would take for a journal.
    aside = folder.with_name(f"{folder.name}-moved")
    try:
        folder.rename(aside)
    except OSError:
        aside = folder
    shutil.rmtree(aside, ignore_errors=True)
    return [aside] if aside.exists() else []
