"""Charts draw the figures themselves, never the text a locale made of them.

The text of a cell is "3,5" in Swedish, "3.5" in English, and could be
"3 500" with a narrow space; the chart used to parse it back.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from reflect.export.blocks import Table
from reflect.export.charts import chart_image


def test_the_same_figures_draw_the_same_chart_whatever_their_text(qapp):
    figures = [(3.5, 2.0, 4.25), (1.0, 5.0, 2.5), (4.0, 4.0, 1.0)]
    days = ["1 mars", "2 mars", "3 mars"]
    english = Table(
        ["", "Mood", "Energy", "Stress"], [[d, "3.5", "2", "4.25"] for d in days], figures
    )
    odd = Table(
        ["", "Mood", "Energy", "Stress"], [[d, "x", "", "3\u202f500"] for d in days], figures
    )
    font = QFont()
    assert chart_image("wellbeing", english, 600, 300, font) == chart_image(
        "wellbeing", odd, 600, 300, font
    )
    lower = Table(english.header, english.rows, [(1.0, 1.0, 1.0)] * 3)
    assert chart_image("wellbeing", english, 600, 300, font) != chart_image(
        "wellbeing", lower, 600, 300, font
    )


def test_theme_bars_are_as_long_as_their_counts(qapp):
    font = QFont()
    counts = Table([], [["Closeness and distance", "12"], ["Stigma", "3"]], [(12.0,), (3.0,)])
    as_text_only = Table(
        [], [["Closeness and distance", "tolv"], ["Stigma", "tre"]], [(12.0,), (3.0,)]
    )
    assert chart_image("themes", counts, 500, 200, font) == chart_image(
        "themes", as_text_only, 500, 200, font
    )
