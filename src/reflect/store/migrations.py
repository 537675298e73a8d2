"""The journal's schema, as ordered migration steps.

``PRAGMA user_version`` holds the number of steps applied. Each step runs in
its own transaction together with the version bump, so a crash leaves the
journal at a whole version. Steps are never edited once released; a change
to the schema is a new step at the end of ``STEPS``.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import cast

import sqlite_utils

from reflect.store.transactions import writing


def _v1_entries_checkins_search(db: sqlite_utils.Database) -> None:
    statements = [
        """CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            occurred_on TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
            body TEXT NOT NULL DEFAULT '',
            subthemes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subthemes)),
            tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
            intensity INTEGER CHECK (intensity BETWEEN 0 AND 10),
            share TEXT NOT NULL DEFAULT 'private',
            supervision_question TEXT NOT NULL DEFAULT '',
            follow_up TEXT NOT NULL DEFAULT 'none'
        )""",
        "CREATE INDEX entries_by_date ON entries (occurred_on DESC, id DESC)",
        "CREATE INDEX entries_by_kind ON entries (kind, occurred_on DESC, id DESC)",
        # Side tables for filtering by tag and subtheme; the JSON columns
        # above stay the source of truth and triggers keep these in step.
        """CREATE TABLE entry_tags (
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (entry_id, tag)
        ) WITHOUT ROWID""",
        "CREATE INDEX entry_tags_by_tag ON entry_tags (tag, entry_id)",
        """CREATE TABLE entry_subthemes (
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            subtheme TEXT NOT NULL,
            PRIMARY KEY (entry_id, subtheme)
        ) WITHOUT ROWID""",
        "CREATE INDEX entry_subthemes_by_subtheme ON entry_subthemes (subtheme, entry_id)",
        # remove_diacritics 2: "overgrepp" finds "övergrepp" and back.
        """CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, fields, body, tokenize = 'unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER entries_after_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (rowid, title, fields, body) VALUES (
                new.id, new.title,
                (SELECT group_concat(value, ' ') FROM json_each(new.fields)),
                new.body);
            INSERT INTO entry_tags (entry_id, tag)
                SELECT new.id, value FROM json_each(new.tags);
            INSERT INTO entry_subthemes (entry_id, subtheme)
                SELECT new.id, value FROM json_each(new.subthemes);
        END""",
        """CREATE TRIGGER entries_after_update AFTER UPDATE ON entries BEGIN
            DELETE FROM entries_fts WHERE rowid = old.id;
            INSERT INTO entries_fts (rowid, title, fields, body) VALUES (
                new.id, new.title,
                (SELECT group_concat(value, ' ') FROM json_each(new.fields)),
                new.body);
            DELETE FROM entry_tags WHERE entry_id = old.id;
            INSERT INTO entry_tags (entry_id, tag)
                SELECT new.id, value FROM json_each(new.tags);
            DELETE FROM entry_subthemes WHERE entry_id = old.id;
            INSERT INTO entry_subthemes (entry_id, subtheme)
                SELECT new.id, value FROM json_each(new.subthemes);
        END""",
        """CREATE TRIGGER entries_after_delete AFTER DELETE ON entries BEGIN
            DELETE FROM entries_fts WHERE rowid = old.id;
        END""",
        """CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            day TEXT NOT NULL,
            mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
            energy INTEGER NOT NULL CHECK (energy BETWEEN 1 AND 5),
            stress INTEGER NOT NULL CHECK (stress BETWEEN 1 AND 5),
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX checkins_by_time ON checkins (at)",
    ]
    for sql in statements:
        db.execute(sql)


