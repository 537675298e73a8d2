"""Templates kept in the journal: saved, read back, changed, deleted, dumped and imported."""

from __future__ import annotations

import json

from reflect.app.journal import Journal
from reflect.app.portability.dumping import dump_to
from reflect.app.portability.importing import import_file
from reflect.app.templates import TemplateBook
from reflect.domain.asked import asked_key
from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind
from tests.conftest import PASSPHRASE


def test_a_template_is_saved_read_back_after_reopening_renamed_and_deleted(
    journal, journal_path, clock
):
    book = TemplateBook(journal)
    made = book.create("After a group", Kind.SHIFT_REFLECTION, ["What went well?", "Who helped?"])
    other = book.create("Lines", Kind.CLOSENESS_DISTANCE, ["Where was my line?"])
    journal.close()
    with Journal.open(journal_path, PASSPHRASE, clock) as reopened:
        book = TemplateBook(reopened)
        assert book.templates() == [made, other]
        assert book.for_kind(Kind.CLOSENESS_DISTANCE) == [other]
        renamed = book.rename(made.id, "After the walk group")
        assert book.template(made.id).name == "After the walk group"
        assert renamed.questions == made.questions
        changed = book.change(other.id, "Lines", Kind.SHIFT_REFLECTION, ["New?"])
        assert book.for_kind(Kind.SHIFT_REFLECTION) == [renamed, changed]
        book.delete(made.id)
        assert book.templates() == [changed]


def test_the_templates_are_not_in_the_file_as_plain_text(journal, journal_path):
    TemplateBook(journal).create("Unmistakable name", Kind.SHIFT_REFLECTION, ["Zebra question?"])
    journal.close()
    assert b"Zebra question" not in journal_path.read_bytes()


def test_an_entry_keeps_its_answers_after_its_template_is_deleted(journal):
    book = TemplateBook(journal)
    made = book.create("Groups", Kind.SHIFT_REFLECTION, ["Who came?", "What helped?"])
    fields = dict(zip((asked_key(q) for q in made.questions), ("six came", "the sun"), strict=True))
    saved = journal.save_entry(new_entry(Kind.SHIFT_REFLECTION, journal.today(), fields=fields))
    book.delete(made.id)
    assert journal.entry(saved.uuid).fields == fields
    assert [hit.entry.uuid for hit in journal.search("helped")] == []  # the question is a key
    assert [hit.entry.uuid for hit in journal.search("sun")] == [saved.uuid]


def test_templates_and_their_answers_survive_a_dump_and_an_import(journal, tmp_path, clock):
    book = TemplateBook(journal)
    made = book.create("Groups", Kind.SHIFT_REFLECTION, ["Who came?"])
    journal.save_entry(
        new_entry(Kind.SHIFT_REFLECTION, journal.today(), fields={asked_key("Who came?"): "six"})
    )
    dump = tmp_path / "dump.json"
    dump_to(journal, dump)
    assert json.loads(dump.read_text(encoding="utf-8"))["settings"]["own_templates"]
    with Journal.create(tmp_path / "other.reflect", PASSPHRASE, clock) as other:
        mine = TemplateBook(other).create("Mine", Kind.SHIFT_REFLECTION, ["Mine?"])
        result = import_file(other, dump)
        assert result.settings.templates_added == 1
        assert TemplateBook(other).templates() == [mine, made]
        [entry] = other.entries().entries
        assert entry.fields == {asked_key("Who came?"): "six"}
        import_file(other, dump)  # a second import of the same file adds no template
        assert TemplateBook(other).templates() == [mine, made]
