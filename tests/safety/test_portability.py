"""Moving a journal: dump, import (Reflect, jrnl, Day One), all or nothing, never twice."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.app.demo import fill_demo_journal
from reflect.app.journal import Journal
from reflect.app.portability.dumping import dump_to
from reflect.app.portability.importing import ImportRefused, import_file
from reflect.app.supervision import agreement
from reflect.domain.entry import FollowUp
from reflect.domain.serialise import entry_as_dict
from tests.conftest import PASSPHRASE

JRNL = {
    "tags": {"@work": 2},
    "entries": [
        {
            "title": "Long day.",
            "body": "The ward was loud.",
            "date": "2026-01-05",
            "time": "18:30",
            "tags": ["@work"],
            "starred": True,
        },
        {
            "title": "Calm.",
            "body": "",
            "date": "2026-01-06",
            "time": "20:00",
            "tags": [],
            "starred": False,
        },
    ],
}
DAY_ONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "5B1D2E8F9A0B4C3D8E7F6A5B4C3D2E1F",
            "creationDate": "2026-02-01T17:00:00Z",
            "text": "# Fika\nWe laughed in the staff room.",
            "tags": ["team", "fika"],
            "starred": True,
        },
    ],
}


def fingerprint(journal):
    dump = json.loads(
        json.dumps(
            {
                "e": [entry_as_dict(e) for e in journal.entries(limit=10_000).entries],
                "c": [
                    c.uuid
                    for c in journal.checkins(journal.today().replace(year=1900), journal.today())
                ],
            },
            default=str,
        )
    )
    return dump


def test_dump_and_import_move_everything(journal, tmp_path, clock):
    from reflect.domain.prompt_engine import PromptShown, ShownAs

    fill_demo_journal(journal, "en")
    journal.set_setting("watch_list", ["Kim"])
    shown = PromptShown("meaning.01", journal.today(), ShownAs.ENTRY)
    journal.record_prompt_shown(shown)
    journal.record_prompt_shown(shown)  # shown twice that day
    journal.record_prompt_shown(
        PromptShown("meaning.02", journal.today(), ShownAs.ANSWERED, "an-entry")
    )
    path = tmp_path / "all.json"
    assert dump_to(journal, path) == 36
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "reflect-journal" and data["version"] == 1
    with Journal.create(tmp_path / "new.reflect", PASSPHRASE, clock) as fresh:
        result = import_file(fresh, path)
        assert (result.entries_added, result.checkins_added) == (36, len(data["checkins"]))
        assert fingerprint(fresh) == fingerprint(journal)
        assert fresh.setting("watch_list") == ["Kim"]
        assert len(fresh.sessions()) == 2
        # Each session's length, form and actions with their status, and the agreement.
        assert fresh.sessions() == journal.sessions()
        assert {s.minutes for s in fresh.sessions()} == {60, 90}
        assert any(a.done_on for s in fresh.sessions() for a in s.actions)
        assert agreement(fresh) == agreement(journal) and not agreement(fresh).is_empty
        assert fresh.shift_log_rows() == journal.shift_log_rows()
        assert fresh.prompt_history() == journal.prompt_history()
        again = import_file(fresh, path)
        assert (again.entries_added, again.entries_already_here, again.checkins_added) == (0, 36, 0)
        assert fresh.count_entries() == 36
        assert fresh.prompt_history() == journal.prompt_history()


@pytest.mark.parametrize(("data", "source"), [(JRNL, "jrnl"), (DAY_ONE, "day_one")])
def test_other_journals_import_once(journal, tmp_path, data, source):
    path = tmp_path / "other.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = import_file(journal, path)
    assert result.source == source and result.entries_added == len(data["entries"])
    assert import_file(journal, path).entries_added == 0
    entries = journal.entries().entries
    assert len(entries) == len(data["entries"])
    starred = [e for e in entries if e.follow_up is FollowUp.OPEN]
    assert len(starred) == 1


def test_jrnl_and_day_one_details(journal, tmp_path):
    for name, data in (("j.json", JRNL), ("d.json", DAY_ONE)):
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
        import_file(journal, tmp_path / name)
    by_title = {e.display_title: e for e in journal.entries().entries}
    assert by_title["Long day."].text == "The ward was loud." and by_title["Long day."].tags == (
        "work",
    )
    assert by_title["Fika"].text == "We laughed in the staff room."
    assert by_title["Fika"].tags == ("team", "fika")
    assert str(by_title["Fika"].occurred_on) == "2026-02-01"


BAD_FILES = [
    b"",
    b"[1,2",
    b"null",
    b"42",
    b'"text"',
    b"[]",
    b"{}",
    b"\xff\xfe not utf8",
    json.dumps({"format": "reflect-journal", "version": 99, "entries": []}).encode(),
    json.dumps({"format": "reflect-journal", "version": 1, "entries": [{"uuid": "x"}]}).encode(),
    json.dumps(
        {
            "format": "reflect-journal",
            "version": 1,
            "entries": [{"uuid": "a", "kind": "diary", "occurred_on": "2026-01-01"}],
        }
    ).encode(),
    json.dumps(
        {
            "format": "reflect-journal",
            "version": 1,
            "entries": [
                {"uuid": "a", "kind": "shift_reflection", "occurred_on": "2026-02-30", "text": "x"}
            ],
        }
    ).encode(),
    json.dumps(
        {
            "format": "reflect-journal",
            "version": 1,
            "entries": [
                {
                    "uuid": "a",
                    "kind": "shift_reflection",
                    "occurred_on": "2026-01-01",
                    "text": "x" * 2_000_000,
                }
            ],
        }
    ).encode(),
    json.dumps({"tags": {}, "entries": [{"date": "yesterday", "title": "x"}]}).encode(),
    json.dumps(
        {
            "metadata": {},
            "entries": [{"uuid": "not-a-uuid", "creationDate": "2026-01-01T00:00:00Z"}],
        }
    ).encode(),
    json.dumps({"entries": "nope", "tags": 3}).encode(),
    b"[" * 100_000,
]


@pytest.mark.parametrize("content", BAD_FILES)
def test_bad_files_give_one_clear_error_and_change_nothing(journal, tmp_path, content):
    journal.save_entry(
        __import__("reflect.domain.entry", fromlist=["new_entry"]).new_entry(
            "shift_reflection", journal.today(), text="already here"
        )
    )
    before = fingerprint(journal)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        import_file(journal, path)
    assert "\n" not in str(refused.value) and len(str(refused.value)) < 400
    assert fingerprint(journal) == before


def test_half_good_file_imports_nothing(journal, tmp_path):
    good = {
        "uuid": "11111111-1111-4111-8111-111111111111",
        "kind": "shift_reflection",
        "occurred_on": "2026-01-01",
        "text": "fine",
    }
    bad = dict(good, uuid="22222222-2222-4222-8222-222222222222", intensity=99)
    path = tmp_path / "half.json"
    path.write_text(json.dumps({"format": "reflect-journal", "version": 1, "entries": [good, bad]}))
    with pytest.raises(ImportRefused):
        import_file(journal, path)
    assert journal.count_entries() == 0


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)
entry_like = st.fixed_dictionaries(
    {
        "uuid": st.text(max_size=40),
        "kind": st.sampled_from(["shift_reflection", "x", ""]),
        "occurred_on": st.one_of(st.dates().map(str), st.text(max_size=12)),
    },
    optional={
        "text": json_values,
        "tags": json_values,
        "fields": json_values,
        "intensity": json_values,
        "share": json_values,
        "follow_up": json_values,
        "subthemes": json_values,
    },
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries(
            {
                "format": st.just("reflect-journal"),
                "version": st.just(1),
                "entries": st.lists(entry_like, max_size=3),
                "checkins": json_values,
            }
        ),
        st.fixed_dictionaries({"tags": json_values, "entries": json_values}),
        st.fixed_dictionaries(
            {"metadata": st.dictionaries(st.text(max_size=5), json_values), "entries": json_values}
        ),
    )
)
def test_garbled_input_is_refused_cleanly_or_imported_whole(journal, tmp_path, data):
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = journal.count_entries()
    try:
        result = import_file(journal, path)
    except ImportRefused:
        assert journal.count_entries() == before
    else:
        assert journal.count_entries() == before + result.entries_added


JUNK = {
    "null text": ({"text": None}, "'text' must be text"),
    "tags as a string": ({"tags": "abc"}, "'tags' must be a list"),
    "NUL in a tag": ({"tags": ["a\x00b"]}, "NUL"),
    "a number for a title": ({"title": 12}, "'title' must be text"),
}


@pytest.mark.parametrize("case", list(JUNK), ids=list(JUNK))
def test_junk_values_refuse_the_file_naming_the_entry(journal, tmp_path, case):
    """Audit finding 12: junk was stored ("None", tags a, b, c, NUL)."""
    change, fragment = JUNK[case]
    dump_to(journal, tmp_path / "base.json")
    data = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    entry = {
        "uuid": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "kind": "shift_reflection",
        "occurred_on": journal.today().isoformat(),
        **change,
    }
    data["entries"] = [entry]
    (tmp_path / "junk.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_file(journal, tmp_path / "junk.json")
    message = str(refused.value.params)
    assert fragment in message and "0f8fad5b" in message
    assert journal.count_entries() == 0


def reflect_data(journal, tmp_path):
    dump_to(journal, tmp_path / "base.json")
    return json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))


def write(tmp_path, data):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_two_entries_with_one_id_refuse_the_file(journal, tmp_path):
    data = reflect_data(journal, tmp_path)
    entry = {
        "uuid": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "kind": "shift_reflection",
        "occurred_on": journal.today().isoformat(),
        "text": "one",
    }
    data["entries"] = [entry, {**entry, "text": "two"}]
    with pytest.raises(ImportRefused, match="same id"):
        import_file(journal, write(tmp_path, data))
    assert journal.count_entries() == 0


def test_an_impossible_check_in_date_refuses_the_file(journal, tmp_path):
    data = reflect_data(journal, tmp_path)
    data["checkins"] = [
        {"uuid": "c1", "at": "9999-01-01T10:00:00+01:00", "mood": 3, "energy": 3, "stress": 3}
    ]
    with pytest.raises(ImportRefused, match="cannot be right"):
        import_file(journal, write(tmp_path, data))


@pytest.mark.parametrize("version", [None, "1", 1.5, True])
def test_a_missing_or_odd_format_version_says_so(journal, tmp_path, version):
    data = reflect_data(journal, tmp_path)
    if version is None:
        del data["version"]
    else:
        data["version"] = version
    with pytest.raises(ImportRefused, match="no format version"):
        import_file(journal, write(tmp_path, data))
