"""What the pack carries from supervision: actions with their status until done, the
time spent, and a group session's pack that holds the questions only."""

from __future__ import annotations

from datetime import timedelta

from reflect.app.pack_export import PackWording, pack_outline
from reflect.app.prompt_library import load_catalogue
from reflect.app.supervision import pack_for, record_session, set_action_status
from reflect.domain.entry import Share, new_entry
from reflect.domain.kinds import Kind
from reflect.domain.pack import PackOptions
from reflect.domain.period import Period
from reflect.domain.supervision import ActionStatus, SessionForm
from reflect.export.markdown import render_markdown

CATALOGUE = load_catalogue("en")


def _markdown(journal, **options) -> str:
    period = Period(journal.today() - timedelta(days=20), journal.today())
    return render_markdown(
        pack_outline(pack_for(journal, PackOptions(period, **options)), PackWording(CATALOGUE))
    )


def test_actions_are_carried_with_their_status_until_done(journal):
    today = journal.today()
    first = record_session(
        journal, today - timedelta(days=40), "", ["Ask for a job description", "Book a walk"]
    )
    record_session(journal, today - timedelta(days=21), "", ["Talk to the nurse in charge"], 60)
    set_action_status(journal, first.uuid, 1, ActionStatus.UNDER_WAY)
    text = _markdown(journal)
    assert "Agreed actions, carried until done" in text
    assert "| Ask for a job description | 2026-02-02 | Open |" in text
    assert "| Book a walk | 2026-02-02 | Under way |" in text
    assert "| Talk to the nurse in charge | 2026-02-21 | Open |" in text

    set_action_status(journal, first.uuid, 0, ActionStatus.DONE)  # today
    assert "| Ask for a job description | 2026-02-02 | Done 2026-03-14 |" in _markdown(journal)
    later = Period(today + timedelta(days=1), today + timedelta(days=20))
    carried = pack_for(journal, PackOptions(later)).actions
    assert "Ask for a job description" not in {a.text for a in carried}  # said once, then rests
    assert "Book a walk" in {a.text for a in carried}


def test_the_pack_tells_supervision_time_in_the_period_and_the_year(journal):
    today = journal.today()
    record_session(journal, today - timedelta(days=60), "", [], 60)
    record_session(journal, today - timedelta(days=10), "", [], 90, SessionForm.GROUP)
    record_session(journal, today - timedelta(days=5), "", [], 45)
    text = _markdown(journal)
    assert (
        "In this period: 2 sessions, 2 h 15 min: 45 min one to one, 1 h 30 min in a group." in text
    )
    assert (
        "This year until 2026-03-14: 3 sessions, 3 h 15 min: 1 h 45 min one to one, "
        "1 h 30 min in a group." in text
    )
    assert "Supervision time" not in _markdown(journal, include_time=False)


def test_a_group_sessions_pack_holds_the_questions_only_without_dates(journal):
    today = journal.today()
    journal.save_entry(
        new_entry(
            Kind.LOYALTY_CONFLICT,
            today - timedelta(days=3),
            title="Ward round",
            text="The whole story of the ward round",
            share=Share.FULL,
            supervision_question="Whose side was I on?",
        )
    )
    journal.save_entry(
        new_entry(
            Kind.STIGMA_INCIDENT,
            today - timedelta(days=2),
            text="private words",
            supervision_question="A private question",
        )
    )
    record_session(journal, today - timedelta(days=30), "", ["Ask for a job description"], 60)
    text = _markdown(journal, group_session=True, include_wellbeing=True)
    assert "Whose side was I on? (Loyalty conflict)" in text
    for absent in (
        "The whole story",
        "Ward round",
        "2026-03-11",  # the question's date
        "A private question",
        "Ask for a job description",
        "Supervision time",
        "The period in words",
        "Overview",
    ):
        assert absent not in text, absent
    assert "Outcome of the session" in text
