"""Choosing the kind of an entry: a menu of the six kinds, never a selector keys can flip.

The editor's kind used to be a combo box: with the focus on it, a letter or
an arrow key changed the kind by accident. A menu only changes it when a
person opens it (a click, Space or Enter) and picks a kind. The same menu
opens on Ctrl+N, with the digits 1–6 as quick keys.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from reflect.domain.kinds import Kind
from reflect.gui.kind_style import kind_icon
from reflect.gui.labels import kind_label


def kind_menu(parent: QWidget, chosen) -> QMenu:
    """A menu of the six kinds; ``chosen(kind)`` is called with the one picked."""
    menu = QMenu(parent)
    menu.setAccessibleName(QCoreApplication.translate("KindMenu", "Kind of entry"))
    for kind in Kind:
        action = menu.addAction(kind_icon(kind), "")
        action.setData(kind.value)
        action.triggered.connect(lambda _checked=False, k=kind: chosen(k))
    label_kinds(menu)
    return menu


def kind_shortcut(kind: Kind) -> QKeySequence:
    """Ctrl+1 … Ctrl+6: the kind menu's own digits, from anywhere in the window."""
    return QKeySequence(f"Ctrl+{list(Kind).index(kind) + 1}")


def add_kind_shortcuts(window: QWidget, menu: QMenu, chosen) -> list[QAction]:
    """A "New entry" submenu of ``menu`` with each kind on its shortcut."""
    submenu = menu.addMenu(QCoreApplication.translate("KindMenu", "New entry of kind"))
    actions = []
    for kind in Kind:
        action = QAction(kind_icon(kind), kind_label(kind), window)
        action.setShortcut(kind_shortcut(kind))
        action.setToolTip(
            QCoreApplication.translate("KindMenu", "New entry: {kind}").format(
                kind=kind_label(kind)
            )
        )
        action.triggered.connect(lambda _checked=False, k=kind: chosen(k.value))
        submenu.addAction(action)
        actions.append(action)
    return actions


def label_kinds(menu: QMenu) -> None:
    """Each kind's name with its quick key, in the interface's language now."""
    for number, action in enumerate(menu.actions(), start=1):
        action.setText(f"&{number}  {kind_label(action.data())}")


class KindButton(QToolButton):
    """Shows the entry's kind; opens the kind menu when a person asks for it."""

    kind_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kind = Kind.SHIFT_REFLECTION
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Opened with popup(), not a tool button menu: that one runs a nested
        # event loop inside the click, which nothing else can answer.
        self.kind_menu = kind_menu(self, lambda kind: self.kind_chosen.emit(kind.value))
        self.clicked.connect(self.open_menu)
        self.show_kind(self._kind)

    def open_menu(self) -> None:
        label_kinds(self.kind_menu)  # the language may have changed since the menu was made
        self.kind_menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        current = next(a for a in self.kind_menu.actions() if a.data() == self._kind.value)
        self.kind_menu.setActiveAction(current)

    def kind(self) -> Kind:
        return self._kind

    def show_kind(self, kind: Kind) -> None:
        self._kind = Kind(kind)
        self.setIcon(kind_icon(self._kind))
        self.setText(f"{kind_label(self._kind)} ▾")
        self.setAccessibleName(self.tr("Kind of entry: {kind}").format(kind=kind_label(self._kind)))
        self.setToolTip(self.tr("Change the kind of this entry"))
