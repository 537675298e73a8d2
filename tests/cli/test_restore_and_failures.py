"""The command line on the failure paths: a journal open elsewhere, an interrupted restore."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from reflect.store.journal_swap import plan_path, write_incoming
from tests.cli.running import PASSPHRASE, assert_user_error, run, script

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from reflect.app.journal import Journal
    journal = Journal.open(Path(sys.argv[1]), sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()
    journal.close()
    """
)


def texts(env):
    return [entry["text"] for entry in json.loads(run(env, "list", "--json").stdout)]


def journal_with_backup(env, tmp_path) -> Path:
    run(env, "init")
    run(env, "add", "--kind", "shift_reflection", stdin="in the backup")
    assert run(env, "backup").returncode == 0  # beside the journal, where the app looks
    run(env, "add", "--kind", "shift_reflection", stdin="only in the journal")
    [backup] = (tmp_path / "backups").glob("journal-*.reflect")
    return backup


def test_restore_is_refused_while_the_journal_is_open_in_another_reflect(env, tmp_path):
    backup = journal_with_backup(env, tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, env["REFLECT_JOURNAL"], PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        assert_user_error(
            run(env, "restore", str(backup)), "open in another Reflect window or command"
        )
    finally:
        holder.communicate("\n", timeout=60)
    assert sorted(texts(env)) == ["in the backup", "only in the journal"]
    assert run(env, "restore", str(backup)).returncode == 0
    assert texts(env) == ["in the backup"]


def test_the_next_command_finishes_a_restore_that_was_killed_half_way(env, tmp_path):
    backup = journal_with_backup(env, tmp_path)
    journal = Path(env["REFLECT_JOURNAL"])
    # Where a killed restore stops: the copy complete and the plan written, nothing swapped yet.
    write_incoming(backup, journal)
    plan_path(journal).write_text(
        json.dumps({"kept": "cli.reflect.before-restore-20261201-120000"}), encoding="utf-8"
    )
    listed = run(env, "list")
    assert listed.returncode == 0, listed.stderr
    assert (
        "interrupted has been finished" in listed.stderr
        and "before-restore-20261201-120000" in listed.stderr
    )
    assert "in the backup" in listed.stdout and "only in the journal" not in listed.stdout
    kept = dict(env, REFLECT_JOURNAL=str(tmp_path / "cli.reflect.before-restore-20261201-120000"))
    assert sorted(texts(kept)) == ["in the backup", "only in the journal"]
    assert run(env, "list").stderr == ""  # said once


def damage(path: Path, start: int, end: int) -> bytes:
    data = bytearray(path.read_bytes())
    data[start:end] = os.urandom(end - start)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_first_page_is_told_from_a_wrong_passphrase_and_the_backup_named(env, tmp_path):
    backup = journal_with_backup(env, tmp_path)
    journal = Path(env["REFLECT_JOURNAL"])
    damaged = damage(journal, 1000, 1100)
    for command in (["list"], ["add", "--kind", "shift_reflection"], ["check"]):
        result = run(env, *command, stdin="x")
        assert_user_error(result, "the journal file is damaged")
        assert str(backup) in result.stderr
    assert_user_error(
        run(dict(env, REFLECT_PASSPHRASE="another passphrase"), "list"),
        "That passphrase does not open this journal.",
    )
    assert journal.read_bytes() == damaged
    journal.write_bytes(
        damaged[: len(damaged) // 2 + 100]
    )  # cut short, as a full disk or a bad copy leaves it
    assert_user_error(run(env, "list"), "the journal file is damaged")


def test_check_gives_a_short_verdict_and_details_when_asked(env, tmp_path, monkeypatch):
    from datetime import date

    from reflect.app.journal import Journal
    from reflect.domain.entry import new_entry
    from reflect.store import connection
    from tests.conftest import SHIPPED_KDF_ITERATIONS

    backup = journal_with_backup(env, tmp_path)
    assert (
        run(env, "check").stdout.strip()
        == "The journal is intact: encryption and structure checked."
    )
    journal = Path(env["REFLECT_JOURNAL"])
    # Forty entries in one process, not forty commands each deriving the key.
    monkeypatch.setattr(connection, "KDF_ITERATIONS", SHIPPED_KDF_ITERATIONS)
    with Journal.open(journal, PASSPHRASE) as opened:
        opened.add_entries(
            [
                new_entry("shift_reflection", date(2026, 3, 1), text=f"entry {n} " * 300)
                for n in range(40)
            ]
        )
    size = journal.stat().st_size
    damaged = damage(journal, size - 3 * 4096 + 100, size - 3 * 4096 + 200)
    short = run(env, "check")
    assert_user_error(short, "The journal is damaged (problems found:")
    assert str(backup) in short.stderr and short.stdout == ""
    verbose = run(env, "check", "--verbose")
    assert verbose.returncode == 2 and len(verbose.stdout.strip().splitlines()) >= 1
    assert "page" in verbose.stdout.lower() or "hmac" in verbose.stdout.lower()
    # Looking never changes a damaged file.
    for command in (
        ["check"],
        ["list"],
        ["search", "entry"],
        ["summary"],
        ["dump", str(tmp_path / "d.json")],
    ):
        run(env, *command)
        assert journal.read_bytes() == damaged, command


def test_a_mistyped_command_line_is_one_line(env):
    for args in (["lisst"], ["add", "--kind"], ["checkin", "--mood", "eleven"], ["--frobnicate"]):
        result = run(env, *args)
        assert_user_error(result, "See 'reflect")
        assert result.stderr.rstrip().endswith("--help'.")
        assert "usage:" not in result.stderr


def test_a_read_only_disk_is_told_apart_and_reading_still_works(env, tmp_path):
    from tests.read_only_disk import read_only_disk

    folder = tmp_path / "stick"
    folder.mkdir()
    stick = dict(env, REFLECT_JOURNAL=str(folder / "journal.reflect"))
    run(stick, "init")
    run(stick, "add", "--kind", "shift_reflection", stdin="written before the stick was locked")
    before = (folder / "journal.reflect").read_bytes()
    with read_only_disk(folder) as wrap:
        listed = run(stick, "list", command=wrap([script()]))
        assert listed.returncode == 0, listed.stderr
        assert "written before the stick was locked" in listed.stdout
        for command in (
            ["add", "--kind", "shift_reflection"],
            ["checkin", "--mood", "3", "--energy", "3", "--stress", "3"],
        ):
            result = run(stick, *command, command=wrap([script()]), stdin="x")
            assert_user_error(result, "cannot be written to")
        assert run(stick, "summary", command=wrap([script()])).returncode == 0
    assert (folder / "journal.reflect").read_bytes() == before


def test_the_import_report_counts_what_was_left_out_and_why(env, tmp_path):
    run(env, "init")
    export = tmp_path / "dayone.json"
    export.write_text(
        json.dumps(
            {
                "metadata": {"version": "1.0"},
                "entries": [
                    {
                        "uuid": f"{1:032X}",
                        "creationDate": "2026-03-10T08:00:00Z",
                        "timeZone": "Europe/Stockholm",
                        "text": "Kept ![](dayone-moment://AB)",
                    },
                    {"uuid": f"{2:032X}", "creationDate": "2026-03-10T08:00:00Z", "text": "  "},
                    {
                        "uuid": f"{3:032X}",
                        "creationDate": "2026-03-10T08:00:00Z",
                        "text": "![](dayone-moment://CD)",
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    result = run(env, "import", str(export))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Imported from day_one: 1 new entry (0 already here), 0 check-ins.",
        "Left out, empty: 1",
        "Left out, only photos or other media: 1",
    ]
    assert texts(env) == ["Kept [photo]"]
