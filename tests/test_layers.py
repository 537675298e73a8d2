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
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_gui_holds_no_sql():
    for path in (PACKAGE / "gui").rglob("*.py"):
        names = imported_modules(path)
        assert not any(n.startswith(("sqlite", "sqlcipher3", "reflect.store")) for n in names), (
            path.name
        )
        source = path.read_text(encoding="utf-8")
        assert "SELECT " not in source and "INSERT " not in source, path.name


# Which package may import which (DESIGN.md's layers, as a rule a test can hold):
# the core knows nothing above it, the two faces meet only through app/ and
# present/, and the command line starts the window without reaching into it.
TOP = "reflect(top)"  # paths, logs, private_files, resources, the package itself
ALLOWED = {
    "domain": set(),
    TOP: {"domain"},
    "store": {"domain", TOP},
    "export": {"domain", TOP},
    "app": {"domain", "store", "export", TOP},
    "present": {"domain", "export", TOP},
    "gui": {"app", "present", "domain", "export", TOP},
    "cli": {"app", "present", "domain", "export", TOP},
}
# The only ways up: the entry points hand over to the face that runs.
EXCEPTIONS = {("__main__.py", "reflect.cli.main"), ("cli/main.py", "reflect.gui.launch")}


def layer_of(module: str, root: Path = PACKAGE) -> str | None:
    parts = module.split(".")
    if parts[0] != "reflect":
        return None
    if len(parts) > 1 and is_package(root / parts[1]):
        return parts[1]
    return TOP


def is_package(folder: Path) -> bool:
    """A sub-package, not a data folder (an installed Reflect has resources/ beside resources.py)."""
    return (folder / "__init__.py").is_file()


def package_imports(root: Path = PACKAGE):
    """(file, layer, imported module, its layer) for every import between two layers."""
    for path in root.rglob("*.py"):
        relative = path.relative_to(root)
        own = relative.parts[0] if len(relative.parts) > 1 else TOP
        for name in imported_modules(path):
            other = layer_of(name, root)
            if other is not None and other != own:
                yield relative.as_posix(), own, name, other


def upward_imports(root: Path = PACKAGE) -> list[str]:
    return [
        f"{path}: {name}"
        for path, own, name, other in package_imports(root)
        if other not in ALLOWED.get(own, set()) and (path, name) not in EXCEPTIONS
    ]


def test_every_package_imports_only_the_layers_below_it():
    assert set(ALLOWED) >= {p.name for p in PACKAGE.iterdir() if is_package(p)} | {TOP}
    assert upward_imports() == []


def test_the_packages_form_no_circle():
    edges: dict[str, set[str]] = {}
    for path, own, name, other in package_imports():
        if (path, name) not in EXCEPTIONS:
            edges.setdefault(own, set()).add(other)

    def reaches(start: str, goal: str, seen: frozenset = frozenset()) -> bool:
        return any(
            step == goal or (step not in seen and reaches(step, goal, seen | {step}))
            for step in edges.get(start, ())
        )

    assert [layer for layer in edges if reaches(layer, layer)] == []


def test_the_rule_itself_catches_an_upward_import(tmp_path):
    """The check above is only worth its green if it fails on a store module that imports the GUI."""
    for layer in ("store", "gui", "cli"):
        (tmp_path / layer).mkdir()
        (tmp_path / layer / "__init__.py").write_text("")
    (tmp_path / "store" / "bad.py").write_text("from reflect.gui.main_window import MainWindow\n")
    (tmp_path / "cli" / "fine.py").write_text(
        "from reflect.gui.launch import run_gui\n"
    )  # not main.py
    assert sorted(upward_imports(tmp_path)) == [
        "cli/fine.py: reflect.gui.launch",
        "store/bad.py: reflect.gui.main_window",
    ]


def test_the_journals_stores_are_private(tmp_path):
    """Everything above the journal reads and writes through its named operations."""
    import re

    from reflect.app.journal import Journal

    with Journal.create(tmp_path / "j.reflect", "a long passphrase") as journal:
        public_stores = {
            name: type(value).__module__
            for name, value in vars(journal).items()
            if not name.startswith("_") and type(value).__module__.startswith("reflect.store")
        }
    assert public_stores == {}
    reach = re.compile(r"journal\._[a-z]\w*")
    owners = {"app/journal.py", "app/journal_records.py"}
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}: {match.group(0)}"
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).as_posix() not in owners
        for match in reach.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []
