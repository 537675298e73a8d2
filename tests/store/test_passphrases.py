"""Passphrases: never empty, and the same passphrase however a keyboard composes its letters."""

from __future__ import annotations

import unicodedata

import pytest

from reflect.app.journal import Journal
from reflect.store import connection
from reflect.store.errors import EmptyPassphrase, WrongPassphrase

COMPOSED = unicodedata.normalize("NFC", "Blåbär på ängen i maj")
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def test_the_two_spellings_differ_as_bytes():
    assert COMPOSED != DECOMPOSED and len(DECOMPOSED) > len(COMPOSED)


def test_an_empty_passphrase_is_refused_clearly_everywhere(journal_path):
    Journal.create(journal_path, "a long enough passphrase").close()
    for attempt in (
        lambda: Journal.open(journal_path, ""),
        lambda: Journal.open_read_only(journal_path, ""),
        lambda: connection.passphrase_opens(journal_path, ""),
    ):
        with pytest.raises(EmptyPassphrase):
            attempt()
    with (
        Journal.open(journal_path, "a long enough passphrase") as journal,
        pytest.raises(EmptyPassphrase),
    ):
        journal.change_passphrase("", "another long passphrase")


@pytest.mark.parametrize(
    ("made_with", "typed"),
    [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED), (DECOMPOSED, DECOMPOSED)],
)
def test_a_journal_opens_with_either_spelling(journal_path, made_with, typed):
    Journal.create(journal_path, made_with).close()
    with Journal.open(journal_path, typed) as journal:
        assert journal.count_entries() == 0
    assert connection.passphrase_opens(journal_path, typed)


def test_a_journal_keyed_before_normalising_still_opens(journal_path, monkeypatch):
    # Made by an older Reflect: keyed with the decomposed bytes as typed.
    with monkeypatch.context() as patched:
        patched.setattr(connection, "key_spellings", lambda passphrase: [passphrase])
        Journal.create(journal_path, DECOMPOSED).close()
    for typed in (DECOMPOSED, COMPOSED):
        with Journal.open(journal_path, typed) as journal:
            assert journal.count_entries() == 0


def test_a_changed_passphrase_is_stored_composed(journal_path):
    with Journal.create(journal_path, "the first passphrase") as journal:
        journal.change_passphrase("the first passphrase", DECOMPOSED)
    with pytest.raises(WrongPassphrase):
        connection._open_with_key(journal_path, DECOMPOSED)
    connection._open_with_key(journal_path, COMPOSED).close()
