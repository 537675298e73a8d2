"""The note that says when something written may identify someone, placed under that field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QWidget

from reflect.domain.i18n import PLURAL, QT_TRANSLATE_NOOP
from reflect.domain.identifiers import find_identifiers
from reflect.gui.widgets.live_label import LiveLabel

SHOWN = 3  # named in the note; the rest are counted
HINT = QT_TRANSLATE_NOOP(
    "EntryEditor",
    "This may identify someone: {found}. Consider initials or a made-up name; "
    "a supervision pack will ask before it includes it.",
)
AND_MORE = PLURAL.translate("EntryEditor", "{shown} and %n more", None, 2)


class IdentifierHint(LiveLabel):
    """Hidden until a field holds a possible identifier; then sits under the first such field."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_for(
        self,
        places: Sequence[tuple[QWidget, Sequence[str]]],
        watch_list: Sequence[str],
        fallback: tuple[QBoxLayout, QWidget],
    ) -> None:
        """``places``: each field with the texts it holds, in the page's order;
        ``fallback``: the layout and widget to sit after when a field is not in a
        box layout of its own (the sharing section's form)."""
        first: QWidget | None = None
        hits = []
        for widget, texts in places:
            found = [hit for text in texts for hit in find_identifiers(text, watch_list)]
            if found and first is None:
                first = widget
            hits += found
        self.setVisible(bool(hits))
        if first is None:
            return
        names = ", ".join(hit.text for hit in hits[:SHOWN])
        if len(hits) > SHOWN:
            more = QCoreApplication.translate("EntryEditor", AND_MORE, None, len(hits) - SHOWN)
            names = more.format(shown=names)
        # The editor's context: the words were translated there first.
        self.setText(QCoreApplication.translate("EntryEditor", HINT).format(found=names))
        self._sit_after(first, fallback)

    def _sit_after(self, widget: QWidget, fallback: tuple[QBoxLayout, QWidget]) -> None:
        holder = widget.parentWidget()
        layout = holder.layout() if holder is not None else None
        if not (isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0):
            layout, widget = fallback
        if layout.indexOf(self) == layout.indexOf(widget) + 1:
            return
        parent = self.parentWidget()
        current = parent.layout() if parent is not None else None
        if current is not None:
            current.removeWidget(self)
        layout.insertWidget(layout.indexOf(widget) + 1, self)
        self.show()

    def go_home(self, layout: QBoxLayout, after: QWidget) -> None:
        """Back under ``after`` in ``layout`` (before the form it sat in is taken down)."""
        self._sit_after(after, (layout, after))
        self.hide()
