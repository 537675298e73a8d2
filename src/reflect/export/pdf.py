"""The outline as an A4 PDF: confidential on every page, page numbers, charts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from reflect.export.blocks import Chart, Document
from reflect.export.charts import chart_image
from reflect.export.html import render_html

DPI = 300
MARGINS_MM = QMarginsF(18, 22, 18, 20)


def write_pdf(doc: Document, path: Path) -> int:
    """Write ``doc`` to ``path``; return the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(doc.title)
    writer.setCreator("Reflect")
    page = writer.pageLayout().paintRectPixels(DPI)
    header = DPI * 0.35  # room above the text for the confidentiality line
    footer = DPI * 0.3

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans", 10)
    document.setDefaultFont(font)
    images = {}
    for block in doc.blocks:
        if isinstance(block, Chart):
            image = chart_image(
                block.name,
                block.table,
                int(page.width() * 0.9),
                int(DPI * 2.2),
                QFont("DejaVu Sans", 36),
            )
            url = f"chart-{block.name}"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
            images[block.name] = url
    # HTML sizes are in CSS pixels (1/96 inch); the page is measured at DPI.
    css_width = int(page.width() * 0.9 * 96 / DPI)
    html = render_html(doc, images, page_header=False).replace(
        'width="600"', f'width="{css_width}"'
    )
    document.setHtml(html)
    body = QSizeF(page.width(), page.height() - header - footer)
    document.setPageSize(body)
    pages = document.pageCount()

    painter = QPainter(writer)
    small = QFont("DejaVu Sans", 8)
    for number in range(pages):
        if number:
            writer.newPage()
        painter.setFont(small)
        painter.drawText(
            QRectF(0, 0, page.width(), header * 0.6), Qt.AlignmentFlag.AlignLeft, doc.confidential
        )
        painter.drawText(
            QRectF(0, 0, page.width(), header * 0.6), Qt.AlignmentFlag.AlignRight, doc.title
        )
        painter.drawText(
            QRectF(0, page.height() - footer * 0.7, page.width(), footer * 0.7),
            Qt.AlignmentFlag.AlignCenter,
            doc.page_label.format(page=number + 1, pages=pages),
        )
        painter.save()
        painter.translate(0, header - number * body.height())
        document.drawContents(
            painter, QRectF(0, number * body.height(), body.width(), body.height())
        )
        painter.restore()
    painter.end()
    return pages
