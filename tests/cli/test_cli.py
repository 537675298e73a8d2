"""The ``reflect`` command, run as a user runs it: the installed script in a subprocess.

These use the shipped key derivation (256,000 rounds), as a real journal does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import reflect
from tests.cli.running import assert_user_error, run, script

CANARY = "kanariefågel4242"


def test_version_through_script_and_module(env):
    for command in ([script()], [sys.executable, "-m", "reflect"]):
        result = run(env, "--version", command=command)
        assert result.returncode == 0
        assert result.stdout.strip() == f"Reflect {reflect.__version__}"


def test_init_add_search_list_and_the_file_stays_secret(env, tmp_path):
    journal = tmp_path / "cli.reflect"
    assert run(env, "init").returncode == 0
    added = run(
        env,
        "add",
        "--kind",
        "loyalty_conflict",
        "--title",
        "Ward round",
        "--date",
        "yesterday",
        "--tag",
        "Night",
        "--tag",
        "medicin",
        "--field",
        "situation=P wanted to stop the medication",
        "--field",
        "where_i_stood=both",
        "--intensity",
        "7",
        "--for-supervision",
        "--question",
        "How do I stay on both sides?",
        stdin=f"I felt torn. {CANARY} was the word of the day.\n",
    )
    assert added.returncode == 0, added.stderr
    assert "Ward round" in added.stdout

    found = run(env, "search", "kanariefagel4242", "--json")
    assert found.returncode == 0, found.stderr
    [hit] = json.loads(found.stdout)
    assert hit["kind"] == "loyalty_conflict"
    assert hit["fields"]["where_i_stood"] == "both"
    assert hit["tags"] == ["night", "medicin"]
    assert hit["share"] == "full"  # --for-supervision is shorthand for --share full
    assert hit["intensity"] == 7
    assert f"[{CANARY}]" in hit["snippet"]

    listed = run(env, "list", "--tag", "NIGHT")
    assert "Ward round" in listed.stdout and "[for supervision]" in listed.stdout
    assert "No entries match." in run(env, "list", "--kind", "stigma_incident").stdout

    for suffix in ("", "-wal", "-shm"):
        part = journal.with_name(journal.name + suffix)
        if part.exists():
            data = part.read_bytes()
            assert b"SQLite format 3" not in data[:16]
            assert CANARY.encode() not in data


def test_list_json_filters_by_date(env):
    run(env, "init")
    for day in ("2026-01-05", "2026-02-10"):
        run(env, "add", "--kind", "shift_reflection", "--date", day, stdin=f"written {day}")
    result = run(env, "list", "--from", "2026-02-01", "--to", "2026-02-28", "--json")
    assert [e["occurred_on"] for e in json.loads(result.stdout)] == ["2026-02-10"]


def test_checkin(env):
    run(env, "init")
    result = run(
        env, "checkin", "--mood", "2", "--energy", "3", "--stress", "5", "--note", "long day"
    )
    assert result.returncode == 0 and "mood 2" in result.stdout


def test_passphrase_file(env, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("from a file, for scripts\n")
    del env["REFLECT_PASSPHRASE"]
    assert run(env, "--passphrase-file", str(secret), "init").returncode == 0
    assert run(env, "--passphrase-file", str(secret), "list").returncode == 0
    assert_user_error(run(env, "--passphrase-file", str(tmp_path / "nope"), "list"), "Cannot read")


def test_journal_option_comes_before_the_command(env, tmp_path):
    other = tmp_path / "elsewhere" / "other.reflect"
    assert run(env, "--journal", str(other), "init").returncode == 0
    assert other.exists()


@pytest.mark.parametrize(
    ("args", "stdin", "fragment"),
    [
        (("add", "--kind", "shift_reflection", "--date", "14/3"), "x", "is not a date"),
        (("add", "--kind", "shift_reflection", "--date", "2999-01-01"), "x", "2999-01-01"),
        (("add", "--kind", "shift_reflection"), "", "empty"),
        (("add", "--kind", "stigma_incident", "--field", "source=moon"), "x", "not a choice"),
        (("add", "--kind", "stigma_incident", "--field", "nonsense"), "x", "NAME=VALUE"),
        (("checkin", "--mood", "9", "--energy", "1", "--stress", "1"), "", "Mood"),
    ],
)
def test_user_mistakes_give_one_line_and_exit_2(env, args, stdin, fragment):
    run(env, "init")
    assert_user_error(run(env, *args, stdin=stdin), fragment)
    assert json.loads(run(env, "list", "--json").stdout) == []


def test_unknown_kind_is_refused_by_the_parser(env):
    run(env, "init")
    result = run(env, "add", "--kind", "diary")
    assert result.returncode == 2 and "invalid choice" in result.stderr
    assert "Traceback" not in result.stderr


def test_wrong_passphrase_and_missing_journal(env):
    assert_user_error(run(env, "list"), "There is no journal")
    run(env, "init")
    env["REFLECT_PASSPHRASE"] = "not the right one"
    assert_user_error(run(env, "list"), "does not open this journal")


def test_init_in_a_onedrive_folder_says_so_and_still_creates(env, tmp_path):
    onedrive = tmp_path / "OneDrive - Region"
    env = {**env, "OneDrive": str(onedrive), "REFLECT_JOURNAL": str(onedrive / "j.reflect")}
    result = run(env, "init")
    assert result.returncode == 0 and (onedrive / "j.reflect").exists()
    assert "OneDrive copies this folder to the cloud" in result.stderr
    assert (
        "cloud"
        not in run({**env, "REFLECT_JOURNAL": str(tmp_path / "here.reflect")}, "init").stderr
    )


def test_init_refuses_to_overwrite(env):
    run(env, "init")
    assert_user_error(run(env, "init"), "already exists")


def test_no_passphrase_without_a_terminal(env):
    del env["REFLECT_PASSPHRASE"]
    result = subprocess.run(
        [script(), "list"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        start_new_session=True,  # no controlling terminal
    )
    assert_user_error(result, "No passphrase")


def test_share_scope_from_the_command_line(env):
    run(env, "init")
    run(
        env,
        "add",
        "--kind",
        "meaningful_moment",
        "--share",
        "summary",
        "--question",
        "Q?",
        stdin="x",
    )
    run(env, "add", "--kind", "meaningful_moment", stdin="y")
    shares = sorted(e["share"] for e in json.loads(run(env, "list", "--json").stdout))
    assert shares == ["private", "summary"]
    assert (
        run(env, "add", "--kind", "meaningful_moment", "--share", "public", stdin="z").returncode
        == 2
    )


def test_summary_and_export_through_the_command_line(env, tmp_path):
    from pypdf import PdfReader

    run(env, "init")
    run(
        env,
        "add",
        "--kind",
        "stigma_incident",
        "--field",
        "source=colleague",
        "--intensity",
        "6",
        stdin="privatkanarie",
    )
    run(
        env,
        "add",
        "--kind",
        "meaningful_moment",
        "--share",
        "full",
        "--question",
        "Bring this?",
        stdin="Ring henne på 070-123 45 67 om promenaden.",
    )
    summary = json.loads(run(env, "summary", "--json").stdout)
    assert summary["entry_count"] == 2
    assert summary["stigma_by_source"] == {"colleague": 1}
    assert summary["stigma_intensity"] == 6
    assert [q["question"] for q in summary["supervision_questions"]] == ["Bring this?"]

    refused = run(env, "export", "--format", "md", "-o", str(tmp_path / "pack.md"))
    assert refused.returncode == 2 and "070-123 45 67" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "pack.md").exists()

    for export_format in ("md", "html", "pdf"):
        out = tmp_path / f"pack.{export_format}"
        done = run(env, "export", "--format", export_format, "-o", str(out), "--redact")
        assert done.returncode == 0, done.stderr
        if export_format == "pdf":
            text = " ".join(page.extract_text() for page in PdfReader(out).pages)
        else:
            text = out.read_text(encoding="utf-8")
        assert "promenaden" in " ".join(text.split())
        assert "070-123" not in text and "privatkanarie" not in text


def test_backup_restore_check_dump_and_import(env, tmp_path):
    run(env, "init")
    run(env, "add", "--kind", "shift_reflection", stdin="before the backup")
    made = run(env, "backup", "--to", str(tmp_path / "copies"))
    assert made.returncode == 0, made.stderr
    [backup] = list((tmp_path / "copies").glob("journal-*.reflect"))
    run(env, "add", "--kind", "shift_reflection", stdin="after the backup")
    assert "intact" in run(env, "check").stdout

    dumped = run(env, "dump", str(tmp_path / "all.json"))
    assert dumped.returncode == 0 and "NOT encrypted" in dumped.stdout
    assert dumped.stdout.startswith("Wrote 2 entries and everything else")
    other = dict(env, REFLECT_JOURNAL=str(tmp_path / "other.reflect"))
    run(other, "init")
    assert "2 new entries" in run(other, "import", str(tmp_path / "all.json")).stdout
    assert (
        "0 new entries (2 already here)" in run(other, "import", str(tmp_path / "all.json")).stdout
    )

    restored = run(env, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    texts = [e["text"] for e in json.loads(run(env, "list", "--json").stdout)]
    assert texts == ["before the backup"]
    assert list(tmp_path.glob("cli.reflect.before-restore-*"))
    assert_user_error(run(env, "import", str(tmp_path / "missing.json")), "Cannot read")


def test_self_test_opens_every_view(env):
    result = run(env, "--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


def test_the_command_line_speaks_the_language_chosen_in_the_window(env, tmp_path):
    settings = tmp_path / "config" / "Reflect" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nlanguage=sv\n", encoding="utf-8")
    created = run(env, "init")
    assert created.returncode == 0 and "En krypterad dagbok har skapats" in created.stdout
    assert run(env, "list").stdout.strip() == "Inga anteckningar hittades."
    added = run(
        env,
        "add",
        "--kind",
        "stigma_incident",
        "--title",
        "Ordet",
        "--field",
        "source=colleague",
        "--share",
        "full",
        "--question",
        "Hur svarar jag?",
        "--date",
        "i går",
        stdin="Det sades.",
    )
    assert added.returncode == 0 and "Upplevt stigma: Ordet [till handledningen]" in added.stdout
    summary = run(env, "summary").stdout
    assert "Stigma: En kollega 1." in summary and "Frågor till handledningen:" in summary
    mistake = run(env, "list", "--from", "någon gång")
    assert mistake.returncode == 2
    assert mistake.stderr.strip().startswith("reflect: någon gång är inget datum")
    helped = run(env, "--help").stdout
    assert "användning: reflect" in helped and "skapa en ny, krypterad dagbok" in helped
    # A kind is found by its name in the language shown, though no entry says it.
    assert "Upplevt stigma: Ordet" in run(env, "search", "upplev").stdout
    assert "Nothing found." in run(env, "--language", "en", "search", "stigmah").stdout
    assert "Meeting stigma: Ordet" in run(env, "--language", "en", "search", "meeti").stdout
    # --language wins over the window's setting.
    assert "Nothing found." in run(env, "--language", "en", "search", "nowhere").stdout


def test_export_checks_tags_and_keeps_summary_only_words_home(env, tmp_path):
    """Audit findings 1 and 2 through the command line."""
    run(env, "init")
    run(
        env,
        "add",
        "--kind",
        "loyalty_conflict",
        "--share",
        "summary",
        "--question",
        "Whose side?",
        "--tag",
        "sammanfattningstagg",
        stdin="sammanfattningskanarie in the first words",
    )
    run(
        env,
        "add",
        "--kind",
        "meaningful_moment",
        "--share",
        "full",
        "--tag",
        "0701234567",
        stdin="A good talk.",
    )
    refused = run(env, "export", "--format", "md", "-o", str(tmp_path / "pack.md"))
    assert refused.returncode == 2 and "0701234567" in refused.stderr
    assert not (tmp_path / "pack.md").exists()
    done = run(env, "export", "--format", "md", "-o", str(tmp_path / "pack.md"), "--redact")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(
        ": 2 shared entries. Replaced 1 detail that could identify someone."
    )
    text = (tmp_path / "pack.md").read_text(encoding="utf-8")
    assert "Whose side?" in text and "A good talk." in text
    for leaked in ("0701234567", "sammanfattningskanarie", "sammanfattningstagg", "first words"):
        assert leaked not in text


def test_an_empty_passphrase_is_one_clear_line(env, tmp_path):
    run(env, "init")
    empty = {**env, "REFLECT_PASSPHRASE": ""}
    for command in (["list"], ["search", "x"], ["backup"]):
        assert_user_error(run(empty, *command), "Type the passphrase: it cannot be empty.")


def test_a_damaged_journal_gives_one_line_not_a_traceback(env, tmp_path, monkeypatch):
    """Audit finding 9: list, search, backup, dump and export printed tracebacks on damage."""
    from datetime import date

    from reflect.app.journal import Journal
    from reflect.domain.entry import Share, new_entry
    from reflect.store import connection
    from tests.conftest import SHIPPED_KDF_ITERATIONS

    # Sixty entries made here, not by sixty commands: each command derives
    # the key anew, and sixty of them outlast the test's time on a busy machine.
    monkeypatch.setattr(connection, "KDF_ITERATIONS", SHIPPED_KDF_ITERATIONS)
    with Journal.create(Path(env["REFLECT_JOURNAL"]), env["REFLECT_PASSPHRASE"]) as made:
        made.add_entries(
            [
                new_entry(
                    "shift_reflection", date(2026, 3, 1), text=f"entry {n} " * 200, share=Share.FULL
                )
                for n in range(60)
            ]
        )
    assert run(env, "list").returncode == 0  # the command line reads it before the damage
    journal = Path(env["REFLECT_JOURNAL"])
    data = bytearray(journal.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 200 : page * 4096 + 260] = os.urandom(60)
    journal.write_bytes(bytes(data))
    for command in (
        ["list"],
        ["search", "entry"],
        ["dump", str(tmp_path / "all.json")],
        ["export", "--format", "md", "-o", str(tmp_path / "pack.md"), "--redact"],
    ):
        result = run(env, *command)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr, (command, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (command, result.stderr)
    assert not (tmp_path / "all.json").exists() and not (tmp_path / "pack.md").exists()


def test_odd_journal_paths_and_bad_utf8_are_one_line_each(env, tmp_path):
    """Audit finding 17 and the bad-input part of finding 9."""
    assert_user_error(
        run(env, "--journal", "", "list"), "--journal needs the path of a journal file"
    )
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert_user_error(run(env, "--journal", str(folder), "list"), "is a folder")
    assert_user_error(run(env, "--journal", str(folder), "init"), "is a folder")
    run(env, "init")
    bad_stdin = subprocess.run(
        [script(), "add", "--kind", "shift_reflection"],
        input=b"caf\xe9 \xff",
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert bad_stdin.returncode == 2 and b"not valid UTF-8" in bad_stdin.stderr
    assert b"Traceback" not in bad_stdin.stderr
    bad_argument = subprocess.run(
        [script().encode(), b"add", b"--kind", b"shift_reflection", b"--title", b"caf\xe9"],
        input=b"ok",
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert bad_argument.returncode == 2 and b"not valid UTF-8" in bad_argument.stderr
    assert run(env, "list").stdout.strip() == "No entries match."


def test_a_folder_that_is_not_there_is_the_systems_one_line(env, tmp_path):
    run(env, "init")
    result = run(env, "dump", str(tmp_path / "no such folder" / "all.json"))
    assert_user_error(result, "No such file or directory")
