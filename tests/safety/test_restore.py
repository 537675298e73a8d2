"""Restore that cannot strand the writer (issue 13, item 5).

Killed at every file operation, the journal is at its path at every instant
and the next start finishes or undoes the restore; a journal open in another
Reflect is never swapped away; a window whose file was replaced stops writing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime

import pytest

from reflect.app.backups import make_backup
from reflect.app.journal import Journal
from reflect.app.restore import finish_interrupted_restore, restore_backup
from reflect.domain.entry import new_entry
from reflect.private_files import clean_leftovers
from reflect.store.handle import JournalReplaced
from reflect.store.journal_lock import JournalInUse, lock_path
from reflect.store.journal_swap import incoming_path, plan_path
from tests.conftest import PASSPHRASE, TEST_KDF_ITERATIONS

NOW = datetime(2026, 3, 14, 19, 0)


def write(journal, text):
    return journal.save_entry(new_entry("shift_reflection", journal.today(), text=text))


def texts(path):
    """What a journal holds; a journal set aside is only read, as one looks into a copy."""
    opener = Journal.open if path.name == "journal.reflect" else Journal.open_read_only
    with opener(path, PASSPHRASE) as opened:
        return sorted(entry.text for entry in opened.entries().entries)


def journal_with_backup(journal):
    write(journal, "in the backup")
    backup = make_backup(journal, manual=True)
    write(journal, "only in the journal")
    journal.close()
    return backup


# --- Refused while the journal is open ---------------------------------------------------------


def test_a_restore_is_refused_while_this_process_has_the_journal_open(journal, journal_path):
    write(journal, "in the backup")
    backup = make_backup(journal, manual=True)
    write(journal, "only in the journal")
    before = journal_path.read_bytes()
    with pytest.raises(JournalInUse, match="open in another Reflect"):
        restore_backup(backup, journal_path, PASSPHRASE, NOW)
    assert journal_path.read_bytes() == before
    assert not incoming_path(journal_path).exists() and not plan_path(journal_path).exists()
    write(journal, "still writing after the refusal")
    journal.close()
    assert restore_backup(backup, journal_path, PASSPHRASE, NOW) is not None
    assert texts(journal_path) == ["in the backup"]


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from reflect.store import connection
    connection.KDF_ITERATIONS = {kdf}
    from reflect.app.journal import Journal
    journal = Journal.open(Path(sys.argv[1]), sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()  # held open until the test says
    journal.close()
    """
).format(kdf=TEST_KDF_ITERATIONS)


def start_holder(journal_path, tmp_path):
    """Another Reflect with the journal open, until it is told to close (or killed)."""
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, str(script), str(journal_path), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "open"
    return holder


def test_a_restore_is_refused_while_another_reflect_has_the_journal_open(
    journal, journal_path, tmp_path
):
    backup = journal_with_backup(journal)
    holder = start_holder(journal_path, tmp_path)
    try:
        with pytest.raises(JournalInUse):
            restore_backup(backup, journal_path, PASSPHRASE, NOW)
        assert texts(journal_path) == ["in the backup", "only in the journal"]
    finally:
        holder.communicate("\n", timeout=30)
    restore_backup(backup, journal_path, PASSPHRASE, NOW)
    assert texts(journal_path) == ["in the backup"]


def test_a_killed_holder_never_leaves_the_journal_locked(journal, journal_path, tmp_path):
    backup = journal_with_backup(journal)
    holder = start_holder(journal_path, tmp_path)
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    restore_backup(backup, journal_path, PASSPHRASE, NOW)
    assert texts(journal_path) == ["in the backup"]


# --- Killed at every step ------------------------------------------------------------------------

KILLED_RESTORE = textwrap.dedent(
    """
    import os, shutil, signal, sys
    from datetime import datetime
    from pathlib import Path
    from reflect.store import connection
    connection.KDF_ITERATIONS = {kdf}
    from reflect.app.restore import restore_backup
    backup, journal, kill_at, report = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    calls = 0

    def watched(name, original):
        def call(*args, **kwargs):
            global calls
            if not journal.exists():
                report.write_text("no journal at its path before " + name)
            calls += 1
            if calls == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return original(*args, **kwargs)
        return call

    os.replace = watched("replace", os.replace)
    os.link = watched("link", os.link)
    os.unlink = watched("unlink", os.unlink)
    shutil.copyfile = watched("copyfile", shutil.copyfile)
    restore_backup(backup, journal, sys.argv[5], datetime(2026, 3, 14, 19, 0))
    if not journal.exists():
        report.write_text("no journal at its path after the restore")
    print("done", calls, flush=True)
    """
).format(kdf=TEST_KDF_ITERATIONS)


