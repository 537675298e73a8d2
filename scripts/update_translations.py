"""Refresh the translation sources (.ts) from the code: run after changing UI text.

    python scripts/update_translations.py

Collects every tr(), translate() and QT_TRANSLATE_NOOP() under src/reflect
into resources/translations/reflect_sv.ts (all messages) and reflect_en.ts
(plural forms only, since English is the source language). New messages
arrive as "unfinished"; a test fails until each has its Swedish text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def lupdate() -> Path:
    import PySide6

    name = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    return Path(PySide6.__file__).resolve().parent / name


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "src" / "reflect").rglob("*.py"))
    common = [str(lupdate()), "-silent", "-no-obsolete", "-locations", "none", *sources]
    subprocess.run(
        [*common, "-target-language", "sv_SE", "-ts", str(TRANSLATIONS / "reflect_sv.ts")],
        check=True,
    )
    subprocess.run(
        [
            *common,
            "-pluralonly",
            "-target-language",
            "en_GB",
            "-ts",
            str(TRANSLATIONS / "reflect_en.ts"),
        ],
        check=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
