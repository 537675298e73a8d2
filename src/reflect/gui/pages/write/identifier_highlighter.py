"""Underlining possible patient identifiers as they are typed: a hint, never a block."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from reflect.domain.identifiers.incremental import IncrementalScan


class IdentifierHighlighter(QSyntaxHighlighter):
    """Wavy-underlines every hit of the identifier check in one text field.

    Qt hands over a whole paragraph at each keystroke; each paragraph keeps
    its scan, so only the part around the keystroke is looked at again.
    """

    def __init__(self, document, watch_list: Callable[[], list[str]]) -> None:
        super().__init__(document)
        self._watch_list = watch_list
        self._scans: dict[int, IncrementalScan] = {}
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor("#D55E00"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        # Keyed by paragraph number: after a new line a scan may meet another
        # paragraph's text, which it then simply scans whole.
        number = self.currentBlock().blockNumber()
        scan = self._scans.setdefault(number, IncrementalScan())
        if len(self._scans) > 2 * self.document().blockCount() + 16:
            self._scans = {number: scan}
        for hit in scan.hits(text, self._watch_list()):
            self.setFormat(hit.start, hit.end - hit.start, self._format)
