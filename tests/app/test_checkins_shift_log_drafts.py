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


def test_other_can_be_named_for_the_day_and_goes_with_it(journal, clock):
    """Issue 16: "Other" in the shift log says what it was, in the writer's word."""
    today = journal.today()
    journal.set_activity_count(today, Activity.OTHER, 1)
    journal.name_other_activity(today, "  Telefonrond   med anhöriga ")
    assert journal.other_activity_name(today) == "Telefonrond med anhöriga"
    journal.set_activity_count(today - timedelta(days=1), Activity.OTHER, 1)
    journal.name_other_activity(today - timedelta(days=1), "Studiebesök")
    assert journal.other_activity_names(today - timedelta(days=6), today) == [
        "Studiebesök",
        "Telefonrond med anhöriga",
    ]
    with pytest.raises(ValidationError, match="few words"):
        journal.name_other_activity(today, "x" * 61)
    assert journal.other_activity_name(today) == "Telefonrond med anhöriga"  # unchanged
    journal.set_activity_count(today, Activity.OTHER, 0)  # no Other, no name for it
    assert journal.other_activity_name(today) == ""


def test_the_names_of_other_travel_in_the_json_dump(journal, tmp_path):
    from reflect.app.journal import Journal
    from reflect.app.portability.dumping import dump_to
    from reflect.app.portability.importing import import_file

    today = journal.today()
    journal.set_activity_count(today, Activity.OTHER, 2)
    journal.name_other_activity(today, "Telefonrond")
    dump_to(journal, tmp_path / "all.json")
    with Journal.create(tmp_path / "other.reflect", "another long passphrase") as other:
        import_file(other, tmp_path / "all.json")
        assert other.shift_log(today) == {Activity.OTHER: 2}
        assert other.other_activity_name(today) == "Telefonrond"


def test_the_summary_says_what_other_was(journal):
    from reflect.app.prompt_library import load_catalogue
    from reflect.app.supervision import summary_for
    from reflect.domain.i18n import no_translation
    from reflect.domain.period import Period
    from reflect.present.summary_figures import summary_tables

    today = journal.today()
    journal.set_activity_count(today, Activity.OTHER, 1)
    journal.name_other_activity(today, "Phone round")
    summary = summary_for(journal, Period(today - timedelta(days=6), today))
    assert summary.other_names == ("Phone round",)
    *_, role = summary_tables(summary, load_catalogue("en"), no_translation, str)
    assert "Other (Phone round) 1" in role
