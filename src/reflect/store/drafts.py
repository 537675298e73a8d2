"""Autosaved editor drafts, kept inside the encrypted journal."""

from __future__ import annotations

import json
from datetime import datetime

from reflect.domain.drafts import Draft
from reflect.store.handle import DatabaseHandle
from reflect.store.transactions import writing


class DraftStore:
    def __init__(self, db: DatabaseHandle) -> None:
        self._db = db

    def save(self, draft: Draft) -> None:
        with writing(self._db):
            self._db.execute(
                "INSERT INTO drafts (uuid, entry_uuid, kind, payload, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET "
                "entry_uuid = excluded.entry_uuid, kind = excluded.kind, "
                "payload = excluded.payload, updated_at = excluded.updated_at",
                [
                    draft.uuid,
                    draft.entry_uuid,
                    draft.kind,
                    json.dumps(draft.payload, ensure_ascii=False),
                    draft.updated_at.isoformat(),
                ],
            )

    def all(self) -> list[Draft]:
        rows = self._db.execute(
            "SELECT uuid, entry_uuid, kind, payload, updated_at FROM drafts ORDER BY updated_at"
        )
        return [
            Draft(
                uuid=u,
                entry_uuid=e,
                kind=k,
                payload=json.loads(p),
                updated_at=datetime.fromisoformat(t),
            )
            for u, e, k, p, t in rows
        ]

    def discard(self, uuid: str) -> None:
        with writing(self._db):
            self._db.execute("DELETE FROM drafts WHERE uuid = ?", [uuid])
