"""GUI fixtures: an English interface by default, and a prompt library on the test journal."""

from __future__ import annotations

import pytest

from reflect.app.prompt_library import PromptLibrary, load_catalogue
from reflect.gui.i18n import Translations


@pytest.fixture
def translations(qapp):
    """English first; a test may call ``translations.apply("sv")``. Reset after."""
    installed = Translations()
    installed.apply("en")
    yield installed
    installed.apply("en")


@pytest.fixture
def library(journal, translations):
    return PromptLibrary(journal, load_catalogue(translations.language))
