"""A folder made read-only for a command, as a locked USB stick or a read-only share is.

An administrator (CI runs as root) can write anywhere whatever the file
modes say, so as root the command runs in its own mount namespace with the
folder bind-mounted read-only: the disk itself refuses, as it would in life.
Otherwise the folder and its files lose their write bits for the duration.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

_REMOUNT = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"'


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@contextlib.contextmanager
def read_only_disk(folder: Path):
    """Yields ``wrap(argv) -> argv``: the command, run where ``folder`` cannot be written."""
    folder = Path(folder)
    if os.geteuid() == 0:
        if not _namespaces_work():
            pytest.skip("running as root without mount namespaces: no way to make a disk read-only")
        yield lambda argv: ["unshare", "-m", "sh", "-c", _REMOUNT, "sh", str(folder), *argv]
        return
    modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
    for path, mode in modes.items():
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        yield lambda argv: list(argv)
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
