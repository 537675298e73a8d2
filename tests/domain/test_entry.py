from datetime import date

import pytest

from reflect.domain.entry import Entry, FollowUp, Share, new_entry, validate_entry
from reflect.domain.errors import ValidationError
from reflect.domain.kinds import KINDS, Kind
from reflect.domain.themes import SUBTHEMES, THEME_OF, THEMES

TODAY = date(2026, 3, 14)


def test_every_kind_has_a_label_and_known_default_subthemes():
    assert set(KINDS) == set(Kind)
    for spec in KINDS.values():
        assert spec.label and spec.description
        assert all(s in SUBTHEMES for s in spec.default_subthemes)
        assert len(set(spec.field_names)) == len(spec.field_names)


def test_three_themes_nine_subthemes():
    assert len(THEMES) == 3
    assert len(SUBTHEMES) == len(set(SUBTHEMES)) == 9
    assert THEME_OF["loyalty_conflicts"] == "authenticity_balance"


def test_new_entry_takes_the_kinds_default_subthemes_and_is_private():
    entry = new_entry("stigma_incident", TODAY, text="x")
    assert entry.subthemes == ("stigma_internal_external",)
    assert entry.share is Share.PRIVATE
    assert entry.follow_up is FollowUp.NONE


def test_validation_cleans_title_tags_and_field_order():
    entry = new_entry(
        Kind.LOYALTY_CONFLICT,
        TODAY,
        title="  Two   sides ",
        fields={"what_i_did": " listened ", "situation": "ward round", "team_wanted": "  "},
        tags=["#Night Shift", "night shift", "Lön"],
        intensity=4,
    )
    clean = validate_entry(entry, TODAY)
    assert clean.title == "Two sides"
    assert list(clean.fields) == ["situation", "what_i_did"]
    assert clean.fields["what_i_did"] == "listened"
    assert clean.tags == ("night shift", "lön")


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"fields": {"no_such_field": "x"}}, "no field called no_such_field"),
        ({"fields": {"where_i_stood": "sideways"}}, "not a choice"),
        ({"intensity": 11}, "0 to 10"),
        ({"intensity": True}, "0 to 10"),
        ({"occurred_on": date(1899, 12, 31)}, "1899-12-31"),
        ({"occurred_on": date(2026, 3, 16)}, "2026-03-16"),
        ({"subthemes": ("astrology",)}, "Unknown subtheme"),
        ({"title": "x" * 201}, "too long"),
        ({"tags": ("a, b",)}, "without commas"),
        ({"tags": tuple(f"t{i}" for i in range(31))}, "at most 30 tags"),
    ],
)
def test_invalid_entries_are_refused_with_a_clear_message(changes, fragment):
    entry = new_entry(Kind.LOYALTY_CONFLICT, TODAY, text="words").with_changes(**changes)
    with pytest.raises(ValidationError, match=fragment):
        validate_entry(entry, TODAY)


def test_an_empty_entry_is_refused():
    with pytest.raises(ValidationError, match="empty"):
        validate_entry(new_entry(Kind.SHIFT_REFLECTION, TODAY, text="  \n "), TODAY)


def test_intensity_only_where_the_kind_asks_for_it():
    with pytest.raises(ValidationError, match="no intensity"):
        validate_entry(new_entry(Kind.MEANINGFUL_MOMENT, TODAY, text="x", intensity=3), TODAY)


def test_unknown_kind_lists_the_known_ones():
    with pytest.raises(ValidationError, match="closeness_distance"):
        new_entry("diary", TODAY)


def test_display_title_comes_from_text_then_fields():
    assert (
        Entry(Kind.SHIFT_REFLECTION, TODAY, text="First line\nsecond").display_title == "First line"
    )
    entry = Entry(
        Kind.STIGMA_INCIDENT, TODAY, fields={"what_happened": "Called 'the patient' " * 10}
    )
    assert entry.display_title.startswith("Called 'the patient'")
    assert len(entry.display_title) <= 60
    assert Entry(Kind.SHIFT_REFLECTION, TODAY, title="Mine", text="other").display_title == "Mine"


def test_validation_messages_are_marked_for_translation():
    with pytest.raises(ValidationError) as caught:
        validate_entry(new_entry(Kind.SHIFT_REFLECTION, TODAY), TODAY)
    assert caught.value.message == "The entry is empty: write a few words first."
    assert caught.value.params == {}


def test_pasted_control_characters_are_dropped_but_line_breaks_kept():
    entry = new_entry(Kind.SHIFT_REFLECTION, TODAY, title="a\x00b", text="one\x02\ntwo\tthree\x03")
    clean = validate_entry(entry, TODAY)
    assert clean.title == "ab"
    assert clean.text == "one\ntwo\tthree"
