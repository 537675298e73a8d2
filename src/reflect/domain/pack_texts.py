"""Every string a supervision pack holds, by place, and redaction by place.

The walk is generic on purpose: it visits every string, and every string in
a tuple, of every item in the pack's sections, and of items nested in them.
A field added to a shared item later is checked for identifiers without
anyone remembering to add it here; only enums (kinds) and dates are skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from enum import Enum
from typing import Any

from reflect.domain.identifiers import Hit, find_identifiers, redact

# The pack's sections of the writer's words, in the order the pack shows them.
SECTIONS = ("questions", "actions", "entries")


@dataclass(frozen=True)
class PackHit:
    """An identifier found in the pack: where it is ("entries:0:text"), and what it is."""

    place: str
    hit: Hit


def _mapped(value: Any, place: str, change: Callable[[str, str], str]) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return change(place, value)
    if isinstance(value, tuple):
        return tuple(_mapped(item, f"{place}:{index}", change) for index, item in enumerate(value))
    if is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _mapped(getattr(value, f.name), f"{place}:{f.name}", change)
            for f in fields(value)
        }
        return replace(value, **changes)
    return value  # dates, numbers, None


def _map_sections(pack: Any, change: Callable[[str, str], str]) -> Any:
    return replace(pack, **{name: _mapped(getattr(pack, name), name, change) for name in SECTIONS})


def pack_texts(pack: Any) -> dict[str, str]:
    """Every non-empty string in the pack's sections, by place, in the order shown."""
    texts: dict[str, str] = {}

    def collect(place: str, text: str) -> str:
        if text:
            texts[place] = text
        return text

    _map_sections(pack, collect)
    return texts


def find_pack_hits(pack: Any, watch_list: Sequence[str] = ()) -> list[PackHit]:
    return [
        PackHit(place, hit)
        for place, text in pack_texts(pack).items()
        for hit in find_identifiers(text, watch_list)
    ]


def redact_places(pack: Any, hits_by_place: Mapping[str, Sequence[Hit]]) -> Any:
    def clean(place: str, text: str) -> str:
        return redact(text, hits_by_place[place]) if place in hits_by_place else text

    return _map_sections(pack, clean)
