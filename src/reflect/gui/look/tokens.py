"""The design tokens: every colour, text size and space the window uses, in one place.

Calm, warm neutrals with one accent; the kind colours stay those of
gui.kind_style (Okabe-Ito, colour-blind safe, always with a symbol). Text
on every background here passes WCAG AA (tests/gui/test_look.py measures
it), in both appearances. Sizes are factors of the body text, so Reflect's
own text size and the system's scale everything together.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colours:
    window: str  # behind everything
    surface: str  # cards and sections
    field: str  # where one types
    border: str
    text: str
    muted: str  # secondary text: hints, dates, the figures beside a sentence
    accent: str  # the chosen page, the chosen answer, the focus ring
    on_accent: str  # text on the accent
    nav: str  # the sidebar
    note: str  # a gentle note (risk reminder, demo banner)
    on_note: str


LIGHT = Colours(
    window="#f3f1ec",
    surface="#fbfaf7",
    field="#ffffff",
    border="#d9d5cc",
    text="#1f1e1b",
    muted="#5c5a54",
    accent="#005f96",
    on_accent="#ffffff",
    nav="#e9e6df",
    note="#f6edc8",
    on_note="#1f1e1b",
)

DARK = Colours(
    window="#1c1e21",
    surface="#25282c",
    field="#17191c",
    border="#3b4046",
    text="#ebe8e3",
    muted="#b3afa7",
    accent="#6cbfee",
    on_accent="#0e1114",
    nav="#202327",
    note="#4a4222",
    on_note="#f4efe0",
)

# Multiples of the body text's size.
TYPE = {"small": 0.9, "body": 1.0, "heading": 1.12, "nav": 1.1, "title": 1.45}

# Pixels at 100 %, scaled with the text.
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}
RADIUS = 8
FOCUS_WIDTH = 2


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio of two #rrggbb colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
