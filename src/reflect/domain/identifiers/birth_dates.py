"""Dates of birth: a date close after a word that says "born", in Swedish or English.

A date alone is just a date: journals are full of them. After "född",
"f.", "born", "DOB" and the like, up to three words may come before the
date ("född i Göteborg den"), and the date may be numeric ("1981-12-18",
"18/12/81", "1/1-85", "811218"), worded ("3:e maj 1985", "12th of March
1985", "March 12, 1985"), a bare year, or a short year ("född -85").
"""

from __future__ import annotations

import re

from reflect.domain.identifiers.hits import AFTER, HitKind, Span, real_date
from reflect.domain.identifiers.personal_numbers import number_kind

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "januari january jan",
            "februari february feb",
            "mars march mar",
            "april apr",
            "maj may",
            "juni june jun",
            "juli july jul",
            "augusti august aug",
            "september sept sep",
            "oktober october okt oct",
            "november nov",
            "december dec",
        ],
        start=1,
    )
    for name in names.split()
}
_CONTEXT = re.compile(
    r"(?<!\w)(?:födelsedatum|födelsedag|föddes|född|föd\.|date\s+of\s+birth|birth\s*date"
    r"|d\.o\.b\.?|dob|birthday|born|f\.|b\.)(?!\w)",
    re.IGNORECASE,
)
_ORDINAL = r"(?::[ae]|st|nd|rd|th|\.)?"
_YEAR = r"(?:\d{4}|'?\d{2})"
# After the context word: up to three words, then the date. Digits end the
# search, so a context word never reaches past another number.
_DATE_AFTER = re.compile(
    r"(?:[\s:,.-]*[^\W\d_]+\.?){0,3}?[\s:,.-]*"
    r"(?P<date>(?P<iy>\d{4})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})"
    r"|(?P<dd>\d{1,2})[/.-](?P<dm>\d{1,2})[/.-](?P<dy>\d{4}|\d{2})"
    r"|(?P<sd>\d{1,2})/(?P<sm>\d{1,2})(?:[ ]?-[ ]?|[ ])(?P<sy>\d{4}|\d{2})"
    rf"|(?P<nd>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<nm>[^\W\d_]+)\.?,?\s+(?P<ny>{_YEAR})"
    rf"|(?P<em>[^\W\d_]+)\.?\s+(?P<ed>\d{{1,2}}){_ORDINAL},?\s+(?P<ey>{_YEAR})"
    r"|(?P<compact>(?:18|19|20)?\d{6})"
    r"|(?P<year>(?:18|19|20)\d{2})"
    r"|[-'](?P<short>\d{2}))" + AFTER,
    re.IGNORECASE,
)


def _year(text: str) -> int:
    digits = text.lstrip("'")
    return (
        int(digits) if len(digits) == 4 else 1900 + int(digits)
    )  # any century has the same days but 29/2


def _worded(month_name: str, day: str, year: str) -> bool:
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return False
    years = (
        [_year(year)]
        if len(year.lstrip("'")) == 4
        else [1900 + int(year[-2:]), 2000 + int(year[-2:])]
    )
    return any(real_date(y, month, int(day)) for y in years)


def _numeric(day: str, month: str, year: str) -> bool:
    if len(year) == 4:
        return real_date(int(year), int(month), int(day))
    return any(real_date(c + int(year), int(month), int(day)) for c in (1900, 2000))


def _valid(match: re.Match[str]) -> bool:
    if match["iy"]:
        return real_date(int(match["iy"]), int(match["im"]), int(match["id"]))
    if match["dy"]:
        return _numeric(match["dd"], match["dm"], match["dy"])
    if match["sy"]:
        return _numeric(match["sd"], match["sm"], match["sy"])
    if match["ny"]:
        return _worded(match["nm"], match["nd"], match["ny"])
    if match["ey"]:
        return _worded(match["em"], match["ed"], match["ey"])
    if match["compact"]:
        digits = match["compact"]
        if len(digits) == 8:
            return real_date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        return number_kind(None, digits) is HitKind.PERSONAL_NUMBER
    return True  # a bare or short year right after "född" / "born"


def find_birth_dates(text: str) -> list[Span]:
    found = []
    for context in _CONTEXT.finditer(text):
        match = _DATE_AFTER.match(text, context.end())
        if match and _valid(match):
            start, end = match.span("date")
            found.append(Span(HitKind.BIRTH_DATE, start, end))
    return found
