"""The line under the editor that says when something written may identify someone."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from reflect.domain.identifiers import find_identifiers


class IdentifierHint(QLabel):
    """Hidden until a text holds a possible identifier; then names the first few."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_for(self, texts: Iterable[str], watch_list: Sequence[str]) -> None:
        hits = [hit for text in texts for hit in find_identifiers(text, watch_list)]
        self.setVisible(bool(hits))
        if hits:
            # The editor's context: the words were translated there first.
            self.setText(
                QCoreApplication.translate(
                    "EntryEditor",
                    "This may identify someone: {found}. Consider initials or a made-up name; "
                    "a supervision pack will ask before it includes it.",
                ).format(found=", ".join(hit.text for hit in hits[:3]))
            )
