"""Comma-separated tags with completion from the tags already in the journal."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class TagCompleter(QCompleter):
    """Completes the tag being typed, after the last comma."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802
        field = self.widget()
        done = field.text().split(",")[:-1] if isinstance(field, QLineEdit) else []
        # Qt asks again on Enter after ↓ already put the tag in the field:
        # a tag already there is not added twice ("tired, tired,").
        return ", ".join(unique([*(t.strip() for t in done), index.data()])) + ", "


def unique(tags: list[str]) -> list[str]:
    """Each tag once, in the order written, whatever its case; empty ones dropped."""
    seen: set[str] = set()
    kept = []
    for tag in tags:
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            kept.append(tag)
    return kept


class TagField(QLineEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._model = QStringListModel(self)
        completer = TagCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def set_known_tags(self, tags: list[str]) -> None:
        self._model.setStringList(tags)

    def tags(self) -> list[str]:
        return unique([t.strip() for t in self.text().split(",")])

    def set_tags(self, tags) -> None:
        self.setText(", ".join(tags))
