"""What leaves the journal: never private text, never summary-only text, no identifiers after redaction.

The gate (``build_pack``) is tested on generated journals: every text of a
private or summary-only entry carries a canary word that must appear in no
output, every text of a shared entry carries an identifier that must be gone
after redaction, and a plain shared word that must still be there.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from reflect.app.pack_export import PackWording, export_pack, pack_outline
from reflect.app.prompt_library import load_catalogue
from reflect.app.supervision import log_export, pack_for, record_session, set_watch_list
from reflect.domain.entry import Entry, Share, new_entry
from reflect.domain.identifiers import find_identifiers
from reflect.domain.kinds import Kind, kind_spec
from reflect.domain.pack import PackOptions, build_pack, redact_all_in_pack
from reflect.domain.pack_texts import pack_texts
from reflect.domain.period import Period
from reflect.domain.supervision import ActionStatus, CarriedAction
from reflect.export.html import render_html
from reflect.export.markdown import render_markdown
from reflect.export.write import FORMATS

PRIVATE = "privatkanarie"
SUMMARY_ONLY = "sammanfattningskanarie"
FULL = "delatord"
WATCH = ("Kim Berg",)
IDENTIFIERS = [
    "811218-9876",
    "811218 – 9876",
    "070-123 45 67",
    "+46 (0)70 123 45 67",
    "08-123 456 78",
    "kim.berg@example.se",
    "Storgatan 12, 412 58 Göteborg",
    "Box 123",
    "född 1/1-85",
    "Kim Bergs",
    "Berg, Kim",
    "ＫＩＭ ＢＥＲＧ",
    "0046 8 123 456 78",
    "born March 12, 1985",
]
CATALOGUE = load_catalogue("en")
TODAY = date(2026, 3, 14)
PERIOD = Period(TODAY - timedelta(days=30), TODAY)


def pdf_text(path):
    """The PDF's text as a reader sees it: ligatures undone, spaces and tabs as single spaces."""
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def letters(number: int) -> str:
    """A canary suffix without digits, so no canary can look like an identifier."""
    return "".join(chr(ord("a") + int(d)) for d in str(number))


def entry_with_words(
    kind: Kind, share: Share, word: str, day: date, question: str, titled: bool
) -> Entry:
    """An entry with ``word`` in its title (or none: the first words stand in), every answer,
    its text and a tag."""
    fields = {name: f"{word} answer {name}" for name in kind_spec(kind).field_names}
    return new_entry(
        kind,
        day,
        title=f"{word} title" if titled else "",
        fields=fields,
        text=f"{word} text.",
        tags=(f"{word}tag",),
        share=share,
        supervision_question=question,
        intensity=7,
    )


def outputs(pack) -> dict[str, str]:
    document = pack_outline(pack, PackWording(CATALOGUE))
    return {"md": render_markdown(document), "html": render_html(document)}


