"""Full-text search: words, diacritics, prefixes, ranking and odd input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from reflect.domain.entry import new_entry
from reflect.domain.filters import EntryFilter
from reflect.domain.kinds import Kind
from reflect.domain.search import MATCH_END, MATCH_START
from reflect.store.search import fts_query


def add(journal, kind=Kind.SHIFT_REFLECTION, **values):
    return journal.save_entry(new_entry(kind, journal.today(), **values))


def test_diacritics_do_not_matter_either_way(journal):
    with_marks = add(journal, text="Vi pratade om övergrepp på avdelningen.")
    without = add(journal, text="Han sa overgrepp, utan prickar.")
    both = {with_marks.uuid, without.uuid}
    assert {h.entry.uuid for h in journal.search("overgrepp")} == both
    assert {h.entry.uuid for h in journal.search("övergrepp")} == both
    assert {h.entry.uuid for h in journal.search("AVDELNINGEN")} == {with_marks.uuid}


def test_search_covers_title_fields_and_text(journal):
    by_title = add(journal, title="Kaffe med teamet", text="x")
    by_field = add(
        journal, Kind.TEAM_EXPERIENCE, fields={"what_happened": "Fika i personalrummet"}
    )
    by_text = add(journal, text="Vi drack kaffe.")
    assert {h.entry.uuid for h in journal.search("kaffe")} == {by_title.uuid, by_text.uuid}
    assert [h.entry.uuid for h in journal.search("personalrummet")] == [by_field.uuid]


def test_title_matches_rank_first(journal):
    add(journal, text="medicin medicin nämndes i förbifarten")
    titled = add(journal, title="Medicin", text="något annat")
    assert journal.search("medicin")[0].entry.uuid == titled.uuid


def test_every_word_must_match_and_prefix_works(journal):
    both = add(journal, text="the night shift was calm")
    add(journal, text="the night was long")
    assert [h.entry.uuid for h in journal.search("night calm")] == [both.uuid]
    assert [h.entry.uuid for h in journal.search("cal*")] == [both.uuid]
    assert journal.count_search("night") == 2


def test_snippet_marks_the_matched_word(journal):
    add(journal, text="Before. The loyalty question came up again today. After.")
    [hit] = journal.search("loyalty")
    assert f"{MATCH_START}loyalty{MATCH_END}" in hit.snippet


def test_search_respects_filters(journal):
    add(journal, Kind.STIGMA_INCIDENT, fields={"what_happened": "label used"})
    meaning = add(journal, Kind.MEANINGFUL_MOMENT, fields={"what_happened": "label dropped"})
    only_meaning = EntryFilter(kinds=(Kind.MEANINGFUL_MOMENT,))
    assert [h.entry.uuid for h in journal.search("label", only_meaning)] == [meaning.uuid]


def test_operators_and_quotes_are_plain_text():
    assert fts_query('NOT "x') == '"NOT" "x"'
    assert fts_query("   ") == ""
    assert fts_query("pre*") == '"pre"*'


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_typed_query_runs_without_error(journal, typed):
    journal.search(typed)
    journal.count_search(typed)
