"""The shift log: what a working day actually consisted of.

Peer supporters often have no settled job description; counting what they did
each day gives them words, and figures, for what the role is.
"""

from __future__ import annotations

from enum import StrEnum

from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP

MAX_COUNT = 99
MAX_OTHER_NAME = 60


class Activity(StrEnum):
    SUPPORTIVE_CONVERSATION = "supportive_conversation"
    RECOVERY_GROUP = "recovery_group"
    HOME_VISIT = "home_visit"
    TREATMENT_CONFERENCE = "treatment_conference"
    ACCOMPANYING = "accompanying"
    LIFELINE_HEALTH_PLAN = "lifeline_health_plan"
    DOCUMENTATION = "documentation"
    TEAM_MEETING = "team_meeting"
    TRAINING_SUPERVISION = "training_supervision"
    OTHER = "other"


ACTIVITY_LABELS: dict[Activity, str] = {
    Activity.SUPPORTIVE_CONVERSATION: QT_TRANSLATE_NOOP("Activities", "Supportive conversation"),
    Activity.RECOVERY_GROUP: QT_TRANSLATE_NOOP("Activities", "Recovery group"),
    Activity.HOME_VISIT: QT_TRANSLATE_NOOP("Activities", "Home visit"),
    Activity.TREATMENT_CONFERENCE: QT_TRANSLATE_NOOP("Activities", "Treatment conference"),
    Activity.ACCOMPANYING: QT_TRANSLATE_NOOP("Activities", "Accompanying a patient"),
    Activity.LIFELINE_HEALTH_PLAN: QT_TRANSLATE_NOOP("Activities", "Lifeline or health plan"),
    Activity.DOCUMENTATION: QT_TRANSLATE_NOOP("Activities", "Documentation"),
    Activity.TEAM_MEETING: QT_TRANSLATE_NOOP("Activities", "Team meeting"),
    Activity.TRAINING_SUPERVISION: QT_TRANSLATE_NOOP("Activities", "Training or supervision"),
    Activity.OTHER: QT_TRANSLATE_NOOP("Activities", "Other"),
}


def parse_activity(value: str) -> Activity:
    try:
        return Activity(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "Unknown activity: {value}. Known activities: {known}."
            ),
            value=value,
            known=", ".join(a.value for a in Activity),
        ) from None


def validate_count(count: int) -> int:
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A count is a whole number from 0 to {limit}."),
            limit=MAX_COUNT,
        )
    return count


def clean_other_name(name: str) -> str:
    """What the writer calls a day's "Other", on one line; "" for none."""
    cleaned = " ".join(str(name).split())
    if len(cleaned) > MAX_OTHER_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "A name for “Other” is a few words (at most {limit} characters)."
            ),
            limit=MAX_OTHER_NAME,
        )
    return cleaned
