"""The period in a few sentences, figures inside them, from what each reader may see."""

from __future__ import annotations

from datetime import UTC, date

from reflect.domain.i18n import no_translation
from reflect.domain.kinds import Kind
from reflect.domain.period_in_words import PeriodFacts, facts_of_pack, period_in_words
from reflect.domain.shift_log import Activity
from reflect.domain.summary import DayWellbeing, Wellbeing


def words(facts: PeriodFacts) -> dict[str, str]:
    return {
        p.heading: p.text
        for p in period_in_words(facts, no_translation, lambda v: f"{v:g}", date.isoformat)
    }


def a_wellbeing(mood: float, energy: float, stress: float, trend: float | None) -> Wellbeing:
    low = DayWellbeing(date(2026, 11, 13), 2, 2, 5)
    return Wellbeing(15, mood, energy, stress, trend, [low], [low])


def test_a_period_in_three_paragraphs_with_its_figures():
    said = words(
        PeriodFacts(
            entry_count=7,
            by_kind={Kind.LOYALTY_CONFLICT: 3, Kind.STIGMA_INCIDENT: 1},
            wellbeing=a_wellbeing(3.2, 2.93333, 3.93, 0.38),
            days_logged=11,
            role_in_practice={Activity.SUPPORTIVE_CONVERSATION: 25, Activity.HOME_VISIT: 2},
            questions=2,
            open_follow_ups=1,
            stigma_by_source={"colleague": 1},
            stigma_intensity=3.0,
            recurring_tags=[("walk group", 3), ("medication", 2)],
            meaningful_titles=["R came back to say thanks"],
        )
    )
    assert said["What the period held"] == (
        "You wrote 7 entries, most often: loyalty conflict (3). "
        "On the 11 days you logged, most of the work was supportive conversation (25)."
    )
    assert said["How you have been"] == (
        "Over 15 check-ins your mood was in the middle (3.2 of 5), your energy was in the "
        "middle (2.9) and stress was fairly high (3.9). Your mood rose in the second half "
        "(+0.4). The heaviest days were 2026-11-13."
    )
    bring = said["Worth bringing to supervision"]
    assert bring.startswith("2 entries carry a question for supervision. 1 things wait")
    assert "walk group (3), medication (2)" in bring and "R came back to say thanks" in bring


def test_a_tie_or_single_entries_name_no_most_common_kind():
    held = words(PeriodFacts(2, {Kind.LOYALTY_CONFLICT: 1, Kind.STIGMA_INCIDENT: 1}))
    assert held == {"What the period held": "You wrote 2 entries."}


def test_mood_bands_follow_the_figures():
    for mood, phrase in (
        (1.2, "low"),
        (2.2, "on the low side"),
        (3.9, "fairly good"),
        (4.6, "good"),
    ):
        said = words(PeriodFacts(0, {}, wellbeing=a_wellbeing(mood, 3, 2, 0.1)))[
            "How you have been"
        ]
        assert f"your mood was {phrase} ({mood:g} of 5)" in said
        assert "stayed about the same" in said


def test_nothing_to_say_is_said_plainly():
    assert words(PeriodFacts(0, {})) == {
        "What the period held": "Nothing was written or checked in during this period."
    }


def test_a_pack_never_says_titles_tags_or_follow_ups(tmp_path):
    from datetime import datetime

    from reflect.domain.pack import PackFigures, PackOptions, SupervisionPack
    from reflect.domain.period import Period

    pack = SupervisionPack(
        options=PackOptions(Period(date(2026, 11, 1), date(2026, 11, 30))),
        made_at=datetime(2026, 12, 1, tzinfo=UTC),
        figures=PackFigures(3, 1, {Kind.MEANINGFUL_MOMENT: 3}, {}, {}, {}, None),
        questions=(),
        actions=(),
        entries=(),
        wellbeing=None,
    )
    facts = facts_of_pack(pack)
    assert facts.recurring_tags == () and facts.meaningful_titles == ()
    assert facts.open_follow_ups == 0 and facts.wellbeing is None
    assert words(facts) == {"What the period held": "You wrote 3 entries."}
