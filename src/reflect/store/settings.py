"""Settings that belong to a journal and so stay inside its encryption."""

from __future__ import annotations

import json
from typing import Any

from reflect.store.handle import DatabaseHandle
from reflect.store.transactions import writing


class JournalSettings:
    def __init__(self, db: DatabaseHandle) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        with writing(self._db):
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value, ensure_ascii=False)],
            )

    def all(self) -> dict[str, Any]:
        return {
            key: json.loads(value)
            for key, value in self._db.execute("SELECT key, value FROM settings")
        }
