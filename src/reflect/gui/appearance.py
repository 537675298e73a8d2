"""Light, dark or the system's look, and a larger text size for tired eyes.

Everything is applied to the application at once (style, palette, font and
the one stylesheet made from the tokens), so a change while Reflect runs
reaches every widget, the sidebar and the chips included.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from reflect.gui.look.stylesheet import stylesheet
from reflect.gui.look.tokens import DARK, LIGHT, Colours


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
            self.system_font = scaled(self.system_font, factor)

    def follow_system_changes(self, reapply) -> None:
        """Call ``reapply()`` when the system turns high contrast or dark mode on or off."""
        hints = self.app.styleHints()
        hints.colorSchemeChanged.connect(lambda *_: reapply())
        accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(lambda *_: reapply())

    def system_wants(self) -> tuple[str, bool]:
        """The desktop's colour scheme ("light", "dark" or "unknown") and whether it
        asks for high contrast (Windows High Contrast, a desktop's contrast setting)."""
        hints = self.app.styleHints()
        scheme = {
            Qt.ColorScheme.Light: "light",
            Qt.ColorScheme.Dark: "dark",
        }.get(hints.colorScheme(), "unknown")
        accessibility = getattr(hints, "accessibility", None)
        high = (
            accessibility is not None
            and accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
        )
        return scheme, high

    def apply(self, appearance: str, text_scale: int) -> None:
        scheme, high_contrast = self.system_wants()
        appearance = effective_appearance(appearance, scheme, high_contrast, self.system_palette)
        # Each of these restyles every live widget: only what changed is set.
        style = self.system_style if appearance == "system" else "Fusion"
        if self.app.style().name().lower() != style.lower():
            self.app.setStyle(QStyleFactory.create(style))
        colours: Colours
        if appearance == "system":
            # The system's own colours, high contrast included, drive the tokens.
            colours = colours_of(self.system_palette)
            self.app.setPalette(self.system_palette)
        else:
            colours = DARK if appearance == "dark" else LIGHT
            self.app.setPalette(palette_of(colours))
        font = scaled(self.system_font, text_scale / 100)
        self.app.setFont(font)
        points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
        sheet = stylesheet(colours, points, text_scale / 100)
        if self.app.styleSheet() != sheet:
            self.app.setStyleSheet(sheet)


def effective_appearance(
    chosen: str, scheme: str, high_contrast: bool, system_palette: QPalette
) -> str:
    """The look to draw: a high-contrast system's own colours win over any choice
    (forced colours are the writer's need, not a taste); "system" on a desktop
    that is dark while its palette is light (many Linux styles) takes Reflect's dark."""
    if high_contrast:
        return "system"
    if chosen == "system" and scheme in ("light", "dark"):
        palette_is_dark = system_palette.color(QPalette.ColorRole.Window).lightness() < 128
        if palette_is_dark != (scheme == "dark"):
            return scheme
    return chosen


def scaled(font: QFont, factor: float) -> QFont:
    """A copy of ``font`` ``factor`` times as large, in points or, for a pixel font, pixels."""
    larger = QFont(font)
    if font.pointSizeF() > 0:
        larger.setPointSizeF(font.pointSizeF() * factor)
    else:
        larger.setPixelSize(round(font.pixelSize() * factor))
    return larger


def colours_of(palette: QPalette) -> Colours:
    """Tokens taken from a palette: the system's look keeps the system's colours."""

    def hex_of(role: QPalette.ColorRole) -> str:
        return palette.color(role).name()

    role = QPalette.ColorRole
    return Colours(
        window=hex_of(role.Window),
        surface=hex_of(role.Window),
        field=hex_of(role.Base),
        border=hex_of(role.Mid),
        text=hex_of(role.WindowText),
        muted=hex_of(role.PlaceholderText),
        accent=hex_of(role.Highlight),
        on_accent=hex_of(role.HighlightedText),
        nav=hex_of(role.AlternateBase),
        note=hex_of(role.ToolTipBase),
        on_note=hex_of(role.ToolTipText),
    )


def palette_of(c: Colours) -> QPalette:
    """The palette widgets without a look of their own draw with."""
    palette = QPalette()
    role = QPalette.ColorRole
    for colour_role, colour in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.field),
        (role.AlternateBase, c.surface),
        (role.Text, c.text),
        (role.Button, c.surface),
        (role.ButtonText, c.text),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.on_accent),
        (role.PlaceholderText, c.muted),
        (role.ToolTipBase, c.surface),
        (role.ToolTipText, c.text),
        (role.Link, c.accent),
        (role.Mid, c.border),
    ):
        palette.setColor(colour_role, QColor(colour))
    for text_role in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, text_role, QColor(c.muted))
    return palette
