"""The command line's grammar (argparse), its help in the chosen language.

The help texts are kept as their English source, marked for translation,
and translated only when help is shown: ``reflect --version`` and a command
parse without reading the language setting at all.
"""

from __future__ import annotations

import argparse

from reflect.cli.command_arguments import ARGUMENTS
from reflect.cli.language import LANGUAGE_FLAG, translate
from reflect.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Cli"


class VersionAction(argparse.Action):
    """--version, reading the package metadata only when asked (it is slow to load)."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            help=QT_TRANSLATE_NOOP("Cli", "show the version and exit"),
        )

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from reflect import __version__

        print(f"Reflect {__version__}")
        parser.exit()


class _Formatter(argparse.HelpFormatter):
    """Translates the marked texts as it lays out the help."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        if prefix is None:
            prefix = translate("Cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading) -> None:
        super().start_section(_translated(heading))

    def add_text(self, text) -> None:  # the description and the epilog
        super().add_text(_translated(text))

    def _get_help_string(self, action) -> str | None:
        return _translated(action.help)


def _translated(text):
    return translate(CONTEXT, text) if text and text is not argparse.SUPPRESS else text


class TranslatedParser(argparse.ArgumentParser):
    """argparse with its headings and --help in the chosen language (its
    error messages stay in argparse's English)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False  # our own -h, with translated help
        super().__init__(*args, **kwargs)
        self._positionals.title = QT_TRANSLATE_NOOP("Cli", "commands and arguments")
        self._optionals.title = QT_TRANSLATE_NOOP("Cli", "options")
        self.add_argument(
            "-h", "--help", action="help", help=QT_TRANSLATE_NOOP("Cli", "show this help and exit")
        )

    def error(self, message: str):  # type: ignore[override]
        """One line, not the whole usage: what was wrong and where the help is."""
        self.exit(
            2,
            translate("Cli", "{prog}: {problem}. See '{prog} --help'.\n").format(
                prog=self.prog, problem=message
            ),
        )


class _CommandsWithLaterArguments(argparse._SubParsersAction):
    """The commands, each given its own arguments only once it is the one parsed.

    ``reflect --version`` and the list of commands in ``--help`` need only the
    commands' names; adding every command's arguments took as long as the
    rest of either.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._with_arguments: set[str] = set()

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        name = values[0] if values else None
        if name in ARGUMENTS and name not in self._with_arguments:
            self._with_arguments.add(name)
            ARGUMENTS[name](self._name_parser_map[name])
        super().__call__(parser, namespace, values, option_string)


def build_parser() -> argparse.ArgumentParser:
    parser = TranslatedParser(
        prog="reflect",
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "Reflect: a private, offline reflection journal for peer supporters. "
            "Without a command, the app's window opens.",
        ),
        epilog=QT_TRANSLATE_NOOP(
            "Cli",
            "For scripts: REFLECT_PASSPHRASE or --passphrase-file give the passphrase "
            "without a prompt; REFLECT_JOURNAL chooses the journal file.",
        ),
    )
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument(
        "--journal", metavar="PATH", help=QT_TRANSLATE_NOOP("Cli", "the journal file to use")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "open the window on a fictional demo journal in a temporary folder"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "open every view on a temporary journal without showing it, then exit (0 = all well)",
        ),
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "log more detail to the log file (events only, never what you wrote)"
        ),
    )
    parser.add_argument(
        LANGUAGE_FLAG,
        choices=("system", "en", "sv"),
        help=QT_TRANSLATE_NOOP(
            "Cli", "the language of messages: en, sv, or system (default: the window's setting)"
        ),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "Cli", "read the passphrase from the first line of this file (for scripts)"
        ),
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", action=_CommandsWithLaterArguments
    )
    commands.add_parser("init", help=QT_TRANSLATE_NOOP("Cli", "create a new, encrypted journal"))
    commands.add_parser(
        "add",
        help=QT_TRANSLATE_NOOP("Cli", "add an entry; its free text is read from standard input"),
    )
    commands.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "list entries, newest first"))
    commands.add_parser(
        "search", help=QT_TRANSLATE_NOOP("Cli", "find entries by words (full text)")
    )
    commands.add_parser(
        "checkin", help=QT_TRANSLATE_NOOP("Cli", "record how you are: mood, energy, stress")
    )
    commands.add_parser(
        "calendar",
        help=QT_TRANSLATE_NOOP("Cli", "each day of a month: the kinds written and the mood"),
    )
    commands.add_parser(
        "on-this-day",
        help=QT_TRANSLATE_NOOP("Cli", "entries from this day of the month in earlier months"),
    )
    commands.add_parser("summary", help=QT_TRANSLATE_NOOP("Cli", "a private summary of a period"))
    commands.add_parser(
        "templates",
        help=QT_TRANSLATE_NOOP("Cli", "your own templates, and the guided reflections"),
    )
    commands.add_parser(
        "reminder",
        help=QT_TRANSLATE_NOOP("Cli", "show or change the reminder after your working day"),
    )
    commands.add_parser(
        "agreement",
        help=QT_TRANSLATE_NOOP("Cli", "show or change your supervision agreement"),
    )
    commands.add_parser(
        "session",
        help=QT_TRANSLATE_NOOP("Cli", "record a supervision session: its day, length and actions"),
    )
    commands.add_parser(
        "supervision-time",
        help=QT_TRANSLATE_NOOP("Cli", "your supervision sessions and their time over a period"),
    )
    commands.add_parser(
        "export",
        help=QT_TRANSLATE_NOOP(
            "Cli", "write a supervision pack: shared entries only, never private ones"
        ),
    )
    commands.add_parser(
        "backup", help=QT_TRANSLATE_NOOP("Cli", "write an encrypted backup of the journal")
    )
    commands.add_parser(
        "restore",
        help=QT_TRANSLATE_NOOP(
            "Cli", "put a backup in place of the journal (the current one is kept beside it)"
        ),
    )
    commands.add_parser(
        "check", help=QT_TRANSLATE_NOOP("Cli", "check the journal's encryption and structure")
    )
    commands.add_parser(
        "dump", help=QT_TRANSLATE_NOOP("Cli", "write everything to a JSON file (not encrypted)")
    )
    commands.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP(
            "Cli", "read a Reflect, jrnl or Day One JSON export (all or nothing)"
        ),
    )

    return parser
