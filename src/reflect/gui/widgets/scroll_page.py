"""Pages that scroll rather than squeeze: at 200 % text nothing gets cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QScrollArea, QVBoxLayout, QWidget


def fill_with_scrolling(page: QWidget, *parts, max_width: int | None = None) -> QWidget:
    """Stack ``parts`` (widgets or layouts) top to bottom in a scroll area filling ``page``."""
    content = QWidget()
    if max_width:
        content.setMaximumWidth(max_width)
    layout = QVBoxLayout(content)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return content
