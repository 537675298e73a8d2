"""The item-data roles Reflect's lists share: one value each, everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt

# The entry behind a row: an Entry or an EntryRow (a list's light copy).
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
# The search snippet shown under a row.
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
