"""The writer's own support: their plan and contacts, and when to offer them.

The plan is the writer's own words (who to call, what helps), kept in the
encrypted journal's settings like the names to keep out, never in a file
of the computer's.
"""

from __future__ import annotations

from datetime import timedelta

from reflect.app.journal import Journal
from reflect.domain.errors import ValidationError
from reflect.domain.heavy_days import LOOK_BACK_DAYS, heavy_for_several_days
from reflect.domain.i18n import QT_TRANSLATE_NOOP

OWN_PLAN_KEY = "own_support_plan"
MAX_PLAN = 2000


def own_plan(journal: Journal) -> str:
    return str(journal.setting(OWN_PLAN_KEY, ""))


def set_own_plan(journal: Journal, text: str) -> None:
    plan = text.strip()
    if len(plan) > MAX_PLAN:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "Your plan can be at most {limit} characters; keep what matters most."
            ),
            limit=MAX_PLAN,
        )
    journal.set_setting(OWN_PLAN_KEY, plan)


def heavy_lately(journal: Journal) -> bool:
    """The writer's own check-ins were heavy on several of the last few days."""
    today = journal.today()
    return heavy_for_several_days(
        journal.checkins(today - timedelta(days=LOOK_BACK_DAYS - 1), today), today
    )
