"""``reflect calendar`` and ``reflect on-this-day``: the Calendar page and Today's
"on this day" in a terminal, through the same use cases and the same words."""

from __future__ import annotations

import json
from pathlib import Path

from reflect.app.looking_back import month_marks, on_this_day
from reflect.cli.commands import open_journal
from reflect.cli.dates import parse_month
from reflect.cli.language import translate
from reflect.cli.output import kind_name
from reflect.domain.looking_back import months_back
from reflect.present.day_in_words import day_in_words, how_long_ago, month_in_words


def calendar(args, journal_path: Path) -> int:
    with open_journal(args, journal_path, for_reading=True) as journal:
        year, month = parse_month(args.month, journal.today())
        marks = month_marks(journal, year, month)
    if args.json:
        days = [
            {
                "day": mark.day.isoformat(),
                "entries": {kind.value: count for kind, count in mark.kinds},
                "mood": mark.mood,
            }
            for mark in marks.values()
        ]
        print(json.dumps({"month": f"{year:04d}-{month:02d}", "days": days}, indent=2))
        return 0
    print(f"{year:04d}-{month:02d}: {month_in_words(marks, translate)}")
    for mark in marks.values():
        print(f"{mark.day.isoformat()}  {day_in_words(mark, translate)}")
    return 0


def on_this_day_command(args, journal_path: Path) -> int:
    with open_journal(args, journal_path, for_reading=True) as journal:
        today = journal.today()
        rows = on_this_day(journal)
    if args.json:
        listed = [
            {
                "day": row.occurred_on.isoformat(),
                "months_ago": months_back(row.occurred_on, today),
                "uuid": row.uuid,
                "kind": row.kind.value,
                "title": row.title,
                "share": row.share.value,
            }
            for row in rows
        ]
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(
            f"{how_long_ago(row.occurred_on, today, translate)}: {row.occurred_on.isoformat()} "
            f"{row.uuid[:8]} {kind_name(row.kind)}: {row.title}"
        )
    if not rows:
        print(translate("Cli", "Nothing written on this day in earlier months."))
    return 0
