"""Full-text search: words, diacritics, prefixes, ranking and odd input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.domain.entry import Share, new_entry
from reflect.domain.filters import EntryFilter
from reflect.domain.kinds import Kind
from reflect.domain.search import MATCH_END, MATCH_START
from reflect.domain.search_words import SearchNames
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
    by_field = add(journal, Kind.TEAM_EXPERIENCE, fields={"what_happened": "Fika i personalrummet"})
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


def test_words_are_found_as_they_are_typed(journal):
    """Issue 16: "bemö" finds bemötande, diacritics or not, in any word of the query."""
    treatment = add(journal, text="Ett bemötande som satt kvar hela kvällen")
    add(journal, text="Ett möte om schemat")
    for typed in ("b", "bem", "bemö", "bemo", "BEMÖTANDE", "kvar bemö", "kvä bem"):
        assert [h.entry.uuid for h in journal.search(typed)] == [treatment.uuid], typed
    assert journal.search("bemötandet") == []  # a longer word is not a prefix of it


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
    assert fts_query('NOT "x') == '"NOT"* AND "x"*'
    assert fts_query("   ") == ""
    assert fts_query("pre*") == '"pre"*'
    assert fts_query('a"b *') == '"a"* AND "b"*'
    assert fts_query("lo x", SearchNames({"loyalty_conflict": "Loyalty conflict"}, {})) == (
        '("lo"* OR names : "0kind0loyalty0conflict") AND "x"*'
    )


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_typed_query_runs_without_error(journal, typed):
    journal.search(typed)
    journal.count_search(typed)


def _varied_journal(journal):
    """Entries of every kind, sharing level, follow-up, tag and subtheme mix."""
    from datetime import timedelta

    from reflect.domain.entry import FollowUp, Share

    kinds, shares, follow_ups = list(Kind), list(Share), list(FollowUp)
    subthemes = ("closeness_and_distance", "loyalty_conflicts", "stigma_internal_external")
    for number in range(60):
        journal.save_entry(
            new_entry(
                kinds[number % len(kinds)],
                journal.today() - timedelta(days=number * 3),
                text=f"handover note {number}" + (" handover again" if number % 4 == 0 else ""),
                share=shares[number % len(shares)],
                follow_up=follow_ups[number % len(follow_ups)],
                tags=(("nights",) if number % 2 else ()) + (("team",) if number % 5 == 0 else ()),
                subthemes=(subthemes[number % len(subthemes)],) if number % 7 else (),
            )
        )


def test_search_with_each_filter_finds_what_the_filtered_list_holds(journal):
    from datetime import timedelta

    from reflect.domain.entry import FollowUp, Share

    _varied_journal(journal)
    filters = [
        EntryFilter(kinds=(Kind.STIGMA_INCIDENT, Kind.TEAM_EXPERIENCE)),
        EntryFilter(shares=(Share.SUMMARY, Share.FULL)),
        EntryFilter(follow_up=FollowUp.OPEN),
        EntryFilter(
            date_from=journal.today() - timedelta(days=60),
            date_to=journal.today() - timedelta(days=20),
        ),
        EntryFilter(tags=("nights", "team")),
        EntryFilter(subthemes=("closeness_and_distance",)),
        EntryFilter(kinds=tuple(Kind)[1::2], tags=("nights",), shares=tuple(Share)[:2]),
    ]
    with_word = {h.entry.uuid for h in journal.search("handover", limit=1000)}
    assert len(with_word) == 60
    for entry_filter in filters:
        listed = {e.uuid for e in journal.entries(entry_filter, limit=1000).entries}
        found = [h.entry.uuid for h in journal.search("handover", entry_filter, limit=1000)]
        assert listed, entry_filter  # every filter above keeps some entries
        assert sorted(found) == sorted(listed & with_word), entry_filter
        assert journal.count_search("handover", entry_filter) == len(found)


def test_beyond_the_ranked_limit_the_entries_added_last_come_first(journal, monkeypatch):
    from reflect.store import search

    titled = add(journal, title="Rond", text="rond")
    later = [add(journal, text=f"Det var rond nummer {n}.") for n in range(3)]
    assert journal.search("rond")[0].entry.uuid == titled.uuid  # ranked: the title first
    monkeypatch.setattr(search, "RANKED_AT_MOST", 3)
    last_added_first = [e.uuid for e in reversed([titled, *later])]
    assert [h.entry.uuid for h in journal.search("rond")] == last_added_first
    assert [h.entry.uuid for h in journal.search("rond", limit=2, offset=2)] == last_added_first[2:]
    assert journal.count_search("rond") == 4
    assert journal.search("rond", EntryFilter(kinds=(Kind.SHIFT_REFLECTION,)))


def test_pages_of_results_follow_on_without_gaps_or_repeats(journal):
    _varied_journal(journal)
    everything = [h.entry.uuid for h in journal.search("handover", limit=1000)]
    paged = [
        h.entry.uuid
        for offset in range(0, 60, 7)
        for h in journal.search("handover", limit=7, offset=offset)
    ]
    assert paged == everything
    # Entries saying the word twice rank above the rest.
    assert len(set(everything[:15])) == 15
    ranks = [h.rank for h in journal.search("handover", limit=1000)]
    assert ranks == sorted(ranks)


def test_filtered_search_reads_the_filter_index_not_the_rows(journal):
    """Filtering matches through the entries' rows took seconds at 100,000."""
    from reflect.domain.entry import Share
    from reflect.store.filter_sql import id_clause
    from reflect.store.search import RANK

    where, params = id_clause(
        EntryFilter(kinds=(Kind.TEAM_EXPERIENCE,), shares=(Share.FULL,), tags=("team",)),
        "entries_fts.rowid",
    )
    plan = " | ".join(
        row[3]
        for row in journal._db.execute(
            f"EXPLAIN QUERY PLAN SELECT rowid, {RANK} FROM entries_fts "
            f"WHERE entries_fts MATCH ? AND {where}",
            ['"word"', *params],
        )
    )
    assert "COVERING INDEX entries_filter_columns (id=?)" in plan
    assert "COVERING INDEX entry_tags_by_tag (tag=?)" in plan
    assert "INDEX 0:M" in plan  # one full-text scan, no rowid lookups per candidate
    assert "SCAN e " not in plan + " "


