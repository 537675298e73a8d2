"""Exporting a supervision pack: the one path from a checked pack to a file and the export log.

The pack itself comes from ``supervision.pack_for`` (the gate). Here it is
laid out in the writer's language, written privately and atomically, and
recorded. The CLI and the window both call ``export_pack``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reflect.app.journal import Journal
from reflect.app.opening import open_journal
from reflect.app.supervision import log_export
from reflect.domain.pack import SupervisionPack
from reflect.domain.prompts import PromptCatalogue
from reflect.export.blocks import Document
from reflect.export.outline import Progress, Translate, build_outline, no_translation
from reflect.export.write import write_document
from reflect.private_files import Leftovers


@dataclass(frozen=True)
class PackWording:
    """How a pack speaks: the interface's translations and its local dates and numbers."""

    catalogue: PromptCatalogue
    say: Translate = no_translation
    format_date: Callable[[date], str] = date.isoformat
    format_number: Callable[[float], str] = lambda value: f"{value:g}"


def pack_outline(
    pack: SupervisionPack, wording: PackWording, progress: Progress | None = None
) -> Document:
    return build_outline(
        pack, wording.catalogue, wording.say, wording.format_date, progress, wording.format_number
    )


def export_pack(
    journal: Journal,
    pack: SupervisionPack,
    export_format: str,
    path: Path,
    wording: PackWording,
    progress: Progress | None = None,
) -> Path:
    """Write ``pack`` to ``path`` and log it; raises ExportCancelled if ``progress`` says stop."""
    write_pack(journal.path, pack, export_format, path, wording, progress)
    log_export(journal, pack, export_format)
    return Path(path)


def write_pack(
    journal_path: Path,
    pack: SupervisionPack,
    export_format: str,
    path: Path,
    wording: PackWording,
    progress: Progress | None = None,
) -> Path:
    """The file alone, for a journal opened read-only; ``record_export`` logs it after."""
    document = pack_outline(pack, wording, progress)
    write_document(document, export_format, Path(path), Leftovers.beside(journal_path))
    return Path(path)


def record_export(
    journal_path: Path, passphrase: str, pack: SupervisionPack, export_format: str
) -> None:
    """Note a written pack in the export log, opening the journal to write only for that."""
    with open_journal(journal_path, passphrase) as journal:
        log_export(journal, pack, export_format)
