"""The writer's own templates and the answers to brought questions: rules without a journal."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.domain.asked import asked_answers, asked_key, is_asked_key, question_of
from reflect.domain.editor_state import EditorState
from reflect.domain.entry import new_entry, validate_entry
from reflect.domain.errors import ValidationError
from reflect.domain.kind_change import change_kind
from reflect.domain.kinds import KINDS, Kind
from reflect.domain.list_preview import list_preview
from reflect.domain.settings_merge import merge_settings
from reflect.domain.templates import (
    TEMPLATES_SETTING,
    join_templates,
    template,
    templates_from_setting,
    templates_setting,
)
from reflect.export.entry_outline import answer_lines

TODAY = date(2026, 3, 14)


def test_no_kind_field_name_can_be_taken_for_a_brought_question():
    for spec in KINDS.values():
        assert not any(is_asked_key(name) for name in spec.field_names)
    key = asked_key("  What did I   learn? ")
    assert key == "asked:What did I learn?"
    assert question_of(key) == "What did I learn?"


def test_an_entry_keeps_brought_answers_after_the_forms_and_drops_empty_ones():
    entry = new_entry(
        Kind.MEANINGFUL_MOMENT,
        TODAY,
        fields={
            asked_key("Who noticed?"): "  the nurse ",
            "what_happened": "a walk",
            asked_key("What did I learn?"): "   ",
        },
    )
    cleaned = validate_entry(entry, TODAY)
    assert list(cleaned.fields) == ["what_happened", "asked:Who noticed?"]
    assert cleaned.fields["asked:Who noticed?"] == "the nurse"


def test_an_entry_of_brought_answers_alone_is_not_empty_and_takes_its_title_from_them():
    entry = new_entry(Kind.SHIFT_REFLECTION, TODAY, fields={asked_key("What?"): "Long day"})
    assert validate_entry(entry, TODAY).display_title == "Long day"
    empty = new_entry(Kind.SHIFT_REFLECTION, TODAY, fields={asked_key("What?"): " "})
    with pytest.raises(ValidationError):
        validate_entry(empty, TODAY)


def test_a_field_that_is_neither_the_kinds_nor_brought_is_still_refused():
    entry = new_entry(Kind.SHIFT_REFLECTION, TODAY, text="x", fields={"asked": "no colon"})
    with pytest.raises(ValidationError):
        validate_entry(entry, TODAY)


def test_an_overlong_brought_question_is_refused():
    entry = new_entry(Kind.SHIFT_REFLECTION, TODAY, fields={asked_key("q" * 501): "a"})
    with pytest.raises(ValidationError):
        validate_entry(entry, TODAY)


def test_brought_answers_read_like_the_kinds_own_in_outline_and_preview():
    fields = {"what_happened": "a walk", asked_key("Who noticed?"): "the nurse"}
    lines = answer_lines(Kind.MEANINGFUL_MOMENT, fields, lambda _c, text: text)
    assert lines == ["What happened: a walk", "Who noticed? the nurse"]
    assert "the nurse" in list_preview(Kind.MEANINGFUL_MOMENT, fields, "")


def test_changing_the_kind_keeps_brought_answers_in_place():
    change = change_kind(
        Kind.MEANINGFUL_MOMENT,
        {"what_happened": "a walk", asked_key("Who noticed?"): "the nurse"},
        Kind.SHIFT_REFLECTION,
    )
    assert change.fields == {asked_key("Who noticed?"): "the nurse"}
    assert [left.question for left in change.left_over] == ["What happened"]


def test_a_draft_keeps_brought_answers():
    state = EditorState(fields={asked_key("Who noticed?"): "the nurse"})
    assert EditorState.from_payload(state.as_payload()).fields == state.fields


def test_a_template_is_named_and_holds_distinct_questions():
    made = template("t1", "  After  a group ", "shift_reflection", ["What?", " What? ", "", "Why?"])
    assert made.name == "After a group"
    assert made.kind is Kind.SHIFT_REFLECTION
    assert made.questions == ("What?", "Why?")
    for name, questions in (("", ["What?"]), ("Named", ["  "]), ("Named", ["q"] * 0)):
        with pytest.raises(ValidationError):
            template("t2", name, Kind.SHIFT_REFLECTION, questions)
    with pytest.raises(ValidationError):
        template("t3", "Many", Kind.SHIFT_REFLECTION, [f"Question {n}?" for n in range(21)])


def test_templates_round_trip_through_their_setting_and_refuse_damage():
    made = [
        template("t1", "Groups", Kind.SHIFT_REFLECTION, ["What?"]),
        template("t2", "Lines", Kind.CLOSENESS_DISTANCE, ["Where?", "Why?"]),
    ]
    assert templates_from_setting(templates_setting(made)) == made
    assert templates_from_setting(None) == []
    for damaged in ({"id": "t"}, [{"id": "t", "kind": "nope", "questions": ["q"]}], ["x"]):
        with pytest.raises((TypeError, ValidationError)):
            templates_from_setting(damaged)


def test_an_import_adds_the_templates_this_journal_lacks_and_keeps_its_own():
    mine = [template("t1", "Mine", Kind.SHIFT_REFLECTION, ["What?"])]
    theirs = [
        template("t1", "Their version", Kind.SHIFT_REFLECTION, ["Other?"]),
        template("t2", "New", Kind.SHIFT_REFLECTION, ["Why?"]),
    ]
    assert [t.name for t in join_templates(mine, theirs)] == ["Mine", "New"]
    merge = merge_settings(
        {TEMPLATES_SETTING: templates_setting(mine)}, {TEMPLATES_SETTING: templates_setting(theirs)}
    )
    assert merge.templates_added == 1
    assert [t["name"] for t in merge.values[TEMPLATES_SETTING]] == ["Mine", "New"]
    again = merge_settings({TEMPLATES_SETTING: merge.values[TEMPLATES_SETTING]}, merge.values)
    assert not again.changed


def test_asked_answers_keep_the_order_they_were_asked():
    fields = {asked_key("B?"): "2", "situation": "x", asked_key("A?"): "1"}
    assert asked_answers(fields) == [("B?", "2"), ("A?", "1")]


def test_the_pack_carries_brought_answers_of_a_full_entry_only_and_checks_them():
    from datetime import datetime

    from reflect.domain.entry import Share
    from reflect.domain.pack import PackOptions, build_pack
    from reflect.domain.period import Period

    fields = {asked_key("Who wrote to me?"): "kim@example.se, about the group"}
    entries = [
        validate_entry(new_entry(Kind.SHIFT_REFLECTION, TODAY, fields=fields, share=share), TODAY)
        for share in (Share.FULL, Share.SUMMARY, Share.PRIVATE)
    ]
    pack = build_pack(
        PackOptions(Period(TODAY, TODAY)), entries, [], {}, 0, [], datetime(2026, 3, 14, 18)
    )
    [shared] = pack.entries
    assert [(a.name, a.value) for a in shared.answers] == list(fields.items())
    # The title made from the answer's first words is checked as well.
    assert {hit.place for hit in pack.hits} == {"entries:0:answers:0:value", "entries:0:title"}
