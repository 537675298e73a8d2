"""The application's one stylesheet, made from the tokens at the current text size.

Applied to the whole application, so a change of appearance or text size
restyles every widget at once (per-widget styles and fonts, set once when a
widget was made, were what half-applied). Widgets ask for a role with the
``look`` property ("choice", "chip", "heading", "title", "muted", "note",
"nav", "error") instead of carrying styles of their own.
"""

from __future__ import annotations

from reflect.gui.look.tokens import FOCUS_WIDTH, RADIUS, SPACE, TYPE, Colours


def stylesheet(c: Colours, body_points: float, scale: float) -> str:
    """``body_points``: the body text's size; ``scale``: how much larger than 100 % spaces are."""

    def pt(role: str) -> str:
        return f"{body_points * TYPE[role]:.1f}pt"

    def px(space: str) -> str:
        return f"{round(SPACE[space] * scale)}px"

    radius = f"{round(RADIUS * scale)}px"
    return f"""
QMainWindow, QDialog {{ background: {c.window}; }}
QGroupBox {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {radius};
    margin-top: {pt("heading")}; padding: {px("m")} {px("m")} {px("s")} {px("m")};
    font-size: {pt("heading")}; font-weight: 600; color: {c.text};
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left;
    left: {px("s")}; padding: 0 {px("xs")}; color: {c.text};
}}
QAbstractItemView, QPlainTextEdit, QTextEdit {{
    border: {FOCUS_WIDTH}px solid {c.border}; border-radius: {round(RADIUS * scale * 0.5)}px;
}}
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {c.accent}; }}
QListWidget[look="nav"] {{
    background: {c.nav}; border: none; border-right: 1px solid {c.border};
    font-size: {pt("nav")}; color: {c.text}; padding-top: {px("s")};
}}
QListWidget[look="nav"]::item {{ padding: {px("s")} {px("m")}; border-radius: {radius}; margin: 1px {px("xs")}; }}
QListWidget[look="nav"]::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QListWidget[look="nav"]:focus {{ border-right: {FOCUS_WIDTH}px solid {c.accent}; }}
QLabel[look="title"] {{ font-size: {pt("title")}; font-weight: 700; color: {c.text}; }}
QLabel[look="heading"] {{ font-size: {pt("heading")}; font-weight: 600; color: {c.text}; }}
QLabel[look="muted"] {{ font-size: {pt("small")}; color: {c.muted}; }}
QLabel[look="error"] {{ font-weight: 600; color: {c.text}; }}
QLabel[look="banner"] {{
    background: {c.note}; color: {c.on_note}; font-weight: 600; padding: {px("s")} {px("m")};
}}
QFrame[look="note"] {{ background: {c.note}; border-radius: {radius}; }}
QFrame[look="note"] QLabel {{ color: {c.on_note}; }}
QRadioButton[look="choice"], QPushButton[look="chip"] {{
    background: {c.field}; color: {c.text}; border: 1px solid {c.border};
    padding: {px("xs")} {px("m")};
}}
QRadioButton[look="choice"] {{ border-radius: {round(RADIUS * scale * 0.75)}px; }}
QRadioButton[look="choice"]::indicator {{ width: 0px; height: 0px; margin: 0px; border: none; }}
QPushButton[look="chip"] {{ border-radius: {round(SPACE["m"] * scale)}px; }}
QRadioButton[look="choice"]:checked, QPushButton[look="chip"]:checked {{
    background: {c.accent}; color: {c.on_accent}; border-color: {c.accent}; font-weight: 600;
}}
QRadioButton[look="choice"]:focus, QPushButton[look="chip"]:focus {{
    border: {FOCUS_WIDTH}px solid {c.accent};
}}
QRadioButton[look="choice"]:checked:focus, QPushButton[look="chip"]:checked:focus {{
    border: {FOCUS_WIDTH}px solid {c.text};
}}
"""
