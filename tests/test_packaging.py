"""The installed package carries what it needs (tests run against a non-editable install)."""

import tomllib
from pathlib import Path

import reflect
from reflect.resources import resource


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
