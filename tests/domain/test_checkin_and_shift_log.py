from datetime import UTC, datetime

import pytest

from reflect.domain.checkin import CheckIn, validate_checkin
from reflect.domain.errors import ValidationError
from reflect.domain.shift_log import ACTIVITY_LABELS, Activity, parse_activity, validate_count

NOW = datetime(2026, 3, 14, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize("field", ["mood", "energy", "stress"])
@pytest.mark.parametrize("value", [0, 6, -1, True, 2.5])
def test_checkin_scales_are_one_to_five(field, value):
    values = {"mood": 3, "energy": 3, "stress": 3, field: value}
    with pytest.raises(ValidationError, match=field.capitalize()):
        validate_checkin(CheckIn(at=NOW, **values))


def test_checkin_note_is_trimmed_and_time_must_be_aware():
    assert validate_checkin(CheckIn(NOW, 1, 5, 2, note="  ok  ")).note == "ok"
    with pytest.raises(ValidationError, match="time zone"):
        validate_checkin(CheckIn(NOW.replace(tzinfo=None), 1, 5, 2))


def test_every_activity_has_a_label_and_parses():
    assert set(ACTIVITY_LABELS) == set(Activity)
    assert parse_activity("home_visit") is Activity.HOME_VISIT
    with pytest.raises(ValidationError, match="Unknown activity"):
        parse_activity("juggling")


@pytest.mark.parametrize("count", [-1, 100, 1.5, False])
def test_counts_are_small_whole_numbers(count):
    with pytest.raises(ValidationError):
        validate_count(count)
