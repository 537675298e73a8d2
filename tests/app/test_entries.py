"""Entries through the use-case layer, as both the CLI and the GUI write them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reflect.domain.entry import FollowUp, Share, new_entry
from reflect.domain.errors import ValidationError
from reflect.domain.filters import EntryFilter
from reflect.domain.kinds import KINDS, Kind

ONE_OF_EACH = {
    Kind.CLOSENESS_DISTANCE: {
        "fields": {
            "situation": "A talk about sleeping pills",
            "shared": "That I also had nights without sleep",
            "line_drawn": "Not the details of my admission",
            "stirred": "Old worry",
            "turned_to": "My team lead",
            "differently": "Pause before answering",
        },
        "intensity": 6,
    },
    Kind.LOYALTY_CONFLICT: {
        "fields": {
            "situation": "Ward round",
            "patient_wanted": "To stop the medication",
            "team_wanted": "To continue it",
            "where_i_stood": "unsure",
            "what_i_did": "Asked for a meeting with all three of us",
            "needs_reporting": "yes",
            "reporting_done": "done",
        },
        "intensity": 8,
    },
    Kind.STIGMA_INCIDENT: {
        "fields": {
            "source": "organisation",
            "what_happened": "Asked to use the patients' toilet",
            "how_responded": "Said nothing",
            "what_would_help": "A key like everyone else",
        },
        "intensity": 7,
    },
    Kind.MEANINGFUL_MOMENT: {
        "fields": {
            "what_happened": "R laughed",
            "what_it_meant": "Hope",
            "to_remember": "Small things",
        }
    },
    Kind.TEAM_EXPERIENCE: {
        "fields": {
            "experience": "appreciation",
            "what_happened": "Coffee together",
            "what_i_need": "More",
        }
    },
    Kind.SHIFT_REFLECTION: {"text": "A long day, but I stayed myself."},
}


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_round_trips(journal, journal_path, clock, kind):
    from reflect.app.journal import Journal
    from tests.conftest import PASSPHRASE

    entry = new_entry(
        kind,
        journal.today() - timedelta(days=1),
        title=f"A {kind.value}",
        tags=["late shift"],
        share=Share.FULL,
        supervision_question="What do I bring?",
        follow_up=FollowUp.OPEN,
        **ONE_OF_EACH[kind],
    )
    stored = journal.save_entry(entry)
    journal.close()
    with Journal.open(journal_path, PASSPHRASE, clock) as reopened:
        loaded = reopened.entry(entry.uuid)
    assert loaded == stored
    assert loaded.subthemes == KINDS[kind].default_subthemes
    assert loaded.created_at == clock.now


def test_editing_keeps_created_and_moves_updated(journal, clock):
    stored = journal.save_entry(new_entry(Kind.SHIFT_REFLECTION, journal.today(), text="first"))
    clock.advance(minutes=5)
    edited = journal.save_entry(stored.with_changes(text="second"))
    assert edited.created_at == stored.created_at
    assert edited.updated_at == stored.updated_at + timedelta(minutes=5)
    assert journal.count_entries() == 1
    assert journal.entry(stored.uuid).text == "second"
    assert journal.search("first") == []
    assert len(journal.search("second")) == 1


def test_invalid_entry_changes_nothing(journal):
    with pytest.raises(ValidationError):
        journal.save_entry(new_entry(Kind.SHIFT_REFLECTION, journal.today(), text=""))
    assert journal.count_entries() == 0


def test_delete_and_undo(journal):
    stored = journal.save_entry(
        new_entry(Kind.MEANINGFUL_MOMENT, journal.today(), text="keep me", tags=["hope"])
    )
    deleted = journal.delete_entry(stored.uuid)
    assert deleted == stored
    assert journal.count_entries() == 0
    assert journal.search("keep") == [] and journal.tags() == []
    journal.restore_entry(deleted)
    assert journal.entry(stored.uuid) == stored
    assert [h.entry.uuid for h in journal.search("keep")] == [stored.uuid]
    assert journal.delete_entry("no-such-uuid") is None


@pytest.fixture
def varied(journal):
    """Twelve entries over twelve days with different kinds, tags and flags."""
    kinds = list(Kind)
    start = journal.today() - timedelta(days=11)
    made = []
    for i in range(12):
        kind = kinds[i % len(kinds)]
        made.append(
            journal.save_entry(
                new_entry(
                    kind,
                    start + timedelta(days=i),
                    text=f"entry number {i}",
                    tags=["even"] if i % 2 == 0 else ["odd"],
                    share=Share.SUMMARY
                    if i % 6 == 0
                    else Share.FULL
                    if i % 3 == 0
                    else Share.PRIVATE,
                    follow_up=FollowUp.OPEN if i % 4 == 0 else FollowUp.NONE,
                )
            )
        )
    return made


def uuids(entries):
    return {e.uuid for e in entries}


@pytest.mark.parametrize(
    ("entry_filter", "expected"),
    [
        (EntryFilter(kinds=(Kind.STIGMA_INCIDENT,)), {2, 8}),
        (EntryFilter(kinds=(Kind.STIGMA_INCIDENT, Kind.SHIFT_REFLECTION)), {2, 5, 8, 11}),
        (EntryFilter(subthemes=("loyalty_conflicts",)), {1, 7}),
        (EntryFilter(tags=("odd",)), {1, 3, 5, 7, 9, 11}),
        (EntryFilter(shares=(Share.SUMMARY, Share.FULL)), {0, 3, 6, 9}),
        (EntryFilter(shares=(Share.SUMMARY,)), {0, 6}),
        (EntryFilter(shares=(Share.FULL,)), {3, 9}),
        (EntryFilter(follow_up=FollowUp.OPEN), {0, 4, 8}),
        (EntryFilter(date_from=date(2026, 3, 12)), {9, 10, 11}),
        (EntryFilter(date_to=date(2026, 3, 4)), {0, 1}),
        (EntryFilter(tags=("even",), shares=(Share.SUMMARY, Share.FULL)), {0, 6}),
    ],
)
def test_each_filter(journal, varied, entry_filter, expected):
    assert uuids(journal.entries(entry_filter).entries) == {varied[i].uuid for i in expected}
    assert journal.count_entries(entry_filter) == len(expected)


def test_paging_walks_every_entry_once_newest_first(journal, varied):
    seen = []
    page = journal.entries(limit=5)
    seen.extend(page.entries)
    while page.next_cursor:
        page = journal.entries(limit=5, after=page.next_cursor)
        seen.extend(page.entries)
    assert [e.uuid for e in seen] == [e.uuid for e in reversed(varied)]


def test_tags_for_completion_most_used_first(journal, varied):
    assert journal.tags() == [("even", 6), ("odd", 6)]
    assert journal.tags("o") == [("odd", 6)]
    assert journal.tags("%") == []
