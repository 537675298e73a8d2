"""Light, dark or the system's look, and a larger text size for tired eyes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


class Appearance:
    """Remembers the system's own style, palette and font so "system" can return to them."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.system_style = app.style().name()
        # Both return copies. QPalette's copy constructor is avoided: its
        # overloads build the whole Qt namespace first, 30 ms before the
        # unlock dialog can show (docs/performance.md).
        self.system_palette = app.palette()
        self.system_font = app.font()
        self._follow_system_text_size()

    def _follow_system_text_size(self) -> None:
        from reflect.gui.system_text_size import missing_factor, windows_text_scale

        factor = missing_factor(windows_text_scale(), self.system_font.pointSizeF())
        if factor > 1.0:
            if self.system_font.pointSizeF() > 0:
                self.system_font.setPointSizeF(self.system_font.pointSizeF() * factor)
            else:
                self.system_font.setPixelSize(round(self.system_font.pixelSize() * factor))

    def apply(self, appearance: str, text_scale: int) -> None:
        if appearance == "system":
            self.app.setStyle(QStyleFactory.create(self.system_style))
            self.app.setPalette(self.system_palette)
        else:
            self.app.setStyle(QStyleFactory.create("Fusion"))
            self.app.setPalette(dark_palette() if appearance == "dark" else light_palette())
        font = QFont(self.system_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(self.system_font.pointSizeF() * text_scale / 100)
        else:
            font.setPixelSize(round(self.system_font.pixelSize() * text_scale / 100))
        self.app.setFont(font)


def _palette(roles: dict) -> QPalette:
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    return _palette(
        {
            QPalette.ColorRole.Window: "#f4f4f2",
            QPalette.ColorRole.WindowText: "#1d1d1b",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#ecebe7",
            QPalette.ColorRole.Text: "#1d1d1b",
            QPalette.ColorRole.Button: "#e9e8e4",
            QPalette.ColorRole.ButtonText: "#1d1d1b",
            QPalette.ColorRole.Highlight: "#0072b2",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.PlaceholderText: "#6b6b66",
            QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#1d1d1b",
        }
    )


def dark_palette() -> QPalette:
    palette = _palette(
        {
            QPalette.ColorRole.Window: "#232629",
            QPalette.ColorRole.WindowText: "#e8e6e3",
            QPalette.ColorRole.Base: "#1b1e20",
            QPalette.ColorRole.AlternateBase: "#2d3135",
            QPalette.ColorRole.Text: "#e8e6e3",
            QPalette.ColorRole.Button: "#31363b",
            QPalette.ColorRole.ButtonText: "#e8e6e3",
            QPalette.ColorRole.Highlight: "#56b4e9",
            QPalette.ColorRole.HighlightedText: "#101214",
            QPalette.ColorRole.PlaceholderText: "#9a9893",
            QPalette.ColorRole.ToolTipBase: "#31363b",
            QPalette.ColorRole.ToolTipText: "#e8e6e3",
            QPalette.ColorRole.Link: "#56b4e9",
        }
    )
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7d79"))
    return palette
