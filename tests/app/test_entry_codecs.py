"""Every way an entry is written down keeps every field of it.

An entry becomes a JSON object (dumps, imports), a table row (the journal)
and the editor's state (drafts, as plain JSON). Each conversion is written out by hand, so
this test builds an entry with every field set to something other than its
default (and fails if a field is added without being set here), then sends
it through each one and back.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest

from reflect.app.portability.reflect_json import entry_from_dict
from reflect.domain.editor_state import EditorState
from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.kinds import Kind, kind_spec
from reflect.domain.serialise import entry_as_dict
from tests.conftest import STOCKHOLM


def every_field_set() -> Entry:
    kind = Kind.LOYALTY_CONFLICT
    spec = kind_spec(kind)
    written = datetime(2026, 3, 12, 21, 15, tzinfo=STOCKHOLM)
    entry = Entry(
        kind=kind,
        occurred_on=date(2026, 3, 12),
        title="Between the team and him",
        fields={
            f.name: (f.choices[0].value if f.is_choice else f"answer to {f.name}")
            for f in spec.fields
        },
        text="The longer story, å and ä included.",
        subthemes=("loyalty_conflicts",),
        tags=("ward 3", "evening"),
        intensity=7 if spec.has_intensity else None,
        share=Share.SUMMARY,
        supervision_question="How do I stay on both sides?",
        follow_up=FollowUp.OPEN,
        uuid="11111111-2222-4333-8444-555555555555",
        created_at=written,
        updated_at=written + timedelta(minutes=5),
    )
    defaults = Entry(kind=Kind.SHIFT_REFLECTION, occurred_on=date(2026, 1, 1))
    same_as_default = [
        f.name
        for f in dataclasses.fields(Entry)
        if f.name not in ("kind", "occurred_on")
        and getattr(entry, f.name) == getattr(defaults, f.name)
    ]
    assert same_as_default == [], (
        f"set these here too, so every codec is checked for them: {same_as_default}"
    )
    return entry


def test_json_keeps_every_field():
    entry = every_field_set()
    assert entry_from_dict(entry_as_dict(entry)) == entry


def test_the_journal_keeps_every_field(journal):
    entry = every_field_set()
    journal.add_entries([entry])
    assert journal.entry(entry.uuid) == entry


def test_a_draft_of_an_edit_keeps_every_field():
    entry = every_field_set()
    stored = EditorState.of_entry(entry).as_payload()
    assert EditorState.from_payload(stored).to_entry(existing=entry) == entry


def test_the_editors_state_survives_its_draft_form_and_an_older_draft_reads_back():
    state = EditorState.of_entry(every_field_set()).but(prompt_id="loyalty.01")
    assert EditorState.from_payload(state.as_payload()) == state
    assert {f.name for f in dataclasses.fields(EditorState)} == set(state.as_payload())
    # A draft from before some fields existed, and one that says "supervision" (format 3).
    older = EditorState.from_payload(
        {"kind": "stigma_incident", "text": "t", "share": "supervision"}
    )
    assert (older.kind, older.text, older.share, older.tags) == (
        Kind.STIGMA_INCIDENT,
        "t",
        Share.FULL,
        (),
    )


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_round_trips_through_the_journal(journal, kind):
    spec = kind_spec(kind)
    entry = dataclasses.replace(
        every_field_set(),
        kind=kind,
        uuid=f"{list(Kind).index(kind):08d}-2222-4333-8444-555555555555",
        fields={f.name: (f.choices[-1].value if f.is_choice else "x") for f in spec.fields},
        intensity=3 if spec.has_intensity else None,
    )
    journal.add_entries([entry])
    assert journal.entry(entry.uuid) == entry
