"""One way to reach the files under ``resources/``.

In an installed wheel and in a PyInstaller bundle they sit inside the package
as ``reflect/resources``; in a source checkout they are the top-level
``resources/`` folder beside ``src/``.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    packaged = files("reflect") / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Traversable:
    """A file or folder under ``resources/``, e.g. ``resource("prompts", "sv.toml")``."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node
