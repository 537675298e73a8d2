"""Translated labels for the core's marked constants."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reflect.domain.kinds import Kind, kind_spec


def kind_label(kind: Kind | str) -> str:
    return QCoreApplication.translate("EntryKinds", kind_spec(kind).label)


def entry_kinds_text(text: str) -> str:
    """Any label marked under the EntryKinds context (field questions, choices)."""
    return QCoreApplication.translate("EntryKinds", text)
