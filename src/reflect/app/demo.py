"""A fictional, lived-in journal of about three months, for newcomers and screenshots.

The texts are in ``resources/demo/<lang>.toml``; this module spreads them over
the weeks before ``today`` with check-ins and a shift log. The same seed always
gives the same journal, so screenshots and benchmarks are repeatable.
"""

from __future__ import annotations

import random
import tomllib
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from reflect.app.journal import Journal
from reflect.app.supervision import keep_agreement, record_session
from reflect.domain.checkin import CheckIn
from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.kinds import Kind
from reflect.domain.looking_back import same_day_in_earlier_months
from reflect.domain.shift_log import Activity
from reflect.domain.supervision import ActionStatus, AgreedAction, SessionForm
from reflect.domain.supervision_agreement import SupervisionAgreement
from reflect.resources import resource

DAYS = 90
# The demo's journal is fictional and removed on quit, so its passphrase is
# no secret: the window shows it, and locking the demo shows the real lock.
DEMO_PASSPHRASE = "demo-journal"
SEED = 2016  # the year the first Swedish peer supporters were hired


def demo_content(language: str) -> dict[str, Any]:
    name = language if language in ("en", "sv") else "en"
    with resource("demo", f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def demo_entries(
    content: dict[str, Any], today: date, tz: tzinfo | None, rng: random.Random
) -> list[Entry]:
    """The content's entries, oldest first, spread over the last ``DAYS`` days."""
    items = content["entries"]
    days = sorted(rng.sample(range(1, DAYS), len(items)), reverse=True)
    # Two land on today's day of the month a month and two months ago, so
    # the demo's Today shows "on this day" whatever day it is opened.
    for earlier in same_day_in_earlier_months(today, today - timedelta(days=DAYS))[:2]:
        back = (today - earlier).days
        if back not in days:
            nearest = min(range(len(days)), key=lambda i: abs(days[i] - back))
            days[nearest] = back
    days.sort(reverse=True)
    entries = []
    shared = 0
    for item, days_ago in zip(items, days):
        share = Share.parse(item.get("share", "private"))
        if share.shared:
            # Every third shared entry only lends its figures and question.
            shared += 1
            share = Share.SUMMARY if shared % 3 == 0 else Share.FULL
        day = today - timedelta(days=days_ago)
        written = datetime.combine(day, time(17 + rng.randrange(4), rng.randrange(60)), tz)
        entries.append(
            Entry(
                kind=Kind(item["kind"]),
                occurred_on=day,
                title=item.get("title", ""),
                fields=item.get("fields", {}),
                text=item.get("text", ""),
                subthemes=tuple(item.get("subthemes", ())),
                tags=tuple(item.get("tags", ())),
                intensity=item.get("intensity"),
                share=share,
                supervision_question=item.get("supervision_question", ""),
                follow_up=FollowUp(item.get("follow_up", "none")),
                created_at=written,
                updated_at=written,
            )
        )
    return entries


def demo_checkins(
    content: dict[str, Any], today: date, tz: tzinfo | None, rng: random.Random
) -> list[CheckIn]:
    """Most evenings a check-in; the values drift like a real few months do."""
    mood, energy, stress = 3.0, 3.0, 3.0
    notes = content["checkin_notes"]
    checkins = []
    for days_ago in range(DAYS, 0, -1):
        mood = min(5.0, max(1.0, mood + rng.uniform(-0.8, 0.8) + (3.4 - mood) * 0.15))
        energy = min(5.0, max(1.0, energy + rng.uniform(-0.8, 0.8) + (3.0 - energy) * 0.15))
        stress = min(5.0, max(1.0, stress + rng.uniform(-0.9, 0.9) + (2.8 - stress) * 0.15))
        if rng.random() < 0.25:
            continue
        at = datetime.combine(
            today - timedelta(days=days_ago), time(18 + rng.randrange(4), rng.randrange(60)), tz
        )
        note = rng.choice(notes) if rng.random() < 0.3 else ""
        checkins.append(CheckIn(at, round(mood), round(energy), round(stress), note))
    return checkins


def demo_shift_log(today: date, rng: random.Random) -> list[tuple[date, Activity, int]]:
    common = [Activity.SUPPORTIVE_CONVERSATION, Activity.DOCUMENTATION, Activity.TEAM_MEETING]
    rarer: list[Activity] = [a for a in Activity if a not in common and a is not Activity.OTHER]
    log = []
    for days_ago in range(DAYS, 0, -1):
        day = today - timedelta(days=days_ago)
        if day.weekday() >= 5 or rng.random() < 0.2:  # weekends and days off
            continue
        log.append((day, Activity.SUPPORTIVE_CONVERSATION, rng.randint(1, 4)))
        for activity in rng.sample(common[1:] + rarer, rng.randint(1, 3)):
            log.append((day, activity, 1))
    return log


# A slip a tired writer might make, so the demo shows the identifier check at
# work. 121212-1212 is the Swedish Tax Agency's well-known fictional number.
SLIP = {
    "en": " I copied her details from the note by mistake: 121212-1212.",
    "sv": " Jag råkade skriva av hennes uppgifter från lappen: 121212-1212.",
}


def with_slip(entries: list[Entry], language: str, after: date) -> list[Entry]:
    """Put the slip into the newest entry shared in full since ``after``."""
    for index in range(len(entries) - 1, -1, -1):
        entry = entries[index]
        if entry.share is Share.FULL and entry.occurred_on > after:
            entries[index] = entry.with_changes(text=entry.text + SLIP.get(language, SLIP["en"]))
            break
    return entries


def fill_demo_journal(journal: Journal, language: str, seed: int = SEED) -> None:
    """Write the demo content into an empty ``journal``."""
    rng = random.Random(seed)
    now = journal.now()
    today, tz = now.date(), now.tzinfo
    content = demo_content(language)
    sessions = sorted(content.get("supervision_sessions", []), key=lambda s: -s["days_ago"])
    last_session = today - timedelta(days=sessions[-1]["days_ago"]) if sessions else today
    journal.add_entries(with_slip(demo_entries(content, today, tz, rng), language, last_session))
    for number, session in enumerate(sessions):
        # An earlier session's actions: one done lately, one under way, the
        # rest still open, so the pack shows each carried with its status.
        older = number < len(sessions) - 1
        statuses = [ActionStatus.DONE, ActionStatus.UNDER_WAY] if older else []
        record_session(
            journal,
            today - timedelta(days=session["days_ago"]),
            session["notes"],
            [
                AgreedAction(
                    text,
                    status,
                    today - timedelta(days=5) if status is ActionStatus.DONE else None,
                )
                for text, status in zip(
                    session["actions"],
                    statuses + [ActionStatus.OPEN] * len(session["actions"]),
                    strict=False,
                )
            ],
            session.get("minutes"),
            SessionForm(session.get("form", SessionForm.INDIVIDUAL.value)),
        )
    if "agreement" in content:
        told = dict(content["agreement"])
        review_days = told.pop("review_days", None)
        if review_days:
            told["review_on"] = (today + timedelta(days=review_days)).isoformat()
        keep_agreement(journal, SupervisionAgreement.from_dict(told))
    for checkin in demo_checkins(content, today, tz, rng):
        journal.add_checkin(checkin)
    for day, activity, count in demo_shift_log(today, rng):
        journal.set_activity_count(day, activity, count)
