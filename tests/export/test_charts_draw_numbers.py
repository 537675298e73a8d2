"""Charts draw the figures themselves, never the text a locale made of them.

The text of a cell is "3,5" in Swedish, "3.5" in English, and could be
"3 500" with a narrow space; the chart used to parse it back. Both drawings
are held to it: the SVG of the PDF and HTML file, and the chart on screen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from reflect.export.blocks import Table
from reflect.export.chart_svg import chart_svg
from reflect.export.charts import PAINTERS

FIGURES = [(3.5, 2.0, 4.25), (1.0, 5.0, 2.5), (4.0, 4.0, 1.0)]
DAYS = ["1 mars", "2 mars", "3 mars"]
ENGLISH = Table(["", "Mood", "Energy", "Stress"], [[d, "3.5", "2", "4.25"] for d in DAYS], FIGURES)
ODD = Table(["", "Mood", "Energy", "Stress"], [[d, "x", "", "3\u202f500"] for d in DAYS], FIGURES)
LOWER = Table(ENGLISH.header, ENGLISH.rows, [(1.0, 1.0, 1.0)] * 3)
COUNTS = Table([], [["Closeness and distance", "12"], ["Stigma", "3"]], [(12.0,), (3.0,)])
AS_WORDS = Table([], [["Closeness and distance", "tolv"], ["Stigma", "tre"]], [(12.0,), (3.0,)])


def on_screen(name: str, table: Table) -> QImage:
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    PAINTERS[name](painter, QRectF(0, 0, 600, 300), table, QFont())
    painter.end()
    return image


def test_the_same_figures_draw_the_same_chart_whatever_their_text(qapp):
    assert chart_svg("wellbeing", ENGLISH) == chart_svg("wellbeing", ODD)
    assert chart_svg("wellbeing", ENGLISH) != chart_svg("wellbeing", LOWER)
    assert on_screen("wellbeing", ENGLISH) == on_screen("wellbeing", ODD)
    assert on_screen("wellbeing", ENGLISH) != on_screen("wellbeing", LOWER)


def test_theme_bars_are_as_long_as_their_counts(qapp):
    assert chart_svg("themes", COUNTS) == chart_svg("themes", AS_WORDS)
    assert on_screen("themes", COUNTS) == on_screen("themes", AS_WORDS)
    widths = [
        float(w)
        for w in re.findall(
            r'<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"', chart_svg("themes", COUNTS)
        )
    ]
    assert widths[0] == 4 * widths[1]


def test_a_name_in_a_chart_is_text_never_markup():
    table = Table(
        ["", "<b>", "Energy", "Stress"], [["</svg><script>", "1", "1", "1"]], [(1.0, 1.0, 1.0)]
    )
    svg = chart_svg("wellbeing", table)
    assert "<script>" not in svg and "&lt;/svg&gt;&lt;script&gt;" in svg and "&lt;b&gt;" in svg