def test_a_restore_killed_at_any_step_is_finished_or_undone_at_the_next_start(
    journal, journal_path, tmp_path
):
    backup = journal_with_backup(journal)
    original = journal_path.read_bytes()
    tools = tmp_path / "tools"
    tools.mkdir()
    script, report = tools / "killed_restore.py", tools / "report.txt"
    script.write_text(KILLED_RESTORE, encoding="utf-8")
    outcomes = []
    for kill_at in range(1, 40):
        run = subprocess.run(
            [
                sys.executable,
                str(script),
                str(backup),
                str(journal_path),
                str(kill_at),
                str(report),
                PASSPHRASE,
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert "Traceback" not in run.stderr, run.stderr
        assert not report.exists(), report.read_text()
        finished = finish_interrupted_restore(journal_path)
        clean_leftovers(journal_path)
        kept = sorted(journal_path.parent.glob("journal.reflect.before-restore-*"))
        now = texts(journal_path)
        if now == ["in the backup"]:
            outcomes.append("finished")
            assert finished is None or finished.finished
            [kept_file] = [k for k in kept if not k.name.endswith(("-wal", "-shm"))]
            assert texts(kept_file) == ["in the backup", "only in the journal"]  # nothing lost
        else:
            outcomes.append("undone")
            assert now == ["in the backup", "only in the journal"]
            assert journal_path.read_bytes() == original
        # Only the journal, what it was before (when finished), its lock and backups remain.
        kept = sorted(journal_path.parent.glob("journal.reflect.before-restore-*"))
        names = {p.name for p in journal_path.parent.iterdir()} - {p.name for p in kept}
        assert names == {journal_path.name, lock_path(journal_path).name, "backups", "tools"}, names
        for extra in kept:  # start the next round from the journal as it was
            extra.unlink()
        journal_path.write_bytes(original)
        if run.stdout.startswith("done"):
            break
    else:
        pytest.fail("the restore never ran to its end")
    assert (
        outcomes[-1] == "finished" and "undone" in outcomes and outcomes.count("finished") >= 3
    ), outcomes


WAL_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from reflect.store import connection
    connection.KDF_ITERATIONS = {kdf}
    from reflect.app.journal import Journal
    from reflect.domain.entry import new_entry
    journal = Journal.open(Path(sys.argv[1]), sys.argv[2])
    journal.save_entry(new_entry("shift_reflection", journal.today(), text="only in the log"))
    os.kill(os.getpid(), signal.SIGKILL)  # the entry is in the -wal file, not yet in the journal
    """
).format(kdf=TEST_KDF_ITERATIONS)


def test_the_write_ahead_log_goes_with_the_journal_it_belongs_to(journal, journal_path, tmp_path):
    backup = journal_with_backup(journal)
    script = tmp_path / "wal_writer.py"
    script.write_text(WAL_WRITER, encoding="utf-8")
    subprocess.run(
        [sys.executable, str(script), str(journal_path), PASSPHRASE], timeout=60, check=False
    )
    assert journal_path.with_name(journal_path.name + "-wal").stat().st_size > 0
    kept = restore_backup(backup, journal_path, PASSPHRASE, NOW)
    assert texts(journal_path) == ["in the backup"]
    with Journal.open(journal_path, PASSPHRASE) as restored:
        assert restored.integrity_problems() == []
    assert texts(kept) == ["in the backup", "only in the journal", "only in the log"]


# --- A file replaced underneath ------------------------------------------------------------------


def test_writing_stops_when_another_program_replaces_the_journal_file(
    journal, journal_path, tmp_path
):
    write(journal, "before")
    replacement = tmp_path / "other.reflect"
    with Journal.create(replacement, PASSPHRASE) as other:
        write(other, "the other file")
    set_aside = tmp_path / "set-aside.reflect"
    os.link(journal_path, set_aside)
    journal._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all of it in the file being set aside
    os.replace(replacement, journal_path)  # as an old Reflect's restore or a sync tool would
    with pytest.raises(JournalReplaced, match="stopped writing"):
        write(journal, "never written anywhere")
    with pytest.raises(JournalReplaced):
        journal.set_setting("language", "sv")
    with pytest.raises(JournalReplaced):
        journal.save_draft("shift_reflection", {"text": "x"})
    assert [e.text for e in journal.entries().entries] == ["before"]  # reading still works
    journal.close()
    assert texts(journal_path) == ["the other file"]
    assert texts(set_aside) == ["before"]
