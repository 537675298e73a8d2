"""``reflect templates`` and ``reflect reminder``: the writer's own templates and
guides, and the reminder after the working day, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from reflect.app.guides import load_guides
from reflect.app.templates import TemplateBook
from reflect.cli.commands import open_journal
from reflect.cli.language import language, translate
from reflect.cli.output import kind_name
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.reminder import DAY_CODES, format_days, format_time, parse_days, parse_time


def templates_command(args, journal_path: Path) -> int:
    with open_journal(args, journal_path, for_reading=True) as journal:
        templates = TemplateBook(journal).templates()
    guides = load_guides(language())
    if args.json:
        listed = {
            "templates": [t.as_setting() for t in templates],
            "guides": [{"id": g.id.value, "name": g.name, "steps": list(g.steps)} for g in guides],
        }
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return 0
    if not templates:
        print(
            translate("Cli", "No templates of your own yet: make one under Prompts in the window.")
        )
    for made in templates:
        print(f"{made.name} ({kind_name(made.kind)})")
        print("\n".join(f"  - {question}" for question in made.questions))
    for guide in guides:
        print(f"{guide.name}")
        print("\n".join(f"  - {step}" for step in guide.steps))
    return 0


def reminder_command(args, journal_path: Path) -> int:
    from reflect.present.preferences import Preferences  # Qt's settings file, as the window's

    preferences = Preferences(args.settings_file)
    if args.days is not None:
        days = parse_days(args.days)
        if not days or len(days) != len([d for d in args.days.split(",") if d.strip()]):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation", "--days takes days such as mon,tue,fri (from: {codes})."
                ),
                codes=",".join(DAY_CODES),
            )
        preferences.reminder_days = days
    if args.at is not None:
        at = parse_time(args.at)
        if at is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "--at takes a time such as 17:00.")
            )
        preferences.reminder_time = at
    if args.on or args.off:
        preferences.reminder_on = bool(args.on)
    preferences.sync()
    if preferences.reminder_on:
        print(
            translate(
                "Cli", "The reminder is on: {weekdays} at {time}, while Reflect runs."
            ).format(
                weekdays=format_days(preferences.reminder_days),
                time=format_time(preferences.reminder_time),
            )
        )
    else:
        print(translate("Cli", "The reminder is off."))
    return 0
