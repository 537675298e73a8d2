"""GUI tests click and type; none emits a widget's signal by hand (tests/gui/people.py does the choosing)."""

from __future__ import annotations

import re
from pathlib import Path

WIDGET_SIGNAL_EMIT = re.compile(
    r"\.(activated|itemActivated|itemClicked|itemDoubleClicked|clicked|toggled|triggered|"
    r"currentIndexChanged|currentTextChanged|textChanged|textEdited|valueChanged|dateChanged)\.emit\("
    # An action triggered by code is the same shortcut past the menu a person would open.
    r"|_action\.trigger\(\)"
)


def test_no_gui_test_emits_a_widget_signal():
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted((Path(__file__).parent / "gui").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if WIDGET_SIGNAL_EMIT.search(line)
    ]
    assert offenders == []
