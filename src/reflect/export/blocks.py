"""The building blocks of an exported document, independent of its format."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    # The figures behind each row's cells after its label, as numbers: charts
    # draw these, never the cells' text (written in the reader's locale).
    values: list[tuple[float, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class Bullets:
    items: list[str]


@dataclass(frozen=True)
class Chart:
    """A chart drawn by the charts module; text formats show ``table`` instead."""

    name: str  # "wellbeing" or "themes"
    title: str
    table: Table
    alt: str = ""  # what the chart shows, in words, for a screen reader


@dataclass(frozen=True)
class Blank:
    """Room to write by hand (the session's outcome)."""

    label: str
    lines: int = 4


@dataclass(frozen=True)
class Document:
    title: str
    confidential: str
    subtitle: str
    page_label: str = "{page} / {pages}"
    blocks: list = field(default_factory=list)
    language: str = "en"  # of the text: the PDF and the HTML page declare it
