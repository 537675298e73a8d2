"""Synthetic journals for benchmarks: N entries of every kind over years.

Texts come from the demo journal (English and Swedish), varied so that the
full-text index sees a realistic spread of words; check-ins most days, tags
from a small set. The same seed gives the same journal.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from reflect.app.demo import demo_content
from reflect.app.journal import Journal
from reflect.domain.checkin import CheckIn
from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.kinds import Kind
from reflect.store.entries import EntryStore

RARE_WORD = "zebrafink"
TZ = timezone(timedelta(hours=1))


def synthetic_entries(count: int, today: date, seed: int = 8) -> list[Entry]:
    rng = random.Random(seed)
    items = demo_content("en")["entries"] + demo_content("sv")["entries"]
    days = max(365, count // 8)  # several entries a day at the largest sizes
    entries = []
    for number in range(count):
        item = items[number % len(items)]
        day = today - timedelta(days=rng.randrange(days))
        written = datetime.combine(day, time(18, rng.randrange(60)), TZ)
        words = item.get("text", "").split()
        rng.shuffle(words)
        text = " ".join(words[: rng.randint(20, max(21, len(words)))])
        if number % 997 == 0:
            text += f" {RARE_WORD}"
        entries.append(
            Entry(
                kind=Kind(item["kind"]),
                occurred_on=day,
                title=item.get("title", ""),
                fields=item.get("fields", {}),
                text=text,
                subthemes=tuple(item.get("subthemes", ())),
                tags=tuple(item.get("tags", ())),
                intensity=item.get("intensity"),
                share=Share.parse(item.get("share", "private")),
                supervision_question=item.get("supervision_question", ""),
                follow_up=FollowUp(item.get("follow_up", "none")),
                created_at=written,
                updated_at=written,
            )
        )
    return entries


def build_journal(path: Path, passphrase: str, count: int, today: date) -> None:
    """Write a synthetic journal straight into the store (fast, one transaction)."""
    rng = random.Random(count)
    with Journal.create(path, passphrase) as journal:
        EntryStore(journal._db).save_many(synthetic_entries(count, today))
        for days_ago in range(min(3650, max(365, count // 8))):
            if rng.random() < 0.8:
                at = datetime.combine(today - timedelta(days=days_ago), time(20), TZ)
                journal.add_checkin(
                    CheckIn(at, rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5))
                )
