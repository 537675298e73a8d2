"""The version lives in pyproject.toml alone and moves only through scripts/release.py."""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from pathlib import Path

import pytest

import reflect

ROOT = Path(__file__).resolve().parents[1]


def _release_script():
    spec = importlib.util.spec_from_file_location("release", ROOT / "scripts" / "release.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


release = _release_script()


def test_the_installed_version_is_pyprojects_and_the_newest_in_the_changelog():
    version = release.current_version((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert reflect.__version__ == version
    headings = re.findall(r"^## (\S+)", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.M)
    assert headings[0] == "Unreleased"
    assert headings[1] == version, "the version released last is the one installed"


def test_a_release_dates_the_unreleased_notes_and_opens_a_new_section():
    changelog = "# Changelog\n\n## Unreleased\n\n- Kinder words.\n\n## 0.1.0\n\nFirst.\n"
    dated = release.dated_changelog(changelog, "0.2.0", date(2026, 12, 2))
    assert dated == (
        "# Changelog\n\n## Unreleased\n\n## 0.2.0 – 2026-12-02\n\n- Kinder words.\n\n"
        "## 0.1.0\n\nFirst.\n"
    )
    assert release.with_version('name = "x"\nversion = "0.1.0"\n', "0.2.0") == (
        'name = "x"\nversion = "0.2.0"\n'
    )


def test_a_release_with_nothing_to_say_or_an_old_number_is_refused():
    with pytest.raises(SystemExit, match="nothing is written"):
        release.dated_changelog("## Unreleased\n\n## 0.1.0\n", "0.2.0", date(2026, 12, 2))
    with pytest.raises(SystemExit, match="not a version"):
        release.parse("v0.2")
    assert release.parse("0.10.0") > release.parse("0.9.3")
