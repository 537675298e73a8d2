"""Files that leave the journal's encryption, or copies of it, written so nothing is left behind.

A pack, a JSON dump or a backup is written to a temporary file beside its
target, readable by its owner only from the first byte, and renamed over
the target only when complete; any failure removes it. A process killed
half-way cannot remove anything, so each temporary file is listed first in
a small register beside the journal (paths and process ids only, never
content), and the next Reflect to start removes what a dead process left.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from reflect import windows_acl
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PARTIAL_PREFIX = ".reflect-partial-"
REGISTER = ".reflect-partials"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
ON_WINDOWS = sys.platform == "win32"  # the mode bits mean nothing there: access lists instead


def make_private_folder(folder: Path, *, tighten: bool = False) -> Path:
    """Create ``folder`` (and parents) readable by its owner only.

    An existing folder is left as it is unless ``tighten``: a folder the
    writer chose (their Documents, a USB stick) is theirs to set, and only
    Reflect's own folders are made private after the fact.
    """
    folder = Path(folder)
    made = not folder.exists()
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if ON_WINDOWS and (made or tighten):
        windows_acl.restrict_to_user(folder, folder=True)
    if tighten and os.name == "posix":
        with contextlib.suppress(OSError):  # a folder we do not own stays as it is
            if stat.S_IMODE(folder.stat().st_mode) & 0o077:
                folder.chmod(PRIVATE_FOLDER)
    return folder


def tighten_own_folders(folders) -> None:
    """Make Reflect's own folders private, also those an older version made 0755."""
    for folder in folders:
        if Path(folder).is_dir():
            with contextlib.suppress(OSError):
                make_private_folder(folder, tighten=True)


def make_private(path: Path) -> None:
    """Readable by its owner only: mode 0600, or on Windows an access list for the user alone."""
    if ON_WINDOWS:
        windows_acl.restrict_to_user(Path(path))
    elif os.name == "posix":
        with contextlib.suppress(OSError):
            Path(path).chmod(PRIVATE_FILE)


def check_target(path: Path) -> None:
    """Refuse a target that is not a plain file: a folder, a device, a pipe."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{path} is not an ordinary file; nothing was written. "
                "Choose a file name in a folder.",
            ),
            path=str(path),
        )


class Leftovers:
    """The register of temporary files being written beside one journal."""

    def __init__(self, register: Path) -> None:
        self.register = Path(register)

    @classmethod
    def beside(cls, journal_path: Path) -> Leftovers:
        return cls(Path(journal_path).parent / REGISTER)

    def _lines(self) -> list[str]:
        try:
            return self.register.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return []

    def add(self, path: Path) -> None:
        try:
            self.register.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(
                self.register, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE
            )
        except OSError:
            return  # the register helps to clean up; it must never stop a write
        with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\t{Path(path).resolve()}\n")

    def remove(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        self._keep([line for line in self._lines() if line.partition("\t")[2] != resolved])

    def _keep(self, lines: list[str]) -> None:
        try:
            if not lines:
                self.register.unlink(missing_ok=True)
                return
            with private_partial(self.register) as partial:
                partial.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        except (OSError, ValidationError):
            pass

    def clean(self) -> list[Path]:
        """Remove what dead processes left; return the files removed."""
        removed, kept = [], []
        for line in self._lines():
            pid_text, _, name = line.partition("\t")
            path = Path(name)
            if pid_text.isdigit() and _alive(int(pid_text)):
                kept.append(line)
                continue
            if path.name.startswith(PARTIAL_PREFIX):
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)
                    removed.append(path)
        self._keep(kept)
        if removed:
            log.info("removed %d unfinished files left by an interrupted run", len(removed))
        return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return False  # a process id from an earlier start: Reflect never runs twice at once there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process with that id: not ours, but leave it
    return True


@contextlib.contextmanager
def private_partial(target: Path, leftovers: Leftovers | None = None) -> Iterator[Path]:
    """A temporary 0600 file beside ``target``, renamed over it if the block ends without error."""
    target = Path(target)
    check_target(target)
    descriptor, name = tempfile.mkstemp(prefix=PARTIAL_PREFIX, dir=target.parent)
    os.close(descriptor)  # mkstemp makes it 0600 and ours alone
    partial = Path(name)
    if ON_WINDOWS:  # there, before the first byte; the rename keeps it
        windows_acl.restrict_to_user(partial)
    if leftovers is not None:
        leftovers.add(partial)
    try:
        yield partial
        flush_file(partial)
        os.replace(partial, target)
        flush_folder(target.parent)
    finally:
        partial.unlink(missing_ok=True)
        if leftovers is not None:
            leftovers.remove(partial)


def flush_file(path: Path) -> None:
    # Windows flushes only a handle opened for writing (FlushFileBuffers):
    # read-only, every pack, dump and backup failed with "Permission denied".
    descriptor = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def flush_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX; Windows cannot open a folder so)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            flush_file(folder)


def clean_leftovers(journal_path: Path) -> None:
    """At start: remove unfinished files of killed runs, and older versions' partial backups."""
    try:
        Leftovers.beside(journal_path).clean()
        backups = Path(journal_path).parent / "backups"
        for stale in backups.glob(".journal-*.partial"):
            stale.unlink(missing_ok=True)
    except OSError:
        pass
