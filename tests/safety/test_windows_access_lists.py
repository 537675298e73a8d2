"""On Windows the journal, backups, exports and Reflect's folders get a user-only access list.

Linux cannot set a Windows access list, so here the Windows branch runs
with a recorder in place of the call into advapi32, to prove every private
file takes it, and a pack before its first byte. Under Wine the smoke test
reads the real access lists back (tests/wine/access_list_check.py).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from reflect import private_files, windows_acl
from reflect.app.backups import make_backup
from reflect.app.journal import Journal
from reflect.app.pack_export import PackWording, export_pack
from reflect.app.portability.dumping import dump_to
from reflect.app.prompt_library import load_catalogue
from reflect.app.supervision import pack_for
from reflect.domain.entry import Share, new_entry
from reflect.domain.kinds import Kind
from reflect.domain.pack import PackOptions
from reflect.domain.period import Period
from tests.conftest import PASSPHRASE


@pytest.fixture
def restricted(monkeypatch) -> dict[Path, tuple[bool, int]]:
    """Every path given a user-only list: whether as a folder, and its size at that moment."""
    seen: dict[Path, tuple[bool, int]] = {}

    def record(path: Path, *, folder: bool = False) -> bool:
        size = 0 if folder else path.stat().st_size
        seen.setdefault(Path(path).resolve(), (folder, size))
        return True

    monkeypatch.setattr(private_files, "ON_WINDOWS", True)
    monkeypatch.setattr(windows_acl, "restrict_to_user", record)
    return seen


def test_the_access_list_has_one_entry_for_the_user_and_inherits_nothing():
    sid = "S-1-5-21-1-2-3-1001"
    assert windows_acl.owner_only_sddl(sid, folder=False) == f"D:P(A;;FA;;;{sid})"
    # What is made in the folder later (the -wal file, new backups) inherits it.
    assert windows_acl.owner_only_sddl(sid, folder=True) == f"D:P(A;OICI;FA;;;{sid})"


def test_off_windows_nothing_is_attempted(tmp_path):
    assert windows_acl.restrict_to_user(tmp_path) is False


def test_the_journal_its_folders_backups_and_exports_are_the_users_alone(
    tmp_path, restricted, qapp
):
    journal_path = tmp_path / "Reflect" / "journal.reflect"
    journal = Journal.create(journal_path, PASSPHRASE)
    try:
        journal.save_entry(
            new_entry(
                Kind.SHIFT_REFLECTION,
                journal.today() - timedelta(days=1),
                text="words to share",
                share=Share.FULL,
            )
        )
        backup = make_backup(journal)
        pack = pack_for(
            journal, PackOptions(Period(journal.today() - timedelta(days=30), journal.today()))
        )
        written = export_pack(
            journal, pack, "md", tmp_path / "pack.md", PackWording(load_catalogue("en"))
        ).path
        dump_to(journal, tmp_path / "all.json")
    finally:
        journal.close()

    folders = {path for path, (folder, _) in restricted.items() if folder}
    assert journal_path.parent.resolve() in folders
    assert backup.parent.resolve() in folders
    assert journal_path.resolve() in restricted
    # A pack, a dump and a backup are written to a partial that is renamed:
    # each partial was restricted while it was still empty.
    partials = [
        (path, size)
        for path, (folder, size) in restricted.items()
        if path.name.startswith(private_files.PARTIAL_PREFIX)
    ]
    assert len(partials) >= 3
    assert all(size == 0 for _, size in partials)
    assert written.exists() and (tmp_path / "all.json").exists()


def test_a_folder_the_writer_already_had_keeps_its_access_list(tmp_path, restricted):
    chosen = tmp_path / "Documents"
    chosen.mkdir()
    private_files.make_private_folder(chosen)
    assert chosen.resolve() not in restricted
    private_files.make_private_folder(chosen / "Reflect")
    assert (chosen / "Reflect").resolve() in restricted
