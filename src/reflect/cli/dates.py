"""Dates as people type them on the command line."""

from __future__ import annotations

from datetime import date, timedelta

from reflect.domain.errors import ValidationError


def parse_date(text: str | None, today: date) -> date | None:
    if text is None:
        return None
    word = text.strip().lower()
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    try:
        return date.fromisoformat(word)
    except ValueError:
        raise ValidationError(
            "{text} is not a date; write it as YYYY-MM-DD (for example {example}).",
            text=text,
            example=today.isoformat(),
        ) from None
