"""Reading values from someone's JSON file strictly: a wrong type refuses, it is never guessed at.

``null`` where text belongs is not the word "None", and ``"tags": "work"``
is not the tags w, o, r and k.
"""

from __future__ import annotations

from typing import Any


def text_value(item: dict[str, Any], key: str, default: str = "") -> str:
    """A text value as the file has it: a string, never null, a number or a list."""
    value = item.get(key, default)
    if not isinstance(value, str):
        raise TypeError(f"'{key}' must be text, not {type(value).__name__}")
    if "\x00" in value:
        raise ValueError(f"'{key}' holds a NUL character")
    return value


def text_list(item: dict[str, Any], key: str) -> tuple[str, ...]:
    values = item.get(key, [])
    if not isinstance(values, list):
        raise TypeError(f"'{key}' must be a list of texts, not {type(values).__name__}")
    return tuple(text_value({key: value}, key) for value in values)


def flag(item: dict[str, Any], key: str) -> bool:
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise TypeError(f"'{key}' must be true or false, not {type(value).__name__}")
    return value
