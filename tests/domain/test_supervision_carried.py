"""Actions carried until done, the record of supervision time, and the agreement."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.domain.errors import ValidationError
from reflect.domain.i18n import no_translation
from reflect.domain.period import Period
from reflect.domain.supervision import (
    ActionStatus,
    AgreedAction,
    SessionForm,
    SupervisionSession,
    carried_actions,
    supervision_time,
    validate_session,
    with_action_status,
)
from reflect.domain.supervision_agreement import SupervisionAgreement, validate_agreement
from reflect.domain.supervision_words import duration, time_in_words

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


def _session(day, *actions, minutes=None, form=SessionForm.INDIVIDUAL):
    return SupervisionSession(day, "", tuple(actions), minutes=minutes, form=form)


def test_an_action_is_carried_until_done_and_said_once_in_the_period_it_was_done():
    january = _session(
        date(2026, 1, 10),
        AgreedAction("Still open"),
        AgreedAction("Done long ago", ActionStatus.DONE, date(2026, 2, 1)),
        AgreedAction("Done this month", ActionStatus.DONE, date(2026, 3, 5)),
        AgreedAction("Under way", ActionStatus.UNDER_WAY),
    )
    april = _session(date(2026, 4, 2), AgreedAction("Agreed after the period"))
    carried = carried_actions([april, january], MARCH)
    assert [(a.text, a.status, a.agreed_on) for a in carried] == [
        ("Still open", ActionStatus.OPEN, date(2026, 1, 10)),
        ("Done this month", ActionStatus.DONE, date(2026, 1, 10)),
        ("Under way", ActionStatus.UNDER_WAY, date(2026, 1, 10)),
    ]
    assert [a.place for a in carried] == [0, 2, 3]
    assert {a.session_uuid for a in carried} == {january.uuid}


def test_marking_done_notes_the_day_and_opening_again_forgets_it():
    session = _session(date(2026, 3, 2), AgreedAction("Ask"))
    done = with_action_status(session, 0, ActionStatus.DONE, date(2026, 3, 20))
    assert done.actions[0] == AgreedAction("Ask", ActionStatus.DONE, date(2026, 3, 20))
    again = with_action_status(done, 0, ActionStatus.OPEN, date(2026, 3, 21))
    assert again.actions[0] == AgreedAction("Ask")
    assert (again.uuid, again.held_on) == (session.uuid, session.held_on)


def test_supervision_time_totals_a_period_by_form():
    sessions = [
        _session(date(2026, 3, 2), minutes=60),
        _session(date(2026, 3, 16), minutes=90, form=SessionForm.GROUP),
        _session(date(2026, 3, 30)),  # length not noted
        _session(date(2026, 2, 27), minutes=60),  # before the period
    ]
    time = supervision_time(sessions, MARCH)
    assert (time.sessions, time.minutes, time.individual_minutes, time.group_minutes) == (
        3,
        150,
        60,
        90,
    )
    assert time.without_minutes == 1
    assert time_in_words(time, no_translation) == (
        "3 sessions, 2 h 30 min: 1 h one to one, 1 h 30 min in a group "
        "(1 without its length noted)."
    )
    assert time_in_words(supervision_time([], MARCH), no_translation) == (
        "No supervision session in this period."
    )
    assert [duration(m, no_translation) for m in (45, 60, 75)] == ["45 min", "1 h", "1 h 15 min"]


@pytest.mark.parametrize("minutes", [0, -5, 8 * 60 + 1, True])
def test_a_sessions_length_outside_the_day_is_refused(minutes):
    with pytest.raises(ValidationError):
        validate_session(_session(date(2026, 3, 2), minutes=minutes), date(2026, 3, 3))


def test_actions_from_an_older_dump_keep_what_they_said():
    assert AgreedAction.from_dict({"text": "x", "done": True}).status is ActionStatus.DONE
    assert AgreedAction.from_dict({"text": "x", "done": False}).status is ActionStatus.OPEN
    action = AgreedAction("y", ActionStatus.DONE, date(2026, 3, 4))
    assert AgreedAction.from_dict(action.as_dict()) == action


def test_the_agreement_goes_to_its_stored_form_and_back():
    agreement = SupervisionAgreement(
        supervisor="Maria",
        how_often="Every third week",
        form="both",
        confidentiality="Stays in the room, except a risk",
        review_on=date(2026, 9, 1),
    )
    assert SupervisionAgreement.from_dict(agreement.as_dict()) == agreement
    assert SupervisionAgreement.from_dict(None).is_empty
    odd = SupervisionAgreement.from_dict({"form": "sometimes", "review_on": "soon", "extra": 1})
    assert (odd.form, odd.review_on) == ("individual", None)


def test_an_agreement_too_long_or_of_no_known_form_is_refused():
    with pytest.raises(ValidationError):
        validate_agreement(SupervisionAgreement(what_we_bring="x" * 4_001))
    with pytest.raises(ValidationError):
        validate_agreement(SupervisionAgreement(form="sometimes"))
    assert validate_agreement(SupervisionAgreement(supervisor="  Maria  ")).supervisor == "Maria"
