"""Underlining possible patient identifiers as they are typed: a hint, never a block."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from reflect.domain.identifiers import find_identifiers


class IdentifierHighlighter(QSyntaxHighlighter):
    """Wavy-underlines every hit of the identifier check in one text field."""

    def __init__(self, document, watch_list: Callable[[], list[str]]) -> None:
        super().__init__(document)
        self._watch_list = watch_list
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor("#D55E00"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        for hit in find_identifiers(text, self._watch_list()):
            self.setFormat(hit.start, hit.end - hit.start, self._format)
