"""The one export path: identifiers refused, replaced or kept; the log noted or its problem told."""

from __future__ import annotations

from datetime import timedelta

import pytest

from reflect.app.pack_export import (
    Identifiers,
    PackHoldsIdentifiers,
    PackWording,
    export_pack,
    prepare_pack,
)
from reflect.app.prompt_library import load_catalogue
from reflect.domain.entry import Share, new_entry
from reflect.domain.errors import ValidationError
from reflect.domain.kinds import Kind
from reflect.domain.pack import PackOptions
from reflect.domain.period import Period

WORDING = PackWording(load_catalogue("en"))
PHONE = "070-123 45 67"


@pytest.fixture
def options(journal):
    journal.save_entry(
        new_entry(
            Kind.SHIFT_REFLECTION,
            journal.today() - timedelta(days=1),
            text=f"Called her back on {PHONE} after the meeting.",
            share=Share.FULL,
        )
    )
    return PackOptions(Period(journal.today() - timedelta(days=30), journal.today()))


def test_refused_while_identifiers_remain_and_nothing_is_written(tmp_path, journal, options):
    path = tmp_path / "pack.md"
    with pytest.raises(PackHoldsIdentifiers) as held:
        export_pack(journal, prepare_pack(journal, options), "md", path, WORDING)
    assert {h.hit.text for h in held.value.hits} == {PHONE}
    assert not path.exists()
    assert journal.exports() == []


def test_replaced_when_asked_and_counted(tmp_path, journal, options):
    path = tmp_path / "pack.md"
    pack = prepare_pack(journal, options)
    written = export_pack(journal, pack, "md", path, WORDING, identifiers=Identifiers.REPLACE)
    assert written.replaced == len(pack.hits) > 0 and written.pack.hits == ()
    assert PHONE not in path.read_text(encoding="utf-8")
    [record] = journal.exports()
    assert (record.format, record.entry_count) == ("md", 1)


def test_the_writers_removals_are_replayed_when_the_pack_is_made(tmp_path, journal, options):
    first = prepare_pack(journal, options)
    again = prepare_pack(journal, options, [list(first.hits)])
    assert again.hits == ()
    written = export_pack(journal, again, "md", tmp_path / "pack.md", WORDING)
    assert written.replaced == 0
    assert PHONE not in written.path.read_text(encoding="utf-8")


def test_a_log_that_cannot_be_written_leaves_the_pack_and_says_so(tmp_path, journal, options):
    def refuse(pack, export_format):
        raise ValidationError("The disk is full.")

    written = export_pack(
        journal,
        prepare_pack(journal, options),
        "md",
        tmp_path / "pack.md",
        WORDING,
        identifiers=Identifiers.KEEP,
        note=refuse,
    )
    assert PHONE in written.path.read_text(encoding="utf-8")  # the writer chose to keep it
    assert written.log_problem is not None
    assert journal.exports() == []
