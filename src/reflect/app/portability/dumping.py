"""Writing everything in a journal to one JSON file (``reflect dump``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from reflect.app.journal import Journal
from reflect.app.portability.reflect_json import dump_dict


def dump_to(journal: Journal, path: Path) -> int:
    """Write the dump atomically, readable by its owner only; return the entry count."""
    data = dump_dict(journal, journal.now())
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    descriptor = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
    os.replace(partial, path)
    return len(data["entries"])
