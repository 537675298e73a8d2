"""``reflect calendar`` and ``reflect on-this-day``, run as a person runs them."""

from __future__ import annotations

import json
from datetime import date, timedelta

from reflect.domain.looking_back import same_day_in_earlier_months
from tests.cli.running import assert_user_error, run


def _add(env, day: date, title: str, kind="loyalty_conflict"):
    added = run(env, "add", "--kind", kind, "--title", title, "--date", day.isoformat(), stdin="x")
    assert added.returncode == 0, added.stderr


def test_on_this_day_lists_the_same_day_of_earlier_months(env):
    assert run(env, "init").returncode == 0
    today = date.today()
    earlier = same_day_in_earlier_months(today, today - timedelta(days=800))
    _add(env, earlier[0], "Last time")
    _add(env, earlier[-1], "Long ago", kind="team_experience")
    _add(env, earlier[0] - timedelta(days=1), "Another day")
    shown = run(env, "on-this-day")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("Loyalty conflict: Last time")
    assert lines[1].endswith("In the team: Long ago")
    listed = json.loads(run(env, "on-this-day", "--json").stdout)
    assert [item["title"] for item in listed] == ["Last time", "Long ago"]
    assert listed[0]["day"] == earlier[0].isoformat() and listed[0]["share"] == "private"


def test_on_this_day_in_swedish_says_when_there_is_none(env):
    assert run(env, "init").returncode == 0
    shown = run(env, "--language", "sv", "on-this-day")
    assert shown.stdout.strip() == "Inget skrivet den här dagen tidigare månader."


def test_calendar_tells_each_day_of_a_month_in_words_and_json(env):
    assert run(env, "init").returncode == 0
    _add(env, date(2026, 3, 2), "Ward round")
    _add(env, date(2026, 3, 2), "Evening", kind="shift_reflection")
    _add(env, date(2026, 4, 1), "Next month")
    shown = run(env, "calendar", "--month", "2026-03")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        "2026-03: Entries on 1 day, a check-in on 0 days.",
        "2026-03-02  2 entries: Loyalty conflict, Free reflection; no check-in.",
    ]
    swedish = run(env, "--language", "sv", "calendar", "--month", "2026-03").stdout
    assert (
        "2026-03-02  2 anteckningar: Lojalitetskonflikt, Fri reflektion; ingen avstämning."
        in swedish
    )
    month = json.loads(run(env, "calendar", "--month", "2026-03", "--json").stdout)
    assert month == {
        "month": "2026-03",
        "days": [
            {
                "day": "2026-03-02",
                "entries": {"loyalty_conflict": 1, "shift_reflection": 1},
                "mood": None,
            }
        ],
    }


def test_a_month_written_wrong_gets_one_sentence(env):
    assert run(env, "init").returncode == 0
    assert_user_error(run(env, "calendar", "--month", "March"), "March is not a month")
