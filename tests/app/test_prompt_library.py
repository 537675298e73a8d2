"""The prompt library over a real journal: history, own prompts, marks."""

from __future__ import annotations

import pytest

from reflect.app.journal import Journal
from reflect.app.prompt_library import PromptLibrary, load_catalogue
from reflect.domain.errors import ValidationError
from reflect.domain.kinds import Kind
from reflect.domain.prompt_engine import ShownAs
from tests.conftest import PASSPHRASE


@pytest.fixture
def library(journal):
    return PromptLibrary(journal, load_catalogue("en"))


def test_prompt_of_the_day_is_recorded_once_and_stable(library, clock):
    first = library.prompt_of_the_day()
    assert library.prompt_of_the_day() == first
    daily = [h for h in library.journal.prompt_history() if h.shown_as is ShownAs.DAILY]
    assert [h.prompt_id for h in daily] == [first.id]
    clock.advance(days=1)
    assert library.prompt_of_the_day() != first


def test_the_days_prompt_survives_reopening(journal_path, clock, library):
    first = library.prompt_of_the_day()
    library.journal.close()
    with Journal.open(journal_path, PASSPHRASE, clock) as reopened:
        assert PromptLibrary(reopened, load_catalogue("sv")).prompt_of_the_day().id == first.id


def test_user_prompts_round_trip_and_can_be_edited_and_hidden(library, journal_path, clock):
    mine = library.add_user_prompt(
        "loyalty_conflicts",
        [Kind.LOYALTY_CONFLICT, "shift_reflection"],
        "  Who did I  stand with? ",
    )
    assert mine.user_written and mine.text == "Who did I stand with?"
    library.edit_user_prompt(
        mine.id, "loyalty_conflicts", [Kind.LOYALTY_CONFLICT], "Who stood with me?"
    )
    library.set_favourite(mine.id, True)
    library.journal.close()
    with Journal.open(journal_path, PASSPHRASE, clock) as reopened:
        again = PromptLibrary(reopened, load_catalogue("en"))
        [stored] = [p for p in again.all_prompts() if p.user_written]
        assert (stored.id, stored.text, stored.kinds) == (
            mine.id,
            "Who stood with me?",
            (Kind.LOYALTY_CONFLICT,),
        )
        assert mine.id in again.preferences().favourites
        assert stored in again.prompts_for_kind(Kind.LOYALTY_CONFLICT)
        again.set_hidden(mine.id, True)
        assert stored not in again.prompts_for_kind(Kind.LOYALTY_CONFLICT)
        assert mine.id in again.preferences().hidden


@pytest.mark.parametrize(
    ("subtheme", "kinds", "text", "fragment"),
    [
        ("meaning", ["shift_reflection"], "   ", "question first"),
        ("meaning", [], "Why?", "at least one kind"),
        ("horoscopes", ["shift_reflection"], "Why?", "Unknown subtheme"),
        ("meaning", ["shift_reflection"], "x" * 501, "at most 500"),
    ],
)
def test_bad_user_prompts_are_refused(library, subtheme, kinds, text, fragment):
    with pytest.raises(ValidationError, match=fragment):
        library.add_user_prompt(subtheme, kinds, text)
    assert [p for p in library.all_prompts() if p.user_written] == []


def test_built_in_prompts_cannot_be_edited(library):
    with pytest.raises(ValueError):
        library.edit_user_prompt("meaning.01", "meaning", ["shift_reflection"], "mine now")


def test_answered_prompts_are_noted(library, journal):
    library.note_shown("meaning.01", ShownAs.ANSWERED, entry_uuid="e-1")
    [shown] = journal.prompt_history()
    assert (shown.prompt_id, shown.shown_as, shown.entry_uuid) == (
        "meaning.01",
        ShownAs.ANSWERED,
        "e-1",
    )


def test_the_demo_journal_is_lived_in_and_shows_the_identifier_check(journal):
    from datetime import timedelta

    from reflect.app.demo import fill_demo_journal
    from reflect.app.supervision import last_session, pack_for, since_last_supervision
    from reflect.domain.kinds import Kind
    from reflect.domain.pack import PackOptions

    fill_demo_journal(journal, "sv")
    kinds = {e.kind for e in journal.entries(limit=100).entries}
    assert kinds == set(Kind) and journal.count_entries() == 36
    assert len(journal.checkins(journal.today() - timedelta(days=91), journal.today())) > 50
    assert last_session(journal).open_actions
    pack = pack_for(journal, PackOptions(since_last_supervision(journal)))
    assert pack.entries and pack.actions
    # The one slip on purpose, and nothing else in a lived-in journal.
    assert [h.hit.text for h in pack.hits] == ["121212-1212"]
