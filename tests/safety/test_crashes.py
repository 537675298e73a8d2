"""Killed mid-write, two at once, a full disk: nothing that was saved is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from reflect.app.journal import Journal
from reflect.domain.entry import new_entry
from reflect.store.guard import DiskFull
from tests.conftest import PASSPHRASE, TEST_KDF_ITERATIONS

KILLS = 20

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from reflect.store import connection
    connection.KDF_ITERATIONS = {kdf}  # the test journal's, as the fixture sets it
    from reflect.app.journal import Journal
    from reflect.domain.entry import new_entry
    journal = Journal.open(Path(sys.argv[1]), sys.argv[2])
    tag = sys.argv[3]
    number = 0
    while True:
        number += 1
        entry = journal.save_entry(new_entry("shift_reflection", journal.today(),
                                             text=f"{{tag}} entry {{number}} " + "words " * 200))
        print(entry.uuid, flush=True)  # printed only once the save has returned
        if len(sys.argv) > 4 and number >= int(sys.argv[4]):
            break
    """
).format(kdf=TEST_KDF_ITERATIONS)


def start_writer(tmp_path, journal_path, tag, count=None):
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    args = [sys.executable, str(script), str(journal_path), PASSPHRASE, tag]
    if count:
        args.append(str(count))
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_killed_writers_lose_nothing_that_was_saved(journal, journal_path, tmp_path):
    journal.close()
    rng = random.Random(20160501)
    saved: set[str] = set()
    for round_number in range(KILLS):
        writer = start_writer(tmp_path, journal_path, f"round{round_number}")
        for _ in range(rng.randint(1, 15)):
            line = writer.stdout.readline()
            assert line, writer.stderr.read()
            saved.add(line.strip())
        time.sleep(rng.uniform(0, 0.03))  # somewhere inside the next save
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate()
        saved.update(line.strip() for line in rest.splitlines() if line.strip())
        with Journal.open(journal_path, PASSPHRASE) as reopened:
            assert reopened.integrity_problems() == []
            missing = [uuid for uuid in saved if reopened.entry(uuid) is None]
            assert missing == [], f"round {round_number} lost saved entries"
    assert len(saved) >= KILLS


def test_two_processes_on_one_journal_both_work(journal, journal_path, tmp_path):
    journal.close()
    writers = [start_writer(tmp_path, journal_path, tag, count=40) for tag in ("first", "second")]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (_out, err) in zip(writers, outputs):
        assert writer.returncode == 0, err
    uuids = {line for out, _ in outputs for line in out.split()}
    assert len(uuids) == 80
    with Journal.open(journal_path, PASSPHRASE) as reopened:
        assert reopened.count_entries() == 80
        assert reopened.integrity_problems() == []


def test_a_full_disk_loses_nothing_already_saved(journal, journal_path):
    kept = [
        journal.save_entry(new_entry("shift_reflection", journal.today(), text=f"safe {i}"))
        for i in range(3)
    ]
    pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
    journal._db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up now
    with pytest.raises(DiskFull, match="disk is full"):
        for _i in range(200):
            journal.save_entry(new_entry("shift_reflection", journal.today(), text="big " * 5000))
    journal.close()
    with Journal.open(journal_path, PASSPHRASE) as reopened:
        assert reopened.integrity_problems() == []
        for entry in kept:
            assert reopened.entry(entry.uuid) == entry


GUI_WRITER = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from reflect.store import connection
    connection.KDF_ITERATIONS = {kdf}
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    app = QApplication([])
    from reflect.app.journal import Journal
    from reflect.app.prompt_library import PromptLibrary, load_catalogue
    from reflect.gui.main_window import MainWindow
    from reflect.present.preferences import Preferences
    journal = Journal.open(Path(sys.argv[1]), sys.argv[2])
    window = MainWindow(journal, PromptLibrary(journal, load_catalogue("en")), Preferences(Path(sys.argv[3])))
    window.show()
    window.write_new("shift_reflection", None)
    QTest.keyClicks(window.editor.text_field, "typed just before the crash")
    print("typed", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.01)
    """
).format(kdf=TEST_KDF_ITERATIONS)


def test_the_autosaved_draft_survives_a_kill_a_second_after_typing(journal, journal_path, tmp_path):
    journal.close()
    script = tmp_path / "gui_writer.py"
    script.write_text(GUI_WRITER, encoding="utf-8")
    child = subprocess.Popen(
        [
            sys.executable,
            str(script),
            str(journal_path),
            PASSPHRASE,
            str(tmp_path / "settings.ini"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout.readline().strip() == "typed", child.stderr.read()
    time.sleep(1.0)  # the audit lost drafts killed 0.5-1.5 s after typing
    child.send_signal(signal.SIGKILL)
    child.communicate()
    with Journal.open(journal_path, PASSPHRASE) as reopened:
        [draft] = reopened.drafts()
        assert draft.payload["text"] == "typed just before the crash"


def test_a_full_disk_is_one_sentence_whichever_store_meets_it(journal):
    """Code review finding 2: writes through the settings or supervision stores skipped the mapping."""
    from reflect.app.supervision import set_watch_list

    pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
    journal._db.execute(f"PRAGMA max_page_count = {pages}")  # not one page more
    with pytest.raises(DiskFull):
        set_watch_list(journal, [f"Name{i} " * 400 for i in range(40)])
    assert journal.setting("watch_list", []) == []
