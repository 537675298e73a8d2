"""Pages that scroll rather than squeeze: at 200 % text nothing gets cut off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QVBoxLayout, QWidget


def fill_with_scrolling(
    page: QWidget, *parts, max_width: int | None = None, stretch: bool = True
) -> QWidget:
    """Stack ``parts`` (widgets or layouts) top to bottom in a scroll area filling ``page``.

    ``stretch``: empty space goes below the parts; without it the last part
    grows into it (a page whose lists should use a tall window).
    The page scrolls up and down only: a part too wide is a layout to fix,
    not something to scroll sideways to."""
    content = QWidget()
    if max_width:
        content.setMaximumWidth(max_width)
    layout = QVBoxLayout(content)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    if stretch:
        layout.addStretch(1)
    else:
        layout.setStretch(layout.count() - 1, 1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    # Not a tab stop of its own: focus moving into the page scrolls it, and
    # an unnamed stop between controls only confuses a screen reader.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return content
