"""The core (domain/ and store/) must work without Qt: a fact, checked."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import reflect

PACKAGE = Path(reflect.__file__).parent
CORE = ("domain", "store")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_sources_do_not_import_qt_or_gui():
    offenders = []
    for layer in CORE:
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imported_modules(path):
                if name.split(".")[0] in {"PySide6", "shiboken6"} or name.startswith(
                    ("reflect.gui", "reflect.app", "reflect.cli")
                ):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = [
        f"reflect.{layer}.{path.stem}"
        for layer in CORE
        for path in (PACKAGE / layer).glob("*.py")
        if path.stem != "__init__"
    ]
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_gui_holds_no_sql():
    for path in (PACKAGE / "gui").rglob("*.py"):
        names = imported_modules(path)
        assert not any(n.startswith(("sqlite", "sqlcipher3", "reflect.store")) for n in names), path.name
        source = path.read_text(encoding="utf-8")
        assert "SELECT " not in source and "INSERT " not in source, path.name
