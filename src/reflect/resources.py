"""One way to reach the files under ``resources/``.

In an installed wheel and in a PyInstaller bundle they sit inside the package
as ``reflect/resources``; in a source checkout they are the top-level
``resources/`` folder beside ``src/``.
"""

from __future__ import annotations

# Not typing's: `reflect --version` loads neither typing nor pathlib (mypy
# knows the name).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def resource_root() -> Traversable:
    from pathlib import Path

    package = Path(__file__).resolve().parent
    for root in (package / "resources", package.parents[1] / "resources"):
        if root.is_dir():  # installed or bundled; or a source checkout
            return root
    # Only a package imported from a zip gets here: importlib.resources takes
    # longer to load than the whole of ``reflect --help`` otherwise.
    from importlib.resources import files

    return files("reflect") / "resources"


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
    from pathlib import Path

    name = GUIDES.get(language, GUIDES["en"])
    packaged = resource("guide", name)
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parents[2] / "docs" / name).read_text(encoding="utf-8")
