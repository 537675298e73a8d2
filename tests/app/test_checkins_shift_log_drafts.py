from datetime import timedelta

import pytest

from reflect.domain.errors import ValidationError
from reflect.domain.shift_log import Activity


def test_checkins_by_day(journal, clock):
    first = journal.check_in(2, 3, 4, note="tired")
    clock.advance(days=1)
    second = journal.check_in(4, 4, 1)
    today = journal.today()
    assert journal.checkins(today - timedelta(days=1), today) == [first, second]
    assert journal.checkins(today, today) == [second]
    assert journal.delete_checkin(first.uuid)
    assert journal.checkins(today - timedelta(days=7), today) == [second]


def test_invalid_checkin_changes_nothing(journal):
    with pytest.raises(ValidationError, match="Stress"):
        journal.check_in(3, 3, 0)
    assert journal.checkins(journal.today(), journal.today()) == []


def test_shift_log_counts(journal, clock):
    today = journal.today()
    journal.set_activity_count(today, "supportive_conversation", 3)
    journal.set_activity_count(today, Activity.HOME_VISIT, 1)
    journal.set_activity_count(today, Activity.HOME_VISIT, 0)
    journal.set_activity_count(today - timedelta(days=1), "supportive_conversation", 2)
    assert journal.shift_log(today) == {Activity.SUPPORTIVE_CONVERSATION: 3}
    assert journal.shift_totals(today - timedelta(days=6), today) == {
        Activity.SUPPORTIVE_CONVERSATION: 5
    }
    with pytest.raises(ValidationError):
        journal.set_activity_count(today, "juggling", 1)


def test_drafts_are_kept_until_discarded(journal, clock):
    draft = journal.save_draft("loyalty_conflict", {"situation": "half", "text": "wri"})
    clock.advance(seconds=3)
    again = journal.save_draft(
        "loyalty_conflict", {"situation": "half", "text": "writing"}, draft_uuid=draft.uuid
    )
    assert journal.drafts() == [again]
    assert again.payload["text"] == "writing"
    journal.discard_draft(draft.uuid)
    assert journal.drafts() == []


def test_journal_settings_round_trip(journal):
    assert journal.setting("watch_list", []) == []
    journal.set_setting("watch_list", ["Åsa", "Kim"])
    assert journal.setting("watch_list") == ["Åsa", "Kim"]
