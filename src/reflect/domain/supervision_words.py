"""Supervision time and carried actions in words, for Summaries, the pack and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reflect.domain.i18n import PLURAL, QT_TRANSLATE_NOOP
from reflect.domain.supervision import ACTION_STATUS_LABELS, ActionStatus, SupervisionTime
from reflect.domain.translator import Translate

C = "Supervision"


def duration(minutes: int, say: Translate) -> str:
    """ "1 h 30 min", "45 min", "2 h"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return say(C, QT_TRANSLATE_NOOP("Supervision", "{minutes} min")).format(minutes=rest)
    if not rest:
        return say(C, QT_TRANSLATE_NOOP("Supervision", "{hours} h")).format(hours=hours)
    return say(C, QT_TRANSLATE_NOOP("Supervision", "{hours} h {minutes} min")).format(
        hours=hours, minutes=rest
    )


def time_in_words(time: SupervisionTime, say: Translate) -> str:
    """ "3 sessions, 2 h 30 min: 1 h 30 min one to one, 1 h in a group.\""""
    if not time.sessions:
        return say(C, QT_TRANSLATE_NOOP("Supervision", "No supervision session in this period."))
    text = say(C, PLURAL.translate("Supervision", "%n sessions", None, 2), None, time.sessions)
    if time.minutes:
        parts = []
        if time.individual_minutes:
            parts.append(
                say(C, QT_TRANSLATE_NOOP("Supervision", "{time} one to one")).format(
                    time=duration(time.individual_minutes, say)
                )
            )
        if time.group_minutes:
            parts.append(
                say(C, QT_TRANSLATE_NOOP("Supervision", "{time} in a group")).format(
                    time=duration(time.group_minutes, say)
                )
            )
        text += f", {duration(time.minutes, say)}: {', '.join(parts)}"
    if time.without_minutes:
        text += " " + say(
            C,
            PLURAL.translate("Supervision", "(%n without its length noted)", None, 2),
            None,
            time.without_minutes,
        )
    return text + "."


def status_in_words(
    status: ActionStatus, done_on: date | None, say: Translate, format_date: Callable[[date], str]
) -> str:
    label = say(C, ACTION_STATUS_LABELS[status])
    if status is ActionStatus.DONE and done_on is not None:
        return say(C, QT_TRANSLATE_NOOP("Supervision", "Done {day}")).format(
            day=format_date(done_on)
        )
    return label
