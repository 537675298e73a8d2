"""``reflect summary`` and ``reflect export``: the same code paths as the window."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from reflect.app.opening import open_journal
from reflect.app.pack_export import (
    Identifiers,
    PackHoldsIdentifiers,
    PackWording,
    export_pack,
    note_by_opening,
    prepare_pack,
)
from reflect.app.prompt_library import load_catalogue
from reflect.app.supervision import summary_for
from reflect.cli.dates import parse_date
from reflect.cli.language import language, translate
from reflect.cli.passphrase import read_passphrase
from reflect.cli.summary_text import summary_lines
from reflect.domain.errors import ValidationError
from reflect.domain.i18n import PLURAL, QT_TRANSLATE_NOOP
from reflect.domain.identifiers import HIT_LABELS
from reflect.domain.pack import PackOptions
from reflect.domain.period import Period, last_four_weeks
from reflect.domain.summary_json import summary_as_dict
from reflect.present.local_format import local_date, local_number
from reflect.present.messages import translated

WROTE_PACK = PLURAL.translate("Cli", "Wrote {path}: %n shared entries.", None, 2)
REPLACED = PLURAL.translate("Cli", "Replaced %n details that could identify someone.", None, 2)


def _period(args, today) -> Period:
    default = last_four_weeks(today)
    return Period(
        parse_date(args.date_from, today) or default.start, parse_date(args.date_to, today) or today
    )


def summary(args, journal_path: Path) -> int:
    from reflect.cli.commands import open_journal

    with open_journal(args, journal_path, for_reading=True) as journal:
        result = summary_for(journal, _period(args, journal.today()))
    if args.json:
        print(json.dumps(summary_as_dict(result), ensure_ascii=False, indent=2))
    else:
        print("\n".join(summary_lines(result, load_catalogue(language()))))
    return 0


def export(args, journal_path: Path) -> int:
    passphrase = read_passphrase(args.passphrase_file)
    # Read-only while the pack is made: a damaged journal is never changed by an export.
    with open_journal(journal_path, passphrase, for_reading=True) as journal:
        options = PackOptions(
            _period(args, journal.today()),
            include_wellbeing=args.with_wellbeing,
            group_session=args.group,
        )
        if args.format == "pdf":
            _ensure_gui_application()
        wording = PackWording(load_catalogue(language()), translate, local_date, local_number)
        try:
            written = export_pack(
                journal,
                prepare_pack(journal, options),
                args.format,
                Path(args.output),
                wording,
                identifiers=Identifiers.REPLACE if args.redact else Identifiers.REFUSE,
                note=note_by_opening(journal_path, passphrase),
            )
        except PackHoldsIdentifiers as held:
            _list_identifiers(held)
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Details that could identify someone in the pack: {count} (listed above). Nothing was "
                    "written. Edit the entries, or export with --redact to replace them.",
                ),
                count=len(held.hits),
            ) from None
    if written.log_problem is not None:  # a read-only disk: the pack stands, the log says nothing
        print(
            translate(
                "Cli",
                "The pack was written, but the journal's export log could not note it: {reason}",
            ).format(reason=translated(written.log_problem, translate)),
            file=sys.stderr,
        )
    done = translate("Cli", WROTE_PACK, None, written.pack.entry_count)
    if written.replaced:
        done += " " + translate("Cli", REPLACED, None, written.replaced)
    print(done.format(path=args.output))
    return 0


def _list_identifiers(held: PackHoldsIdentifiers) -> None:
    for pack_hit in held.hits:
        label = translate("Identifiers", HIT_LABELS[pack_hit.hit.kind])
        print(f"  {label}: {pack_hit.hit.text}", file=sys.stderr)


_KEPT: list[object] = []  # the application made for a PDF, alive until the command ends


def _ensure_gui_application() -> None:
    """PDFs are laid out by Qt, which needs an application object (no window)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _KEPT.append(QGuiApplication(["reflect"]))
