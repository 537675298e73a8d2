"""Phone numbers, Swedish and foreign, in the ways people write them.

A run of digit groups joined by spaces, hyphens, dots or slashes (and a
bracketed area code or "(0)") is found first; then the longest part of it
that is a phone number is kept. That part must start like one: a "+" or
"00" and a country code, or a Swedish trunk "0" and an area code, with the
number of digits a real number has. Dates and times that happen to start
with a zero ("08-12-2025", "08.30-10.00") are left alone.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reflect.domain.identifiers.hits import AFTER, BEFORE, HitKind, Span, real_date

_JOIN = r"(?:[ ]?[-./][ ]?|[ ]{1,2}|[ ]?\(\d{1,4}\)[ ]?)"
_RUN = re.compile(BEFORE + r"(?:\+|\(\d{1,4}\)[ ]?)?\d+(?:" + _JOIN + r"\d+)*" + AFTER)
_TOKEN = re.compile(r"\+|\(\d{1,4}\)|\d+")

_SWEDISH_DIGITS = range(8, 11)  # with the trunk 0: 08-123 45 up to 0NNN-NNN NN NN
_INTERNATIONAL_DIGITS = range(7, 16)  # country code and number, as E.164 allows


def _digits(tokens: list[str]) -> str:
    return "".join(t.strip("()") for t in tokens if t != "+")


def _looks_like_date(tokens: list[str], joins: list[str]) -> bool:
    if (
        len(tokens) != 3
        or not all(t.isdigit() for t in tokens)
        or len(set(joins)) != 1
        or joins[0] not in "-./"
    ):
        return False
    a, b, c = (int(t) for t in tokens)
    if len(tokens[0]) == 4:
        return real_date(a, b, c)
    return len(tokens[2]) in (2, 4) and real_date(c if c > 99 else 2000 + c, b, a)


def _holds_a_time(tokens: list[str], joins: list[str]) -> bool:
    """Two-digit groups joined by a dot or colon as hours and minutes: "08.30"."""
    if any(len(t) > 2 for t in tokens):
        return False
    for left, join, right in zip(tokens, joins, tokens[1:], strict=False):
        if (
            join in ".:"
            and left.isdigit()
            and right.isdigit()
            and len(left) == len(right) == 2
            and int(left) < 24
            and int(right) < 60
        ):
            return True
    return False


def _international(tokens: list[str]) -> bool:
    digits = _digits([t for t in tokens if t != "(0)"])
    if tokens[0] != "+":
        digits = digits[2:]  # the 00 prefix
    if not digits or digits[0] == "0" or len(digits) not in _INTERNATIONAL_DIGITS:
        return False
    if digits.startswith("46"):  # Sweden: 7 to 9 digits after the country code
        return 7 <= len(digits) - 2 <= 9
    return True


def _is_phone(tokens: list[str], joins: list[str]) -> bool:
    if _holds_a_time(tokens, joins) or _looks_like_date(tokens, joins):
        return False
    first = tokens[0]
    if first == "+" or (first.startswith("00") and not first.startswith("000")):
        return _international(tokens)
    digits = _digits(tokens)
    if first.startswith("(") and len(first) == 5 and first[1] != "0":  # (555) 123-4567
        return len(digits) == 10
    if not digits.startswith("0") or digits[1:2] in ("", "0"):
        return False
    if len(digits) not in _SWEDISH_DIGITS:
        return False
    # One unbroken run of digits is a phone number only as a mobile (07X…):
    # order numbers and reference codes are written that way too.
    if len(tokens) == 1:
        return digits.startswith("07") and len(digits) == 10
    # Written in groups, the first group is the area code (08, 031, 0771).
    # A mobile number is written with its first six digits together, too.
    return len(first.strip("()")) <= 4 or (digits.startswith("07") and len(digits) == 10)


def _is_mobile(tokens: list[str], joins: list[str]) -> bool:
    digits = _digits(tokens)
    return digits.startswith("07") and len(digits) == 10 and _is_phone(tokens, joins)


def find_phones(text: str) -> list[Span]:
    found = []
    for run in _RUN.finditer(text):
        matches = list(_TOKEN.finditer(run.group()))
        tokens = [m.group() for m in matches]
        between = [run.group()[a.end() : b.start()] for a, b in pairwise(matches)]
        joins = [join.strip() or " " for join in between]
        # A part starts and ends where a space (or the run) does: "03-14 070"
        # is the tail of a date and the start of a number, not a number.
        starts = {0} | {i + 1 for i, join in enumerate(between) if " " in join}
        ends = {len(tokens) - 1} | {i for i, join in enumerate(between) if " " in join}
        taken: set[int] = set()
        # Mobile numbers first: the surest shape. Found from the left only, a
        # stray "0" or a date before one ("0 14/3 070-123 45 67") made a number
        # of its first digits and left the rest of the real one in the text.
        for test in (_is_mobile, _is_phone):
            first = 0
            while first < len(tokens):
                for last in range(len(tokens) - 1, first - 1, -1):
                    if first not in starts or last not in ends or tokens[last] == "+":
                        continue
                    if taken & set(range(first, last + 1)):
                        continue
                    if (
                        test is _is_mobile
                        and any(  # the tail of a longer one: "+46 (0)70 …"
                            earlier in starts
                            and _is_phone(tokens[earlier : last + 1], joins[earlier:last])
                            for earlier in range(first)
                        )
                    ):
                        continue
                    if test(tokens[first : last + 1], joins[first:last]):
                        taken |= set(range(first, last + 1))
                        start = run.start() + matches[first].start()
                        found.append(Span(HitKind.PHONE, start, run.start() + matches[last].end()))
                        first = last
                        break
                first += 1
    return sorted(found, key=lambda span: span.start)