entries_spec = st.lists(
    st.tuples(
        st.sampled_from(list(Kind)),
        st.sampled_from(list(Share)),
        st.integers(0, 29),
        st.booleans(),
        st.booleans(),
        st.sampled_from(IDENTIFIERS),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries_spec, st.sampled_from(IDENTIFIERS), st.booleans())
def test_generated_journals_leak_nothing_into_any_text_format(specs, action_identifier, wellbeing):
    entries, allowed_questions = [], []
    for number, (kind, share, days_ago, titled, asks, identifier) in enumerate(specs):
        day = TODAY - timedelta(days=days_ago)
        if share is Share.FULL:
            word = f"{FULL} {identifier}"
            question = f"{FULL}{letters(number)} question {identifier}?" if asks else ""
        else:
            word = f"{PRIVATE if share is Share.PRIVATE else SUMMARY_ONLY}{letters(number)}"
            question = f"allowed{letters(number)} question?" if asks else ""
            if asks and share is Share.SUMMARY:
                allowed_questions.append(question)
            if share is Share.PRIVATE and asks:
                question = f"{word} question?"
        entries.append(entry_with_words(kind, share, word, day, question, titled))
    options = PackOptions(PERIOD, include_wellbeing=wellbeing)
    actions = [CarriedAction(f"Ask about {action_identifier}", TODAY, ActionStatus.OPEN)]
    pack = build_pack(options, entries, [], {}, 0, actions, datetime(2026, 3, 14, 18, 0), WATCH)
    clean = redact_all_in_pack(pack)
    assert clean.hits == ()
    for text in outputs(clean).values():
        assert PRIVATE not in text and SUMMARY_ONLY not in text
        assert find_identifiers(text, WATCH) == []
        for question in allowed_questions:
            assert question in text
        if any(share is Share.FULL for _, share, *_ in specs):
            assert FULL in text
    shared = sum(1 for _, share, *_ in specs if share.shared)
    assert clean.entry_count == shared  # private entries are not even counted


def test_a_summary_only_entry_gives_its_kind_date_subthemes_and_question_only():
    day = TODAY - timedelta(days=1)
    entry = entry_with_words(
        Kind.STIGMA_INCIDENT, Share.SUMMARY, SUMMARY_ONLY, day, "How do I answer?", titled=False
    )
    pack = build_pack(PackOptions(PERIOD), [entry], [], {}, 0, [], datetime(2026, 3, 14), ())
    assert pack.entries == ()
    [question] = pack.questions
    assert (question.kind, question.occurred_on, question.question) == (
        Kind.STIGMA_INCIDENT,
        day,
        "How do I answer?",
    )
    assert set(pack_texts(pack).values()) == {"How do I answer?", *entry.subthemes}
    # Its stigma source and intensity are answers: they stay home too.
    assert pack.figures.stigma_by_source == {} and pack.figures.stigma_intensity is None
    assert pack.figures.by_kind == {Kind.STIGMA_INCIDENT: 1}


def test_private_entries_give_not_even_a_count():
    private = entry_with_words(
        Kind.LOYALTY_CONFLICT, Share.PRIVATE, PRIVATE, TODAY, "", titled=True
    )
    pack = build_pack(PackOptions(PERIOD), [private], [], {}, 0, [], datetime(2026, 3, 14), ())
    assert pack.entry_count == 0 and pack.figures.by_kind == {} and pack.questions == ()
    for text in outputs(pack).values():
        assert PRIVATE not in text and "Loyalty" not in text


# --- Through the journal, in every format -----------------------------------------------------


@pytest.fixture
def shared_journal(journal):
    day = journal.today() - timedelta(days=2)
    journal.save_entry(
        new_entry(
            Kind.STIGMA_INCIDENT,
            day,
            title=f"Private {PRIVATE}",
            text=PRIVATE,
            fields={"what_happened": PRIVATE},
            tags=[PRIVATE],
            supervision_question=PRIVATE,
        )
    )
    # Untitled: its shown title would be the first words of its text (audit finding 1).
    journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            day,
            text=f"{SUMMARY_ONLY} first words",
            fields={"situation": SUMMARY_ONLY},
            share=Share.SUMMARY,
            tags=[SUMMARY_ONLY],
            supervision_question="A question I may bring",
        )
    )
    journal.save_entry(
        new_entry(
            Kind.MEANINGFUL_MOMENT,
            day,
            title="Shared",
            text=f"{FULL}. Hon är född 1981-12-18, nås på 070–123 45 67.",
            fields={"what_happened": f"Kim Berg said {FULL}"},
            share=Share.FULL,
            tags=["0701234567", "811218-9876", "kim berg"],
            supervision_question="What did it mean for Kim Berg?",
        )
    )
    record_session(journal, day - timedelta(days=1), "notes", ["Call Storgatan 12 about it"])
    set_watch_list(journal, ["Kim Berg"])
    return journal


def pack(journal, **options):
    period = Period(journal.today() - timedelta(days=30), journal.today())
    return pack_for(journal, PackOptions(period, include_wellbeing=True, **options))


def written(tmp_path, journal, the_pack, export_format, qapp):
    path = tmp_path / f"pack.{export_format}"
    export_pack(journal, the_pack, export_format, path, PackWording(CATALOGUE))
    return pdf_text(path) if export_format == "pdf" else path.read_text(encoding="utf-8")


