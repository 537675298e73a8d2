"""Windows's own "Text size" setting (Settings > Accessibility), followed by Reflect's fonts.

Windows keeps it as a percentage (100-225) in the registry. Whether Qt
already applies it to the font it gives the app has varied, so the extra
factor Reflect applies is what is still missing: the setting divided by
how far Qt's font already is above Windows's default of 9 points. Reflect's
own text size (Settings) multiplies on top, as it does elsewhere.
"""

from __future__ import annotations

import sys

WINDOWS_DEFAULT_POINTS = 9.0
ACCESSIBILITY_KEY = r"Software\Microsoft\Accessibility"


def windows_text_scale() -> int:
    """The "Text size" percentage, 100 when unset, unreadable or off Windows."""
    if sys.platform != "win32":
        return 100
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, ACCESSIBILITY_KEY) as key:
            value, _ = winreg.QueryValueEx(key, "TextScaleFactor")
    except OSError:
        return 100
    return max(100, min(225, int(value))) if isinstance(value, int) else 100


def missing_factor(text_scale_percent: int, font_points: float) -> float:
    """How much larger than Qt's font the text must be to honour the system's setting."""
    wanted = WINDOWS_DEFAULT_POINTS * text_scale_percent / 100
    if font_points <= 0:  # a pixel-sized font: Qt did not scale it
        return text_scale_percent / 100
    return max(1.0, wanted / max(font_points, WINDOWS_DEFAULT_POINTS))