def test_list_rows_of_a_search_match_its_whole_entries(journal):
    from reflect.domain.paging import EntryRow

    _varied_journal(journal)
    add(journal, Kind.LOYALTY_CONFLICT, fields={"situation": "A handover where I took no side"})
    hits = journal.search("handover", limit=1000)
    rows = journal.search_rows("handover", limit=1000)
    assert [row for row, _ in rows] == [EntryRow.of(h.entry) for h in hits]
    assert [snippet for _, snippet in rows] == [h.snippet for h in hits]
    assert "A handover where I took no side" in {row.title for row, _ in rows}


SWEDISH = SearchNames(
    kinds={"loyalty_conflict": "Lojalitetskonflikt", "meaningful_moment": "Meningsfullt ögonblick"},
    subthemes={"closeness_and_distance": "Närhet och distans"},
)


def test_a_word_finds_the_kinds_and_subthemes_it_names_after_the_texts_matches(journal):
    """Issue 16: "lojal" finds loyalty conflicts though no entry says so."""
    journal.search_names = SWEDISH
    older = add(journal, Kind.LOYALTY_CONFLICT, fields={"situation": "Om medicinen"})
    newer = add(journal, Kind.LOYALTY_CONFLICT, fields={"situation": "Om permissionen"})
    by_text = add(journal, text="Jag kände mig lojal mot henne")
    add(journal, text="Något helt annat")
    hits = journal.search("lojal")
    assert [h.entry.uuid for h in hits] == [by_text.uuid, newer.uuid, older.uuid]
    assert journal.count_search("lojal") == 3
    assert [row.uuid for row, _ in journal.search_rows("lojal")] == [
        by_text.uuid,
        newer.uuid,
        older.uuid,
    ]
    # Every word must still match, by its text or by a name.
    assert [h.entry.uuid for h in journal.search("lojal permis")] == [newer.uuid]
    distance = add(
        journal, text="Hur mycket skulle jag berätta?", subthemes=("closeness_and_distance",)
    )
    assert [h.entry.uuid for h in journal.search("närhet")] == [distance.uuid]


@pytest.mark.parametrize("ranked_at_most", [1_000, 0])  # ranked, or newest first
def test_a_name_alone_shows_the_start_of_the_free_text(journal, monkeypatch, ranked_at_most):
    from reflect.store import search

    monkeypatch.setattr(search, "RANKED_AT_MOST", ranked_at_most)
    journal.search_names = SWEDISH
    add(journal, Kind.MEANINGFUL_MOMENT, text="Hon skrattade för första gången.")
    said = add(journal, text="Det var meningsfullt att vara där.")
    hits = journal.search("menings")
    assert [h.entry.kind for h in hits] == [Kind.SHIFT_REFLECTION, Kind.MEANINGFUL_MOMENT]
    assert hits[0].entry.uuid == said.uuid and MATCH_START in hits[0].snippet
    assert hits[1].snippet.startswith("Hon skrattade")
    assert MATCH_START not in hits[1].snippet


def test_tags_are_found_by_their_beginning(journal):
    tagged = add(journal, text="Lugnt", tags=("nattpass",))
    add(journal, text="Också lugnt")
    assert [h.entry.uuid for h in journal.search("nattp")] == [tagged.uuid]
    assert [h.entry.uuid for h in journal.search("Natt lugnt")] == [tagged.uuid]
    assert journal.count_search("natt") == 1


def test_names_leave_the_filters_in_force(journal):
    journal.search_names = SWEDISH
    add(journal, Kind.LOYALTY_CONFLICT, text="a", share=Share.FULL)
    private = add(journal, Kind.LOYALTY_CONFLICT, text="b")
    only_private = EntryFilter(shares=(Share.PRIVATE,))
    assert [h.entry.uuid for h in journal.search("lojal", only_private)] == [private.uuid]
    assert journal.count_search("lojal", only_private) == 1
