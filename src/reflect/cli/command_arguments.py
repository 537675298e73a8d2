"""Each command's own arguments, added when that command is the one parsed
(``parser._CommandsWithLaterArguments``): ``--version`` and the list of
commands in ``--help`` never build them."""

from __future__ import annotations

import argparse

from reflect.domain.entry_codes import FollowUp, Kind, Share
from reflect.domain.i18n import QT_TRANSLATE_NOOP


def _period_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("Cli", "default: four weeks ago"),
    )
    command.add_argument(
        "--to", dest="date_to", metavar="DATE", help=QT_TRANSLATE_NOOP("Cli", "default: today")
    )


def _json_flag(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON"))


def _add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    command.add_argument("--title", default="")
    command.add_argument(
        "--date", help=QT_TRANSLATE_NOOP("Cli", "when it happened: YYYY-MM-DD, today or yesterday")
    )
    command.add_argument(
        "--tag", action="append", default=[], help=QT_TRANSLATE_NOOP("Cli", "a tag (repeatable)")
    )
    command.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help=QT_TRANSLATE_NOOP("Cli", "answer one of the kind's questions (repeatable)"),
    )
    command.add_argument(
        "--subtheme",
        action="append",
        default=None,
        help=QT_TRANSLATE_NOOP(
            "Cli", "a subtheme the entry touches (repeatable; default: the kind's own)"
        ),
    )
    command.add_argument(
        "--intensity", type=int, help=QT_TRANSLATE_NOOP("Cli", "how strongly it affected you, 0-10")
    )
    command.add_argument(
        "--share",
        choices=[s.value for s in Share],
        default=Share.PRIVATE.value,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "private (default): never leaves the journal; summary: counted in a "
            "supervision pack with its question; full: the whole entry goes into "
            "the pack",
        ),
    )
    command.add_argument(
        "--for-supervision",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "shorthand for --share full"),
    )
    command.add_argument(
        "--question",
        default="",
        help=QT_TRANSLATE_NOOP("Cli", "the question to bring to supervision"),
    )
    command.add_argument(
        "--follow-up", choices=[f.value for f in FollowUp], default=FollowUp.NONE.value
    )


def _list_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--kind", choices=[k.value for k in Kind])
    command.add_argument("--from", dest="date_from", metavar="DATE")
    command.add_argument("--to", dest="date_to", metavar="DATE")
    command.add_argument("--tag")
    _json_flag(command)


def _search_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("query")
    _json_flag(command)


def _checkin_arguments(command: argparse.ArgumentParser) -> None:
    for name in ("mood", "energy", "stress"):
        command.add_argument(
            f"--{name}",
            type=int,
            required=True,
            help=QT_TRANSLATE_NOOP("Cli", "1 (low) to 5 (high)"),
        )
    command.add_argument("--note", default="")


def _summary_arguments(command: argparse.ArgumentParser) -> None:
    _period_arguments(command)
    _json_flag(command)


def _export_arguments(command: argparse.ArgumentParser) -> None:
    _period_arguments(command)
    command.add_argument("--format", choices=("pdf", "md", "html"), required=True)
    command.add_argument("-o", "--output", required=True, metavar="FILE")
    command.add_argument(
        "--redact",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "replace every detail that could identify someone (personal numbers, phones, e-mail, "
            "addresses, dates of birth, names on your list); without it the export "
            "stops and lists them",
        ),
    )
    command.add_argument(
        "--with-wellbeing",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "include the check-ins chart"),
    )
    command.add_argument(
        "--group",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "for a group session: your questions only"),
    )


def _backup_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--to",
        metavar="DIR",
        help=QT_TRANSLATE_NOOP("Cli", "folder for the backup (default: beside the journal)"),
    )


def _restore_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("file")


def _check_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--verbose",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "list every problem found, not only the verdict"),
    )


def _calendar_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP("Cli", "the month (default: this one)")
    )
    _json_flag(command)


def _reminder_arguments(command: argparse.ArgumentParser) -> None:
    on_off = command.add_mutually_exclusive_group()
    on_off.add_argument("--on", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "turn it on"))
    on_off.add_argument("--off", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "turn it off"))
    command.add_argument(
        "--days",
        metavar="DAYS",
        help=QT_TRANSLATE_NOOP("Cli", "the days you work, such as mon,tue,wed,thu,fri"),
    )
    command.add_argument(
        "--at", metavar="HH:MM", help=QT_TRANSLATE_NOOP("Cli", "when your working day ends")
    )


def _agreement_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="PART=TEXT",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "change one part (repeatable): supervisor, how_often, form (individual, group, both), "
            "confidentiality, what_we_bring, notes_kept, review_on (a date)",
        ),
    )
    _json_flag(command)


def _session_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--date", help=QT_TRANSLATE_NOOP("Cli", "the day it was held (default: today)")
    )
    command.add_argument(
        "--minutes", type=int, help=QT_TRANSLATE_NOOP("Cli", "how long it was, in minutes")
    )
    command.add_argument(
        "--group", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "it was in a group")
    )
    command.add_argument(
        "--notes", default="", help=QT_TRANSLATE_NOOP("Cli", "what you talked about")
    )
    command.add_argument(
        "--action",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP("Cli", "an action you agreed (repeatable)"),
    )


def _supervision_time_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--from", dest="date_from", help=QT_TRANSLATE_NOOP("Cli", "first day (default: 1 January)")
    )
    command.add_argument(
        "--to", dest="date_to", help=QT_TRANSLATE_NOOP("Cli", "last day (default: today)")
    )
    _json_flag(command)


def _dump_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("file")


def _import_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("file")


# Each command's own arguments, added when that command is parsed.
ARGUMENTS = {
    "add": _add_arguments,
    "list": _list_arguments,
    "search": _search_arguments,
    "checkin": _checkin_arguments,
    "calendar": _calendar_arguments,
    "templates": _json_flag,
    "reminder": _reminder_arguments,
    "agreement": _agreement_arguments,
    "session": _session_arguments,
    "supervision-time": _supervision_time_arguments,
    "on-this-day": _json_flag,
    "summary": _summary_arguments,
    "export": _export_arguments,
    "backup": _backup_arguments,
    "restore": _restore_arguments,
    "check": _check_arguments,
    "dump": _dump_arguments,
    "import": _import_arguments,
}
