"""Reading and writing wellbeing check-ins."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from reflect.domain.checkin import CheckIn
from reflect.store.handle import DatabaseHandle
from reflect.store.transactions import writing


class CheckInStore:
    def __init__(self, db: DatabaseHandle) -> None:
        self._db = db

    def add(self, checkin: CheckIn) -> None:
        with writing(self._db):
            self._db.execute(
                "INSERT INTO checkins (uuid, at, day, mood, energy, stress, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    checkin.uuid,
                    checkin.at.isoformat(),
                    # The writer's own calendar day, for grouping by day.
                    checkin.at.date().isoformat(),
                    checkin.mood,
                    checkin.energy,
                    checkin.stress,
                    checkin.note,
                ],
            )

    def between(self, start: date, end: date) -> list[CheckIn]:
        """Check-ins whose day falls in ``start``..``end``, oldest first."""
        rows = self._db.execute(
            "SELECT uuid, at, mood, energy, stress, note FROM checkins "
            "WHERE day BETWEEN ? AND ? ORDER BY at, id",
            [start.isoformat(), end.isoformat()],
        )
        return [
            CheckIn(uuid=u, at=datetime.fromisoformat(at), mood=m, energy=e, stress=s, note=n)
            for u, at, m, e, s, n in rows
        ]

    def replace(self, checkin: CheckIn) -> None:
        with writing(self._db):
            self._db.execute(
                "UPDATE checkins SET at = ?, day = ?, mood = ?, energy = ?, stress = ?, note = ? WHERE uuid = ?",
                [
                    checkin.at.isoformat(),
                    checkin.at.date().isoformat(),
                    checkin.mood,
                    checkin.energy,
                    checkin.stress,
                    checkin.note,
                    checkin.uuid,
                ],
            )

    def uuids(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT uuid FROM checkins")}

    def delete(self, uuid: str) -> bool:
        with writing(self._db):
            return cast(
                bool, self._db.execute("DELETE FROM checkins WHERE uuid = ?", [uuid]).rowcount > 0
            )
