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


GUIDES = {"en": "guide.md", "sv": "guide.sv.md"}


def guide_text(language: str) -> str:
    """The user guide in ``language`` (English when there is none), as Markdown.

    Installed, the guide is packaged under ``resources/guide``; in a source
    checkout it is read from ``docs/``, where it is written and linked.
    """
    name = GUIDES.get(language, GUIDES["en"])
    packaged = resource("guide", name)
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parents[2] / "docs" / name).read_text(encoding="utf-8")
