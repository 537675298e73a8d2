"""Nothing in plain text outside the journal: partial files, odd targets, permissions, imports.

Audit findings 4 (an import emptied the watch list), 14 (killed runs left
plaintext partial files), 15 (``-o /dev/full`` replaced the device) and 16
(packs, log and settings readable by everyone).
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from reflect.app.pack_export import PackWording, export_pack
from reflect.app.portability.dumping import dump_to
from reflect.app.portability.importing import import_file
from reflect.app.prompt_library import load_catalogue
from reflect.app.supervision import pack_for, set_watch_list, watch_list
from reflect.domain.entry import Share, new_entry
from reflect.domain.errors import ValidationError
from reflect.domain.kinds import Kind
from reflect.domain.pack import PackOptions
from reflect.domain.period import Period
from reflect.private_files import PARTIAL_PREFIX, REGISTER, Leftovers, clean_leftovers
from reflect.store.journal_lock import lock_path
from tests.cli.running import assert_user_error, run

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
CANARY = "klartextkanarie"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def a_pack(journal):
    journal.save_entry(
        new_entry(
            Kind.SHIFT_REFLECTION,
            journal.today() - timedelta(days=1),
            text=f"{CANARY} shared",
            share=Share.FULL,
        )
    )
    return pack_for(
        journal, PackOptions(Period(journal.today() - timedelta(days=30), journal.today()))
    )


# --- Leftovers of killed runs (finding 14) -------------------------------------------------------

KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from reflect.private_files import Leftovers, private_partial
journal, target = Path(sys.argv[1]), Path(sys.argv[2])
with private_partial(target, Leftovers.beside(journal)) as partial:
    partial.write_text("klartextkanarie half a pack", encoding="utf-8")
    os.kill(os.getpid(), signal.SIGKILL)
"""


@POSIX
def test_a_pack_killed_half_way_leaves_nothing_after_the_next_start(tmp_path, journal_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(journal_path), str(exports / "pack.md")]
    )
    assert killed.returncode == -signal.SIGKILL
    [left] = list(exports.iterdir())
    assert left.name.startswith(PARTIAL_PREFIX) and mode(left) == 0o600
    assert (journal_path.parent / REGISTER).exists()

    clean_leftovers(journal_path)  # what every start of reflect does first
    assert list(exports.iterdir()) == []
    assert not (journal_path.parent / REGISTER).exists()


@POSIX
def test_the_command_line_cleans_up_at_start(env, tmp_path):
    journal = Path(env["REFLECT_JOURNAL"])
    run(env, "init")
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(journal), str(tmp_path / "dump.json")], env=env
    )
    assert killed.returncode == -signal.SIGKILL
    assert [p for p in tmp_path.iterdir() if p.name.startswith(PARTIAL_PREFIX)]
    assert run(env, "list").returncode == 0
    assert [p for p in tmp_path.iterdir() if p.name.startswith(PARTIAL_PREFIX)] == []


def test_a_partial_of_a_live_process_is_left_alone(tmp_path):
    partial = tmp_path / f"{PARTIAL_PREFIX}busy"
    partial.write_text("being written", encoding="utf-8")
    leftovers = Leftovers(tmp_path / REGISTER)
    leftovers.add(partial)  # this very process is writing it
    assert leftovers.clean() == []
    assert partial.exists()


def test_the_register_never_removes_a_file_it_did_not_make(tmp_path):
    precious = tmp_path / "journal.reflect"
    precious.write_text("not ours to remove", encoding="utf-8")
    (tmp_path / REGISTER).write_text(f"999999999\t{precious}\n", encoding="utf-8")
    Leftovers(tmp_path / REGISTER).clean()
    assert precious.exists()


def test_a_failed_write_removes_its_partial(tmp_path, journal, monkeypatch, qapp):
    pack = a_pack(journal)
    import reflect.export.markdown as markdown

    def broken(doc):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(markdown, "render_markdown", broken)
    with pytest.raises(OSError):
        export_pack(journal, pack, "md", tmp_path / "pack.md", PackWording(load_catalogue("en")))
    beside_journal = {"journal.reflect", lock_path(journal.path).name}
    assert [
        p.name
        for p in tmp_path.iterdir()
        if p.name not in beside_journal and not p.name.startswith("journal.")
    ] == []


# --- Targets that are not files (finding 15) -------------------------------------------------------


@pytest.mark.parametrize("target", ["folder", "/dev/full", "/dev/null"])
def test_a_target_that_is_not_a_plain_file_is_refused(tmp_path, journal, target, qapp):
    if target.startswith("/dev") and not Path(target).exists():
        pytest.skip("no such device here")
    path = tmp_path if target == "folder" else Path(target)
    before = path.stat()
    with pytest.raises(ValidationError):
        export_pack(journal, a_pack(journal), "md", path, PackWording(load_catalogue("en")))
    after = path.stat()
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (
        stat.S_IFMT(before.st_mode),
        before.st_ino,
    )
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(PARTIAL_PREFIX)]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_export_to_a_device_gives_one_line_on_the_command_line(env, tmp_path):
    run(env, "init")
    result = run(env, "export", "--format", "md", "-o", "/dev/full")
    assert_user_error(result, "/dev/full")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    result = run(env, "dump", str(tmp_path))
    assert_user_error(result, str(tmp_path))


