"""The outline as a standalone HTML page (also the PDF's source)."""

from __future__ import annotations

import html

from reflect.export.blocks import Blank, Bullets, Chart, Document, Heading, Paragraph, Table

STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #1d1d1b; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin-top: 10pt; }
figure { margin: 6pt 0; } figure svg { max-width: 100%; height: auto; }
caption { text-align: left; font-size: 9pt; color: #555550; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; }
th, td { border: 1px solid #bbb; padding: 3pt 6pt; text-align: left; }
th { background: #ecebe7; }
.confidential { font-weight: bold; color: #9a4100; }
.blank { border-bottom: 1px solid #999; height: 18pt; }
"""


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _table(table: Table, caption: str = "") -> str:
    head = "".join(f'<th scope="col">{_e(c)}</th>' for c in table.header)
    body = "".join(
        "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in table.rows
    )
    titled = f"<caption>{_e(caption)}</caption>" if caption else ""
    return f"<table>{titled}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _figure(chart: Chart) -> str:
    """The chart drawn, named for a screen reader, above its figures as a table."""
    from reflect.export.chart_svg import chart_svg

    svg = chart_svg(chart.name, chart.table).replace(
        "<svg ", f'<svg role="img" aria-label="{html.escape(chart.alt or chart.title)}" ', 1
    )
    return f"<figure><figcaption><b>{_e(chart.title)}</b></figcaption>{svg}</figure>" + _table(
        chart.table, chart.title
    )


def render_html(
    doc: Document,
    chart_images: dict[str, str] | None = None,
    *,
    page_header: bool = True,
    confidential_line: bool = True,
    inline_charts: bool = False,
) -> str:
    """``chart_images`` maps a chart's name to an image URL; without one the chart's table is shown.

    ``confidential_line``: the closing line saying the document is private
    (the reader, on the writer's own screen, goes without it).
    ``inline_charts``: draw each chart as SVG inside the page (the HTML file;
    Qt's rich text, which shows the preview and prints, cannot).
    """
    chart_images = chart_images or {}
    parts = [f"<h1>{_e(doc.title)}</h1>"]
    if page_header:
        parts.append(f'<p class="confidential">{_e(doc.confidential)}</p>')
    parts.append(f"<p>{_e(doc.subtitle)}</p>")
    for block in doc.blocks:
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{_e(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            parts.append(
                f"<p><i>{_e(block.text)}</i></p>" if block.emphasis else f"<p>{_e(block.text)}</p>"
            )
        elif isinstance(block, Table):
            parts.append(_table(block))
        elif isinstance(block, Chart) and inline_charts:
            parts.append(_figure(block))
        elif isinstance(block, Chart):
            parts.append(f"<p><b>{_e(block.title)}</b></p>")
            if block.name in chart_images:
                parts.append(f'<p><img src="{chart_images[block.name]}" width="600"></p>')
            else:
                parts.append(_table(block.table))
        elif isinstance(block, Bullets):
            parts.append("<ul>" + "".join(f"<li>{_e(i)}</li>" for i in block.items) + "</ul>")
        elif isinstance(block, Blank):
            parts.append(f"<p><b>{_e(block.label)}</b></p>")
            parts.append(
                "<table width='100%'>"
                + "<tr><td class='blank'>&nbsp;</td></tr>" * block.lines
                + "</table>"
            )
    if confidential_line:
        parts.append(f"<p class='confidential'>{_e(doc.confidential)}</p>")
    body = "\n".join(parts)
    return (
        f"<!DOCTYPE html>\n<html lang='{_e(doc.language)}'><head><meta charset='utf-8'>"
        f"<title>{_e(doc.title)}</title><style>{STYLE}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )
