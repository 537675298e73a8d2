"""The app's own log: what happened (opened, backed up, exported), never what was written.

Log lines name events, counts and file paths only. No entry text, title,
tag, question or search word is ever passed to a logger; a test writes a
canary word through a whole session with debug logging on and checks the log.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from reflect.private_files import make_private, make_private_folder

LOG_FILE = "reflect.log"
MAX_BYTES = 1_000_000
KEEP = 3


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A log file, and each rotated one, readable by its owner only."""

    def _open(self):
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def setup_logging(log_dir: Path, debug: bool = False) -> logging.Handler | None:
    """Log to a rotating file in ``log_dir``; returns the handler (None if the folder is unusable)."""
    try:
        make_private_folder(log_dir, tighten=True)
        handler = PrivateRotatingFileHandler(
            log_dir / LOG_FILE, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only profile must not stop the journal from opening
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("reflect")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
    return handler


def stop_logging(handler: logging.Handler | None) -> None:
    if handler is not None:
        logging.getLogger("reflect").removeHandler(handler)
        handler.close()


def move_logging(log_dir: Path) -> logging.Handler | None:
    """Log to ``log_dir`` from now on (the journal moved): the old file is closed, so
    its folder can be removed, even on Windows, where an open file holds it."""
    logger = logging.getLogger("reflect")
    debug = logger.level == logging.DEBUG
    for handler in list(logger.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            stop_logging(handler)
    return setup_logging(log_dir, debug)
