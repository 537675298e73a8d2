"""Writing a pack to a file in the chosen format; one function for CLI and GUI."""

from __future__ import annotations

from pathlib import Path

from reflect.export.blocks import Document
from reflect.private_files import Leftovers, private_partial

FORMATS = ("pdf", "md", "html")


def write_document(
    doc: Document, export_format: str, path: Path, leftovers: Leftovers | None = None
) -> None:
    """Write atomically and privately: a half-written pack never replaces an earlier one,
    and none is left behind, even in plain text, when writing fails or is killed."""
    if export_format not in FORMATS:
        raise ValueError(f"unknown export format {export_format!r}")
    with private_partial(Path(path), leftovers) as partial:
        if export_format == "pdf":
            from reflect.export.pdf import write_pdf  # Typst is loaded only for PDFs

            write_pdf(doc, partial)
        elif export_format == "md":
            from reflect.export.markdown import render_markdown

            partial.write_text(render_markdown(doc), encoding="utf-8")
        else:
            from reflect.export.html import render_html

            partial.write_text(render_html(doc, inline_charts=True), encoding="utf-8")
