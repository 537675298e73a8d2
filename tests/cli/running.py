"""Running the installed ``reflect`` script as a user would, and what a user error looks like."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PASSPHRASE = "the cli passphrase"


def script() -> str:
    found = Path(sys.executable).with_name("reflect")
    assert found.exists(), "the 'reflect' entry point is not installed beside this Python"
    return str(found)


def run(env, *args, stdin="", command=None):
    return subprocess.run(
        [*(command or [script()]), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,  # the tests read the exit code
    )


def assert_user_error(result, fragment):
    """Exit code 2, the one sentence, and nothing else (no traceback)."""
    assert result.returncode == 2, result
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
