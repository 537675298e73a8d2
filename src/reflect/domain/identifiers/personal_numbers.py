"""Swedish personal identity numbers (personnummer) and coordination numbers.

Ten or twelve digits: an optional century, the date of birth (the day plus
60 for a samordningsnummer), a serial and a Luhn check digit. People write
them with a hyphen, a plus (100 years or older), a space, spaces around the
hyphen, or the date itself split like a date ("1981-12-18-9876").
"""

from __future__ import annotations

import re

from reflect.domain.identifiers.hits import AFTER, BEFORE, HitKind, Span, real_date

_PERSONAL_NUMBER = re.compile(
    BEFORE + r"(?P<century>\d{2})?(?P<yy>\d{2})(?P<ds>[- ]?)(?P<mm>\d{2})(?P=ds)(?P<dd>\d{2})"
    r"(?:[ ]{0,2}[-+][ ]{0,2}|[ ]{1,2})?(?P<serial>\d{4})" + AFTER
)


def luhn_valid(digits: str) -> bool:
    """The mod-10 check used by personnummer: double every other digit from the left."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def number_kind(century: str | None, yymmdd: str) -> HitKind | None:
    """Which kind of number the date part belongs to, or None if no real date."""
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    # Without the century any of 18xx-20xx may be meant ("+" marks 100+ years);
    # the day only has to be real in one of them (29 February).
    centuries = [int(century)] if century else [18, 19, 20]
    if not all(18 <= c <= 20 for c in centuries):
        return None
    kind = HitKind.PERSONAL_NUMBER
    if day > 60:  # samordningsnummer: the day of birth plus 60
        kind, day = HitKind.COORDINATION_NUMBER, day - 60
    if any(real_date(c * 100 + yy, month, day) for c in centuries):
        return kind
    return None


def find_personal_numbers(text: str) -> list[Span]:
    found = []
    for match in _PERSONAL_NUMBER.finditer(text):
        yymmdd = match["yy"] + match["mm"] + match["dd"]
        kind = number_kind(match["century"], yymmdd)
        if kind and luhn_valid(yymmdd + match["serial"]):
            found.append(Span(kind, match.start(), match.end()))
    return found
