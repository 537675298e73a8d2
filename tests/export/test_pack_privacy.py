"""What leaves the journal: never private text, never summary-only text, no identifiers after redaction."""

from __future__ import annotations

from datetime import timedelta

import unicodedata

import pytest
from pypdf import PdfReader

from reflect.app.prompt_library import load_catalogue
from reflect.app.supervision import log_export, pack_for, record_session, set_watch_list
from reflect.domain.entry import Share, new_entry
from reflect.domain.identifiers import find_identifiers
from reflect.domain.kinds import Kind
from reflect.domain.pack import PackOptions, find_pack_hits, redact_all_in_pack
from reflect.domain.period import Period
from reflect.export.outline import build_outline
from reflect.export.write import FORMATS, write_document

PRIVATE = "privatkanarie5511"
SUMMARY_ONLY = "sammanfattningskanarie6622"
FULL = "delatord7733"
IDENTIFIERS = "Hon är född 1981-12-18, nås på 070-123 45 67 och bor på Storgatan 12. Pnr 811218-9876."


@pytest.fixture
def shared_journal(journal):
    day = journal.today() - timedelta(days=2)
    journal.save_entry(new_entry(Kind.STIGMA_INCIDENT, day, title=f"Private {PRIVATE}", text=PRIVATE,
                                 fields={"what_happened": PRIVATE}, tags=[PRIVATE],
                                 supervision_question=PRIVATE))
    journal.save_entry(new_entry(Kind.LOYALTY_CONFLICT, day, title="Summary only", text=SUMMARY_ONLY,
                                 fields={"situation": SUMMARY_ONLY}, share=Share.SUMMARY,
                                 supervision_question="A question I may bring"))
    journal.save_entry(new_entry(Kind.MEANINGFUL_MOMENT, day, title="Shared", text=f"{FULL} {IDENTIFIERS}",
                                 fields={"what_happened": f"Kim said {FULL}"}, share=Share.FULL,
                                 supervision_question="What did it mean?"))
    return journal


def pack(journal, **options):
    period = Period(journal.today() - timedelta(days=30), journal.today())
    return pack_for(journal, PackOptions(period, include_wellbeing=True, **options))


def written_text(tmp_path, the_pack, export_format, qapp):
    path = tmp_path / f"pack.{export_format}"
    write_document(build_outline(the_pack, load_catalogue("en")), export_format, path)
    if export_format == "pdf":
        return pdf_text(path)
    return path.read_text(encoding="utf-8")


def pdf_text(path):
    """The PDF's text as a reader sees it: ligatures undone, spaces and tabs as single spaces."""
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


@pytest.mark.parametrize("export_format", FORMATS)
def test_private_and_summary_only_text_never_leave(tmp_path, shared_journal, export_format, qapp):
    text = written_text(tmp_path, pack(shared_journal), export_format, qapp)
    assert FULL in text
    assert "A question I may bring" in text  # the summary-only entry's question does go
    assert PRIVATE not in text
    assert SUMMARY_ONLY not in text


def test_pack_figures_count_shared_entries_only(shared_journal):
    the_pack = pack(shared_journal)
    assert the_pack.entry_count == 2
    assert [e.title for e in the_pack.full_entries] == ["Shared"]
    assert {r.question for r in the_pack.questions} == {"A question I may bring", "What did it mean?"}


@pytest.mark.parametrize("export_format", FORMATS)
def test_after_redaction_no_identifier_is_left(tmp_path, shared_journal, export_format, qapp):
    set_watch_list(shared_journal, ["Kim"])
    the_pack = pack(shared_journal)
    assert {h.hit.kind.value for h in find_pack_hits(the_pack, ["Kim"])} >= {
        "personal_number", "phone", "address", "birth_date", "watched_name"}
    clean = redact_all_in_pack(the_pack, ["Kim"])
    assert find_pack_hits(clean, ["Kim"]) == []
    text = written_text(tmp_path, clean, export_format, qapp)
    assert find_identifiers(text, ["Kim"]) == []
    assert "811218-9876" not in text and "Storgatan 12" not in text
    assert FULL in text


def test_open_actions_of_the_last_session_carry_into_the_pack(journal, qapp):
    record_session(journal, journal.today() - timedelta(days=10), "We talked.",
                   ["Ask for a job description", "  ", "Practise my short story"])
    the_pack = pack(journal)
    assert [a.text for a in the_pack.open_actions] == ["Ask for a job description", "Practise my short story"]
    assert not pack(journal, include_actions=False).open_actions


def test_every_export_is_logged(journal):
    the_pack = pack(journal)
    log_export(journal, the_pack, "md")
    [record] = journal.supervision.exports()
    assert (record.format, record.entry_count, record.date_to) == ("md", 0, journal.today())


def test_pdf_has_the_confidential_line_and_page_numbers_on_every_page(tmp_path, journal, qapp):
    day = journal.today() - timedelta(days=1)
    journal.add_entries([
        new_entry(Kind.SHIFT_REFLECTION, day, text=f"Long shared entry {i}. " + "Words. " * 120, share=Share.FULL)
        for i in range(12)
    ])
    path = tmp_path / "long.pdf"
    write_document(build_outline(pack(journal), load_catalogue("en")), "pdf", path)
    pages = PdfReader(path).pages
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        text = " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        assert "Confidential — for supervision" in text
        assert f"Page {number} of {len(pages)}" in text
    assert pages[0].mediabox.width == pytest.approx(595, abs=2)  # A4 in points
