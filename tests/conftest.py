"""Shared fixtures: a fast key derivation, a fixed clock and a fresh journal per test."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest

from reflect.app.journal import Journal
from reflect.store import connection
from tests.cli.running import PASSPHRASE as CLI_PASSPHRASE

PASSPHRASE = "a tired but careful passphrase"
STOCKHOLM = timezone(timedelta(hours=1))
TEST_KDF_ITERATIONS = 2_000
# Read before any fixture lowers it: the value users get.
SHIPPED_KDF_ITERATIONS = connection.KDF_ITERATIONS


class FakeClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(autouse=True)
def fast_key_derivation(monkeypatch):
    """The real 256,000 PBKDF2 rounds cost a fraction of a second per open;
    tests that open hundreds of journals use far fewer. Subprocess tests
    (the CLI) still run with the shipped default."""
    monkeypatch.setattr(connection, "KDF_ITERATIONS", TEST_KDF_ITERATIONS)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 14, 18, 30, tzinfo=STOCKHOLM))


@pytest.fixture
def journal_path(tmp_path):
    return tmp_path / "journal.reflect"


@pytest.fixture
def journal(journal_path, clock):
    with Journal.create(journal_path, PASSPHRASE, clock) as opened:
        yield opened


@pytest.fixture
def env(tmp_path):
    """How the installed `reflect` command runs in a test: its own journal, home and folders, English."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("REFLECT_")}
    environment.update(
        REFLECT_JOURNAL=str(tmp_path / "cli.reflect"),
        REFLECT_PASSPHRASE=CLI_PASSPHRASE,
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        LC_ALL="C.UTF-8",  # "follow the system" means English here, whatever the machine says
    )
    return environment
