"""Reading and writing the shift log (activity counts per day)."""

from __future__ import annotations

from datetime import date
from typing import cast

from reflect.domain.shift_log import Activity
from reflect.store.handle import DatabaseHandle
from reflect.store.transactions import writing


class ShiftLogStore:
    def __init__(self, db: DatabaseHandle) -> None:
        self._db = db

    def set_count(self, day: date, activity: Activity, count: int) -> None:
        """Record how many times ``activity`` happened on ``day``; 0 removes it (and its name)."""
        with writing(self._db):
            if count == 0:
                self._db.execute(
                    "DELETE FROM shift_log WHERE day = ? AND activity = ?",
                    [day.isoformat(), activity.value],
                )
                if activity is Activity.OTHER:
                    self._db.execute("DELETE FROM shift_log_other WHERE day = ?", [day.isoformat()])
            else:
                self._db.execute(
                    "INSERT INTO shift_log (day, activity, count) VALUES (?, ?, ?) "
                    "ON CONFLICT (day, activity) DO UPDATE SET count = excluded.count",
                    [day.isoformat(), activity.value, count],
                )

    def day(self, day: date) -> dict[Activity, int]:
        rows = self._db.execute(
            "SELECT activity, count FROM shift_log WHERE day = ?", [day.isoformat()]
        )
        return {Activity(a): n for a, n in rows}

    def totals(self, start: date, end: date) -> dict[Activity, int]:
        rows = self._db.execute(
            "SELECT activity, sum(count) FROM shift_log WHERE day BETWEEN ? AND ? GROUP BY activity",
            [start.isoformat(), end.isoformat()],
        )
        return {Activity(a): n for a, n in rows}

    def days_logged(self, start: date, end: date) -> int:
        return cast(
            int,
            self._db.execute(
                "SELECT count(DISTINCT day) FROM shift_log WHERE day BETWEEN ? AND ?",
                [start.isoformat(), end.isoformat()],
            ).fetchone()[0],
        )

    def rows(self) -> list[tuple[date, Activity, int]]:
        rows = self._db.execute("SELECT day, activity, count FROM shift_log ORDER BY day, activity")
        return [(date.fromisoformat(d), Activity(a), n) for d, a, n in rows]

    def set_other_name(self, day: date, name: str) -> None:
        """What "Other" was on ``day``; "" forgets it."""
        with writing(self._db):
            if not name:
                self._db.execute("DELETE FROM shift_log_other WHERE day = ?", [day.isoformat()])
            else:
                self._db.execute(
                    "INSERT INTO shift_log_other (day, name) VALUES (?, ?) "
                    "ON CONFLICT (day) DO UPDATE SET name = excluded.name",
                    [day.isoformat(), name],
                )

    def other_name(self, day: date) -> str:
        row = self._db.execute(
            "SELECT name FROM shift_log_other WHERE day = ?", [day.isoformat()]
        ).fetchone()
        return cast(str, row[0]) if row else ""

    def other_names(self, start: date, end: date) -> list[str]:
        """The period's names for "Other", each once, in the order first given."""
        rows = self._db.execute(
            "SELECT name FROM shift_log_other WHERE day BETWEEN ? AND ? "
            "GROUP BY name ORDER BY min(day), name",
            [start.isoformat(), end.isoformat()],
        )
        return [name for (name,) in rows]

    def other_rows(self) -> list[tuple[date, str]]:
        rows = self._db.execute("SELECT day, name FROM shift_log_other ORDER BY day")
        return [(date.fromisoformat(d), name) for d, name in rows]
