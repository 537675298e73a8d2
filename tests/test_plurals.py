"""Counted words agree with their number: "1 entry", "2 entries", "1 anteckning"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import reflect
from reflect.cli import language
from reflect.cli.safety_commands import CHECKINS, NEW_ENTRIES
from reflect.cli.supervision_commands import REPLACED, WROTE_PACK
from reflect.export.outline import DAYS_LOGGED
from reflect.present.language_setting import translation_file
from reflect.present.translations import qt_translate

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
# A number put straight before a word is a plural waiting to go wrong ("1 entries").
COUNT_BEFORE_WORD = re.compile(r"\{(count|days|checkins|added|skipped|replaced|n)\} [a-zåäö]")


def messages(name: str):
    for context in ET.parse(TS_DIR / name).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("name", ["reflect_sv.ts", "reflect_en.ts"])
def test_every_text_with_a_count_has_plural_forms(name):
    """A %n text marked without PLURAL (domain.i18n) would get one form only."""
    single = [
        (context, m.findtext("source"))
        for context, m in messages(name)
        if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"
    ]
    assert single == []


def test_english_has_a_form_for_every_plural_the_swedish_file_lists():
    swedish = {(c, m.findtext("source")) for c, m in messages("reflect_sv.ts") if m.get("numerus")}
    english = {(c, m.findtext("source")) for c, m in messages("reflect_en.ts") if m.get("numerus")}
    assert swedish - english == set()


def test_no_text_puts_a_bare_count_before_a_word():
    found = [
        f"{path.relative_to(Path(reflect.__file__).parent)}: {match.group(0)}"
        for path in Path(reflect.__file__).parent.rglob("*.py")
        for match in COUNT_BEFORE_WORD.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.mark.parametrize(
    ("lang", "text", "one", "two"),
    [
        ("en", NEW_ENTRIES, "1 new entry", "2 new entries"),
        ("en", CHECKINS, "1 check-in.", "2 check-ins."),
        (
            "en",
            REPLACED,
            "Replaced 1 detail that could identify someone.",
            "Replaced 2 details that could identify someone.",
        ),
        ("sv", NEW_ENTRIES, "1 ny anteckning", "2 nya anteckningar"),
        ("sv", WROTE_PACK, "{path} har sparats: 1 delad anteckning.", None),
    ],
)
def test_the_command_line_says_one_and_many(lang, text, one, two):
    language.use_language(["--language", lang], None)
    try:
        assert language.translate("Cli", text, None, 1) == one
        if two is not None:
            assert language.translate("Cli", text, None, 2) == two
    finally:
        language.use_language(["--language", "en"], None)


def test_the_pack_says_one_day(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(translation_file("en")))
    QCoreApplication.installTranslator(translator)
    try:
        said = qt_translate("Pack", DAYS_LOGGED, None, 1)
        assert said == "What the work consisted of, from the activity log (1 day logged)."
    finally:
        QCoreApplication.removeTranslator(translator)
