"""``reflect agreement``, ``reflect session``, ``reflect supervision-time`` and a
group session's pack, run as a person runs them."""

from __future__ import annotations

import json
from datetime import date, timedelta

from tests.cli.running import assert_user_error, run


def test_the_agreement_is_set_part_by_part_and_shown_in_either_language(env):
    assert run(env, "init").returncode == 0
    assert "No supervision agreement yet" in run(env, "agreement").stdout
    changed = run(
        env,
        "agreement",
        "--set",
        "supervisor=Maria, psychologist",
        "--set",
        "form=group",
        "--set",
        "review_on=2027-01-15",
    )
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.splitlines() == [
        "Who supervises me: Maria, psychologist",
        "One to one or in a group: In a group",
        "We look at it again: 2027-01-15",
    ]
    swedish = run(env, "--language", "sv", "agreement").stdout
    assert "Vem som handleder mig: Maria, psychologist" in swedish
    assert "Enskilt eller i grupp: I grupp" in swedish
    kept = json.loads(run(env, "agreement", "--json").stdout)
    assert kept["supervisor"] == "Maria, psychologist" and kept["review_on"] == "2027-01-15"


def test_a_wrong_part_of_the_agreement_gets_one_sentence_and_changes_nothing(env):
    assert run(env, "init").returncode == 0
    assert_user_error(run(env, "agreement", "--set", "boss=Me"), "PART is one of")
    assert_user_error(run(env, "agreement", "--set", "form=sometimes"), "form is one of")
    assert json.loads(run(env, "agreement", "--json").stdout)["supervisor"] == ""


def test_sessions_are_logged_with_their_time_and_totalled(env):
    assert run(env, "init").returncode == 0
    today = date.today()
    first = run(
        env,
        "session",
        "--date",
        (today - timedelta(days=2)).isoformat(),
        "--minutes",
        "60",
        "--action",
        "Book a walk",
        "--action",
        "Ask for a job description",
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().endswith("1 h, One to one; 2 agreed actions.")
    assert run(env, "session", "--minutes", "90", "--group").returncode == 0
    shown = run(env, "supervision-time", "--from", (today - timedelta(days=10)).isoformat())
    assert shown.stdout.splitlines()[0].endswith(
        "2 sessions, 2 h 30 min: 1 h one to one, 1 h 30 min in a group."
    )
    totals = json.loads(run(env, "supervision-time", "--json").stdout)
    assert (totals["minutes"], totals["group_minutes"]) == (150, 90)
    assert_user_error(run(env, "session", "--minutes", "0"), "whole number of minutes")


def test_a_group_sessions_pack_holds_the_questions_only(env, tmp_path):
    assert run(env, "init").returncode == 0
    added = run(
        env,
        "add",
        "--kind",
        "loyalty_conflict",
        "--title",
        "Ward round",
        "--share",
        "full",
        "--question",
        "Whose side was I on?",
        stdin="The whole story of the ward round.",
    )
    assert added.returncode == 0, added.stderr
    out = tmp_path / "group.md"
    made = run(env, "export", "--format", "md", "-o", str(out), "--group")
    assert made.returncode == 0, made.stderr
    text = out.read_text(encoding="utf-8")
    assert "Whose side was I on? (Loyalty conflict)" in text
    assert "The whole story" not in text
