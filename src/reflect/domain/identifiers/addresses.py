"""Street addresses: Swedish street names, English ones, box addresses and postcodes.

A Swedish street is one word ending in a street word ("Storgatan",
"Björkslingan", "Järntorget") or a name followed by one ("Drottning
Kristinas väg"), then a house number: with a letter, a range or "nr".
What follows an address belongs to it and is redacted with it: a flat
number ("lgh 1102"), a floor ("2 tr") and the postcode and town.
"""

from __future__ import annotations

import re

from reflect.domain.identifiers.hits import AFTER, HitKind, Span, spans

# Endings that close a compound street name; each needs a house number after it.
_ENDINGS = [
    "gatan",
    "gata",
    "vägen",
    "väg",
    "gången",
    "slingan",
    "stigen",
    "stig",
    "platsen",
    "torget",
    "torg",
    "parken",
    "bron",
    "kajen",
    "kaj",
    "backen",
    "backe",
    "allén",
    "allé",
    "alléen",
    "allen",
    "leden",
    "gränden",
    "gränd",
    "plan",
    "esplanaden",
    "promenaden",
    "stråket",
    "terrassen",
    "hagen",
    "ringen",
]
# Endings that are ordinary words on their own: a bare "Plan 2" or "Vägen 3"
# opening a sentence is not an address.
_NEVER_ALONE = {
    "plan",
    "vägen",
    "väg",
    "gången",
    "leden",
    "ringen",
    "hagen",
    "parken",
    "bron",
    "backen",
    "backe",
    "stigen",
    "stig",
    "platsen",
    "kaj",
    "allen",
    "gata",
    "gatan",
}
# Words a street name can stand as in two words, after a capitalised name.
_SEPARATE = "väg|vägen|gata|gatan|gränd|allé|torg|plan|stig|backe|park|plats|gång"
_PREFIXES = r"(?:Östra|Västra|Norra|Södra|Lilla|Stora|Gamla|Nya|Övre|Nedre|Sankt|S:t|St\.)"

# What counts after a number instead of a house: "gatan 3 gånger", "Kajen 2 timmar".
_NOT_A_HOUSE = (
    r"(?![ ]?(?i:gånger|gång|ggr|timmar|timme|tim|minuter|min|dagar|dag|veckor|vecka|år|st|kr|"
    r"procent|patienter|personer|meter|km|times|hours|minutes|days|weeks|years|people|%)(?!\w))"
)
_HOUSE = (
    r"(?:(?i:nr|n:r)\.?[ ]?)?\d{1,4}"
    + _NOT_A_HOUSE
    + r"(?:[ ]?-[ ]?\d{1,4})?(?:[a-zA-Z](?!\w)|[ ](?-i:[A-ZÅÄÖ])(?!\w))?"
    + AFTER
)
_FLAT = r"(?:,?[ ](?i:lgh|lägenhet)\.?[ ]?(?:(?i:nr)\.?[ ]?)?\d{4}(?!\d))?"
_FLOOR = r"(?:,?[ ]\d{1,2}[ ]?(?i:tr|trappor)\.?(?!\w))?"
_TOWN = r"[A-ZÅÄÖ][\w-]+(?:[ ][A-ZÅÄÖ][\w-]+)?"
_POSTCODE = r"(?:(?i:SE)-?[ ]?)?[1-9]\d{2}[ ]?\d{2}"
_PLACE = rf"(?:,?\s{_POSTCODE}\s{_TOWN})?"
_TAIL = _FLAT + _FLOOR + _PLACE

