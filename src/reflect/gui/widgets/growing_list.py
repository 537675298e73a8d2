"""A list that asks for only its fewest rows and takes the height it is given.

A page whose flowing chips make its height depend on its width asks each
part for its preferred height; a list's preferred height (all it holds)
made Today taller than a 720-pixel window even where three rows would do.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListWidget


class GrowingList(QListWidget):
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self.minimumHeight())
