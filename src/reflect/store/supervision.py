"""Supervision sessions, notes per period and the export log."""

from __future__ import annotations

import json
from datetime import date, datetime

from reflect.domain.period import Period
from reflect.domain.supervision import (
    AgreedAction,
    ExportRecord,
    SessionForm,
    SupervisionSession,
)
from reflect.store.handle import DatabaseHandle
from reflect.store.transactions import writing


class SupervisionStore:
    def __init__(self, db: DatabaseHandle) -> None:
        self._db = db

    def save_session(self, session: SupervisionSession) -> None:
        actions = [a.as_dict() for a in session.actions]
        with writing(self._db):
            self._db.execute(
                "INSERT INTO supervision_sessions (uuid, held_on, notes, actions, minutes, form) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (uuid) DO UPDATE SET held_on = excluded.held_on, "
                "notes = excluded.notes, actions = excluded.actions, "
                "minutes = excluded.minutes, form = excluded.form",
                [
                    session.uuid,
                    session.held_on.isoformat(),
                    session.notes,
                    json.dumps(actions, ensure_ascii=False),
                    session.minutes,
                    session.form.value,
                ],
            )

    def sessions(self) -> list[SupervisionSession]:
        """Newest first."""
        rows = self._db.execute(
            "SELECT uuid, held_on, notes, actions, minutes, form FROM supervision_sessions "
            "ORDER BY held_on DESC, rowid DESC"
        )
        return [
            SupervisionSession(
                held_on=date.fromisoformat(held_on),
                notes=notes,
                actions=tuple(AgreedAction.from_dict(a) for a in json.loads(actions)),
                uuid=uuid,
                minutes=minutes,
                form=SessionForm(form),
            )
            for uuid, held_on, notes, actions, minutes, form in rows
        ]

    def delete_session(self, uuid: str) -> None:
        with writing(self._db):
            self._db.execute("DELETE FROM supervision_sessions WHERE uuid = ?", [uuid])

    def period_note(self, period: Period) -> str:
        row = self._db.execute(
            "SELECT text FROM period_notes WHERE date_from = ? AND date_to = ?",
            [period.start.isoformat(), period.end.isoformat()],
        ).fetchone()
        return row[0] if row else ""

    def set_period_note(self, period: Period, text: str) -> None:
        with writing(self._db):
            if text.strip():
                self._db.execute(
                    "INSERT INTO period_notes (date_from, date_to, text) VALUES (?, ?, ?) "
                    "ON CONFLICT (date_from, date_to) DO UPDATE SET text = excluded.text",
                    [period.start.isoformat(), period.end.isoformat(), text],
                )
            else:
                self._db.execute(
                    "DELETE FROM period_notes WHERE date_from = ? AND date_to = ?",
                    [period.start.isoformat(), period.end.isoformat()],
                )

    def log_export(self, record: ExportRecord) -> None:
        with writing(self._db):
            self._db.execute(
                "INSERT INTO export_log (made_at, date_from, date_to, format, entry_count) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    record.made_at.isoformat(),
                    record.date_from.isoformat(),
                    record.date_to.isoformat(),
                    record.format,
                    record.entry_count,
                ],
            )

    def exports(self) -> list[ExportRecord]:
        rows = self._db.execute(
            "SELECT made_at, date_from, date_to, format, entry_count FROM export_log ORDER BY id DESC"
        )
        return [
            ExportRecord(
                datetime.fromisoformat(m), date.fromisoformat(f), date.fromisoformat(t), fmt, n
            )
            for m, f, t, fmt, n in rows
        ]
