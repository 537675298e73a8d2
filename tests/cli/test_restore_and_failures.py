"""The command line on the failure paths: a journal open elsewhere, an interrupted restore."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from reflect.store.journal_swap import plan_path, write_incoming
from tests.cli.running import PASSPHRASE, assert_user_error, run

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
    assert run(env, "backup", "--to", str(tmp_path / "copies")).returncode == 0
    run(env, "add", "--kind", "shift_reflection", stdin="only in the journal")
    [backup] = (tmp_path / "copies").glob("journal-*.reflect")
    return backup


def test_restore_is_refused_while_the_journal_is_open_in_another_reflect(env, tmp_path):
    backup = journal_with_backup(env, tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, env["REFLECT_JOURNAL"], PASSPHRASE],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert_user_error(run(env, "restore", str(backup)), "open in another Reflect window or command")
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
    plan_path(journal).write_text(json.dumps({"kept": "cli.reflect.before-restore-20261201-120000"}),
                                  encoding="utf-8")
    listed = run(env, "list")
    assert listed.returncode == 0, listed.stderr
    assert "interrupted has been finished" in listed.stderr and "before-restore-20261201-120000" in listed.stderr
    assert "in the backup" in listed.stdout and "only in the journal" not in listed.stdout
    kept = dict(env, REFLECT_JOURNAL=str(tmp_path / "cli.reflect.before-restore-20261201-120000"))
    assert sorted(texts(kept)) == ["in the backup", "only in the journal"]
    assert run(env, "list").stderr == ""  # said once
