"""The HTML pack has the PDF's structure: its language, headings, named charts and captioned tables."""

from __future__ import annotations

from html.parser import HTMLParser

from reflect.export.blocks import Chart, Document, Heading, Table
from reflect.export.html import render_html

WELLBEING = Table(
    ["Day", "Mood", "Energy", "Stress"],
    [["1 Dec", "3", "4", "2"], ["2 Dec", "4", "4", "1"]],
    [(3.0, 4.0, 2.0), (4.0, 4.0, 1.0)],
)


class Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def outline_of(page: str) -> Outline:
    parsed = Outline()
    parsed.feed(page)
    return parsed


def document() -> Document:
    doc = Document("Handledningsunderlag", "Konfidentiellt", "Period", language="sv")
    doc.blocks.extend(
        [
            Heading(2, "Mående"),
            Chart("wellbeing", "Mående över tid", WELLBEING, "Linjediagram över mående"),
        ]
    )
    return doc


def test_the_file_declares_its_language_and_names_each_chart_above_its_table():
    tags = outline_of(render_html(document(), inline_charts=True)).tags
    assert tags[0] == ("html", {"lang": "sv"})
    names = [tag for tag, _ in tags]
    assert names.index("h1") < names.index("h2") < names.index("figure")
    [svg] = [attrs for tag, attrs in tags if tag == "svg"]
    assert svg["role"] == "img" and svg["aria-label"] == "Linjediagram över mående"
    assert names.index("figcaption") < names.index("svg") < names.index("table")
    assert "caption" in names and "thead" in names
    assert all(attrs.get("scope") == "col" for tag, attrs in tags if tag == "th")


def test_the_preview_shows_the_table_alone_for_qts_rich_text():
    names = [tag for tag, _ in outline_of(render_html(document())).tags]
    assert "svg" not in names and "table" in names