_COMPOUND = re.compile(
    rf"(?<!\w)(?:{_PREFIXES}\s+)?(?P<word>[^\W\d_]*(?i:{'|'.join(_ENDINGS)}))\s+" + _HOUSE + _TAIL
)
# Where a compound street can be: an ending, then a house number. Looking for
# these first and matching the whole street only there is ten times quicker
# than trying every word of a long text as the start of a street name.
_NUMBER_AHEAD = re.compile(r"\s+(?:(?i:nr|n:r)\.?[ ]?)?\d")
_ENDING_TUPLE = tuple(_ENDINGS)
_PREFIX_BEFORE = re.compile(rf"{_PREFIXES}\s+$")
_TWO_WORDS = re.compile(
    rf"(?<!\w)(?:[A-ZÅÄÖ][\w':-]*\s+){{1,3}}(?:{_SEPARATE})\s+" + _HOUSE + _TAIL
)
_BOX = re.compile(r"(?<!\w)(?:Box|BOX|Postbox|Postfack)\s\d{1,6}(?!\d)" + _PLACE)
_FLAT_ALONE = re.compile(
    r"(?<!\w)(?i:lgh|lägenhet|lägenhetsnummer)\.?[ ]?(?:(?i:nr)\.?[ ]?)?\d{4}(?!\d)"
)
# A postcode written with its space and a town, on its own ("412 58 Göteborg").
_PLACE_ALONE = re.compile(
    r"(?<![\w-])(?:(?i:SE)-?[ ]?)?[1-9]\d{2}[ ]\d{2}\s(?-i:[A-ZÅÄÖ][a-zåäö]+)"
)

_ENGLISH = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Way|Square|Close|Court|Place|Crescent"
    r"|Gardens|Terrace|Grove"
)
_NAME_WORD = r"[A-ZÅÄÖ][\w'-]*"
_UK_POSTCODE = r"(?:,?\s[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?!\w))?"
_ENGLISH_STREETS = [
    # "12 Baker Street", "221b Baker Street", "Flat 3, 12-14 Baker St"
    re.compile(
        r"(?:(?:Flat|Apartment|Apt\.?)\s\d{1,4}[a-zA-Z]?,?\s)?"
        r"(?<![\w/.,])\d{1,4}(?:-\d{1,4})?[a-zA-Z]?\s+(?:" + _NAME_WORD + r"\s+){1,3}"
        rf"(?:{_ENGLISH})(?!\w)" + _UK_POSTCODE
    ),
    # "Baker Street 12", as people write it in Swedish word order
    re.compile(
        rf"(?<!\w){_NAME_WORD}\s+(?:Street|Road|Avenue|Lane|Drive|Square)\s+\d{{1,4}}[a-zA-Z]?"
        + AFTER
    ),
]


def _compound_streets(text: str) -> list[re.Match[str]]:
    matches: list[re.Match[str]] = []
    for hint in _NUMBER_AHEAD.finditer(text):
        start = end = hint.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if not text[start:end].lower().endswith(_ENDING_TUPLE):
            continue
        if matches and start < matches[-1].end():
            continue  # inside the street just found
        prefix = _PREFIX_BEFORE.search(text, max(0, start - 12), start)
        for begin in ((prefix.start(),) if prefix else ()) + (start,):
            match = _COMPOUND.match(text, begin)
            if match:
                matches.append(match)
                break
    return matches


def find_addresses(text: str) -> list[Span]:
    found = []
    for match in _compound_streets(text):
        word = match["word"]
        # A bare ending counts only when capitalised like a name ("Torget 3"),
        # and never for the ones that are everyday words.
        if word.lower() in _ENDINGS and (not word[0].isupper() or word.lower() in _NEVER_ALONE):
            if not match.group().startswith(word):  # "Lilla Torget 3" has its prefix
                found.append(Span(HitKind.ADDRESS, match.start(), match.end()))
            continue
        found.append(Span(HitKind.ADDRESS, match.start(), match.end()))
    found += spans(_TWO_WORDS, text, HitKind.ADDRESS)
    found += spans(_BOX, text, HitKind.ADDRESS)
    found += spans(_FLAT_ALONE, text, HitKind.ADDRESS)
    found += spans(_PLACE_ALONE, text, HitKind.ADDRESS)
    for pattern in _ENGLISH_STREETS:
        found += spans(pattern, text, HitKind.ADDRESS)
    return found
