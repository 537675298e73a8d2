"""Privacy proofs: no plaintext anywhere on disk, no network at all."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

import reflect
from reflect.app.backups import make_backup
from reflect.app.journal import Journal
from reflect.domain.kinds import Kind
from reflect.gui.app_controller import AppController
from reflect.gui.main_window import JOURNAL, SUMMARIES
from reflect.logs import setup_logging, stop_logging
from reflect.present.preferences import Preferences
from tests.conftest import PASSPHRASE

CANARY = "kanarieord9173"
NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "requests",
    "httpx",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "asyncio",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
}


@pytest.fixture
def no_network(monkeypatch):
    """Every attempt to connect anywhere is recorded and refused."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use is not allowed in Reflect")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_no_module_imports_a_network_client():
    offenders = []
    for path in Path(reflect.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if name in NETWORK_MODULES or name.split(".")[0] in NETWORK_MODULES:
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []


def files_under(*roots):
    for root in roots:
        for path in Path(root).rglob("*"):
            if path.is_file():
                yield path


def test_a_whole_session_leaves_no_plaintext_and_opens_no_connection(
    qtbot, qapp, tmp_path, monkeypatch, no_network, translations
):
    folders = {
        name: tmp_path / name for name in ("data", "config", "cache", "log", "temp", "exports")
    }
    for folder in folders.values():
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folders["temp"]))
    monkeypatch.setattr("tempfile.tempdir", str(folders["temp"]))
    journal_path = folders["data"] / "journal.reflect"
    handler = setup_logging(folders["log"], debug=True)
    Journal.create(journal_path, PASSPHRASE).close()

    controller = AppController(qapp, Preferences(folders["config"] / "settings.ini"), journal_path)
    dialog = controller.start()
    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    window = controller.window

    # Write and save a private entry, then leave another unsaved (autosaved as a draft).
    qtbot.mouseClick(
        window.today_page.kind_buttons[Kind.STIGMA_INCIDENT], Qt.MouseButton.LeftButton
    )
    qtbot.keyClicks(
        window.editor.form.text_fields["what_happened"], f"Heard {CANARY} in the corridor"
    )
    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
    assert controller.journal.count_entries() == 1
    window.write_new(Kind.SHIFT_REFLECTION.value, None)
    qtbot.keyClicks(window.editor.text_field, f"Unsaved {CANARY}")
    window.autosave.flush()
    # Search for it, check in, prepare and export a pack, back up, then lock.
    window.show_page(JOURNAL)
    qtbot.keyClicks(window.journal_page.search_field, CANARY)
    window.journal_page.apply_query()
    assert window.journal_page.model.rowCount() == 1
    window.show_page(SUMMARIES)
    pack = window.summaries_page.open_pack_dialog()
    for export_format in ("md", "html", "pdf"):
        assert pack.export_to(folders["exports"] / f"pack.{export_format}", export_format)
    pack.close()
    make_backup(controller.journal)
    window = controller.window
    controller.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)
    controller.gate.reject()
    controller.shut_down()
    stop_logging(handler)
    log_text = (folders["log"] / "reflect.log").read_text(encoding="utf-8")
    assert "supervision pack written as pdf" in log_text and "locked" in log_text
    assert "saving a stigma_incident entry" in log_text  # debug detail, without the words

    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), b"kanarieord"]
    looked_at = []
    for path in files_under(*folders.values()):
        data = path.read_bytes()
        looked_at.append(path.name)
        for needle in needles:
            assert needle not in data, f"{CANARY} in plain text in {path}"
    assert {"journal.reflect", "settings.ini", "pack.pdf", "reflect.log"} <= set(looked_at)
    assert any(name.startswith("journal-") for name in looked_at)  # the backup
    assert no_network == []
