"""The outline as Markdown, inert: no renderer of the file loads or links anything.

Entries are the writer's own text and may hold anything: raw HTML, an
image in Markdown syntax, a bare web address. Every text is escaped so it
shows as typed: angle brackets and ampersands become entities (no HTML tag
survives), brackets and emphasis marks are backslash-escaped (no link or
image syntax survives), and the characters that let a renderer's
auto-linker recognise an address ("://", "www.", "@") become entities too.
"""

from __future__ import annotations

import re

from reflect.export.blocks import Blank, Bullets, Chart, Document, Heading, Paragraph, Table

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_BACKSLASHED = set("\\`*_[]!{}")
# One table for both, read by str.translate: a character at a time in Python
# took most of a 1,000-entry pack's Markdown.
_ESCAPES = str.maketrans({**{c: f"\\{c}" for c in _BACKSLASHED}, **_ENTITIES})
_AUTOLINK_PARTS = re.compile(r"://|(?<![\w.])www\.|@", re.IGNORECASE)
_LINE_START = re.compile(r"^(\s*)([#+\-]|\d+[.)])", re.MULTILINE)


def _autolink_part(match: re.Match[str]) -> str:
    part = match.group()
    if part == "://":
        return "&#58;//"
    if part == "@":
        return "&#64;"
    return part[:3] + "&#46;"


_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)


def inert(text: str) -> str:
    """``text`` escaped so that Markdown shows it as typed and makes nothing live of it."""
    escaped = text.translate(_ESCAPES)
    escaped = _AUTOLINK_PARTS.sub(_autolink_part, escaped)
    # A line that starts like a heading or a list item stays a line of text.
    escaped = _LINE_START.sub(
        lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], escaped
    )
    # Four spaces or a tab at a line's start would make it a code block.
    return _INDENT.sub(lambda m: m.group(0).replace(" ", "&#32;").replace("\t", "&#9;"), escaped)


def _table(table: Table) -> list[str]:
    def row(cells):
        return (
            "| " + " | ".join(inert(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |"
        )

    return [row(table.header), row(["---"] * len(table.header)), *(row(r) for r in table.rows), ""]


def render_markdown(doc: Document) -> str:
    lines = [
        f"# {inert(doc.title)}",
        "",
        f"**{inert(doc.confidential)}**",
        "",
        inert(doc.subtitle),
        "",
    ]
    for block in doc.blocks:
        if isinstance(block, Heading):
            lines += ["#" * block.level + " " + inert(block.text), ""]
        elif isinstance(block, Paragraph):
            lines += [f"*{inert(block.text)}*" if block.emphasis else inert(block.text), ""]
        elif isinstance(block, Table):
            lines += _table(block)
        elif isinstance(block, Chart):
            lines += [f"**{inert(block.title)}**", "", *_table(block.table)]
        elif isinstance(block, Bullets):
            lines += [f"- {inert(item)}" for item in block.items] + [""]
        elif isinstance(block, Blank):
            lines += [f"**{inert(block.label)}**", "", *(["_" * 60, ""] * block.lines)]
    lines += ["---", f"*{inert(doc.confidential)}*", ""]
    return "\n".join(lines)
