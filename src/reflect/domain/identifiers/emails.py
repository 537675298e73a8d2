"""E-mail addresses, including the spellings meant to fool a harvester: "kim (at) x.se"."""

from __future__ import annotations

import re

from reflect.domain.identifiers.hits import HitKind, Span, spans

_AT = r"(?:[ ]?@[ ]?|[ ]?[(\[]\s?(?i:at)\s?[)\]][ ]?)"
_DOT = r"(?:\.|[ ]?[(\[]\s?(?i:dot|punkt)\s?[)\]][ ]?)"
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]*\w" + _AT + r"(?:[\w-]+" + _DOT + r")+[^\W\d_]{2,}(?![\w-])"
)


_AT_ANYWHERE = re.compile(r"@|[(\[]\s?at\s?[)\]]", re.IGNORECASE)


def find_emails(text: str) -> list[Span]:
    if not _AT_ANYWHERE.search(text):  # most texts have no address: skip the slow scan
        return []
    return spans(_EMAIL, text, HitKind.EMAIL)
