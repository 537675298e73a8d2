"""Wheel build hook: compile the translation sources into .qm files.

The .ts files are the sources kept in git; the .qm files Qt loads are build
products, so every wheel (and so every plain ``pip install .``) compiles them
fresh and a stale or missing .qm can never ship.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # run as a plain script from a source tree
    BuildHookInterface = object


def lrelease_executable() -> Path:
    """The lrelease binary that ships inside PySide6 (a build requirement)."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def compile_translations(source_dir: Path, target_dir: Path) -> list[Path]:
    """Compile every ``*.ts`` in ``source_dir`` into ``target_dir``; return the .qm paths."""
    target_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts_file in sorted(source_dir.glob("*.ts")):
        qm_file = target_dir / (ts_file.stem + ".qm")
        subprocess.run(
            [str(lrelease_executable()), "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
        )
        built.append(qm_file)
    return built


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version, build_data):
        root = Path(self.root)
        source_dir = root / "resources" / "translations"
        target_dir = Path(self.directory) / "qm-build"
        for qm_file in compile_translations(source_dir, target_dir):
            build_data["force_include"][str(qm_file)] = (
                f"reflect/resources/translations/{qm_file.name}"
            )


if __name__ == "__main__":
    # Developers working from a source tree: build the .qm files in place.
    here = Path(__file__).resolve().parent.parent / "resources" / "translations"
    for path in compile_translations(here, here):
        print(path)
