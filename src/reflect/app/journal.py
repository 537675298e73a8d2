"""An open journal and what can be done with it.

The command line and the GUI both work through this class, so a rule (such
as validation, or when ``updated_at`` changes) holds however an entry is
written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from reflect.app.clock import Clock, system_clock
from reflect.app.journal_records import JournalRecords
from reflect.domain.checkin import CheckIn, validate_checkin
from reflect.domain.drafts import Draft
from reflect.domain.entry import Entry, validate_entry
from reflect.domain.entry_facts import EntryFacts
from reflect.domain.filters import EntryFilter
from reflect.domain.kinds import Kind
from reflect.domain.paging import EntryPage, EntryRow, PageCursor, RowPage
from reflect.domain.search import SearchHit
from reflect.domain.search_words import NO_NAMES, SearchNames
from reflect.domain.shift_log import (
    Activity,
    clean_other_name,
    parse_activity,
    validate_count,
)
from reflect.private_files import Leftovers, make_private_folder
from reflect.store import connection
from reflect.store.checkins import CheckInStore
from reflect.store.copies import encrypted_copy, integrity_problems
from reflect.store.drafts import DraftStore
from reflect.store.entries import EntryStore
from reflect.store.errors import WrongPassphrase
from reflect.store.guard import guarded
from reflect.store.handle import DatabaseHandle
from reflect.store.journal_lock import JournalLock
from reflect.store.prompts import PromptStore
from reflect.store.search import EntrySearch
from reflect.store.settings import JournalSettings
from reflect.store.shift_log import ShiftLogStore
from reflect.store.supervision import SupervisionStore
from reflect.store.transactions import writing

log = logging.getLogger(__name__)


class Journal(JournalRecords):
    def __init__(
        self,
        db: sqlite_utils.Database,
        path: Path,
        clock: Clock = system_clock,
        lock: JournalLock | None = None,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._lock = lock  # held while open, so no restore swaps the file away (store.journal_lock)
        # Every store holds this one handle; a passphrase change swaps the
        # connection underneath it, so no store is ever left on a closed one.
        self._db = handle = DatabaseHandle(db, self.path)
        self._entries = EntryStore(handle)
        self._search = EntrySearch(handle)
        self._checkins = CheckInStore(handle)
        self._shift_log = ShiftLogStore(handle)
        self._drafts = DraftStore(handle)
        # Read and written through the methods of JournalRecords.
        self._settings = JournalSettings(handle)
        self._prompt_records = PromptStore(handle)
        self._supervision = SupervisionStore(handle)
        # Set by whoever shows results (app.search_names): a search word
        # that begins a kind's or subtheme's name as the writer reads it
        # finds those entries too.
        self.search_names: SearchNames = NO_NAMES

    # -- opening and closing -------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, clock: Clock = system_clock) -> Journal:
        if not Path(path).is_dir():
            make_private_folder(
                Path(path).parent
            )  # so the new journal is locked from its first moment
        journal = cls._locked(connection.create_journal, path, passphrase, clock)
        log.info("created a journal at %s", path)
        return journal

    @classmethod
    def open(cls, path: Path, passphrase: str, clock: Clock = system_clock) -> Journal:
        journal = cls._locked(connection.open_journal, path, passphrase, clock)
        log.info("opened the journal at %s", path)
        return journal

    @classmethod
    def open_for_reading(cls, path: Path, passphrase: str, clock: Clock = system_clock) -> Journal:
        """The journal opened read-only (list, search, summary): a damaged file is never changed."""
        return cls._locked(connection.open_read_only, path, passphrase, clock)

    @classmethod
    def open_read_only(cls, path: Path, passphrase: str) -> Journal:
        """A backup or other copy to read and check, never to write (and never locked)."""
        return cls(connection.open_read_only(path, passphrase), path)

    @classmethod
    def _locked(
        cls,
        opener: Callable[[Path, str], sqlite_utils.Database],
        path: Path,
        passphrase: str,
        clock: Clock,
    ) -> Journal:
        # A path that is a folder is refused by the opener with its own message.
        lock = (
            JournalLock.shared(path)
            if Path(path).parent.is_dir() and not Path(path).is_dir()
            else None
        )
        try:
            return cls(opener(path, passphrase), path, clock, lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def make_copy(self, target: Path) -> Path:
        """An encrypted copy under the same passphrase (a backup)."""
        return encrypted_copy(self._db.database, target, Leftovers.beside(self.path))

    def integrity_problems(self, quick: bool = False) -> list[str]:
        return integrity_problems(self._db.database, quick)

    def transaction(self) -> AbstractContextManager[object]:
        """All writes inside happen together or not at all (imports)."""
        return writing(self._db)

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()  # after the connection: nothing of ours touches the file now
            self._lock = None
        log.debug("closed the journal")

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def today(self) -> date:
        return self._clock().date()

    def now(self) -> datetime:
        return self._clock()

    def change_passphrase(self, current: str, new_passphrase: str) -> None:
        """Re-encrypt the journal under ``new_passphrase`` once ``current`` is proven."""
        self._db.ensure_still_the_journal()
        if not connection.passphrase_opens(self.path, current):
            raise WrongPassphrase()
        connection.change_passphrase(self._db.database, new_passphrase)
        # Reopen under the new passphrase: SQLCipher hands the old key to
        # databases attached later (backups) on the connection that rekeyed.
        self._db.replace(connection.open_journal(self.path, new_passphrase))

    # -- entries -------------------------------------------------------------

    @guarded
    def save_entry(self, entry: Entry) -> Entry:
        """Validate and store ``entry`` (new or edited); return it as stored."""
        entry = validate_entry(entry, self.today())
        log.debug("saving a %s entry", entry.kind.value)
        now = self._clock()
        existing = self._entries.get(entry.uuid)
        created = existing.created_at if existing else now
        stored = entry.with_changes(created_at=created, updated_at=now)
        self._entries.save(stored)
        return stored

    @guarded
    def add_entries(self, entries: Iterable[Entry], *, future_allowed: bool = False) -> list[Entry]:
        """Store many entries in one transaction, keeping times they already carry.

        All or nothing: one invalid entry stores none of them. ``future_allowed``
        for entries from another journal, whose dates are the writer's own.
        """
        now = self._clock()
        today = now.date()
        ready = []
        for entry in entries:
            entry = validate_entry(entry, today, future_allowed=future_allowed)
            created = entry.created_at or now
            ready.append(
                entry.with_changes(created_at=created, updated_at=entry.updated_at or created)
            )
        self._entries.save_many(ready)
        return ready

    @guarded
    def restore_entry(self, entry: Entry) -> None:
        """Put back an entry exactly as it was (undo of a delete)."""
        self._entries.save(entry)

    def entry(self, uuid: str) -> Entry | None:
        return self._entries.get(uuid)

    @guarded
    def delete_entry(self, uuid: str) -> Entry | None:
        """Delete an entry; return it so the deletion can be undone."""
        entry = self._entries.get(uuid)
        if entry is not None:
            self._entries.delete(uuid)
        return entry

    def entries(
        self,
        entry_filter: EntryFilter = EntryFilter(),
        limit: int = 100,
        after: PageCursor | None = None,
    ) -> EntryPage:
        return self._entries.page(entry_filter, limit, after)

    def entry_rows(
        self,
        entry_filter: EntryFilter = EntryFilter(),
        limit: int = 100,
        after: PageCursor | None = None,
    ) -> RowPage:
        """A page as a list shows it, without the entries' text (``previews`` has their line)."""
        return self._entries.row_page(entry_filter, limit, after)

    def previews(self, uuids: Iterable[str]) -> dict[str, str]:
        return self._entries.previews(uuids)

    def rows_by_id(self, row_ids: Iterable[int]) -> dict[int, EntryRow]:
        """Rows read again by ``EntryRow.row_id``, for a list that keeps only the ids."""
        return self._entries.rows_by_id(row_ids)

    def row_id(self, uuid: str) -> int | None:
        return self._entries.row_id(uuid)

    def kinds_by_day(self, start: date, end: date) -> list[tuple[date, Kind, int]]:
        return self._entries.kinds_by_day(start, end)

    def rows_on_days(self, days: Iterable[date], limit: int) -> list[EntryRow]:
        return self._entries.rows_on_days(days, limit)

    def first_day(self) -> date | None:
        return self._entries.first_day()

    def count_entries(self, entry_filter: EntryFilter = EntryFilter()) -> int:
        return self._entries.count(entry_filter)

    def search(
        self,
        text: str,
        entry_filter: EntryFilter = EntryFilter(),
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        return self._search.search(text, entry_filter, limit, offset, self.search_names)

    def search_rows(
        self, text: str, entry_filter: EntryFilter = EntryFilter(), limit: int = 50, offset: int = 0
    ) -> list[tuple[EntryRow, str]]:
        """A page of search results as a list shows them (row and snippet), no text read."""
        return self._search.search_rows(text, entry_filter, limit, offset, self.search_names)

    def count_search(self, text: str, entry_filter: EntryFilter = EntryFilter()) -> int:
        return self._search.count(text, entry_filter, self.search_names)

    def tags(self, prefix: str = "") -> list[tuple[str, int]]:
        return self._entries.tags(prefix)

    # -- wellbeing check-ins -------------------------------------------------

    @guarded
    def check_in(self, mood: int, energy: int, stress: int, note: str = "") -> CheckIn:
        checkin = validate_checkin(
            CheckIn(at=self._clock(), mood=mood, energy=energy, stress=stress, note=note)
        )
        self._checkins.add(checkin)
        return checkin

    def todays_checkin(self) -> CheckIn | None:
        """The latest check-in of today, which the window shows and lets the writer change."""
        today = self.today()
        checkins = self._checkins.between(today, today)
        return checkins[-1] if checkins else None

    @guarded
    def change_checkin(
        self, checkin: CheckIn, mood: int, energy: int, stress: int, note: str
    ) -> CheckIn:
        """Today's check-in with new answers: changed in place, never a second one beside it."""
        changed = validate_checkin(
            replace(checkin, at=self._clock(), mood=mood, energy=energy, stress=stress, note=note)
        )
        self._checkins.replace(changed)
        return changed

    @guarded
    def add_checkin(self, checkin: CheckIn) -> CheckIn:
        """Store a check-in made at its own time (an import, the demo journal)."""
        checkin = validate_checkin(checkin)
        self._checkins.add(checkin)
        return checkin

    def checkins(self, start: date, end: date) -> list[CheckIn]:
        return self._checkins.between(start, end)

    def checkin_uuids(self) -> set[str]:
        return self._checkins.uuids()

    @guarded
    def delete_checkin(self, uuid: str) -> bool:
        return self._checkins.delete(uuid)

    # -- shift log -----------------------------------------------------------

    @guarded
    def set_activity_count(self, day: date, activity: Activity | str, count: int) -> None:
        self._shift_log.set_count(day, parse_activity(activity), validate_count(count))

    def shift_log(self, day: date) -> dict[Activity, int]:
        return self._shift_log.day(day)

    def shift_totals(self, start: date, end: date) -> dict[Activity, int]:
        return self._shift_log.totals(start, end)

    def shift_log_rows(self) -> list[tuple[date, Activity, int]]:
        return self._shift_log.rows()

    @guarded
    def name_other_activity(self, day: date, name: str) -> None:
        """The writer's own word for what "Other" was that day ("" for none)."""
        self._shift_log.set_other_name(day, clean_other_name(name))

    def other_activity_name(self, day: date) -> str:
        return self._shift_log.other_name(day)

    def other_activity_names(self, start: date, end: date) -> list[str]:
        return self._shift_log.other_names(start, end)

    def other_activity_rows(self) -> list[tuple[date, str]]:
        return self._shift_log.other_rows()

    def days_logged(self, start: date, end: date) -> int:
        return self._shift_log.days_logged(start, end)

    def facts_between(self, start: date, end: date) -> list[EntryFacts]:
        """What summaries count of every entry of a period, oldest first."""
        return self._entries.facts_between(start, end)

    def entries_between(self, start: date, end: date) -> list[Entry]:
        """Every entry of a period, oldest first (read page by page)."""
        entry_filter = EntryFilter(date_from=start, date_to=end)
        found: list[Entry] = []
        page = self.entries(entry_filter, 1000)
        found.extend(page.entries)
        while page.next_cursor:
            page = self.entries(entry_filter, 1000, page.next_cursor)
            found.extend(page.entries)
        return found[::-1]

    # -- autosaved drafts ----------------------------------------------------

    @guarded
    def save_draft(
        self,
        kind: str,
        payload: dict[str, Any],
        entry_uuid: str | None = None,
        draft_uuid: str | None = None,
    ) -> Draft:
        identity = {"uuid": draft_uuid} if draft_uuid else {}
        draft = Draft(kind, payload, self._clock(), entry_uuid, **identity)
        self._drafts.save(draft)
        return draft

    def drafts(self) -> list[Draft]:
        return self._drafts.all()

    @guarded
    def discard_draft(self, uuid: str) -> None:
        self._drafts.discard(uuid)
