"""Imports of exports as Day One and jrnl really write them (issue 13, item 7).

Blank and photo-only entries are left out and counted, never refusing the
file; each entry's own time zone decides its day; Markdown escapes and photo
placeholders are turned back into text; a future date is the writer's and is
kept. Wrong types refuse the whole file, naming the entry.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from reflect.app.portability.importing import ImportRefused, import_file
from reflect.app.portability.other_apps import EMPTY, MEDIA_ONLY, REPEATED

IDS = [f"{n:032X}" for n in range(1, 20)]


def day_one(*entries):
    return {"metadata": {"version": "1.0"}, "entries": list(entries)}


def d1(number, text, created="2026-03-10T08:00:00Z", zone="Europe/Stockholm", **more):
    return {"uuid": IDS[number], "creationDate": created, "timeZone": zone, "text": text, **more}


def imported(journal, tmp_path, data, **options):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return import_file(journal, path, **options)


def texts(journal):
    return sorted(e.text for e in journal.entries().entries)


def test_a_day_one_export_with_blank_and_photo_only_entries_imports_the_rest(journal, tmp_path):
    data = day_one(
        d1(0, "A real entry"),
        d1(1, ""),
        d1(2, "   \n\t "),
        d1(3, "![](dayone-moment://4F3A2B)", photos=[{"identifier": "4F3A2B", "type": "jpeg"}]),
        d1(4, "", photos=[{"identifier": "X"}]),
        d1(5, "Before a photo ![](dayone-moment://AB12) and a clip ![](dayone-moment:/video/CD34)"),
    )
    result = imported(journal, tmp_path, data)
    assert result.entries_added == 2
    assert dict(result.left_out) == {EMPTY: 2, MEDIA_ONLY: 2}
    assert texts(journal) == ["A real entry", "Before a photo [photo] and a clip [video]"]
    again = imported(journal, tmp_path, data)
    assert (again.entries_added, again.entries_already_here) == (0, 2)


def test_markdown_escapes_are_turned_back_into_the_text_that_was_written(journal, tmp_path):
    imported(
        journal,
        tmp_path,
        day_one(
            d1(
                0,
                "# Shift 3\\. March\n\nShe said no\\! \\- twice \\(really\\)\\. "
                "\\*Not\\* a \\#tag, a\\_b, 1\\+1 \\> 1, C:\\\\temp",
            )
        ),
    )
    [entry] = journal.entries().entries
    assert entry.title == "Shift 3. March"
    assert entry.text == "She said no! - twice (really). *Not* a #tag, a_b, 1+1 > 1, C:\\temp"


def test_each_entry_is_dated_by_its_own_time_zone(journal, tmp_path):
    late_evening_utc = "2026-03-14T23:30:00Z"
    imported(
        journal,
        tmp_path,
        day_one(
            d1(0, "In Stockholm", created=late_evening_utc, zone="Europe/Stockholm"),
            d1(1, "In Los Angeles", created=late_evening_utc, zone="America/Los_Angeles"),
            d1(2, "Zone unknown here", created="2026-03-14T12:00:00Z", zone="Mars/Olympus_Mons"),
        ),
    )
    days = {e.text: e.occurred_on for e in journal.entries().entries}
    assert days["In Stockholm"] == date(2026, 3, 15)
    assert days["In Los Angeles"] == date(2026, 3, 14)
    assert days["Zone unknown here"] == date(2026, 3, 14)  # this machine's zone, not a refusal


def test_a_future_date_is_the_writers_and_is_kept(journal, tmp_path):
    imported(journal, tmp_path, day_one(d1(0, "Planned ahead", created="2031-06-01T09:00:00Z")))
    imported(
        journal,
        tmp_path,
        {
            "tags": {},
            "entries": [
                {
                    "date": "2030-01-02",
                    "time": "10:00",
                    "title": "Next year",
                    "body": "A plan",
                    "tags": [],
                    "starred": False,
                }
            ],
        },
    )
    assert {e.occurred_on.year for e in journal.entries().entries} == {2030, 2031}


def test_photo_words_come_in_the_writers_language(journal, tmp_path):
    swedish = {
        "photo": "[foto]",
        "video": "[video]",
        "audio": "[ljud]",
        "pdfAttachment": "[PDF]",
        "sketch": "[teckning]",
    }
    imported(
        journal, tmp_path, day_one(d1(0, "Bild ![](dayone-moment://AB12)")), media_words=swedish
    )
    assert texts(journal) == ["Bild [foto]"]


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (d1(1, None), "'text' must be text"),
        (d1(1, "x", tags="work"), "'tags' must be a list"),
        (d1(1, "nul \x00 inside"), "NUL"),
        (d1(1, "x", starred="yes"), "'starred' must be true or false"),
        (d1(1, "x", created="2026-03-10T08:00:00"), "no time zone"),
    ],
)
def test_wrong_types_refuse_the_day_one_file_naming_the_entry(journal, tmp_path, entry, reason):
    with pytest.raises(ImportRefused) as refused:
        imported(journal, tmp_path, day_one(d1(0, "fine"), entry))
    message = str(refused.value.message).format(**refused.value.params)
    assert "entry 2" in message and IDS[1] in message and reason in message
    assert journal.count_entries() == 0


def test_two_day_one_entries_with_one_id_refuse_the_file(journal, tmp_path):
    with pytest.raises(ImportRefused, match="same id"):
        imported(journal, tmp_path, day_one(d1(0, "one"), d1(0, "another")))
    assert journal.count_entries() == 0


def test_jrnl_blanks_and_repeats_are_counted_and_wrong_types_refused(journal, tmp_path):
    entry = {
        "date": "2026-03-01",
        "time": "09:00",
        "title": "Same",
        "body": "Twice",
        "tags": ["@w"],
        "starred": False,
    }
    blank = dict(entry, title=" ", body="")
    result = imported(journal, tmp_path, {"tags": {}, "entries": [entry, dict(entry), blank]})
    assert result.entries_added == 1 and dict(result.left_out) == {REPEATED: 1, EMPTY: 1}
    with pytest.raises(ImportRefused, match="entry 1") as refused:
        imported(journal, tmp_path, {"tags": {}, "entries": [dict(entry, title=None)]})
    assert "'title' must be text" in str(refused.value.params)
