"""Text through pipes in UTF-8, whatever the system's code page.

On Windows a pipe speaks the ANSI code page (cp1252 in Sweden), so UTF-8
text piped into ``reflect add`` was stored as "Ã¶vergrepp" and found by no
search, and a character outside the code page made printing fail. A
console is unaffected (Python writes it as wide characters).
"""

from __future__ import annotations

import codecs
import sys


def utf8_pipes() -> None:
    """Output to a pipe or file in UTF-8; a console keeps its own way."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # a test's capture may have none
        if stream is None or reconfigure is None or stream.isatty():
            continue
        if codecs.lookup(stream.encoding or "ascii").name != "utf-8":
            reconfigure(encoding="utf-8", errors="replace")


def read_stdin_text() -> str:
    """Standard input as text: UTF-8 when it is, else the system's code page
    (cmd's pipes); raises UnicodeDecodeError when it is neither."""
    stdin = sys.stdin
    if stdin.isatty() or not hasattr(stdin, "buffer"):
        return stdin.read()
    data = stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        local = stdin.encoding or "utf-8"
        if codecs.lookup(local).name == "utf-8":
            raise
        return data.decode(local)


def is_valid_text(text: str) -> bool:
    """No lone surrogates: what Python makes of bytes that are not UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
