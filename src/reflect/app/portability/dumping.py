"""Writing everything in a journal to one JSON file (``reflect dump``)."""

from __future__ import annotations

import json
from pathlib import Path

from reflect.app.journal import Journal
from reflect.app.portability.reflect_json import dump_dict
from reflect.private_files import Leftovers, private_partial


def dump_to(journal: Journal, path: Path) -> int:
    """Write the dump atomically, readable by its owner only; return the entry count."""
    data = dump_dict(journal, journal.now())
    with (
        private_partial(Path(path), Leftovers.beside(journal.path)) as partial,
        partial.open("w", encoding="utf-8") as handle,
    ):
        json.dump(data, handle, ensure_ascii=False, indent=1)
    return len(data["entries"])
