"""A private picture of a period: what happened, how it felt, what the work was.

Pure and quick: it takes the facts of the period's entries (not their
writing), check-ins and shift log and returns plain data that the screen,
the exports and ``--json`` all use.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean

from reflect.domain.checkin import CheckIn
from reflect.domain.entry import FollowUp, Share
from reflect.domain.entry_facts import EntryFacts
from reflect.domain.kinds import Kind
from reflect.domain.period import Period
from reflect.domain.shift_log import Activity
from reflect.domain.themes import SUBTHEMES, THEME_OF, THEMES

RECURRING_TAG_MIN = 2
TOP_TAGS = 10
LOWEST_DAYS = 3


@dataclass(frozen=True)
class DayWellbeing:
    day: date
    mood: float
    energy: float
    stress: float


@dataclass(frozen=True)
class Wellbeing:
    checkins: int
    mean_mood: float | None
    mean_energy: float | None
    mean_stress: float | None
    # Change of the daily mood from the period's first half to its second.
    mood_trend: float | None
    days: list[DayWellbeing]
    lowest_days: list[DayWellbeing]


@dataclass(frozen=True)
class EntryRef:
    """Enough of an entry to list it without its text."""

    uuid: str
    occurred_on: date
    kind: Kind
    title: str
    share: Share
    question: str = ""


@dataclass(frozen=True)
class Summary:
    period: Period
    entry_count: int
    by_kind: dict[Kind, int]
    by_theme: dict[str, int]
    by_subtheme: dict[str, int]
    wellbeing: Wellbeing
    stigma_by_source: dict[str, int]
    stigma_intensity: float | None
    recurring_tags: list[tuple[str, int]]
    open_follow_ups: list[EntryRef]
    supervision_questions: list[EntryRef]
    meaningful_moments: list[EntryRef]
    role_in_practice: dict[Activity, int] = field(default_factory=dict)
    days_logged: int = 0
    # What the writer called "Other" on the period's days, each once.
    other_names: tuple[str, ...] = ()


def entry_ref(entry: EntryFacts) -> EntryRef:
    return EntryRef(
        entry.uuid, entry.occurred_on, entry.kind, entry.title, entry.share, entry.question
    )


def summarise(
    period: Period,
    entries: list[EntryFacts],
    checkins: list[CheckIn],
    role_in_practice: dict[Activity, int] | None = None,
    days_logged: int = 0,
) -> Summary:
    entries = sorted(
        (e for e in entries if period.contains(e.occurred_on)), key=lambda e: e.occurred_on
    )
    checkins = [c for c in checkins if period.contains(c.at.date())]
    by_subtheme = Counter(s for e in entries for s in e.subthemes)
    by_theme = Counter(theme for e in entries for theme in {THEME_OF[s] for s in e.subthemes})
    stigma = [e for e in entries if e.kind is Kind.STIGMA_INCIDENT]
    intensities = [e.intensity for e in stigma if e.intensity is not None]
    tags = Counter(t for e in entries for t in e.tags)
    by_kind = Counter(e.kind for e in entries)
    return Summary(
        period=period,
        entry_count=len(entries),
        by_kind={k: by_kind[k] for k in Kind if by_kind[k]},
        by_theme={t: by_theme[t] for t in THEMES if by_theme[t]},
        by_subtheme={s: by_subtheme[s] for s in SUBTHEMES if by_subtheme[s]},
        wellbeing=wellbeing(checkins),
        stigma_by_source=dict(Counter(e.stigma_source or "unknown" for e in stigma).most_common()),
        stigma_intensity=round(fmean(intensities), 1) if intensities else None,
        recurring_tags=[(t, n) for t, n in tags.most_common(TOP_TAGS) if n >= RECURRING_TAG_MIN],
        open_follow_ups=[entry_ref(e) for e in entries if e.follow_up is FollowUp.OPEN],
        supervision_questions=[entry_ref(e) for e in entries if e.share.shared and e.question],
        meaningful_moments=[entry_ref(e) for e in entries if e.kind is Kind.MEANINGFUL_MOMENT],
        role_in_practice={a: n for a in Activity if (n := (role_in_practice or {}).get(a, 0))},
        days_logged=days_logged,
    )


def wellbeing(checkins: list[CheckIn]) -> Wellbeing:
    by_day: dict[date, list[CheckIn]] = defaultdict(list)
    for checkin in checkins:
        by_day[checkin.at.date()].append(checkin)
    days = [
        DayWellbeing(
            day,
            round(fmean(c.mood for c in day_checkins), 2),
            round(fmean(c.energy for c in day_checkins), 2),
            round(fmean(c.stress for c in day_checkins), 2),
        )
        for day, day_checkins in sorted(by_day.items())
    ]
    if not days:
        return Wellbeing(0, None, None, None, None, [], [])
    half = len(days) // 2
    trend = None
    if half:
        trend = round(fmean(d.mood for d in days[half:]) - fmean(d.mood for d in days[:half]), 2)
    # The hardest days: low mood, then high stress.
    lowest = sorted(days, key=lambda d: (d.mood - d.stress, d.day))[:LOWEST_DAYS]
    return Wellbeing(
        checkins=len(checkins),
        mean_mood=round(fmean(c.mood for c in checkins), 2),
        mean_energy=round(fmean(c.energy for c in checkins), 2),
        mean_stress=round(fmean(c.stress for c in checkins), 2),
        mood_trend=trend,
        days=days,
        lowest_days=sorted(lowest, key=lambda d: d.day),
    )
