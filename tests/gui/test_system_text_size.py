"""Windows's "Text size" setting makes Reflect's text larger, once, whether or not Qt applied it."""

from __future__ import annotations

import pytest

from reflect.gui import system_text_size
from reflect.gui.appearance import Appearance
from reflect.gui.system_text_size import missing_factor


@pytest.mark.parametrize(
    ("percent", "qt_points", "factor"),
    [
        (100, 9.0, 1.0),  # nothing set
        (150, 9.0, 1.5),  # Qt gave the default font: all of it is missing
        (150, 13.5, 1.0),  # Qt already scaled it: nothing more
        (200, 12.0, 1.5),  # partly
        (125, 10.0, 1.125),  # a larger default font
        (100, 12.0, 1.0),  # never smaller than Qt's font
    ],
)
def test_the_missing_factor(percent, qt_points, factor):
    assert missing_factor(percent, qt_points) == pytest.approx(factor)


def test_off_windows_the_setting_reads_as_100():
    assert system_text_size.windows_text_scale() == 100


def test_the_app_font_follows_the_system_setting_and_reflects_own_size(qapp, monkeypatch):
    original = qapp.font()
    try:
        monkeypatch.setattr(system_text_size, "windows_text_scale", lambda: 200)
        appearance = Appearance(qapp)
        expected = max(original.pointSizeF(), 18.0)
        assert appearance.system_font.pointSizeF() == pytest.approx(expected)
        appearance.apply("system", 125)  # Reflect's own setting multiplies on top
        assert qapp.font().pointSizeF() == pytest.approx(expected * 1.25)
    finally:
        qapp.setFont(original)
