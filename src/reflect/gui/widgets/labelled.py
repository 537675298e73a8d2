"""A control with its visible label beside it, tied to it for screen readers.

On Linux a combo box announces its current value as its name ("All kinds,
combo box"); only a label whose buddy it is tells a screen reader what the
choice is about ("Kind, All kinds, combo box"). The label also helps a
sighted reader who does not know what a row of values filters by.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def labelled(text: str, control: QWidget) -> QWidget:
    """``control`` after a label saying ``text``; the label's buddy is the control,
    so its mnemonic and a screen reader's "labelled by" both lead there."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    label = QLabel(text)
    label.setBuddy(control)
    row.addWidget(label)
    row.addWidget(control)
    return box
