"""The supervision agreement: what the writer and their supervisor agreed, in the
writer's own words.

Peer supervision guidance (ImROC, N.A.P.S.) and agreement templates ask the
same few things: who, how often, one to one or in a group, what stays in the
room and what does not, what the supervisee brings, how notes are kept, and
when the agreement is looked at again. Each is a free text here except the
form and the review date; none is required.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP

MAX_TEXT = 4_000

FORMS = ("individual", "group", "both")
FORM_LABELS = {
    "individual": QT_TRANSLATE_NOOP("Agreement", "One to one"),
    "group": QT_TRANSLATE_NOOP("Agreement", "In a group"),
    "both": QT_TRANSLATE_NOOP("Agreement", "Both"),
}


@dataclass(frozen=True)
class SupervisionAgreement:
    supervisor: str = ""  # who: a name or a role, as the writer wants it kept
    how_often: str = ""
    form: str = "individual"  # one of FORMS
    confidentiality: str = ""  # what stays in the room, and its limits
    what_we_bring: str = ""
    notes_kept: str = ""  # how notes are kept, and by whom
    review_on: date | None = None

    @property
    def is_empty(self) -> bool:
        return self == SupervisionAgreement()

    def as_dict(self) -> dict[str, Any]:
        stored: dict[str, Any] = {
            f.name: getattr(self, f.name) for f in fields(self) if f.name != "review_on"
        }
        stored["review_on"] = self.review_on.isoformat() if self.review_on else None
        return stored

    @classmethod
    def from_dict(cls, item: Mapping[str, Any] | None) -> SupervisionAgreement:
        """As kept in the journal's settings (and its JSON dump); unknown keys are left."""
        if not item:
            return cls()
        texts = {
            f.name: str(item.get(f.name) or "")
            for f in fields(cls)
            if f.name not in ("form", "review_on")
        }
        form = item.get("form") if item.get("form") in FORMS else "individual"
        review = item.get("review_on")
        try:
            review_on = date.fromisoformat(review) if isinstance(review, str) and review else None
        except ValueError:
            review_on = None
        return cls(form=str(form), review_on=review_on, **texts)


FORM_LABEL = QT_TRANSLATE_NOOP("Agreement", "One to one or in a group")
REVIEW_LABEL = QT_TRANSLATE_NOOP("Agreement", "We look at it again")

# The agreement's texts, in the order a form and a pack show them, with their labels.
TEXT_FIELDS = (
    ("supervisor", QT_TRANSLATE_NOOP("Agreement", "Who supervises me")),
    ("how_often", QT_TRANSLATE_NOOP("Agreement", "How often we meet")),
    ("confidentiality", QT_TRANSLATE_NOOP("Agreement", "What stays between us, and its limits")),
    ("what_we_bring", QT_TRANSLATE_NOOP("Agreement", "What I bring")),
    ("notes_kept", QT_TRANSLATE_NOOP("Agreement", "How notes are kept")),
)


def validate_agreement(agreement: SupervisionAgreement) -> SupervisionAgreement:
    if agreement.form not in FORMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Supervision is one to one, in a group, or both.")
        )
    cleaned = {}
    for name, _label in TEXT_FIELDS:
        text = getattr(agreement, name).strip()
        if len(text) > MAX_TEXT:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A part of the agreement is too long (at most {limit} characters).",
                ),
                limit=MAX_TEXT,
            )
        cleaned[name] = text
    return replace(agreement, **cleaned)
