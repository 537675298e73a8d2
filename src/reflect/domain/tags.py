"""Tags: short words a writer uses to find entries again."""

from __future__ import annotations

from collections.abc import Iterable

from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP

MAX_TAG = 40
MAX_TAGS = 30


def normalise_tag(tag: str) -> str:
    """``"  #Night Shift "`` -> ``"night shift"``: one spelling per tag."""
    return " ".join(str(tag).strip().lstrip("#").split()).casefold()


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    result: list[str] = []
    for raw in tags:
        tag = normalise_tag(raw)
        if not tag:
            continue
        if len(tag) > MAX_TAG or "," in tag:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A tag is a short word or two without commas (at most {limit} characters).",
                ),
                limit=MAX_TAG,
            )
        if tag not in result:
            result.append(tag)
    if len(result) > MAX_TAGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "An entry can have at most {limit} tags."),
            limit=MAX_TAGS,
        )
    return tuple(result)
