"""Choosing prompts: the prompt of the day, and prompts for an entry kind.

Pure and deterministic: the same prompts, history, preferences and date give
the same answer, so the prompt of the day stays put all day and tests can
fix the clock.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from reflect.domain.kinds import Kind, kind_spec
from reflect.domain.prompts import Prompt

NO_REPEAT_DAYS = 30


class ShownAs(StrEnum):
    DAILY = "daily"  # offered as the prompt of the day
    ENTRY = "entry"  # offered beside an entry's form
    ANSWERED = "answered"  # an entry was written from it


@dataclass(frozen=True)
class PromptShown:
    prompt_id: str
    shown_on: date
    shown_as: ShownAs
    entry_uuid: str | None = None


@dataclass(frozen=True)
class PromptPreferences:
    favourites: frozenset[str] = field(default_factory=frozenset)
    hidden: frozenset[str] = field(default_factory=frozenset)


def visible(prompts: Iterable[Prompt], prefs: PromptPreferences) -> list[Prompt]:
    return [p for p in prompts if p.id not in prefs.hidden]


def prompt_of_the_day(
    prompts: Sequence[Prompt],
    day: date,
    history: Sequence[PromptShown],
    prefs: PromptPreferences = PromptPreferences(),
) -> Prompt | None:
    """One prompt for ``day``.

    The day's prompt, once recorded in ``history``, stays. Otherwise it is
    drawn from the prompts never shown before; when none are left, from
    those not shown in the last 30 days; only when every prompt was shown
    within 30 days does the one shown longest ago come back.
    """
    candidates = visible(prompts, prefs)
    if not candidates:
        return None
    by_id = {p.id: p for p in candidates}
    for shown in history:
        if shown.shown_as is ShownAs.DAILY and shown.shown_on == day and shown.prompt_id in by_id:
            return by_id[shown.prompt_id]

    last_shown: dict[str, date] = {}
    for shown in history:
        if shown.shown_on <= day and shown.shown_as is not ShownAs.ANSWERED:
            last_shown[shown.prompt_id] = max(
                shown.shown_on, last_shown.get(shown.prompt_id, shown.shown_on)
            )
    window_start = day - timedelta(days=NO_REPEAT_DAYS)
    unseen = [p for p in candidates if p.id not in last_shown]
    rested = [p for p in candidates if p.id in last_shown and last_shown[p.id] <= window_start]
    if unseen:
        pool = unseen
    elif rested:
        pool = rested
    else:
        oldest = min(last_shown[p.id] for p in candidates)
        pool = [p for p in candidates if last_shown[p.id] == oldest]
    # Favourites come round more often when they are in the pool.
    weighted = sorted(pool, key=lambda p: p.id)
    weighted += [p for p in weighted if p.id in prefs.favourites]
    return weighted[_stable_index(day.isoformat(), len(weighted))]


def prompts_for_kind(
    prompts: Sequence[Prompt],
    kind: Kind,
    prefs: PromptPreferences = PromptPreferences(),
    seed: str = "",
) -> list[Prompt]:
    """Prompts for an entry of ``kind``, best suited first.

    A prompt suits the kind when it names the kind or belongs to one of the
    kind's default subthemes; naming both weighs most, and favourites weigh
    double. The order is a weighted shuffle fixed by ``seed``, so "another
    prompt" walks a list that does not change under the writer's feet.
    """
    default_subthemes = set(kind_spec(kind).default_subthemes)
    rng = random.Random(seed)
    keyed = []
    for prompt in sorted(visible(prompts, prefs), key=lambda p: p.id):
        weight = 2.0 * prompt.suits(kind) + 1.0 * (prompt.subtheme in default_subthemes)
        if weight == 0:
            continue
        if prompt.id in prefs.favourites:
            weight *= 2
        # Efraimidis–Spirakis: sorting by u^(1/w) is a weighted shuffle.
        keyed.append((math.log(1.0 - rng.random()) / weight, prompt))
    keyed.sort(key=lambda pair: pair[0], reverse=True)
    return [prompt for _, prompt in keyed]


def another_prompt(ordered: Sequence[Prompt], already_shown: Iterable[str]) -> Prompt | None:
    """The next prompt of ``ordered`` not yet shown; from the top when all were."""
    seen = set(already_shown)
    for prompt in ordered:
        if prompt.id not in seen:
            return prompt
    return ordered[0] if ordered else None


def _stable_index(key: str, size: int) -> int:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % size