@pytest.mark.parametrize("export_format", FORMATS)
def test_private_and_summary_only_text_never_leave(tmp_path, shared_journal, export_format, qapp):
    text = written(
        tmp_path, shared_journal, redact_all_in_pack(pack(shared_journal)), export_format, qapp
    )
    assert FULL in text
    assert "A question I may bring" in text  # the summary-only entry's question does go
    assert PRIVATE not in text
    assert SUMMARY_ONLY not in text


def test_tags_questions_and_actions_are_checked_for_identifiers(shared_journal):
    """Audit finding 2: tags went out unchecked."""
    places = {
        h.place.split(":")[0] + ":" + h.place.split(":")[2] for h in pack(shared_journal).hits
    }
    assert {
        "entries:tags",
        "entries:text",
        "entries:answers",
        "questions:question",
        "actions:text",
    } <= places


@pytest.mark.parametrize("export_format", FORMATS)
def test_after_redaction_no_identifier_is_left(tmp_path, shared_journal, export_format, qapp):
    the_pack = pack(shared_journal)
    kinds = {h.hit.kind.value for h in the_pack.hits}
    assert kinds >= {"personal_number", "phone", "address", "birth_date", "watched_name"}
    clean = redact_all_in_pack(the_pack)
    assert clean.hits == ()
    text = written(tmp_path, shared_journal, clean, export_format, qapp)
    assert find_identifiers(text, ["Kim Berg"]) == []
    for leaked in ("811218-9876", "0701234567", "Storgatan 12", "Kim", "kim berg", "070–123"):
        assert leaked not in text
    assert FULL in text


def test_pack_figures_count_shared_entries_only(shared_journal):
    the_pack = pack(shared_journal)
    assert the_pack.entry_count == 2
    assert [e.title for e in the_pack.entries] == ["Shared"]
    assert {q.question for q in the_pack.questions} == {
        "A question I may bring",
        "What did it mean for Kim Berg?",
    }
    # The pack says the period in the Summaries page's sentences, from its own figures.
    markdown = outputs(the_pack)["md"]
    assert "The period in words" in markdown and "You wrote 2 entries" in markdown


def test_open_actions_of_the_last_session_carry_into_the_pack(journal, qapp):
    record_session(
        journal,
        journal.today() - timedelta(days=10),
        "We talked.",
        ["Ask for a job description", "  ", "Practise my short story"],
    )
    the_pack = pack(journal)
    assert [a.text for a in the_pack.actions] == [
        "Ask for a job description",
        "Practise my short story",
    ]
    assert not pack(journal, include_actions=False).actions


def test_every_export_is_logged(journal):
    the_pack = pack(journal)
    log_export(journal, the_pack, "md")
    [record] = journal.exports()
    assert (record.format, record.entry_count, record.date_to) == ("md", 0, journal.today())


def test_pdf_has_the_confidential_line_and_page_numbers_on_every_page(tmp_path, journal, qapp):
    day = journal.today() - timedelta(days=1)
    journal.add_entries(
        [
            new_entry(
                Kind.SHIFT_REFLECTION,
                day,
                text=f"Long shared entry {i}. " + "Words. " * 120,
                share=Share.FULL,
            )
            for i in range(12)
        ]
    )
    path = tmp_path / "long.pdf"
    export_pack(journal, pack(journal), "pdf", path, PackWording(CATALOGUE))
    pages = PdfReader(path).pages
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        text = " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        assert "Confidential — for supervision" in text
        assert f"Page {number} of {len(pages)}" in text
    assert pages[0].mediabox.width == pytest.approx(595, abs=2)  # A4 in points


def test_a_follow_up_question_not_asked_is_not_in_the_pack_and_questions_read_plainly(journal):
    journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            journal.today() - timedelta(days=1),
            fields={
                "situation": "Ward round",
                "needs_reporting": "no",
                "reporting_done": "not_needed",
            },
            share=Share.FULL,
        )
    )
    markdown = outputs(pack(journal))["md"]
    assert "workplace routine? No" in markdown and "?:" not in markdown
    assert "Has that been done" not in markdown  # asked only after Yes or Unsure
    assert "The situation: Ward round" in markdown
