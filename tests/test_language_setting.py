"""The command line finds the language without Qt, and finds the same one Qt would."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reflect.present.language_setting import saved_language, system_language
from reflect.present.preferences import Preferences

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "LC_NUMERIC", "LC_TIME")

# Each a system a writer might have: the two answers must agree on every one.
SYSTEMS = [
    {"LANG": "sv_SE.UTF-8"},
    {"LANG": "en_GB.UTF-8"},
    {"LANG": "sv_FI.UTF-8"},
    {"LANG": "sv"},
    {"LANG": "sv_SE@euro"},
    {"LANG": "en_GB.UTF-8", "LC_MESSAGES": "sv_SE.UTF-8"},
    {"LANG": "sv_SE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"},
    {"LANG": "en_GB.UTF-8", "LC_ALL": "sv_SE.UTF-8"},
    {"LANG": "sv_SE.UTF-8", "LC_ALL": "en_US.UTF-8"},
    {"LANG": "sv_SE.UTF-8", "LC_ALL": "C.UTF-8"},
    {"LANG": "en_GB.UTF-8", "LC_NUMERIC": "sv_SE.UTF-8", "LC_TIME": "sv_SE.UTF-8"},
    {"LANG": "en_GB.UTF-8", "LANGUAGE": "sv_SE:en"},
    {"LANG": "en_US", "LANGUAGE": "sv"},
    {"LANG": "sv_SE.UTF-8", "LANGUAGE": "en_GB"},
    {"LANG": "sv_SE.UTF-8", "LANGUAGE": ":sv"},
    {"LANG": "C", "LANGUAGE": "sv"},
    {"LANGUAGE": "sv"},
    {},
]

QT_ANSWER = (
    "from PySide6.QtCore import QLocale; "
    "print('sv' if QLocale.system().language() == QLocale.Language.Swedish else 'en')"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the environment is Linux's")
def test_the_system_language_is_the_one_qt_finds_on_every_system():
    base = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    for system in SYSTEMS:
        qt = subprocess.run(
            [sys.executable, "-c", QT_ANSWER],
            env={**base, **system},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert system_language(system, "linux") == qt, system


def test_windows_follows_lang_when_set_and_the_users_locale_otherwise(monkeypatch):
    assert system_language({"LANG": "sv_SE"}, "win32") == "sv"
    assert system_language({"LANG": "en_US.UTF-8"}, "win32") == "en"
    from reflect.present import language_setting

    monkeypatch.setattr(language_setting, "_windows_user_language", lambda: "sv")
    assert system_language({}, "win32") == "sv"


@pytest.mark.parametrize("choice", ["sv", "en", "system"])
def test_the_setting_is_read_as_the_window_wrote_it(tmp_path, choice):
    path = tmp_path / "settings.ini"
    preferences = Preferences(path)
    preferences.appearance = "dark"  # other keys around it
    preferences.language = choice
    preferences.text_scale = 150
    del preferences  # QSettings writes the file when it goes
    assert saved_language(path) == choice


@pytest.mark.parametrize(
    "text",
    ["", "[General]\nlanguage=klingon\n", "[Other]\nlanguage=sv\n", "\xff\xfe not text"],
)
def test_a_missing_odd_or_foreign_setting_means_follow_the_system(tmp_path, text):
    path = tmp_path / "settings.ini"
    path.write_bytes(text.encode("latin-1"))
    assert saved_language(path) == "system"
    assert saved_language(tmp_path / "none.ini") == "system"
