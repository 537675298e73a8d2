"""Finding patient identifiers in free text before anything leaves the journal.

An export for supervision must not carry personal identity numbers, phone
numbers, addresses and the like. This module finds them with conservative,
readable patterns and replaces them with a neutral marker. It errs towards
flagging a little too much around a real identifier rather than missing one,
but it must not fire on the ordinary dates, times, amounts and counts that
fill every shift note, or people stop trusting the warnings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reflect.domain.i18n import QT_TRANSLATE_NOOP


class HitKind(StrEnum):
    # The order matters: on a tie between overlapping hits the earlier kind wins.
    PERSONAL_NUMBER = "personal_number"
    COORDINATION_NUMBER = "coordination_number"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    BIRTH_DATE = "birth_date"
    WATCHED_NAME = "watched_name"


HIT_LABELS: dict[HitKind, str] = {
    HitKind.PERSONAL_NUMBER: QT_TRANSLATE_NOOP("Identifiers", "Personal identity number"),
    HitKind.COORDINATION_NUMBER: QT_TRANSLATE_NOOP("Identifiers", "Coordination number"),
    HitKind.PHONE: QT_TRANSLATE_NOOP("Identifiers", "Phone number"),
    HitKind.EMAIL: QT_TRANSLATE_NOOP("Identifiers", "E-mail address"),
    HitKind.ADDRESS: QT_TRANSLATE_NOOP("Identifiers", "Street address"),
    HitKind.BIRTH_DATE: QT_TRANSLATE_NOOP("Identifiers", "Date of birth"),
    HitKind.WATCHED_NAME: QT_TRANSLATE_NOOP("Identifiers", "Watched name"),
}

# No letters or digits, so redacted text can never be flagged again.
REDACTION_MARKER = "[…]"

_KIND_ORDER = {kind: index for index, kind in enumerate(HitKind)}


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    start: int
    end: int
    text: str


# A number must stand on its own: not glued to a word, not the tail of a path
# or doi ("/0161…"), and not one part of a longer dotted, dashed or colon-
# separated number such as a date, a time, a decimal or a version.
_BEFORE = r"(?<![\w/+])(?<!\d[.,:-])"
_AFTER = r"(?!\w)(?![.,:/-]\d)"

# --- Personal identity and coordination numbers ------------------------------

_PERSONAL_NUMBER = re.compile(
    _BEFORE + r"(?P<century>\d{2})?(?P<date>\d{6})[-+ ]?(?P<serial>\d{4})" + _AFTER
)


def _luhn_valid(digits: str) -> bool:
    """The mod-10 check used by personnummer: double every other digit from the left."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _number_kind(century: str | None, yymmdd: str) -> HitKind | None:
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
    if any(_real_date(c * 100 + yy, month, day) for c in centuries):
        return kind
    return None


def _find_personal_numbers(text: str) -> list[Hit]:
    hits = []
    for match in _PERSONAL_NUMBER.finditer(text):
        kind = _number_kind(match["century"], match["date"])
        if kind and _luhn_valid(match["date"] + match["serial"]):
            hits.append(Hit(kind, match.start(), match.end(), match.group()))
    return hits


# --- Phone numbers and e-mail -------------------------------------------------

_AREA = r"(?:08|0[1-9]\d{1,2})"  # Stockholm is 08; other area codes have 3-4 digits
_PHONES = [
    # Mobile: 07X and seven digits, or the same after +46 / 0046.
    re.compile(_BEFORE + r"(?:(?:\+46|0046)[ -]?|0)7(?:[ -]?\d){8}" + _AFTER),
    # Landline: a separator after the area code is required, so bare digit
    # runs (doi parts, order numbers) are not phone numbers; the subscriber part
    # never starts with 0 and is grouped by spaces only ("08-12-2025" is a date).
    re.compile(
        _BEFORE + rf"(?:\({_AREA}\)\s?|{_AREA}(?:\s?-\s?|\s))[1-9](?: ?\d){{4,7}}" + _AFTER
    ),
    # International: + and a country code, 7-15 digits in all.
    re.compile(_BEFORE + r"\+[1-9](?:[ -]?\d){6,14}" + _AFTER),
]

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?:[\w-]+\.)+[^\W\d_]{2,}(?![\w-])")

# --- Street addresses ---------------------------------------------------------

_SWEDISH_ENDINGS = (
    "gatan gata vägen väg gränden gränd stigen stig torget torg plan allén allé "
    "backen backe leden esplanaden kajen"
).split()
_SWEDISH_PREFIXES = "Östra Västra Norra Södra Lilla Stora Gamla Nya Övre Nedre Sankt S:t"
_HOUSE_NUMBER = r"\d{1,4}(?:[a-zA-Z]|(?-i:\s[A-ZÅÄÖ]))?" + _AFTER  # 12, 3B, 5 A
_SWEDISH_STREET = re.compile(
    rf"(?<!\w)(?:(?-i:{_SWEDISH_PREFIXES.replace(' ', '|')})\s+)?"
    rf"(?P<word>[^\W\d_]*(?:{'|'.join(_SWEDISH_ENDINGS)}))\s+" + _HOUSE_NUMBER,
    re.IGNORECASE,
)
_ENGLISH_WORDS = "Street|Road|Avenue|Lane|Drive|Way|Square"
_NAME_WORD = r"[A-ZÅÄÖ][\w'-]*"
_ENGLISH_STREETS = [
    # "12 Baker Street", "221b Baker Street"
    re.compile(
        r"(?<![\w/.,])\d{1,4}[a-zA-Z]?\s+(?:" + _NAME_WORD + r"\s+){1,3}"
        rf"(?:{_ENGLISH_WORDS})(?!\w)"
    ),
    # "Baker Street 12", as people write it in Swedish word order
    re.compile(rf"(?<!\w){_NAME_WORD}\s+(?:{_ENGLISH_WORDS})\s+\d{{1,4}}[a-zA-Z]?" + _AFTER),
]


