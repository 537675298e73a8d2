"""After an unlock: a damaged journal is left as it is; a whole one gets its backup and carried drafts."""

from __future__ import annotations

from reflect.app.backups import backup_folder, list_backups
from reflect.app.opening import settle_after_unlock
from reflect.domain.drafts import Draft


def test_a_whole_journal_gets_the_days_backup_and_the_carried_writing(journal):
    carried = Draft("shift_reflection", {"text": "held in memory"}, journal.now(), "not-here")
    assert settle_after_unlock(journal, [carried]) == []
    assert len(list_backups(backup_folder(journal.path))) == 1
    [draft] = journal.drafts()
    assert draft.uuid == carried.uuid and draft.payload["text"] == "held in memory"
    assert draft.entry_uuid is None  # its entry is not in this journal: it becomes a new one


def test_a_damaged_journal_is_left_exactly_as_it_is(journal, monkeypatch):
    monkeypatch.setattr(type(journal), "integrity_problems", lambda self, quick=False: ["page 7"])
    carried = Draft("shift_reflection", {"text": "held in memory"}, journal.now())
    assert settle_after_unlock(journal, [carried]) == ["page 7"]
    assert list_backups(backup_folder(journal.path)) == [] and journal.drafts() == []
