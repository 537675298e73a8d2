"""Use cases around supervision: summaries, the agreement, sessions and their time,
agreed actions, packs and their export log."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from reflect.app.journal import Journal
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.pack import PackOptions, SupervisionPack, build_pack
from reflect.domain.period import Period, since_session
from reflect.domain.summary import Summary, summarise
from reflect.domain.supervision import (
    ActionStatus,
    AgreedAction,
    ExportRecord,
    SessionForm,
    SessionLog,
    SupervisionSession,
    validate_session,
    with_action_status,
)
from reflect.domain.supervision_agreement import SupervisionAgreement, validate_agreement

WATCH_LIST_KEY = "watch_list"
AGREEMENT_KEY = "supervision_agreement"


def summary_for(journal: Journal, period: Period) -> Summary:
    """The private summary of a period: every entry, private ones included."""
    summary = summarise(
        period,
        journal.facts_between(period.start, period.end),
        journal.checkins(period.start, period.end),
        journal.shift_totals(period.start, period.end),
        journal.days_logged(period.start, period.end),
    )
    return replace(
        summary, other_names=tuple(journal.other_activity_names(period.start, period.end))
    )


def record_session(
    journal: Journal,
    held_on: date,
    notes: str,
    actions: Iterable[AgreedAction | str],
    minutes: int | None = None,
    form: SessionForm = SessionForm.INDIVIDUAL,
) -> SupervisionSession:
    session = SupervisionSession(
        held_on,
        notes,
        tuple(a if isinstance(a, AgreedAction) else AgreedAction(a) for a in actions),
        minutes=minutes,
        form=form,
    )
    session = validate_session(session, journal.today())
    journal.save_session(session)
    return session


def set_action_status(
    journal: Journal, session_uuid: str, index: int, status: ActionStatus
) -> SupervisionSession:
    """Mark one agreed action open, under way or done (done today)."""
    session = next((s for s in journal.sessions() if s.uuid == session_uuid), None)
    if session is None or not 0 <= index < len(session.actions):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "That action is no longer in the journal.")
        )
    changed = with_action_status(session, index, status, journal.today())
    journal.save_session(changed)
    return changed


def session_log(journal: Journal) -> SessionLog:
    """Every session, read from the journal once, for the carried actions and the time."""
    return SessionLog(tuple(journal.sessions()))


def agreement(journal: Journal) -> SupervisionAgreement:
    return SupervisionAgreement.from_dict(journal.setting(AGREEMENT_KEY))


def keep_agreement(journal: Journal, changed: SupervisionAgreement) -> SupervisionAgreement:
    """Keep the agreement in the journal (encrypted, and carried by its JSON dump)."""
    changed = validate_agreement(changed)
    journal.set_setting(AGREEMENT_KEY, changed.as_dict())
    return changed


def last_session(journal: Journal) -> SupervisionSession | None:
    sessions = journal.sessions()
    return sessions[0] if sessions else None


def since_last_supervision(journal: Journal) -> Period:
    session = last_session(journal)
    return since_session(session.held_on if session else None, journal.today())


def pack_for(journal: Journal, options: PackOptions) -> SupervisionPack:
    period = options.period
    log = session_log(journal)
    return build_pack(
        options,
        journal.entries_between(period.start, period.end),
        journal.checkins(period.start, period.end) if options.include_wellbeing else [],
        journal.shift_totals(period.start, period.end),
        journal.days_logged(period.start, period.end),
        log.carried(period),
        journal.now(),
        watch_list(journal),
        log.time_in(period),
        log.time_in(Period(date(period.end.year, 1, 1), period.end)),
    )


def watch_list(journal: Journal) -> list[str]:
    return list(journal.setting(WATCH_LIST_KEY, []))


def set_watch_list(journal: Journal, names: list[str]) -> None:
    journal.set_setting(WATCH_LIST_KEY, [n.strip() for n in names if n.strip()])


def log_export(journal: Journal, pack: SupervisionPack, export_format: str) -> None:
    logging.getLogger(__name__).info(
        "supervision pack written as %s: %d shared entries", export_format, pack.entry_count
    )
    journal.log_export(
        ExportRecord(
            journal.now(), pack.period.start, pack.period.end, export_format, pack.entry_count
        )
    )


def period_note(journal: Journal, period: Period) -> str:
    """The writer's private note on a period (never in a pack)."""
    return journal.period_note(period)


def keep_period_note(journal: Journal, period: Period, text: str) -> None:
    journal.set_period_note(period, text)


def recent_exports(journal: Journal, count: int = 5) -> list[ExportRecord]:
    """The packs made lately, newest first: what went out, when, how many entries."""
    return journal.exports()[:count]
