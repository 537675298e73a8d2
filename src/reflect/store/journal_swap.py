"""Putting another file in the journal's place so that no crash can strand the writer.

The steps, each one safe to stop after:

1. the incoming file is written in full beside the journal and flushed;
2. a plan naming it and the name the current journal will be kept under is
   written (flushed, renamed into place);
3. the current journal gets its second name (a hard link, or a flushed copy
   where the disk has no links), and its write-ahead log moves with it;
4. the incoming file is renamed over the journal, one atomic step;
5. the plan is removed.

At no instant is there no journal at its path. A run killed before the plan
exists leaves only an incoming file, which the next start removes (undone);
killed after, the next start carries out the plan again (finished), since
every step can be done twice.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from reflect.private_files import Leftovers, flush_file, flush_folder, private_partial
from reflect.store.journal_lock import JournalInUse, JournalLock

log = logging.getLogger(__name__)

# SQLite's files beside a journal in WAL mode.
WAL = "-wal"
SHM = "-shm"


@dataclass(frozen=True)
class FinishedSwap:
    """A swap an earlier, interrupted run had started."""

    kept: Path | None  # where the journal before it was kept; None if it was undone
    finished: bool


def incoming_path(journal_path: Path) -> Path:
    return journal_path.with_name(f".{journal_path.name}.restoring")


def plan_path(journal_path: Path) -> Path:
    return journal_path.with_name(f".{journal_path.name}.restore-plan")


def write_incoming(source: Path, journal_path: Path) -> Path:
    """Step 1: a complete, flushed copy of ``source`` beside the journal."""
    incoming = incoming_path(journal_path)
    _flushed_copy(source, incoming, journal_path)
    return incoming


def swap_in(journal_path: Path, kept: Path) -> None:
    """Steps 2-5: the incoming file becomes the journal; the journal before it is ``kept``.

    The caller holds the journal's lock to itself.
    """
    journal_path, kept = Path(journal_path), Path(kept)
    with private_partial(plan_path(journal_path), Leftovers.beside(journal_path)) as partial:
        partial.write_text(json.dumps({"kept": kept.name}), encoding="utf-8")
    _carry_out(journal_path, kept)


def finish_interrupted_swap(journal_path: Path) -> FinishedSwap | None:
    """At start: finish a swap a killed run began, or undo one it had only prepared."""
    journal_path = Path(journal_path)
    plan, incoming = plan_path(journal_path), incoming_path(journal_path)
    if not plan.exists() and not incoming.exists():
        return None
    try:
        with JournalLock.exclusive(journal_path):
            if not plan.exists():
                incoming.unlink(missing_ok=True)  # prepared, never begun: the journal is as it was
                log.info("removed the copy of an interrupted restore; the journal was not changed")
                return FinishedSwap(None, finished=False)
            kept = journal_path.with_name(json.loads(plan.read_text(encoding="utf-8"))["kept"])
            _carry_out(journal_path, kept)
    except (JournalInUse, OSError, ValueError, KeyError) as error:
        log.warning("an interrupted restore could not be finished yet: %s", type(error).__name__)
        return None
    log.info("finished an interrupted restore; the journal before it is kept as %s", kept)
    return FinishedSwap(kept, finished=True)


def _carry_out(journal_path: Path, kept: Path) -> None:
    incoming = incoming_path(journal_path)
    if incoming.exists():
        if journal_path.exists() and not kept.exists():
            _second_name(journal_path, kept)
        wal = _beside(journal_path, WAL)
        if wal.exists():
            # The log belongs to the journal being set aside; left here it
            # would be played into the restored one.
            os.replace(wal, _beside(kept, WAL))
        _beside(journal_path, SHM).unlink(missing_ok=True)  # an index SQLite rebuilds
        flush_folder(journal_path.parent)
        os.replace(incoming, journal_path)
        flush_folder(journal_path.parent)
    plan_path(journal_path).unlink(missing_ok=True)
    flush_folder(journal_path.parent)


def _second_name(journal_path: Path, kept: Path) -> None:
    try:
        os.link(journal_path, kept)
    except OSError:  # FAT, exFAT and some network disks have no hard links
        _flushed_copy(journal_path, kept, journal_path)
        return
    flush_file(kept)


def _flushed_copy(source: Path, target: Path, journal_path: Path) -> None:
    """``target`` appears only whole and on the disk; a killed copy is cleaned up at the next start."""
    with private_partial(target, Leftovers.beside(journal_path)) as partial:
        shutil.copyfile(source, partial)


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)