def _v2_shift_log_drafts_settings(db: sqlite_utils.Database) -> None:
    statements = [
        """CREATE TABLE shift_log (
            day TEXT NOT NULL,
            activity TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count > 0),
            PRIMARY KEY (day, activity)
        ) WITHOUT ROWID""",
        """CREATE TABLE drafts (
            uuid TEXT PRIMARY KEY,
            entry_uuid TEXT,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            updated_at TEXT NOT NULL
        )""",
        # Preferences that belong to the journal, not the computer (a
        # watch list of names, for instance) live inside the encryption.
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL CHECK (json_valid(value))
        )""",
    ]
    for sql in statements:
        db.execute(sql)


def _v3_prompts(db: sqlite_utils.Database) -> None:
    statements = [
        """CREATE TABLE user_prompts (
            id TEXT PRIMARY KEY,
            subtheme TEXT NOT NULL,
            kinds TEXT NOT NULL CHECK (json_valid(kinds)),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        # Favourite and hidden marks for any prompt, built-in or the writer's own.
        """CREATE TABLE prompt_marks (
            prompt_id TEXT PRIMARY KEY,
            favourite INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE prompt_history (
            id INTEGER PRIMARY KEY,
            prompt_id TEXT NOT NULL,
            shown_on TEXT NOT NULL,
            shown_as TEXT NOT NULL,
            entry_uuid TEXT
        )""",
        "CREATE INDEX prompt_history_by_day ON prompt_history (shown_on)",
    ]
    for sql in statements:
        db.execute(sql)


def _v4_share_scope(db: sqlite_utils.Database) -> None:
    # "For supervision" meant the whole entry; it becomes the "full" scope.
    db.execute("UPDATE entries SET share = 'full' WHERE share = 'supervision'")
    db.execute("CREATE INDEX entries_by_share ON entries (share, occurred_on DESC)")


def _v5_supervision(db: sqlite_utils.Database) -> None:
    statements = [
        """CREATE TABLE supervision_sessions (
            uuid TEXT PRIMARY KEY,
            held_on TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            actions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(actions))
        )""",
        "CREATE INDEX supervision_sessions_by_day ON supervision_sessions (held_on)",
        # The writer's own words about a period ("my summary").
        """CREATE TABLE period_notes (
            date_from TEXT NOT NULL,
            date_to TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (date_from, date_to)
        ) WITHOUT ROWID""",
        # What left the journal, when: never the content itself.
        """CREATE TABLE export_log (
            id INTEGER PRIMARY KEY,
            made_at TEXT NOT NULL,
            date_from TEXT NOT NULL,
            date_to TEXT NOT NULL,
            format TEXT NOT NULL,
            entry_count INTEGER NOT NULL
        )""",
    ]
    for sql in statements:
        db.execute(sql)


def _v6_filter_index(db: sqlite_utils.Database) -> None:
    # A narrow copy of the columns a filter can name, keyed by id: search
    # checks each full-text match here instead of reading the entry's row,
    # text and all (seconds at 100,000 entries; see docs/performance.md).
    db.execute(
        "CREATE INDEX entries_filter_columns ON entries (id, occurred_on, kind, share, follow_up)"
    )


# The search index's text for one entry row (``new`` in a trigger, ``e`` in a
# rebuild). Tags are the writer's words; the kind and subthemes are written
# as tokens no search word begins ("0kind0team0experience"), which a search
# asks for by name (store.search.name_token) and bm25 weighs at 0.
def _index_values(row: str) -> str:
    return f"""{row}.id, {row}.title,
        (SELECT group_concat(value, ' ') FROM json_each({row}.fields)),
        {row}.body,
        (SELECT group_concat(value, ' ') FROM json_each({row}.tags)),
        '0kind0' || replace({row}.kind, '_', '0') || ' ' || coalesce(
            (SELECT group_concat('0subtheme0' || replace(value, '_', '0'), ' ')
             FROM json_each({row}.subthemes)), '')"""


