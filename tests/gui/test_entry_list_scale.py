"""The journal list over 100,000 entries: opens without reading every row."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta

import pytest

from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary, load_catalogue
from reflect.domain.entry import new_entry
from reflect.domain.kinds import Kind
from reflect.gui.pages.journal.entry_list_model import PAGE_SIZE, EntryListModel
from reflect.gui.pages.journal.journal_page import JournalPage
from reflect.store import connection
from reflect.store.entries import EntryStore
from tests.conftest import PASSPHRASE, TEST_KDF_ITERATIONS

MANY = 100_000


@pytest.fixture(scope="module")
def big_journal_file(tmp_path_factory):
    """Written once for the module: 100,000 entries straight into the store."""
    path = tmp_path_factory.mktemp("big") / "big.reflect"
    stamp = datetime(2026, 3, 1, tzinfo=UTC)
    kinds = list(Kind)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(connection, "KDF_ITERATIONS", TEST_KDF_ITERATIONS)
        with Journal.create(path, PASSPHRASE) as journal:
            EntryStore(journal._db).save_many(
                new_entry(
                    kinds[i % len(kinds)],
                    date(2016, 1, 1) + timedelta(days=i // 30),
                    text=f"entry {i}",
                    created_at=stamp,
                    updated_at=stamp,
                )
                for i in range(MANY)
            )
    return path


@pytest.fixture
def big_journal(big_journal_file, tmp_path):
    copy = tmp_path / "big.reflect"
    shutil.copy(big_journal_file, copy)
    with Journal.open(copy, PASSPHRASE) as journal:
        yield journal


def test_opens_with_one_page_and_grows_by_fetch_more(
    qtbot, big_journal, translations, qtmodeltester
):
    page = JournalPage(big_journal, PromptLibrary(big_journal, load_catalogue("en")))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    model = page.model
    assert model.total() == MANY
    assert model.rowCount() < 3 * PAGE_SIZE  # a view asks for what it shows, no more
    assert model.canFetchMore()
    before = model.rowCount()
    model.fetchMore()
    assert model.rowCount() == before + PAGE_SIZE
    newest = model.entry_at(0).occurred_on
    assert all(model.entry_at(r).occurred_on <= newest for r in range(model.rowCount()))
    qtmodeltester.check(model)


def test_scrolling_to_the_end_loads_only_pages(qtbot, big_journal):
    model = EntryListModel(big_journal, page_size=5_000)
    loads = 0
    while model.canFetchMore():
        model.fetchMore()
        loads += 1
    assert model.rowCount() == MANY
    assert loads <= MANY // 5_000 + 1  # the last full page cannot know it was the last
    assert len({model.entry_at(r).uuid for r in range(0, MANY, 997)}) == len(range(0, MANY, 997))


def test_rows_far_down_show_their_preview_and_only_a_few_are_kept(qtbot, big_journal):
    from reflect.gui.pages.journal import entry_list_model
    from reflect.gui.widgets.roles import SNIPPET_ROLE

    model = EntryListModel(big_journal, page_size=5_000)
    while model.canFetchMore():
        model.fetchMore()
    for row in (0, 50_000, MANY - 1, 50_001):
        entry = big_journal.entry(model.entry_at(row).uuid)
        assert model.index(row).data(SNIPPET_ROLE) == entry.text  # "entry n"
    bound = entry_list_model.KEPT + 2 * entry_list_model.READ_AROUND
    assert len(model._previews) <= bound
    assert len(model._kept) <= bound


def test_a_row_scrolled_back_to_is_read_again_as_it_was_listed(qtbot, big_journal):
    from reflect.domain.paging import EntryRow

    model = EntryListModel(big_journal, page_size=1_000)
    listed = []
    for _ in range(20):  # 20,000 rows, each page checked as it arrives
        first = model.rowCount()
        model.fetchMore()
        listed += [model.entry_at(r) for r in range(first, model.rowCount())]
    assert model.entry_at(0) is not listed[0]  # let go of, then read again
    for row in (0, 1, 7_500, 19_999):
        again = model.entry_at(row)
        assert again == listed[row] == EntryRow.of(big_journal.entry(listed[row].uuid))
        assert again.row_id == listed[row].row_id
        assert model.row_of(again.uuid) == row
    assert model.row_of(big_journal.entry_rows(limit=1, after=None).rows[0].uuid) == 0


def test_a_row_deleted_since_it_was_listed_shows_nothing(qtbot, big_journal):
    from reflect.gui.widgets.roles import ENTRY_ROLE

    model = EntryListModel(big_journal, page_size=1_000)
    for _ in range(3):
        model.fetchMore()
    gone = model.entry_at(10).uuid
    for row in range(1_000, 3_000, 100):  # row 10 is let go of
        model.entry_at(row)
    big_journal.delete_entry(gone)
    assert model.index(10).data(ENTRY_ROLE) is None
    assert model.index(11).data(ENTRY_ROLE) is not None
    assert model.row_of(gone) is None
