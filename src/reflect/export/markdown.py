"""The outline as Markdown."""

from __future__ import annotations

from reflect.export.blocks import Blank, Bullets, Chart, Document, Heading, Paragraph, Table


def _table(table: Table) -> list[str]:
    def row(cells):
        return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"

    return [row(table.header), row(["---"] * len(table.header)), *(row(r) for r in table.rows), ""]


def render_markdown(doc: Document) -> str:
    lines = [f"# {doc.title}", "", f"**{doc.confidential}**", "", doc.subtitle, ""]
    for block in doc.blocks:
        if isinstance(block, Heading):
            lines += ["#" * block.level + " " + block.text, ""]
        elif isinstance(block, Paragraph):
            lines += [f"*{block.text}*" if block.emphasis else block.text, ""]
        elif isinstance(block, Table):
            lines += _table(block)
        elif isinstance(block, Chart):
            lines += [f"**{block.title}**", "", *_table(block.table)]
        elif isinstance(block, Bullets):
            lines += [f"- {item}" for item in block.items] + [""]
        elif isinstance(block, Blank):
            lines += [f"**{block.label}**", "", *(["_" * 60, ""] * block.lines)]
    lines += ["---", f"*{doc.confidential}*", ""]
    return "\n".join(lines)
