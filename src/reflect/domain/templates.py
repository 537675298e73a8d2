"""The writer's own templates: named sets of questions to answer with an entry.

A template belongs to one kind. For a kind with a form its questions come
below that form; for a free reflection they are the only questions. The
templates are kept in the journal's settings (inside its encryption) as a
plain JSON list, so they travel with a Reflect dump and its import.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reflect.domain.asked import MAX_ASKED_QUESTION, clean_question
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.kinds import Kind

TEMPLATES_SETTING = "own_templates"
MAX_TEMPLATE_NAME = 100
MAX_TEMPLATE_QUESTIONS = 20  # more than a tired writer answers; a guard against a pasted list


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    kind: Kind
    questions: tuple[str, ...]

    def as_setting(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "questions": list(self.questions),
        }


def template(template_id: str, name: str, kind: Kind | str, questions: Iterable[str]) -> Template:
    """A template checked like any other input: named, with one to twenty distinct questions."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Give the template a name."))
    if len(name) > MAX_TEMPLATE_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A template's name can be at most {limit} characters."),
            limit=MAX_TEMPLATE_NAME,
        )
    cleaned = tuple(dict.fromkeys(q for q in map(clean_question, questions) if q))
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Choose or write at least one question.")
        )
    if len(cleaned) > MAX_TEMPLATE_QUESTIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A template can hold at most {limit} questions."),
            limit=MAX_TEMPLATE_QUESTIONS,
        )
    if any(len(q) > MAX_ASKED_QUESTION for q in cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A question can be at most {limit} characters."),
            limit=MAX_ASKED_QUESTION,
        )
    return Template(template_id, name, Kind(kind), cleaned)


def template_from_setting(value: Any) -> Template:
    """One stored template; TypeError or ValidationError for anything else (a damaged import)."""
    if not isinstance(value, dict):
        raise TypeError("a template must be an object")
    template_id, questions = value.get("id"), value.get("questions")
    if not isinstance(template_id, str) or not template_id:
        raise TypeError("a template needs an id")
    if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
        raise TypeError("a template's questions must be a list of text")
    try:
        kind = Kind(str(value.get("kind")))
    except ValueError:
        raise TypeError(f"unknown kind for template {template_id}") from None
    return template(template_id, str(value.get("name", "")), kind, questions)


def templates_from_setting(value: Any) -> list[Template]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError("own_templates must be a list of templates")
    return [template_from_setting(item) for item in value]


def templates_setting(templates: Sequence[Template]) -> list[dict[str, Any]]:
    return [t.as_setting() for t in templates]


def join_templates(mine: Sequence[Template], incoming: Sequence[Template]) -> list[Template]:
    """An import adds the templates this journal lacks; one it has (same id) stays as it is."""
    known = {t.id for t in mine}
    return [*mine, *(t for t in incoming if t.id not in known)]
