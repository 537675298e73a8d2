"""Exact figures from a small, hand-built journal."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from reflect.domain.checkin import CheckIn
from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.entry_facts import EntryFacts
from reflect.domain.kinds import Kind
from reflect.domain.period import Period, last_four_weeks, since_session, this_week
from reflect.domain.shift_log import Activity
from reflect.domain.summary import summarise

TZ = timezone(timedelta(hours=1))
PERIOD = Period(date(2026, 3, 1), date(2026, 3, 14))


def entry(kind, day, **values):
    return EntryFacts.of(Entry(kind=kind, occurred_on=date(2026, 3, day), **values))


ENTRIES = [
    entry(
        Kind.STIGMA_INCIDENT,
        2,
        text="a",
        subthemes=("stigma_internal_external",),
        fields={"source": "colleague"},
        intensity=6,
        tags=("language",),
    ),
    entry(
        Kind.STIGMA_INCIDENT,
        5,
        text="b",
        subthemes=("stigma_internal_external", "undervalued"),
        fields={"source": "colleague"},
        intensity=8,
        tags=("language", "contract"),
    ),
    entry(
        Kind.STIGMA_INCIDENT,
        9,
        text="c",
        subthemes=("undervalued",),
        fields={"source": "organisation"},
        tags=("contract",),
    ),
    entry(
        Kind.LOYALTY_CONFLICT,
        6,
        text="d",
        subthemes=("loyalty_conflicts",),
        share=Share.FULL,
        supervision_question="Whose side?",
        follow_up=FollowUp.OPEN,
    ),
    entry(
        Kind.MEANINGFUL_MOMENT,
        7,
        title="The walk",
        text="e",
        subthemes=("meaning", "appreciation"),
        share=Share.SUMMARY,
        supervision_question="More of this?",
    ),
    entry(Kind.SHIFT_REFLECTION, 10, text="f", share=Share.FULL),  # shared, no question
    entry(Kind.SHIFT_REFLECTION, 20, text="outside the period"),
]
CHECKINS = [
    CheckIn(datetime(2026, 3, 2, 18, tzinfo=TZ), 2, 3, 4),
    CheckIn(datetime(2026, 3, 2, 21, tzinfo=TZ), 4, 3, 2),
    CheckIn(datetime(2026, 3, 8, 18, tzinfo=TZ), 3, 1, 5),
    CheckIn(datetime(2026, 3, 12, 18, tzinfo=TZ), 5, 4, 1),
    CheckIn(datetime(2026, 3, 30, 18, tzinfo=TZ), 1, 1, 1),  # outside
]


def test_exact_figures():
    summary = summarise(
        PERIOD, ENTRIES, CHECKINS, {Activity.HOME_VISIT: 2, Activity.SUPPORTIVE_CONVERSATION: 5}, 4
    )
    assert summary.entry_count == 6
    assert summary.by_kind == {
        Kind.LOYALTY_CONFLICT: 1,
        Kind.STIGMA_INCIDENT: 3,
        Kind.MEANINGFUL_MOMENT: 1,
        Kind.SHIFT_REFLECTION: 1,
    }
    assert summary.by_subtheme == {
        "stigma_internal_external": 2,
        "undervalued": 2,
        "loyalty_conflicts": 1,
        "appreciation": 1,
        "meaning": 1,
    }
    # An entry touching two subthemes of one theme counts once for the theme.
    assert summary.by_theme == {"stigma": 3, "authenticity_balance": 1, "team": 1}
    assert summary.stigma_by_source == {"colleague": 2, "organisation": 1}
    assert summary.stigma_intensity == 7.0
    assert summary.recurring_tags == [("language", 2), ("contract", 2)]
    assert [r.occurred_on.day for r in summary.open_follow_ups] == [6]
    assert [(r.title, r.question) for r in summary.supervision_questions] == [
        ("d", "Whose side?"),
        ("The walk", "More of this?"),
    ]
    assert [r.title for r in summary.meaningful_moments] == ["The walk"]
    assert summary.role_in_practice == {Activity.SUPPORTIVE_CONVERSATION: 5, Activity.HOME_VISIT: 2}
    assert summary.days_logged == 4


def test_wellbeing_means_trend_and_hardest_days():
    w = summarise(PERIOD, [], CHECKINS).wellbeing
    assert w.checkins == 4
    assert (w.mean_mood, w.mean_energy, w.mean_stress) == (3.5, 2.75, 3.0)
    assert [(d.day.day, d.mood, d.stress) for d in w.days] == [
        (2, 3.0, 3.0),
        (8, 3.0, 5.0),
        (12, 5.0, 1.0),
    ]
    assert w.mood_trend == 1.0  # first half [3] -> second half [3, 5]
    assert [d.day.day for d in w.lowest_days] == [2, 8, 12]


def test_an_empty_period():
    summary = summarise(PERIOD, [], [])
    assert summary.entry_count == 0 and summary.wellbeing.mean_mood is None
    assert summary.by_theme == {} and summary.stigma_intensity is None


def test_periods():
    thursday = date(2026, 11, 26)
    assert this_week(thursday) == Period(date(2026, 11, 23), thursday)
    assert last_four_weeks(thursday).days == 28
    assert since_session(date(2026, 11, 10), thursday) == Period(date(2026, 11, 11), thursday)
    assert since_session(None, thursday) == last_four_weeks(thursday)
