"""The outline as a typeset, tagged PDF (PDF/UA-1), made by Typst without Qt.

The pack's text reaches the template only as JSON data in ``sys.inputs``:
nothing a writer typed is spliced into Typst markup, so no entry can add
markup or make the template read a file. Only the fonts inside Typst are
used (and embedded), so a pack looks the same from every computer.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from importlib.resources import as_file
from pathlib import Path
from typing import Final

from reflect.export.blocks import Blank, Bullets, Chart, Document, Heading, Paragraph, Table
from reflect.export.chart_svg import chart_svg
from reflect.resources import resource

PDF_STANDARD: Final = "ua-1"
# PDF/UA refuses a character no embedded font can show; such a character
# (an emoji, say) is printed as this instead, and the pack is still made.
STAND_IN = "?"
UNDISPLAYABLE = re.compile(r"the text `\"(.+?)\"` could not be displayed", re.S)
PICTOGRAPHS = re.compile("[\U0001f000-\U0010ffff\u2600-\u27bf\ufe0f\u200d]")


def pack_data(doc: Document) -> str:
    """The document as the JSON the template reads."""
    return json.dumps(
        {
            "title": doc.title,
            "confidential": doc.confidential,
            "subtitle": doc.subtitle,
            "page_label": doc.page_label,
            "language": doc.language,
            "blocks": _kept_together(doc.blocks),
        },
        ensure_ascii=False,
    )


def _kept_together(blocks: list) -> list[dict]:
    """The blocks as data; a heading and the room to write under it stay on one page,
    so the last page is never a lone box for notes."""
    out: list[dict] = []
    level = 1  # the title
    for block in blocks:
        if isinstance(block, Heading):
            # PDF/UA allows no skipped level: an H3 straight after the title becomes an H2.
            level = min(block.level, level + 1)
            out.append({"type": "heading", "level": level, "text": block.text})
            continue
        if isinstance(block, Blank) and out and out[-1]["type"] in ("heading", "together"):
            last = out.pop()
            parts = last["parts"] if last["type"] == "together" else [last]
            out.append({"type": "together", "parts": [*parts, _block(block)]})
        else:
            out.append(_block(block))
    return out


def _table(table: Table) -> dict:
    return {"type": "table", "header": table.header, "rows": table.rows}


def _block(block: object) -> dict:
    """Every block but a heading, which ``_kept_together`` writes with its level checked."""
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "text": block.text, "emphasis": block.emphasis}
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Chart):
        return {
            "type": "chart",
            "title": block.title,
            "alt": block.alt or block.title,
            "svg": chart_svg(block.name, block.table),
            "table": _table(block.table),
        }
    if isinstance(block, Bullets):
        return {"type": "bullets", "items": block.items}
    if isinstance(block, Blank):
        return {"type": "blank", **asdict(block)}
    raise TypeError(f"no PDF form for {type(block).__name__}")


def render_pdf(doc: Document) -> bytes:
    import typst  # loaded only when a PDF is made

    data = pack_data(doc)
    with as_file(resource("typst", "pack.typ")) as template:
        for _attempt in range(50):
            try:
                return typst.compile(
                    str(template),
                    root=str(template.parent),
                    sys_inputs={"pack": data},
                    pdf_standards=[PDF_STANDARD],
                    ignore_system_fonts=True,
                )
            except typst.TypstError as error:
                missing = UNDISPLAYABLE.search(str(error))
                if missing is None:
                    raise
                # One error names one run of text; pictographs come in many,
                # so the first one stands in for all of them at once.
                data = PICTOGRAPHS.sub(STAND_IN, data)
                for character in set(missing.group(1)) - {STAND_IN}:
                    data = data.replace(character, STAND_IN)
    raise RuntimeError("the pack holds too many characters no font can show")


def write_pdf(doc: Document, path: Path) -> int:
    """Write ``doc`` to ``path``; return the number of pages."""
    pdf = render_pdf(doc)
    Path(path).write_bytes(pdf)
    return page_count(pdf)


def page_count(pdf: bytes) -> int:
    found = re.search(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf) or re.search(
        rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf
    )
    return int(found.group(1)) if found else 0
