"""Choosing prompts, with a fixed date and a made-up history."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from reflect.domain.kinds import Kind
from reflect.domain.prompt_engine import (
    NO_REPEAT_DAYS,
    PromptPreferences,
    PromptShown,
    ShownAs,
    another_prompt,
    prompt_of_the_day,
    prompts_for_kind,
)
from reflect.domain.prompts import Prompt

DAY = date(2026, 5, 1)


def make_prompts(n, subtheme="meaning", kinds=(Kind.SHIFT_REFLECTION,)):
    return [Prompt(f"{subtheme}.{i:02}", subtheme, kinds, f"text {i}") for i in range(n)]


def test_same_day_same_history_same_prompt():
    prompts = make_prompts(40)
    assert prompt_of_the_day(prompts, DAY, []) == prompt_of_the_day(
        list(reversed(prompts)), DAY, []
    )


def test_the_days_recorded_prompt_stays_all_day():
    prompts = make_prompts(40)
    recorded = PromptShown(prompts[7].id, DAY, ShownAs.DAILY)
    assert prompt_of_the_day(prompts, DAY, [recorded]) == prompts[7]


def walk_days(prompts, days, prefs=PromptPreferences()):
    """Show the prompt of the day for ``days`` days, recording each, like the app does."""
    history, chosen = [], []
    for offset in range(days):
        day = DAY + timedelta(days=offset)
        prompt = prompt_of_the_day(prompts, day, history, prefs)
        history.append(PromptShown(prompt.id, day, ShownAs.DAILY))
        chosen.append(prompt.id)
    return chosen


def test_no_repeat_while_unseen_prompts_remain():
    prompts = make_prompts(45)
    chosen = walk_days(prompts, 45)
    assert len(set(chosen)) == 45


def test_no_repeat_within_thirty_days_even_after_all_were_seen():
    prompts = make_prompts(35)
    chosen = walk_days(prompts, 200)
    for i, prompt_id in enumerate(chosen):
        window = chosen[max(0, i - NO_REPEAT_DAYS + 1) : i]
        assert prompt_id not in window, f"day {i} repeats within {NO_REPEAT_DAYS} days"


def test_with_fewer_prompts_than_days_the_longest_rested_returns():
    prompts = make_prompts(5)
    chosen = walk_days(prompts, 15)
    assert chosen[5:10] == chosen[0:5]  # each comes back in the order it rested
    assert len(set(chosen[:5])) == 5


def test_hidden_prompts_never_come_and_all_hidden_gives_none():
    prompts = make_prompts(10)
    hidden = frozenset(p.id for p in prompts[:9])
    assert set(walk_days(prompts, 5, PromptPreferences(hidden=hidden))) == {prompts[9].id}
    assert (
        prompt_of_the_day(
            prompts, DAY, [], PromptPreferences(hidden=frozenset(p.id for p in prompts))
        )
        is None
    )


def test_prompts_for_kind_favour_its_subthemes_and_kind():
    fitting = make_prompts(10, "loyalty_conflicts", (Kind.LOYALTY_CONFLICT,))
    kind_only = make_prompts(10, "meaning", (Kind.LOYALTY_CONFLICT,))
    unrelated = make_prompts(10, "appreciation", (Kind.TEAM_EXPERIENCE,))
    ordered = prompts_for_kind(fitting + kind_only + unrelated, Kind.LOYALTY_CONFLICT, seed="s")
    assert {p.id for p in ordered} == {p.id for p in fitting + kind_only}
    # Over many seeds, the best-suited prompts lead far more often.
    leaders = Counter(
        prompts_for_kind(fitting + kind_only, Kind.LOYALTY_CONFLICT, seed=str(i))[0].subtheme
        for i in range(300)
    )
    assert leaders["loyalty_conflicts"] > 1.5 * leaders["meaning"]


def test_prompts_for_kind_are_fixed_by_the_seed():
    prompts = make_prompts(20, "closeness_and_distance", (Kind.CLOSENESS_DISTANCE,))
    first = prompts_for_kind(prompts, Kind.CLOSENESS_DISTANCE, seed="2026-05-01")
    assert first == prompts_for_kind(prompts, Kind.CLOSENESS_DISTANCE, seed="2026-05-01")
    assert first != prompts_for_kind(prompts, Kind.CLOSENESS_DISTANCE, seed="2026-05-02")


def test_another_prompt_walks_then_starts_over():
    ordered = make_prompts(3)
    assert another_prompt(ordered, []) == ordered[0]
    assert another_prompt(ordered, [ordered[0].id]) == ordered[1]
    assert another_prompt(ordered, [p.id for p in ordered]) == ordered[0]
    assert another_prompt([], []) is None
