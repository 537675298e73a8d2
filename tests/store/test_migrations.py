"""Upgrading journals written by earlier versions of Reflect."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3

from reflect.app.journal import Journal
from reflect.domain.editor_state import EditorState
from reflect.domain.entry import FollowUp, Share
from reflect.domain.filters import EntryFilter
from reflect.store import connection, migrations
from tests.fixtures.make_journal_fixtures import FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).parent.parent / "fixtures"


def raw_version(path: Path, passphrase: str) -> int:
    raw = sqlcipher3.connect(str(path))
    raw.execute(f"PRAGMA key = '{passphrase}'")
    try:
        return raw.execute("PRAGMA user_version").fetchone()[0]
    finally:
        raw.close()


def copy_of_fixture(version: int, tmp_path, monkeypatch, name: str) -> Path:
    # Fixtures are written with SQLCipher's default key derivation.
    monkeypatch.setattr(connection, "KDF_ITERATIONS", 256_000)
    path = tmp_path / name
    shutil.copy(FIXTURES / f"journal-format-{version}.reflect", path)
    return path


@pytest.fixture
def format_1_journal(tmp_path, monkeypatch):
    return copy_of_fixture(1, tmp_path, monkeypatch, "old.reflect")


def test_format_1_journal_upgrades_and_keeps_everything(format_1_journal):
    assert raw_version(format_1_journal, FIXTURE_PASSPHRASE) == 1
    with Journal.open(format_1_journal, FIXTURE_PASSPHRASE) as journal:
        [entry] = journal.entries().entries
        assert entry.title == "Medicinen"
        assert entry.fields["where_i_stood"] == "both"
        assert entry.share is Share.FULL  # format 4 named it
        assert entry.follow_up is FollowUp.OPEN
        assert entry.tags == ("natt",)
        assert [h.entry.uuid for h in journal.search("overgreppet")] == [entry.uuid]
        # Filtered search reads the index format 6 added.
        open_ones = EntryFilter(follow_up=FollowUp.OPEN, shares=(Share.FULL,))
        assert [h.entry.uuid for h in journal.search("overgreppet", open_ones)] == [entry.uuid]
        # What format 2 added works on the upgraded journal.
        journal.save_draft("shift_reflection", {"text": "half a thought"})
        assert len(journal.drafts()) == 1
    assert raw_version(format_1_journal, FIXTURE_PASSPHRASE) == migrations.LATEST


def test_upgrade_keeps_an_encrypted_copy_of_the_old_journal(format_1_journal):
    Journal.open(format_1_journal, FIXTURE_PASSPHRASE).close()
    backup = format_1_journal.with_name("old.reflect.format-1.bak")
    assert backup.exists()
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert raw_version(backup, FIXTURE_PASSPHRASE) == 1


def test_a_failing_step_leaves_the_journal_at_its_old_version(format_1_journal, monkeypatch):
    def broken_step(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "STEPS", [migrations.STEPS[0], broken_step])
    with pytest.raises(RuntimeError, match="power cut"):
        Journal.open(format_1_journal, FIXTURE_PASSPHRASE)
    assert raw_version(format_1_journal, FIXTURE_PASSPHRASE) == 1
    raw = sqlcipher3.connect(str(format_1_journal))
    raw.execute(f"PRAGMA key = '{FIXTURE_PASSPHRASE}'")
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    raw.close()
    assert "half_done" not in tables and "drafts" not in tables


def test_new_journal_is_at_the_latest_version(journal):
    assert migrations.schema_version(journal._db) == migrations.LATEST == len(migrations.STEPS)


@pytest.fixture
def format_3_journal(tmp_path, monkeypatch):
    return copy_of_fixture(3, tmp_path, monkeypatch, "format3.reflect")


def test_format_3_share_flag_becomes_the_share_scope(format_3_journal):
    from reflect.app.prompt_library import PromptLibrary, load_catalogue

    assert raw_version(format_3_journal, FIXTURE_PASSPHRASE) == 3
    with Journal.open(format_3_journal, FIXTURE_PASSPHRASE) as journal:
        shares = {e.kind.value: e.share for e in journal.entries().entries}
        assert shares == {"stigma_incident": Share.PRIVATE, "meaningful_moment": Share.FULL}
        assert journal.count_entries(EntryFilter(shares=(Share.FULL,))) == 1
        library = PromptLibrary(journal, load_catalogue("en"))
        assert [p.text for p in library.all_prompts() if p.user_written] == ["Vad bar mig?"]
        assert journal.prompt_history()[0].prompt_id == "meaning.01"
    assert raw_version(format_3_journal, FIXTURE_PASSPHRASE) == migrations.LATEST


def test_old_drafts_saying_supervision_still_restore():
    from reflect.domain.editor_state import EditorState

    payload = {"entry_uuid": "x", "occurred_on": "2026-05-04", "text": "t", "share": "supervision"}
    assert EditorState.from_payload(payload).to_entry().share is Share.FULL


def _row_counts(path: Path) -> dict[str, int]:
    raw = sqlcipher3.connect(str(path))
    raw.execute(f"PRAGMA key = '{FIXTURE_PASSPHRASE}'")
    try:
        tables = [
            name
            for (name,) in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                " AND name NOT LIKE 'entries_fts%'"
            )
        ]
        return {t: raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        raw.close()


def test_every_journal_format_has_a_fixture():
    """A new schema step needs a fixture of the format before it, made by make_journal_fixtures."""
    from tests.fixtures.make_journal_fixtures import MAKERS, fixture_path

    assert sorted(MAKERS) == list(range(1, migrations.LATEST + 1))
    assert [v for v in MAKERS if not fixture_path(v).exists()] == []


@pytest.mark.parametrize("version", range(1, migrations.LATEST + 1))
def test_each_released_format_opens_upgrades_and_keeps_every_row(version, tmp_path, monkeypatch):
    path = copy_of_fixture(version, tmp_path, monkeypatch, f"format{version}.reflect")
    assert raw_version(path, FIXTURE_PASSPHRASE) == version
    before = _row_counts(path)
    assert sum(before.values()) > 0, "a fixture holds something of what its format added"
    with Journal.open(path, FIXTURE_PASSPHRASE) as journal:
        assert journal.integrity_problems() == []
        entries = journal.entries().entries
        assert len(entries) == before["entries"]
        assert journal.count_search(entries[0].text.split()[0]) >= 1  # the search index came along
        for draft in journal.drafts():  # drafts of older editors still open in today's
            assert EditorState.from_payload(draft.payload).text
    after = _row_counts(path)
    assert raw_version(path, FIXTURE_PASSPHRASE) == migrations.LATEST
    assert {t: after[t] for t in before} == before


def test_format_6_entries_are_found_by_their_tags_and_kinds_after_the_upgrade(
    tmp_path, monkeypatch
):
    """Format 7 rebuilt the search index with tags and names: old entries are in it too."""
    from reflect.domain.search_words import SearchNames

    path = copy_of_fixture(6, tmp_path, monkeypatch, "format6.reflect")
    with Journal.open(path, FIXTURE_PASSPHRASE) as journal:
        assert len(journal.search("kvä")) == 2  # the tag every fixture entry has
        journal.search_names = SearchNames({"stigma_incident": "Upplevt stigma"}, {})
        [hit] = journal.search("upplevt")
        assert hit.entry.uuid == "b6000000-0000-4000-8000-000000000001"
        journal.save_entry(replace(hit.entry, tags=("ny",)))
        assert [h.entry.uuid for h in journal.search("ny")] == [hit.entry.uuid]
        assert len(journal.search("kvä")) == 1


def test_format_7_is_found_by_its_first_letters_after_the_upgrade(tmp_path, monkeypatch):
    """Format 8 rebuilt the search index with prefix indexes; the triggers still feed it."""
    path = copy_of_fixture(7, tmp_path, monkeypatch, "format7.reflect")
    with Journal.open(path, FIXTURE_PASSPHRASE) as journal:
        [hit] = journal.search("t")  # "Texten"
        assert journal.count_search("tex") == 1
        journal.save_entry(replace(hit.entry, text="Ett nytt ord: samförstånd."))
        assert journal.count_search("sa") == 1 and journal.count_search("te") == 0
        assert journal.count_search("s") == 1
        journal.delete_entry(hit.entry.uuid)
        assert journal.count_search("sa") == 0
        sql = journal._db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'entries_fts'"
        ).fetchone()[0]
        assert "prefix = '1 2 3'" in sql


def test_format_5_actions_take_a_status_and_sessions_no_length_after_the_upgrade(
    tmp_path, monkeypatch
):
    """Format 9 gave actions a status (from "done") and sessions minutes and a form."""
    from reflect.domain.supervision import ActionStatus, SessionForm

    path = copy_of_fixture(5, tmp_path, monkeypatch, "format5.reflect")
    with Journal.open(path, FIXTURE_PASSPHRASE) as journal:
        [session] = journal.sessions()
        assert [(a.text, a.status, a.done_on) for a in session.actions] == [
            ("Fråga om rutinen", ActionStatus.OPEN, None)
        ]
        assert (session.minutes, session.form) == (None, SessionForm.INDIVIDUAL)


def test_actions_marked_done_before_format_9_stay_done(tmp_path):
    import json

    import sqlcipher3
    import sqlite_utils

    from reflect.domain.supervision import ActionStatus

    conn = sqlcipher3.connect(str(tmp_path / "x.db"), isolation_level=None)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    migrations.migrate(db, target=8)
    actions = [{"text": "Klart", "done": True}, {"text": "Kvar", "done": False}]
    db.execute(
        "INSERT INTO supervision_sessions (uuid, held_on, notes, actions) VALUES ('u', '2026-01-02', '', ?)",
        [json.dumps(actions)],
    )
    migrations.migrate(db)
    stored = json.loads(db.execute("SELECT actions FROM supervision_sessions").fetchone()[0])
    assert stored == [
        {"text": "Klart", "status": ActionStatus.DONE.value},
        {"text": "Kvar", "status": ActionStatus.OPEN.value},
    ]
    conn.close()
