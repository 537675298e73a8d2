"""Supervision: sessions and their time, the actions agreed in them, and the record
of what was exported for them.

An action agreed in a session is carried into every pack after it, with its
status, until it is marked done; the pack of the period it was done in says
so once, then it rests. A session's minutes and form (one to one, or in a
group) make the record of supervision time that Summaries and the pack total.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.period import Period

MAX_NOTES = 20_000
MAX_MINUTES = 8 * 60  # a whole day of supervision; more is a typing slip


class ActionStatus(StrEnum):
    OPEN = "open"
    UNDER_WAY = "under_way"
    DONE = "done"


class SessionForm(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


ACTION_STATUS_LABELS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Supervision", "Open"),
    ActionStatus.UNDER_WAY: QT_TRANSLATE_NOOP("Supervision", "Under way"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Supervision", "Done"),
}
SESSION_FORM_LABELS = {
    SessionForm.INDIVIDUAL: QT_TRANSLATE_NOOP("Supervision", "One to one"),
    SessionForm.GROUP: QT_TRANSLATE_NOOP("Supervision", "In a group"),
}


@dataclass(frozen=True)
class AgreedAction:
    text: str
    status: ActionStatus = ActionStatus.OPEN
    done_on: date | None = None  # when it was marked done

    @property
    def done(self) -> bool:
        return self.status is ActionStatus.DONE

    def as_dict(self) -> dict[str, Any]:
        stored: dict[str, Any] = {"text": self.text, "status": self.status.value}
        if self.done_on is not None:
            stored["done_on"] = self.done_on.isoformat()
        return stored

    @classmethod
    def from_dict(cls, item: Mapping[str, Any]) -> AgreedAction:
        """As stored, or as a dump of format 8 or older wrote it (``"done": true``)."""
        if "status" in item:
            status = ActionStatus(item["status"])
        else:
            status = ActionStatus.DONE if item.get("done") else ActionStatus.OPEN
        done_on = item.get("done_on")
        return cls(str(item["text"]), status, date.fromisoformat(done_on) if done_on else None)


@dataclass(frozen=True)
class SupervisionSession:
    held_on: date
    notes: str = ""
    actions: tuple[AgreedAction, ...] = ()
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
    minutes: int | None = None  # how long it was; None when not noted
    form: SessionForm = SessionForm.INDIVIDUAL

    @property
    def open_actions(self) -> list[AgreedAction]:
        return [a for a in self.actions if not a.done]


@dataclass(frozen=True)
class CarriedAction:
    """An action as a pack carries it: what, since when, and how it stands."""

    text: str
    agreed_on: date
    status: ActionStatus
    done_on: date | None = None
    session_uuid: str = ""  # where it is kept, to change its status
    place: int = 0  # its place among the session's actions


@dataclass(frozen=True)
class SupervisionTime:
    """The record of supervision time over a period."""

    sessions: int = 0
    minutes: int = 0
    individual_minutes: int = 0
    group_minutes: int = 0
    without_minutes: int = 0  # sessions whose length was not noted


@dataclass(frozen=True)
class ExportRecord:
    """That a pack left the journal: when, for which period, how, how many entries."""

    made_at: datetime
    date_from: date
    date_to: date
    format: str
    entry_count: int


@dataclass(frozen=True)
class SessionLog:
    """Every session, read once, newest first: what the Supervision page, Summaries,
    the pack and the command line ask of it."""

    sessions: tuple[SupervisionSession, ...]

    @property
    def last(self) -> SupervisionSession | None:
        return self.sessions[0] if self.sessions else None

    def held_in(self, period: Period) -> list[SupervisionSession]:
        return [s for s in self.sessions if period.contains(s.held_on)]

    def carried(self, period: Period) -> list[CarriedAction]:
        return carried_actions(self.sessions, period)

    def time_in(self, period: Period) -> SupervisionTime:
        return supervision_time(self.sessions, period)


def validate_session(session: SupervisionSession, today: date) -> SupervisionSession:
    if session.held_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A supervision session cannot be later than today.")
        )
    if len(session.notes) > MAX_NOTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The notes are too long (at most {limit} characters)."),
            limit=MAX_NOTES,
        )
    minutes = session.minutes
    if minutes is not None and (
        isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "A session's length is a whole number of minutes, 1 to {limit}."
            ),
            limit=MAX_MINUTES,
        )
    actions = tuple(
        AgreedAction(" ".join(a.text.split()), a.status, a.done_on)
        for a in session.actions
        if a.text.strip()
    )
    return SupervisionSession(
        session.held_on, session.notes.strip(), actions, session.uuid, minutes, session.form
    )


def with_action_status(
    session: SupervisionSession, index: int, status: ActionStatus, today: date
) -> SupervisionSession:
    """The session with its ``index``-th action set to ``status`` (done today, if done)."""
    actions = list(session.actions)
    actions[index] = AgreedAction(
        actions[index].text, status, today if status is ActionStatus.DONE else None
    )
    return SupervisionSession(
        session.held_on, session.notes, tuple(actions), session.uuid, session.minutes, session.form
    )


def carried_actions(sessions: Iterable[SupervisionSession], period: Period) -> list[CarriedAction]:
    """What a pack for ``period`` carries: every action agreed up to its end and not
    yet done, and each done within it (said once, then it rests); oldest first."""
    carried = []
    for session in sorted(sessions, key=lambda s: s.held_on):
        if session.held_on > period.end:
            continue
        for place, action in enumerate(session.actions):
            if action.done and not (action.done_on and period.contains(action.done_on)):
                continue
            carried.append(
                CarriedAction(
                    action.text,
                    session.held_on,
                    action.status,
                    action.done_on,
                    session.uuid,
                    place,
                )
            )
    return carried


def supervision_time(sessions: Iterable[SupervisionSession], period: Period) -> SupervisionTime:
    held = [s for s in sessions if period.contains(s.held_on)]
    timed = [s for s in held if s.minutes]
    return SupervisionTime(
        sessions=len(held),
        minutes=sum(s.minutes or 0 for s in timed),
        individual_minutes=sum(s.minutes or 0 for s in timed if s.form is SessionForm.INDIVIDUAL),
        group_minutes=sum(s.minutes or 0 for s in timed if s.form is SessionForm.GROUP),
        without_minutes=len(held) - len(timed),
    )
