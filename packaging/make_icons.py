"""Render resources/icons/reflect.svg to the PNG sizes desktops ask for.

python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "icons"
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "reflect.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it for painting
    renderer = QSvgRenderer(str(SOURCE))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(HERE / f"reflect-{size}.png"))
    big = QImage(str(HERE / "reflect-256.png"))
    big.save(str(HERE / "reflect.ico"))
    print("icons written to", HERE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
