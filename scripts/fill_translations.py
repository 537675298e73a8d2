"""Fill unfinished Swedish messages from a small table (for a handful of new strings).

    python scripts/fill_translations.py 'Source text=Svensk text' ...
    python scripts/fill_translations.py '%n entries=%n anteckning|%n anteckningar'
    python scripts/fill_translations.py --en '%n entries=%n entry|%n entries'

A plural message takes its forms separated by "|" (one, then other); --en
fills the English plural forms (reflect_en.ts holds only those).

Larger batches are easier in Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def main(pairs: list[str]) -> int:
    language = "sv"
    if pairs and pairs[0] == "--en":
        language, pairs = "en", pairs[1:]
    ts = TRANSLATIONS / f"reflect_{language}.ts"
    table = dict(pair.split("=", 1) for pair in pairs)
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation.get("type") == "unfinished" and source in table:
            forms = translation.findall("numerusform")
            if forms:
                for form, words in zip(forms, table[source].split("|"), strict=True):
                    form.text = words
            else:
                translation.text = table[source]
            del translation.attrib["type"]
            filled += 1
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    print(f"filled {filled} messages from {len(table)} texts")
    return 0 if filled >= len(table) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