# --- Permissions (finding 16) -----------------------------------------------------------------------


@POSIX
@pytest.mark.parametrize("export_format", ["md", "html", "pdf"])
def test_packs_and_dumps_are_readable_by_their_owner_only(tmp_path, journal, export_format, qapp):
    old = os.umask(0o022)
    try:
        path = export_pack(
            journal,
            a_pack(journal),
            export_format,
            tmp_path / f"pack.{export_format}",
            PackWording(load_catalogue("en")),
        ).path
        dump_to(journal, tmp_path / "all.json")
    finally:
        os.umask(old)
    assert mode(path) == 0o600
    assert mode(tmp_path / "all.json") == 0o600


@POSIX
def test_reflects_files_and_folders_are_private_after_a_real_session(env, tmp_path):
    journal = tmp_path / "data" / "Reflect" / "journal.reflect"
    env = {**env, "REFLECT_JOURNAL": str(journal), "XDG_STATE_HOME": str(tmp_path / "state")}
    settings = tmp_path / "config" / "Reflect" / "settings.ini"
    settings.parent.mkdir(parents=True, mode=0o755)
    settings.write_text("[General]\nlanguage=en\n", encoding="utf-8")
    settings.chmod(0o644)
    assert run(env, "init").returncode == 0
    run(env, "add", "--kind", "shift_reflection", "--share", "full", stdin="words")
    assert run(env, "backup").returncode == 0
    assert run(env, "export", "--format", "md", "-o", str(tmp_path / "pack.md")).returncode == 0
    log_dirs = list((tmp_path).rglob("reflect.log"))
    assert log_dirs, "the CLI wrote no log"
    for log in log_dirs:
        assert mode(log) == 0o600 and mode(log.parent) == 0o700
    assert mode(journal) == 0o600 and mode(journal.parent) == 0o700
    assert mode(journal.parent / "backups") == 0o700
    assert all(mode(b) == 0o600 for b in (journal.parent / "backups").iterdir())
    assert mode(tmp_path / "pack.md") == 0o600


@POSIX
def test_the_window_preferences_are_private(tmp_path, qapp):
    from reflect.present.preferences import Preferences

    old = os.umask(0o022)
    try:
        preferences = Preferences(tmp_path / "config" / "settings.ini")
        preferences.language = "sv"
        preferences.sync()
    finally:
        os.umask(old)
    assert mode(tmp_path / "config" / "settings.ini") == 0o600
    assert mode(tmp_path / "config") == 0o700


# --- Imports never weaken privacy (finding 4) -----------------------------------------------------


def reflect_file(tmp_path, journal, settings) -> Path:
    dump_to(journal, tmp_path / "other.json")
    data = json.loads((tmp_path / "other.json").read_text(encoding="utf-8"))
    data["settings"] = settings
    path = tmp_path / "incoming.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_import_never_empties_the_watch_list(tmp_path, journal):
    set_watch_list(journal, ["Kim Berg", "Åsa"])
    result = import_file(journal, reflect_file(tmp_path, journal, {"watch_list": []}))
    assert watch_list(journal) == ["Kim Berg", "Åsa"]
    assert not result.settings.changed


def test_an_import_joins_watch_lists_and_says_so(tmp_path, journal):
    set_watch_list(journal, ["Kim Berg"])
    result = import_file(
        journal,
        reflect_file(tmp_path, journal, {"watch_list": ["kim berg", "Sam Ek"], "colour": "blue"}),
    )
    assert watch_list(journal) == ["Kim Berg", "Sam Ek"]
    assert result.settings.watch_names_added == 1 and result.settings.keys_added == ("colour",)


def test_the_command_line_reports_what_an_import_changed(env, tmp_path):
    run(env, "init")
    data = {
        "format": "reflect-journal",
        "version": 1,
        "entries": [],
        "settings": {"watch_list": ["Sam Ek"]},
    }
    dumped = run(env, "dump", str(tmp_path / "mine.json"))
    assert dumped.returncode == 0, dumped.stderr
    mine = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    data["format"], data["version"] = mine["format"], mine["version"]
    (tmp_path / "in.json").write_text(json.dumps(data), encoding="utf-8")
    result = run(env, "import", str(tmp_path / "in.json"))
    assert result.returncode == 0, result.stderr
    assert "Names to keep out: added from the file: 1; none removed." in result.stdout


@POSIX
def test_reflects_own_folders_are_tightened_and_a_chosen_folder_is_left_alone(env, tmp_path):
    own = tmp_path / "data" / "Reflect"
    (own / "backups").mkdir(parents=True, mode=0o755)
    own.chmod(0o755)
    (own / "backups").chmod(0o755)
    chosen = tmp_path / "Documents"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    env = {**env, "REFLECT_JOURNAL": str(chosen / "mine.reflect")}
    assert run(env, "init").returncode == 0
    assert mode(own) == 0o700 and mode(own / "backups") == 0o700
    assert mode(chosen) == 0o755 and mode(chosen / "mine.reflect") == 0o600
