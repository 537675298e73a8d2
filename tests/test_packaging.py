"""The installed package carries what it needs (tests run against a non-editable install)."""

import tomllib
from pathlib import Path

import reflect
from reflect.resources import resource


def test_version_comes_from_the_package_metadata():
    assert reflect.__version__ != "0.0.0+source"


def test_resources_ship_inside_the_installed_package():
    package_dir = Path(reflect.__file__).parent
    assert Path(str(resource())).is_relative_to(package_dir)
    for language in ("en", "sv"):
        with resource("prompts", f"{language}.toml").open("rb") as handle:
            assert tomllib.load(handle)["language"] == language
