"""Entry point of the ``reflect`` command.

Up to the parsed command only what ``--help`` and ``--version`` need is
loaded; the journal, logging and (for a window) Qt are imported after it,
so asking for help or the version loads neither (tests/cli/test_what_loads.py).
"""

from __future__ import annotations

import functools
import sys

from reflect.cli.language import translate, use_language
from reflect.cli.parser import build_parser
from reflect.cli.streams import is_valid_text, utf8_pipes

USER_ERROR = 2


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    utf8_pipes()
    found_paths = functools.cache(_app_paths)  # found once, and only when needed
    use_language(argv, lambda: found_paths().settings_file)
    if not all(is_valid_text(arg) for arg in argv):
        print(
            translate("Cli", "reflect: an argument is not valid UTF-8 text; nothing was done."),
            file=sys.stderr,
        )
        return USER_ERROR
    args = build_parser().parse_args(argv)
    if args.journal is not None and not str(args.journal).strip():
        print(
            translate("Cli", "reflect: --journal needs the path of a journal file."),
            file=sys.stderr,
        )
        return USER_ERROR
    from reflect.paths import journal_path

    paths = found_paths()
    path = journal_path(paths, args.journal)
    return _run(args, paths, path)


def _app_paths():
    # pathlib and typing (a tenth of `reflect --version`) load only when a
    # path is needed: for a language, or after the arguments were parsed.
    from reflect.paths import app_paths

    return app_paths()


def _run(args, paths, path) -> int:
    from reflect.cli.commands import COMMANDS
    from reflect.domain.errors import ValidationError
    from reflect.logs import setup_logging
    from reflect.present.messages import translated
    from reflect.private_files import clean_leftovers, tighten_own_folders

    setup_logging(paths.log_dir, args.debug)
    # A run killed while writing a pack, dump or backup left a partial file.
    clean_leftovers(path)
    tighten_own_folders(paths.own_folders)
    notice = _finish_interrupted_restore(path)
    if notice:
        print(f"reflect: {notice}", file=sys.stderr)
    if args.command is None:
        from reflect.gui.launch import run_demo, run_gui, self_test  # Qt loads only for windows

        if args.self_test:
            return self_test()
        if args.demo:
            return run_demo(paths)
        return run_gui(paths, path, notice)
    args.settings_file = paths.settings_file  # the window's preferences (``reflect reminder``)
    try:
        return COMMANDS[args.command](args, path)
    except ValidationError as error:
        print(f"reflect: {translated(error, translate)}", file=sys.stderr)
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
    except Exception as error:  # last: OSError and the rest are answered above
        # A damaged, read-only or full journal met while reading or writing;
        # imported here so that commands which never meet one start sooner.
        from reflect.app.failures import user_problem

        mapped = user_problem(error)
        if mapped is None:
            raise
        print(f"reflect: {translated(mapped, translate)}", file=sys.stderr)
        return USER_ERROR


def _finish_interrupted_restore(path) -> str | None:
    """A restore killed half-way is finished or undone before anything opens the journal."""
    from reflect.app.restore import finish_interrupted_restore

    finished = finish_interrupted_restore(path)
    if finished is None:
        return None
    if finished.finished:
        return translate(
            "Cli",
            "A restore that was interrupted has been finished: the backup is now "
            "the journal, and the journal before it is kept as {kept}.",
        ).format(kept=finished.kept)
    return translate(
        "Cli",
        "A restore that was interrupted before it began has been undone: the journal is as it was.",
    )
