"""Fill unfinished Swedish messages from a small table (for a handful of new strings).

    python scripts/fill_translations.py 'Source text=Svensk text' ...

Larger batches are easier in Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "reflect_sv.ts"


def main(pairs: list[str]) -> int:
    table = dict(pair.split("=", 1) for pair in pairs)
    text = TS.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation.get("type") == "unfinished" and source in table:
            translation.text = table[source]
            del translation.attrib["type"]
            filled += 1
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    TS.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    print(f"filled {filled} of {len(table)}")
    return 0 if filled == len(table) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
