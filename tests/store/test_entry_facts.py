"""Summaries read an entry's facts without its text; they must match the entry."""

from __future__ import annotations

from datetime import timedelta

from reflect.app.demo import fill_demo_journal
from reflect.domain.entry import FollowUp, Share, new_entry
from reflect.domain.entry_facts import EntryFacts
from reflect.domain.kinds import Kind


def test_facts_read_from_the_journal_equal_the_whole_entries(journal):
    day = journal.today()
    fill_demo_journal(journal, "sv")
    # The cases the facts query treats apart: no title, a stigma source
    # missing or given, and a title to be made from a form field.
    journal.save_entry(
        new_entry(Kind.STIGMA_INCIDENT, day, fields={"what_happened": "Ett ord om mig"})
    )
    journal.save_entry(
        new_entry(
            Kind.STIGMA_INCIDENT,
            day,
            title="Källa",
            fields={"source": "patient_or_relative"},
            intensity=4,
            tags=("språk", "möte"),
            share=Share.SUMMARY,
        )
    )
    journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            day - timedelta(days=1),
            text="",
            fields={"situation": "Två bud om samma sak"},
            follow_up=FollowUp.OPEN,
            supervision_question="Vems sida?",
            share=Share.FULL,
        )
    )
    start, end = day - timedelta(days=400), day
    whole = journal.entries_between(start, end)
    assert len(whole) > 20
    expected = sorted((EntryFacts.of(e) for e in whole), key=lambda f: (f.occurred_on, f.uuid))
    found = sorted(journal.facts_between(start, end), key=lambda f: (f.occurred_on, f.uuid))
    assert found == expected
    untitled = [f for f in found if f.kind is Kind.STIGMA_INCIDENT and f.stigma_source == ""]
    assert any(f.title == "Ett ord om mig" for f in untitled)
    assert any(f.title == "Två bud om samma sak" for f in found)
