"""The installed version, read from the distribution's own METADATA file.

importlib.metadata takes longer to import than the rest of
``reflect --version``. The distribution's ``.dist-info`` folder is looked for
along sys.path in the order importlib.metadata searches it; only where none
is found (an unusual layout, a zip) is importlib.metadata asked.
"""

from __future__ import annotations

import functools
import os
import sys

DISTRIBUTION = "reflect_journal"  # "reflect-journal" as a dist-info folder spells it
SOURCE_TREE = "0.0.0+source"  # a checkout that was never installed


@functools.cache  # the About dialog and the window's title ask again; sys.path is read once
def installed_version() -> str:
    for folder in sys.path:
        found = _version_in(folder or os.curdir)
        if found:
            return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("reflect-journal")
    except PackageNotFoundError:
        return SOURCE_TREE


def _version_in(folder: str) -> str | None:
    try:
        names = os.listdir(folder)
    except OSError:  # not a folder: a zip, or gone
        return None
    for name in names:
        if name.startswith(DISTRIBUTION + "-") and name.endswith(".dist-info"):
            try:
                with open(os.path.join(folder, name, "METADATA"), encoding="utf-8") as metadata:
                    for line in metadata:
                        if line.startswith("Version:"):
                            return line.partition(":")[2].strip()
                        if not line.strip():  # the headers end here
                            break
            except OSError:
                continue
    return None
