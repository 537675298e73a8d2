"""``reflect agreement``, ``reflect session`` and ``reflect supervision-time``: the
Supervision page's jobs in a terminal, through the same use cases."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from reflect.app.supervision import agreement, keep_agreement, record_session, session_log
from reflect.cli.commands import open_journal
from reflect.cli.dates import parse_date
from reflect.cli.language import translate
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import PLURAL, QT_TRANSLATE_NOOP
from reflect.domain.period import Period
from reflect.domain.supervision import SESSION_FORM_LABELS, SessionForm
from reflect.domain.supervision_agreement import (
    FORM_LABEL,
    FORM_LABELS,
    FORMS,
    REVIEW_LABEL,
    TEXT_FIELDS,
)
from reflect.domain.supervision_words import duration, time_in_words

PARTS = [name for name, _ in TEXT_FIELDS] + ["form", "review_on"]
RECORDED = PLURAL.translate(
    "Cli", "Session recorded: {day}, {length}, {form}; %n agreed actions.", None, 2
)


def agreement_command(args, journal_path: Path) -> int:
    changes: dict[str, Any] = dict(_part(item) for item in args.set)
    with open_journal(args, journal_path, for_reading=not changes) as journal:
        kept = agreement(journal)
        if changes:
            if "review_on" in changes:
                text = changes["review_on"]  # empty: no review date
                changes["review_on"] = parse_date(text, journal.today()) if text else None
            kept = keep_agreement(journal, replace(kept, **changes))
    if args.json:
        print(json.dumps(kept.as_dict(), ensure_ascii=False, indent=2))
        return 0
    if kept.is_empty:
        print(
            translate("Cli", "No supervision agreement yet: add one with --set, or in the window.")
        )
        return 0
    for name, label in TEXT_FIELDS:
        if getattr(kept, name):
            print(f"{translate('Agreement', label)}: {getattr(kept, name)}")
    form = translate("Agreement", FORM_LABELS[kept.form])
    print(f"{translate('Agreement', FORM_LABEL)}: {form}")
    if kept.review_on:
        print(f"{translate('Agreement', REVIEW_LABEL)}: {kept.review_on.isoformat()}")
    return 0


def _part(item: str) -> tuple[str, str]:
    name, equals, text = item.partition("=")
    name = name.strip()
    if not equals or name not in PARTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "--set takes PART=TEXT, where PART is one of: {parts}."
            ),
            parts=", ".join(PARTS),
        )
    if name == "form" and text.strip() not in FORMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "form is one of: {forms}."), forms=", ".join(FORMS)
        )
    return name, text.strip()


def session_command(args, journal_path: Path) -> int:
    with open_journal(args, journal_path) as journal:
        held_on = parse_date(args.date, journal.today()) or journal.today()
        form = SessionForm.GROUP if args.group else SessionForm.INDIVIDUAL
        session = record_session(journal, held_on, args.notes, args.action, args.minutes, form)
    length = duration(session.minutes, translate) if session.minutes else "–"
    print(
        translate("Cli", RECORDED, None, len(session.actions)).format(
            day=session.held_on.isoformat(),
            length=length,
            form=translate("Supervision", SESSION_FORM_LABELS[session.form]),
        )
    )
    return 0


def supervision_time_command(args, journal_path: Path) -> int:
    with open_journal(args, journal_path, for_reading=True) as journal:
        today = journal.today()
        period = Period(
            parse_date(args.date_from, today) or date(today.year, 1, 1),
            parse_date(args.date_to, today) or today,
        )
        log = session_log(journal)
        totals = log.time_in(period)
        sessions = log.held_in(period)
    if args.json:
        listed = {
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "sessions": [
                {"day": s.held_on.isoformat(), "minutes": s.minutes, "form": s.form.value}
                for s in reversed(sessions)
            ],
            "minutes": totals.minutes,
            "individual_minutes": totals.individual_minutes,
            "group_minutes": totals.group_minutes,
        }
        print(json.dumps(listed, indent=2))
        return 0
    print(
        f"{period.start.isoformat()} – {period.end.isoformat()}: {time_in_words(totals, translate)}"
    )
    for s in reversed(sessions):
        length = duration(s.minutes, translate) if s.minutes else "–"
        form = translate("Supervision", SESSION_FORM_LABELS[s.form])
        print(f"{s.held_on.isoformat()}  {length}  {form}")
    return 0
