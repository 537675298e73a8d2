"""Exporting a supervision pack: the one path both faces take from a pack to a file.

pack (``prepare_pack``: the gate, then the writer's removals) → identifier check
→ redaction → outline in the writer's language → written privately and
atomically → noted in the export log. The command line and the window differ
only in how they ask about identifiers and show progress.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from reflect.app.journal import Journal
from reflect.app.opening import open_journal
from reflect.app.supervision import log_export, pack_for
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import no_translation
from reflect.domain.pack import PackOptions, SupervisionPack, redact_all_in_pack, redact_in_turn
from reflect.domain.pack_texts import PackHit
from reflect.domain.prompts import PromptCatalogue
from reflect.domain.translator import Translate
from reflect.export.blocks import Document
from reflect.export.outline import Progress, build_outline
from reflect.export.write import write_document
from reflect.private_files import Leftovers


@dataclass(frozen=True)
class PackWording:
    """How a pack speaks: the interface's translations and its local dates and numbers."""

    catalogue: PromptCatalogue
    say: Translate = no_translation
    format_date: Callable[[date], str] = date.isoformat
    format_number: Callable[[float], str] = lambda value: f"{value:g}"


class Identifiers(Enum):
    """What to do with possible identifiers still in the pack when it is written."""

    REFUSE = "refuse"  # write nothing (the command line without --redact)
    REPLACE = "replace"  # replace each with the neutral marker (--redact)
    KEEP = "keep"  # the writer looked at them and chose to leave them in (the window asks)


class PackHoldsIdentifiers(Exception):
    """Nothing was written: the pack still holds these possible identifiers."""

    def __init__(self, hits: Sequence[PackHit]) -> None:
        super().__init__(f"{len(hits)} possible identifiers")
        self.hits = tuple(hits)


@dataclass(frozen=True)
class WrittenPack:
    path: Path
    pack: SupervisionPack  # as written, after any replacement
    replaced: int  # identifiers replaced at writing
    # The file stands even when the journal could not note it (a read-only disk).
    log_problem: ValidationError | None = None


# Notes a written pack in the export log; raises ValidationError when the journal cannot.
ExportNote = Callable[[SupervisionPack, str], None]


def prepare_pack(
    journal: Journal, options: PackOptions, removals: Sequence[Sequence[PackHit]] = ()
) -> SupervisionPack:
    """The pack the options ask for (shared entries only), with the writer's removals replayed."""
    return redact_in_turn(pack_for(journal, options), removals)


def pack_outline(
    pack: SupervisionPack, wording: PackWording, progress: Progress | None = None
) -> Document:
    """The pack laid out as the file and the preview show it."""
    return build_outline(
        pack, wording.catalogue, wording.say, wording.format_date, progress, wording.format_number
    )


def export_pack(
    journal: Journal,
    pack: SupervisionPack,
    export_format: str,
    path: Path,
    wording: PackWording,
    *,
    identifiers: Identifiers = Identifiers.REFUSE,
    progress: Progress | None = None,
    note: ExportNote | None = None,
) -> WrittenPack:
    """Write ``pack`` to ``path`` and note it in the export log.

    Raises PackHoldsIdentifiers (with ``REFUSE``), ExportCancelled when
    ``progress`` says stop, and ValidationError or OSError when the file cannot
    be written; in each case no file is left. ``note``: how the export is
    logged when ``journal`` is open only for reading (the command line).
    """
    hits = pack.hits
    if hits and identifiers is Identifiers.REFUSE:
        raise PackHoldsIdentifiers(hits)
    replaced = 0
    if hits and identifiers is Identifiers.REPLACE:
        pack, replaced = redact_all_in_pack(pack), len(hits)
    document = pack_outline(pack, wording, progress)
    write_document(document, export_format, Path(path), Leftovers.beside(journal.path))
    try:
        (note or _logger_for(journal))(pack, export_format)
    except ValidationError as problem:
        return WrittenPack(Path(path), pack, replaced, problem)
    return WrittenPack(Path(path), pack, replaced)


def _logger_for(journal: Journal) -> ExportNote:
    return lambda pack, export_format: log_export(journal, pack, export_format)


def note_by_opening(journal_path: Path, passphrase: str) -> ExportNote:
    """Log an export by opening the journal to write only for that (after a read-only pack)."""

    def note(pack: SupervisionPack, export_format: str) -> None:
        with open_journal(journal_path, passphrase) as journal:
            log_export(journal, pack, export_format)

    return note
