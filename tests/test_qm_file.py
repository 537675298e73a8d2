"""The pure-Python .qm reader answers exactly as QTranslator does, for every message."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from reflect.present.language_setting import translation_file
from reflect.present.qm_file import QmFile
from reflect.resources import resource

NUMBERS = (0, 1, 2, 3, 5, 11, 21, 101, 1000)


def messages(language: str):
    tree = ET.parse(str(resource("translations", f"reflect_{language}.ts")))
    for context in tree.getroot():
        name = context.find("name").text
        for message in context.findall("message"):
            comment = message.find("comment")
            yield (
                name,
                message.find("source").text,
                comment.text if comment is not None else None,
                message.get("numerus") == "yes",
            )


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_message_reads_as_qtranslator_reads_it(qapp, language):
    qt = QTranslator()
    assert qt.load(str(translation_file(language)))
    ours = QmFile.load(translation_file(language))
    assert ours is not None
    count = 0
    for context, source, comment, plural in messages(language):
        for n in NUMBERS if plural else (-1,):
            assert ours.translate(context, source, comment, n) == qt.translate(
                context, source, comment, n
            ), (context, source, n)
            count += 1
    assert count > (500 if language == "sv" else 100)
    assert ours.translate("Cli", "no such message") == qt.translate("Cli", "no such message") == ""


def test_a_missing_or_foreign_file_gives_none(tmp_path):
    assert QmFile.load(tmp_path / "nothing.qm") is None
    (tmp_path / "not.qm").write_bytes(b"hello")
    assert QmFile.load(tmp_path / "not.qm") is None