def _find_addresses(text: str) -> list[Hit]:
    hits = []
    for match in _SWEDISH_STREET.finditer(text):
        word = match["word"]
        # A bare "plan 2" or "gatan 3" is a floor or a chat about a street;
        # a bare ending counts only when capitalised like a name ("Torget 3").
        if word.lower() in _SWEDISH_ENDINGS and not word[0].isupper():
            continue
        hits.append(Hit(HitKind.ADDRESS, match.start(), match.end(), match.group()))
    for pattern in _ENGLISH_STREETS:
        hits += _hits(pattern, text, HitKind.ADDRESS)
    return hits


# --- Dates of birth -------------------------------------------------------------

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
_BIRTH_CONTEXT = re.compile(
    r"(?<!\w)(?:födelsedatum|födelsedag|född|föd\.|date\s+of\s+birth|d\.o\.b\.|dob"
    r"|birthday|born|f\.)(?!\w)",
    re.IGNORECASE,
)
# After the context word: up to three words ("den", "on the", "i Göteborg den"),
# then the date. Digits end the search, so a context word never reaches past
# another number.
_BIRTH_DATE_AFTER = re.compile(
    r"(?:[\s:,.–-]*[^\W\d_]+\.?){0,3}?[\s:,.–-]*"
    r"(?P<date>(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<dd>\d{1,2})[/.-](?P<dm>\d{1,2})[/.-](?P<dy>\d{4})"
    r"|(?P<nd>\d{1,2})\.?\s+(?P<nm>[^\W\d_]+)\.?\s+(?P<ny>\d{4})"
    r"|(?P<compact>(?:18|19|20)?\d{6})"
    r"|(?P<year>(?:18|19|20)\d{2}))" + _AFTER,
    re.IGNORECASE,
)


def _valid_birth_date(match: re.Match[str]) -> bool:
    if match["iy"]:
        return _real_date(int(match["iy"]), int(match["im"]), int(match["id"]))
    if match["dy"]:
        return _real_date(int(match["dy"]), int(match["dm"]), int(match["dd"]))
    if match["ny"]:
        month = _MONTHS.get(match["nm"].lower())
        return month is not None and _real_date(int(match["ny"]), month, int(match["nd"]))
    if match["compact"]:
        digits = match["compact"]
        if len(digits) == 8:
            return _real_date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        return _number_kind(None, digits) is HitKind.PERSONAL_NUMBER
    return True  # a bare year right after "född" / "born"


def _find_birth_dates(text: str) -> list[Hit]:
    hits = []
    for context in _BIRTH_CONTEXT.finditer(text):
        match = _BIRTH_DATE_AFTER.match(text, context.end())
        if match and _valid_birth_date(match):
            start, end = match.span("date")
            hits.append(Hit(HitKind.BIRTH_DATE, start, end, match["date"]))
    return hits


# --- Watched names --------------------------------------------------------------


def _find_watched_names(text: str, watch_list: Sequence[str]) -> list[Hit]:
    hits = []
    for name in watch_list:
        words = name.split()
        if not words:
            continue
        # Whole words only ("Kim" is not in "Kimchi"), any spacing between words.
        pattern = re.compile(
            r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE
        )
        hits += _hits(pattern, text, HitKind.WATCHED_NAME)
    return hits


# --- Putting it together --------------------------------------------------------


def _hits(pattern: re.Pattern[str], text: str, kind: HitKind) -> list[Hit]:
    return [Hit(kind, m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _without_overlaps(candidates: Iterable[Hit]) -> list[Hit]:
    """Keep the longer of two overlapping hits; on a tie the more specific kind."""
    kept: list[Hit] = []
    ranked = sorted(set(candidates), key=lambda h: (h.start - h.end, _KIND_ORDER[h.kind], h.start))
    for hit in ranked:
        if all(hit.end <= other.start or other.end <= hit.start for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def find_identifiers(text: str, watch_list: Sequence[str] = ()) -> list[Hit]:
    """All hits, sorted by start, never overlapping."""
    candidates = _find_personal_numbers(text)
    for pattern in _PHONES:
        candidates += _hits(pattern, text, HitKind.PHONE)
    candidates += _hits(_EMAIL, text, HitKind.EMAIL)
    candidates += _find_addresses(text)
    candidates += _find_birth_dates(text)
    candidates += _find_watched_names(text, watch_list)
    return _without_overlaps(candidates)


def _fits(text: str, hit: Hit) -> bool:
    return 0 <= hit.start < hit.end <= len(text) and text[hit.start : hit.end] == hit.text


def redact(text: str, hits: Iterable[Hit]) -> str:
    """Replace each hit's span with REDACTION_MARKER, skipping hits that no longer fit."""
    # A hit from an older version of the text would cut the wrong characters.
    current = [hit for hit in hits if _fits(text, hit)]
    parts, position = [], 0
    for hit in sorted(current, key=lambda h: (h.start, -h.end)):
        if hit.start < position:
            continue  # overlaps a span already replaced
        parts += [text[position : hit.start], REDACTION_MARKER]
        position = hit.end
    parts.append(text[position:])
    return "".join(parts)


def redact_all(text: str, watch_list: Sequence[str] = ()) -> str:
    """Redact every identifier find_identifiers finds."""
    return redact(text, find_identifiers(text, watch_list))
