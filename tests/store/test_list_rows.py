"""The journal list's rows: pages without the entries' text, and the line shown under each."""

from __future__ import annotations

from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind


def add(journal, kind=Kind.SHIFT_REFLECTION, **values):
    return journal.save_entry(new_entry(kind, journal.today(), **values))


def test_a_list_page_is_the_entries_page_without_their_text(journal):
    from reflect.domain.list_preview import list_preview
    from reflect.domain.paging import EntryRow

    add(journal, Kind.LOYALTY_CONFLICT, fields={"situation": "Ronden", "where_i_stood": "both"})
    for n in range(7):
        add(journal, title=f"Kväll {n}", text=f"Vi pratade {n}.")
    first = journal.entry_rows(limit=5)
    rest = journal.entry_rows(limit=5, after=first.next_cursor)
    entries = journal.entries(limit=20).entries
    assert first.rows + rest.rows == [EntryRow.of(e) for e in entries]
    assert rest.next_cursor is None
    previews = journal.previews([e.uuid for e in entries])
    assert previews == {e.uuid: list_preview(e.kind, e.fields, e.text) for e in entries}
    assert previews[entries[-1].uuid] == "Ronden"  # the chosen answer is left out
