"""Reflect as a screen reader meets it: the real window's accessibility tree over AT-SPI.

The driver (``atspi_driver.py``, run by the system's Python with Debian's
python3-pyatspi) starts Reflect on a virtual screen inside a private D-Bus
session, lists every focusable control without a name, role or label on
each screen, and runs the main journeys by accessible names only. This test
then reads the journal those journeys wrote. CI installs what it needs
(``.ci/run``) and sets REFLECT_REQUIRE_ATSPI, so there it never skips.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from reflect.app.journal import Journal
from reflect.domain.kinds import Kind
from reflect.store import connection
from tests.conftest import SHIPPED_KDF_ITERATIONS

DRIVER = Path(__file__).with_name("atspi_driver.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PASSPHRASE = "a screen reader's passphrase"
JOURNEYS = [
    "first run",
    "audit of every section",
    "check-in",
    "write a loyalty conflict",
    "search",
    "make a pack",
]


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture
def virtual_screen():
    if missing := missing_tools():
        if os.environ.get("REFLECT_REQUIRE_ATSPI"):
            pytest.fail(f"the screen-reader test needs {', '.join(missing)}")
        pytest.skip(f"needs {', '.join(missing)} (Debian packages; CI installs them)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()
    yield f":{display}"
    server.terminate()
    server.wait(10)


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_a_screen_reader_can_name_every_control_and_walk_every_journey(
    tmp_path, virtual_screen, monkeypatch
):
    journal_path = tmp_path / "journal.reflect"
    pack_path = tmp_path / "pack.pdf"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REFLECT_", "QT_"))}
    env.update(
        DISPLAY=virtual_screen,
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        LC_ALL="C.UTF-8",
        LANGUAGE="en",
        REFLECT_JOURNAL=str(journal_path),
        JOURNAL_PASSPHRASE=PASSPHRASE,
        PACK_PATH=str(pack_path),
        QT_QPA_PLATFORM="xcb",
    )
    run = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(DRIVER), sys.executable, "-m", "reflect"],
        env=env,
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )
    records = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    report = run.stdout + run.stderr[-6000:]
    audits = {r["audit"]: r["unnamed"] for r in records if "audit" in r}
    journeys = {r["journey"]: r for r in records if "journey" in r}
    assert list(journeys) == JOURNEYS, report
    assert all(j["ok"] for j in journeys.values()), report
    assert {
        "first run",
        "Today",
        "Journal",
        "Calendar",
        "Write",
        "Summaries",
        "Supervision",
        "Prompts",
        "Settings",
        "loyalty conflict form",
        "pack dialog",
    } <= set(audits), report
    assert {place: found for place, found in audits.items() if found} == {}, report

    # The app made its journal with the shipped key derivation, not the tests' quick one.
    monkeypatch.setattr(connection, "KDF_ITERATIONS", SHIPPED_KDF_ITERATIONS)
    with Journal.open(journal_path, PASSPHRASE) as journal:
        checkin = journal.todays_checkin()
        assert (checkin.mood, checkin.energy, checkin.stress) == (3, 4, 2)
        [entry] = journal.entries().entries
        assert entry.kind is Kind.LOYALTY_CONFLICT
        assert entry.title == "Whose side in the meeting"
        assert entry.fields["where_i_stood"] == "both"
    assert PdfReader(pack_path).trailer["/Root"]["/MarkInfo"]["/Marked"]
