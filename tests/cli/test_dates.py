"""Dates as people type them: the words for today and yesterday in either spelling."""

from datetime import date

import pytest

from reflect.cli import language
from reflect.cli.dates import parse_date
from reflect.domain.errors import ValidationError

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("i går", date(2026, 12, 2)),
        ("igår", date(2026, 12, 2)),
        ("I dag", TODAY),
        ("idag", TODAY),
        ("yesterday", date(2026, 12, 2)),
        ("2026-11-30", date(2026, 11, 30)),
    ],
)
def test_swedish_words_work_with_or_without_the_space(typed, meant):
    language.use_language(["--language", "sv"], None)
    try:
        assert parse_date(typed, TODAY) == meant
    finally:
        language.use_language(["--language", "en"], None)


def test_a_word_that_is_no_date_is_refused():
    with pytest.raises(ValidationError):
        parse_date("i förrgår", TODAY)
