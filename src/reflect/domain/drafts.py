"""Autosaved drafts: what the editor held a few seconds ago, saved or not."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Draft:
    """An editor's unsaved state.

    ``payload`` is the editor's own description of its form (plain JSON-able
    data), so a draft can be restored exactly as it was, even half-filled
    and not yet valid as an entry. ``entry_uuid`` is set when the draft edits
    an entry that already exists.
    """

    kind: str
    payload: dict[str, Any]
    updated_at: datetime
    entry_uuid: str | None = None
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
