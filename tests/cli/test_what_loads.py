"""What a command loads before it answers: a person waits for every module."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cli.running import run

WHAT_LOADED = """
import contextlib, io, json, sys
from reflect.cli.main import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
print(json.dumps(sorted(sys.modules)))
"""


@pytest.mark.parametrize(
    "args", [["--version"], ["--help"], ["--language", "sv", "--help"], ["search", "--help"]]
)
def test_help_and_the_version_load_neither_qt_nor_the_journal(env, args):
    modules = _loaded_by(env, args)
    assert not {m for m in modules if m.startswith(("PySide6", "shiboken6"))}
    assert not {m for m in modules if m.startswith(("sqlite_utils", "sqlcipher3", "reflect.app"))}
    if args == ["--version"]:
        assert "platformdirs" not in modules  # no folder is needed to say the version
        assert not {"pathlib", "typing"} & modules  # a tenth of the time it takes


def test_a_search_loads_no_qt(env):
    assert run(env, "init").returncode == 0
    assert run(env, "add", "--kind", "shift_reflection", stdin="A team day.").returncode == 0
    modules = _loaded_by(env, ["search", "team"])
    assert "reflect.store.search" in modules  # it did search
    assert not {m for m in modules if m.startswith(("PySide6", "shiboken6"))}


def _loaded_by(env, args) -> set[str]:
    loaded = subprocess.run(
        [sys.executable, "-c", WHAT_LOADED, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(json.loads(loaded))
