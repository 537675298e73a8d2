"""Entry point of the ``reflect`` command."""

from __future__ import annotations

import sys

from reflect.cli.commands import COMMANDS
from reflect.cli.parser import build_parser
from reflect.domain.errors import ValidationError
from reflect.logs import setup_logging
from reflect.paths import AppPaths, journal_path

USER_ERROR = 2


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.for_user()
    path = journal_path(paths, args.journal)
    setup_logging(paths.log_dir, args.debug)
    if args.command is None:
        from reflect.gui.launch import run_gui  # Qt loads only when the window is wanted

        return run_gui(paths, path)
    try:
        return COMMANDS[args.command](args, path)
    except ValidationError as error:
        print(f"reflect: {error}", file=sys.stderr)
        return USER_ERROR
    except BrokenPipeError:  # the reader (head, less) stopped listening
        return 0
    except OSError as error:
        # A folder that cannot be written, a full disk: the system's own words.
        where = f": {error.filename}" if error.filename else ""
        print(f"reflect: {error.strerror or error}{where}", file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
