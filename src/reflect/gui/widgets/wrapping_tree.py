"""Tree rows that grow to wrapped text instead of cutting long names off.

QTreeView asks its delegate for a row's height without saying how wide the
row is, so word wrap never takes effect there and at 200 % text theme names
ended in "…". This delegate measures each row at the width the tree gives it,
and the tree lays its rows out again when that width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingTreeDelegate(QStyledItemDelegate):
    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())

    def sizeHint(self, option, index):  # noqa: N802 - Qt's name
        measured = QStyleOptionViewItem(option)
        self.initStyleOption(measured, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        # The root level is indented too when it shows expand arrows.
        levels = depth + (1 if self._tree.rootIsDecorated() else 0)
        width = self._tree.columnWidth(index.column()) - levels * self._tree.indentation()
        # Qt's style wraps only within a valid rectangle: a height is needed too.
        measured.rect = QRect(0, 0, max(width, 1), measured.fontMetrics.height())
        measured.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(measured, index)
