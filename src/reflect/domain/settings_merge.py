"""Merging the settings of an imported journal into this one, never weakening privacy.

The watch list keeps names out of every pack; an import that replaced it
(with an empty list, say) would silently let them through. So the lists
are joined, never replaced. The writer's own templates are joined too (by
id: one this journal has keeps its version), so an import never loses one.
Any other setting this journal already has keeps its value. What changes is reported, so nothing happens unseen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reflect.domain.templates import (
    TEMPLATES_SETTING,
    join_templates,
    templates_from_setting,
    templates_setting,
)

WATCH_LIST_KEY = "watch_list"


@dataclass(frozen=True)
class SettingsMerge:
    values: dict[str, object] = field(default_factory=dict)  # what to store
    watch_names_added: int = 0
    templates_added: int = 0
    keys_added: tuple[str, ...] = ()
    keys_kept: tuple[str, ...] = ()  # the file differs; this journal's value stays

    @property
    def changed(self) -> bool:
        return bool(self.values)


def _names(value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(n, str) for n in value):
        raise TypeError("watch_list must be a list of names")
    return [" ".join(n.split()) for n in value if n.strip()]


def merge_settings(current: Mapping[str, object], incoming: Mapping[str, object]) -> SettingsMerge:
    values: dict[str, object] = {}
    added_keys, kept = [], []
    names_added = templates_added = 0
    for key, value in incoming.items():
        key = str(key)
        if key == TEMPLATES_SETTING:
            # Checked whole before anything is stored, like the rest of an import.
            own = templates_from_setting(current.get(key))
            joined = join_templates(own, templates_from_setting(value))
            if len(joined) > len(own):
                values[key] = templates_setting(joined)
                templates_added = len(joined) - len(own)
        elif key == WATCH_LIST_KEY:
            mine = _names(current.get(key, []))
            known = {n.casefold() for n in mine}
            new = []
            for name in _names(value):
                if name.casefold() not in known:
                    known.add(name.casefold())
                    new.append(name)
            if new:
                values[key] = mine + new
                names_added = len(new)
        elif key not in current:
            values[key] = value
            added_keys.append(key)
        elif current[key] != value:
            kept.append(key)
    return SettingsMerge(values, names_added, templates_added, tuple(added_keys), tuple(kept))