def _v7_search_names_and_other_activity(db: sqlite_utils.Database) -> None:
    # Searching by tags, kinds and subthemes in one full-text query keeps a
    # word that names a whole kind as quick as any other (docs/performance.md).
    # And the shift log's "Other" gets the writer's own name for each day.
    statements = [
        """CREATE TABLE shift_log_other (
            day TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (name <> '')
        ) WITHOUT ROWID""",
        "DROP TRIGGER entries_after_insert",
        "DROP TRIGGER entries_after_update",
        "DROP TRIGGER entries_after_delete",
        "DROP TABLE entries_fts",
        """CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, fields, body, tags, names, tokenize = 'unicode61 remove_diacritics 2'
        )""",
        f"""INSERT INTO entries_fts (rowid, title, fields, body, tags, names)
            SELECT {_index_values("e")} FROM entries e""",
        f"""CREATE TRIGGER entries_after_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (rowid, title, fields, body, tags, names)
                VALUES ({_index_values("new")});
            INSERT INTO entry_tags (entry_id, tag)
                SELECT new.id, value FROM json_each(new.tags);
            INSERT INTO entry_subthemes (entry_id, subtheme)
                SELECT new.id, value FROM json_each(new.subthemes);
        END""",
        f"""CREATE TRIGGER entries_after_update AFTER UPDATE ON entries BEGIN
            DELETE FROM entries_fts WHERE rowid = old.id;
            INSERT INTO entries_fts (rowid, title, fields, body, tags, names)
                VALUES ({_index_values("new")});
            DELETE FROM entry_tags WHERE entry_id = old.id;
            INSERT INTO entry_tags (entry_id, tag)
                SELECT new.id, value FROM json_each(new.tags);
            DELETE FROM entry_subthemes WHERE entry_id = old.id;
            INSERT INTO entry_subthemes (entry_id, subtheme)
                SELECT new.id, value FROM json_each(new.subthemes);
        END""",
        """CREATE TRIGGER entries_after_delete AFTER DELETE ON entries BEGIN
            DELETE FROM entries_fts WHERE rowid = old.id;
        END""",
    ]
    for sql in statements:
        db.execute(sql)


def _v8_prefix_index(db: sqlite_utils.Database) -> None:
    # Every typed word is a prefix, and every word typed passes through one,
    # two and three letters: FTS5's prefix indexes answer those from one list
    # of entries, where merging every word that begins "t" or "me" took
    # 20-250 ms at 100,000 entries, on each key of a search typed into the
    # Journal (docs/performance.md). The index grows about threefold. The
    # triggers name the table and go on feeding it as they were.
    statements = [
        "DROP TABLE entries_fts",
        """CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, fields, body, tags, names,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
        )""",
        f"""INSERT INTO entries_fts (rowid, title, fields, body, tags, names)
            SELECT {_index_values("e")} FROM entries e""",
    ]
    for sql in statements:
        db.execute(sql)


def _v9_supervision_time_and_action_status(db: sqlite_utils.Database) -> None:
    # A session's length and form make the record of supervision time; an
    # action's status (open, under way, done) and the day it was done let a
    # pack carry it until then. Actions stored as {"done": bool} take the
    # status that says the same.
    statements = [
        "ALTER TABLE supervision_sessions ADD COLUMN minutes INTEGER "
        "CHECK (minutes IS NULL OR minutes > 0)",
        "ALTER TABLE supervision_sessions ADD COLUMN form TEXT NOT NULL DEFAULT 'individual' "
        "CHECK (form IN ('individual', 'group'))",
        """UPDATE supervision_sessions SET actions = (
            SELECT json_group_array(json_object(
                'text', json_extract(value, '$.text'),
                'status', CASE WHEN json_extract(value, '$.done') THEN 'done' ELSE 'open' END
            )) FROM json_each(supervision_sessions.actions)
        )""",
    ]
    for sql in statements:
        db.execute(sql)


STEPS = [
    _v1_entries_checkins_search,
    _v2_shift_log_drafts_settings,
    _v3_prompts,
    _v4_share_scope,
    _v5_supervision,
    _v6_filter_index,
    _v7_search_names_and_other_activity,
    _v8_prefix_index,
    _v9_supervision_time_and_action_status,
]
LATEST = len(STEPS)


def schema_version(db: sqlite_utils.Database) -> int:
    return cast(int, db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, target: int = LATEST) -> None:
    """Apply the missing steps up to ``target``, each in one transaction."""
    for version in range(schema_version(db) + 1, target + 1):
        with writing(db):
            STEPS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")


def backup_before_migrating(db: sqlite_utils.Database, path: Path, version: int) -> Path:
    """Copy the journal file, still encrypted, before its schema changes."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = path.with_name(f"{path.name}.format-{version}.bak")
    shutil.copy2(path, target)
    return target
