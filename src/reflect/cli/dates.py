"""Dates as people type them on the command line."""

from __future__ import annotations

from datetime import date, timedelta

from reflect.cli.language import translate
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP


def _squeezed(word: str) -> str:
    return "".join(word.lower().split())


def parse_date(text: str | None, today: date) -> date | None:
    if text is None:
        return None
    word = _squeezed(text)
    # The English words work in every language, and "igår" as well as "i går".
    if word in ("today", _squeezed(translate("Cli", "today"))):
        return today
    if word in ("yesterday", _squeezed(translate("Cli", "yesterday"))):
        return today - timedelta(days=1)
    try:
        return date.fromisoformat(word)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{text} is not a date; write it as YYYY-MM-DD (for example {example}).",
            ),
            text=text,
            example=today.isoformat(),
        ) from None


def parse_month(text: str | None, today: date) -> tuple[int, int]:
    """``YYYY-MM`` as (year, month); this month when not given."""
    if text is None:
        return today.year, today.month
    year, _, month = text.strip().partition("-")
    if len(year) == 4 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return int(year), int(month)
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Validation", "{text} is not a month; write it as YYYY-MM (for example {example})."
        ),
        text=text,
        example=today.strftime("%Y-%m"),
    )
