"""Writing a pack to a file in the chosen format; one function for CLI and GUI."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Callable

from reflect.domain.pack import SupervisionPack
from reflect.domain.prompts import PromptCatalogue
from reflect.export.blocks import Document
from reflect.export.outline import Progress, Translate, build_outline, no_translation

FORMATS = ("pdf", "md", "html")


def outline_for(
    pack: SupervisionPack,
    catalogue: PromptCatalogue,
    say: Translate = no_translation,
    format_date: Callable[[date], str] = date.isoformat,
    progress: Progress | None = None,
    format_number: Callable[[float], str] = lambda value: f"{value:g}",
) -> Document:
    return build_outline(pack, catalogue, say, format_date, progress, format_number)


def write_document(doc: Document, export_format: str, path: Path) -> None:
    """Write atomically: a half-written export never replaces an earlier one."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if export_format == "pdf":
            from reflect.export.pdf import write_pdf  # Qt is loaded only for PDFs

            write_pdf(doc, partial)
        elif export_format == "md":
            from reflect.export.markdown import render_markdown

            partial.write_text(render_markdown(doc), encoding="utf-8")
        elif export_format == "html":
            from reflect.export.html import render_html

            partial.write_text(render_html(doc), encoding="utf-8")
        else:
            raise ValueError(f"unknown export format {export_format!r}")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
