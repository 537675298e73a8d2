"""Writing a pack to a file in the chosen format; one function for CLI and GUI."""

from __future__ import annotations

import os
from pathlib import Path

from reflect.export.blocks import Document

FORMATS = ("pdf", "md", "html")


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
