"""``reflect templates`` and ``reflect reminder``, run as a person runs them."""

from __future__ import annotations

import json

from tests.cli.running import assert_user_error, run


def test_templates_and_guides_are_listed_in_either_language(env):
    assert run(env, "init").returncode == 0
    shown = run(env, "templates")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[0].startswith("No templates of your own yet")
    assert "Gibbs' reflective cycle" in shown.stdout
    swedish = json.loads(run(env, "--language", "sv", "templates", "--json").stdout)
    assert swedish["templates"] == []
    assert {g["id"] for g in swedish["guides"]} == {"what_so_what_now_what", "gibbs"}
    assert len(next(g for g in swedish["guides"] if g["id"] == "gibbs")["steps"]) == 6


def test_the_reminder_is_off_until_turned_on_and_the_window_reads_the_same(env, tmp_path):
    from reflect.present.preferences import Preferences

    assert run(env, "reminder").stdout.strip() == "The reminder is off."
    changed = run(env, "reminder", "--on", "--days", "mon,wed,fri", "--at", "16:30")
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.strip() == "The reminder is on: mon,wed,fri at 16:30, while Reflect runs."
    settings = tmp_path / "config" / "Reflect" / "settings.ini"  # XDG_CONFIG_HOME in env
    plan = Preferences(settings).reminder_plan()  # what the window will follow
    assert plan is not None and plan.days == {0, 2, 4} and plan.at.hour == 16
    assert run(env, "reminder", "--off").stdout.strip() == "The reminder is off."
    assert_user_error(run(env, "reminder", "--days", "monday"), "--days takes days")
    assert_user_error(run(env, "reminder", "--at", "5pm"), "--at takes a time")
