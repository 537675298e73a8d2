"""Save what an X display shows as a PNG (the Windows window under Wine, on Xvfb).

Uses the Linux PySide6 of the build's own environment, so CI needs no
screenshot tool. Usage: DISPLAY=:99 QT_QPA_PLATFORM=xcb python screenshot.py OUT.png
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main(target: str) -> int:
    app = QGuiApplication([])
    screen = app.primaryScreen()
    image = screen.grabWindow(0)
    if image.isNull() or not image.save(target):
        print(f"screenshot: could not grab the display into {target}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
