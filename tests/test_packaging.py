"""The installed package carries what it needs (tests run against a non-editable install)."""

import tomllib
from pathlib import Path

import reflect
from reflect.resources import guide_text, resource


def test_version_comes_from_the_package_metadata():
    assert reflect.__version__ != "0.0.0+source"


def _installed_editable() -> bool:
    """``pip install -e .``: the package is the source tree, resources beside it."""
    import json
    from importlib.metadata import distribution

    direct_url = distribution("reflect-journal").read_text("direct_url.json")
    return bool(direct_url and json.loads(direct_url).get("dir_info", {}).get("editable"))


def test_resources_ship_inside_the_installed_package():
    package_dir = Path(reflect.__file__).parent
    if _installed_editable():  # CONTRIBUTING's set-up: read from the checkout's resources/
        assert Path(str(resource())) == package_dir.parents[1] / "resources"
    else:  # a wheel, the bundle, the Windows build: inside the package
        assert Path(str(resource())).is_relative_to(package_dir)
    for language in ("en", "sv"):
        assert resource("translations", f"reflect_{language}.qm").is_file()
    for language in ("en", "sv"):
        with resource("prompts", f"{language}.toml").open("rb") as handle:
            assert tomllib.load(handle)["language"] == language
    # F1's guide: packaged beside the other resources, or read from docs/ in a checkout.
    if not _installed_editable():
        assert (
            resource("guide", "guide.md").is_file() and resource("guide", "guide.sv.md").is_file()
        )
    assert guide_text("sv").startswith("# Reflect: en guide")
    assert guide_text("en").startswith("# Reflect: a guide")


def test_the_windows_build_keeps_every_qt_module_reflect_imports():
    """prune.py keeps Qt by name: a module the code starts to use must be kept too."""
    import importlib.util
    import re

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(
        "prune", root / "packaging" / "windows" / "prune.py"
    )
    assert spec is not None and spec.loader is not None
    prune = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(prune)
    used = {
        name
        for path in (root / "src" / "reflect").rglob("*.py")
        for name in re.findall(r"PySide6\.(Qt[A-Za-z]+)", path.read_text(encoding="utf-8"))
    }
    assert used, "the scan found Reflect's Qt imports"
    for module in used:
        assert f"{module}.pyd" in prune.KEPT_TOP, module
        assert f"Qt6{module[2:]}.dll" in prune.KEPT_TOP, module
    assert "QtNetwork.pyd" not in prune.KEPT_TOP  # no network code, and none shipped
