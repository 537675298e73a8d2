"""Patient identifiers are caught before an export, and ordinary notes are left alone."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.domain.identifiers import (
    HIT_LABELS,
    REDACTION_MARKER,
    Hit,
    HitKind,
    find_identifiers,
    redact,
    redact_all,
)

EXAMPLES = settings(max_examples=200, deadline=None)
WATCH_LIST = ("Kim", "Åsa Berg", "Anna-Lena")


def luhn_digit(nine: str) -> str:
    """The check digit for nine digits, written out independently of the module."""
    total = 0
    for index, char in enumerate(nine):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value // 10 + value % 10
    return str(-total % 10)


def personal_number(
    born: date,
    serial: int,
    *,
    long: bool = False,
    sep: str = "-",
    coordination: bool = False,
    check_offset: int = 0,
) -> str:
    day = born.day + 60 if coordination else born.day
    yymmdd = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    nnn = f"{serial:03d}"
    check = (int(luhn_digit(yymmdd + nnn)) + check_offset) % 10
    century = f"{born.year // 100}" if long else ""
    return f"{century}{yymmdd}{sep}{nnn}{check}"


def kinds(text: str, watch_list=()) -> list[tuple[HitKind, str]]:
    return [(hit.kind, hit.text) for hit in find_identifiers(text, watch_list)]


def assert_single(text: str, kind: HitKind, expected: str, watch_list=()) -> None:
    assert kinds(text, watch_list) == [(kind, expected)]


# --- Personal identity and coordination numbers -----------------------------------


def test_the_test_helper_agrees_with_the_documented_example():
    assert luhn_digit("811218987") == "6"


@pytest.mark.parametrize(
    "number",
    [
        "811218-9876",
        "19811218-9876",
        "8112189876",
        "198112189876",
        "811218+9876",
        "811218 9876",
        "19811218 9876",
    ],
)
def test_valid_personal_numbers_in_every_form_are_hits(number):
    assert_single(f"Pnr {number} enligt remissen.", HitKind.PERSONAL_NUMBER, number)


born_dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31))
forms = st.fixed_dictionaries({"long": st.booleans(), "sep": st.sampled_from(["", "-", "+", " "])})


@EXAMPLES
@given(born_dates, st.integers(0, 999), forms)
def test_any_real_date_with_the_right_check_digit_is_a_personal_number(born, serial, form):
    number = personal_number(born, serial, **form)
    assert_single(f"Personnummer: {number}.", HitKind.PERSONAL_NUMBER, number)


@EXAMPLES
@given(born_dates, st.integers(0, 999), forms, st.integers(1, 9))
def test_a_wrong_check_digit_is_no_personal_number(born, serial, form, offset):
    number = personal_number(born, serial, check_offset=offset, **form)
    found = {kind for kind, _ in kinds(f"Personnummer: {number}.")}
    # A wrong number may still look like a phone number ("0701011235"), never a pnr.
    assert not found & {HitKind.PERSONAL_NUMBER, HitKind.COORDINATION_NUMBER}


@EXAMPLES
@given(born_dates, st.integers(0, 999), forms)
def test_coordination_numbers_carry_the_day_plus_sixty(born, serial, form):
    number = personal_number(born, serial, coordination=True, **form)
    assert_single(f"Samordningsnummer {number}", HitKind.COORDINATION_NUMBER, number)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert HitKind.COORDINATION_NUMBER not in {kind for kind, _ in kinds(wrong)}


@pytest.mark.parametrize(
    "yymmdd",
    ["811232", "811318", "810230", "010229", "810092", "811200"],
)
def test_impossible_dates_are_not_numbers_even_with_a_right_check_digit(yymmdd):
    number = f"{yymmdd}-123{luhn_digit(yymmdd + '123')}"
    assert kinds(number) == []


def test_leap_days_count_when_some_century_has_them():
    number = f"000229-123{luhn_digit('000229123')}"  # 2000-02-29
    assert_single(number, HitKind.PERSONAL_NUMBER, number)


def test_the_twelve_digit_form_needs_a_century_from_18_to_20():
    number = "17" + personal_number(date(1981, 12, 18), 987)
    assert kinds(number) == []


def test_a_number_that_also_looks_like_a_mobile_is_a_personal_number():
    number = personal_number(date(2007, 1, 1), 123, sep="")
    assert number.startswith("07")
    assert_single(number, HitKind.PERSONAL_NUMBER, number)


def test_the_longer_hit_wins_over_a_birth_date_inside_it():
    assert_single("född 811218-9876", HitKind.PERSONAL_NUMBER, "811218-9876")


# --- Phone numbers and e-mail ---------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "070-123 45 67",
        "0701234567",
        "070 123 45 67",
        "073-1234567",
        "+46 70 123 45 67",
        "+46701234567",
        "0046 70 123 45 67",
        "0046701234567",
        "08-123 456 78",
        "031-12 34 56",
        "0481-123 45",
        "08 123 456 78",
        "(08) 123 45 67",
        "+44 20 7946 0958",
        "+1-555-123-4567",
        "+358 40 1234567",
    ],
)
def test_phone_numbers_in_every_form_are_hits(phone):
    assert_single(f"Ring {phone} i morgon.", HitKind.PHONE, phone)
    assert_single(f"Call {phone}, please.", HitKind.PHONE, phone)


@pytest.mark.parametrize(
    "address",
    ["kim.berg@example.se", "anna-lena+stod@region.vgregion.se", "Åsa_B@mail.co.uk"],
)
def test_email_addresses_are_hits(address):
    assert_single(f"Mejla {address}.", HitKind.EMAIL, address)


# --- Street addresses ------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "Storgatan 12",
        "Kungsvägen 3B",
        "Östra Hamngatan 24",
        "Drottninggatan 5 A",
        "Lilla Torget 3",
        "Ringvägen 100",
        "Björkstigen 7",
        "Sveavägen 44",
        "Sankt Eriksgatan 5",
        "storgatan 12",
        "Järntorget 2",
        "Kungsgatan 1a",
        "Stora Nygatan 3",
        "Strandkajen 8",
        "12 Baker Street",
        "221b Baker Street",
        "10 Downing Street",
        "5 Abbey Road",
        "Baker Street 12",
    ],
)
def test_street_addresses_with_a_number_are_hits(address):
    assert_single(f"Hon bor på {address} sedan i våras.", HitKind.ADDRESS, address)


@pytest.mark.parametrize(
    "text",
    [
        "my plan today",
        "vår plan för veckan",
        "över gatan",
        "på torget",
        "på plan 2",
        "gatan 3 gånger",
        "the road ahead",
        "the way 3 of us talked",
        "Street",
    ],
)
def test_street_words_without_a_named_street_and_number_are_not_hits(text):
    assert kinds(text) == []


# --- Dates of birth ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("född 1981-12-18", "1981-12-18"),
        ("Född: 811218", "811218"),
        ("född 19811218", "19811218"),
        ("födelsedatum 18/12/1981", "18/12/1981"),
        ("födelsedag 18.12.1981", "18.12.1981"),
        ("f. 8.3.1981", "8.3.1981"),
        ("föd. 12 mars 1985", "12 mars 1985"),
        ("född den 12 mars 1985", "12 mars 1985"),
        ("född i Göteborg den 3 maj 1985", "3 maj 1985"),
        ("born 12 March 1985", "12 March 1985"),
        ("born in 1985", "1985"),
        ("Date of birth: 1981-12-18", "1981-12-18"),
        ("DOB 18/12/1981", "18/12/1981"),
        ("d.o.b. 1985", "1985"),
        ("Birthday on 12 Dec 1985", "12 Dec 1985"),
        ("FÖDD 1985", "1985"),
    ],
)
def test_dates_after_a_birth_context_word_are_hits(text, expected):
    assert_single(text, HitKind.BIRTH_DATE, expected)
    # The same date without its context word is just a date.
    assert kinds(text[text.index(expected) :]) == []


@pytest.mark.parametrize(
    "text",
    [
        "född 1981-02-30",
        "born 31 June 1985",
        "född 811232",
        "född 12 smurf 1985",
        "född tre dagar efter det, 1985",
        "född 070-123 45 67 eller 1985",
    ],
)
def test_birth_contexts_without_a_real_date_close_by_are_not_birth_dates(text):
    assert HitKind.BIRTH_DATE not in {kind for kind, _ in kinds(text)}


# --- Name from your lists -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim ringde.", "Kim"),
        ("pratade med kim.", "kim"),
        ("KIM!", "KIM"),
        ("Åsa Berg kom", "Åsa Berg"),
        ("åsa berg kom", "åsa berg"),
        ("ÅSA  BERG", "ÅSA  BERG"),
        ("med Anna-Lena", "Anna-Lena"),
        ("(Kim)", "Kim"),
    ],
)
def test_watched_names_match_whole_words_in_any_case(text, expected):
    assert_single(text, HitKind.WATCHED_NAME, expected, WATCH_LIST)


@pytest.mark.parametrize(
    "text",
    ["Kimchi till lunch", "Joakim", "Åsa Bergström", "Åsander", "Anna-Lenasson"],
)
def test_watched_names_do_not_match_inside_other_words(text):
    assert kinds(text, WATCH_LIST) == []


def test_a_short_name_does_not_hit_a_longer_one():
    assert kinds("Anna kom", ["Ann"]) == []
    assert_single("Ann kom", HitKind.WATCHED_NAME, "Ann", ["Ann"])


def test_blank_watch_list_names_are_ignored():
    assert kinds("ett vanligt pass", ["", "   ", "\t"]) == []


def test_watched_names_may_contain_regex_characters():
    assert_single("pratade med J.-P. igen", HitKind.WATCHED_NAME, "J.-P.", ["J.-P."])


# --- Things that are not identifiers ----------------------------------------------------------

NOT_HITS = [
    "2026-03-14",
    "14/3",
    "14 mars",
    "den 3 maj 2025",
    "14:30",
    "kl. 9.15",
    "1 500 kr",
    "12500 kronor",
    "$300",
    "3,5 mg",
    "2021",
    "1985",
    "10 patients",
    "8112189875",
    "202603141530",
    "3.14159",
    "0,75",
    "rum 12",
    "6.12.0",
    "my plan today",
    "10.1080/01612840.2021.1978596",
    "08-12-2025",
    "2025-08-12 08:15",
    "v. 12",
    "0.5 ml",
    "Vi träffades 14/3 kl. 14:30 i rum 12 och pratade om 1 500 kr.",
    "Meeting on 2026-03-14 at 14:30, 10 patients, doi 10.1080/01612840.2021.1978596.",
]


@pytest.mark.parametrize("text", NOT_HITS)
def test_ordinary_numbers_dates_and_words_are_not_hits(text):
    assert kinds(text) == []
    assert redact_all(text) == text


# --- Sample sentences -----------------------------------------------------------------------------


def test_a_swedish_note():
    text = "Patienten, född 1981-12-18, ringde från 070-123 45 67 och bor på Storgatan 12."
    assert kinds(text) == [
        (HitKind.BIRTH_DATE, "1981-12-18"),
        (HitKind.PHONE, "070-123 45 67"),
        (HitKind.ADDRESS, "Storgatan 12"),
    ]
    assert redact_all(text) == "Patienten, född […], ringde från […] och bor på […]."


def test_an_english_note_with_a_watched_name():
    text = "Kim (DOB 12 March 1985, 811218-9876) emailed kim@example.org from 12 Baker Street."
    assert kinds(text, WATCH_LIST) == [
        (HitKind.WATCHED_NAME, "Kim"),
        (HitKind.BIRTH_DATE, "12 March 1985"),
        (HitKind.PERSONAL_NUMBER, "811218-9876"),
        (HitKind.EMAIL, "kim@example.org"),
        (HitKind.ADDRESS, "12 Baker Street"),
    ]
    assert redact_all(text, WATCH_LIST) == "[…] (DOB […], […]) emailed […] from […]."


# --- Redaction and general properties -------------------------------------------------------------


def test_every_kind_has_a_label():
    assert set(HIT_LABELS) == set(HitKind)
    assert all(label.strip() for label in HIT_LABELS.values())


def test_the_marker_cannot_itself_be_flagged():
    assert not any(char.isalnum() for char in REDACTION_MARKER)
    assert find_identifiers(f"född {REDACTION_MARKER} {REDACTION_MARKER}", WATCH_LIST) == []


def test_redact_takes_hits_in_any_order():
    text = "Kim 070-123 45 67"
    hits = find_identifiers(text, WATCH_LIST)
    assert redact(text, reversed(hits)) == "[…] […]"


def test_redact_ignores_stale_hits():
    hits = find_identifiers("Ring 070-123 45 67 nu", WATCH_LIST)
    edited = "Ring inte nu, 070-123 45 67"
    assert redact(edited, hits) == edited
    assert redact("kort", hits) == "kort"
    assert redact("abc", [Hit(HitKind.PHONE, -1, 2, "ab"), Hit(HitKind.PHONE, 2, 2, "")]) == "abc"


def test_redact_replaces_overlapping_hits_once():
    text = "Storgatan 12"
    hits = [Hit(HitKind.ADDRESS, 0, 12, text), Hit(HitKind.WATCHED_NAME, 0, 9, "Storgatan")]
    assert redact(text, hits) == REDACTION_MARKER


IDENTIFIERS = [
    "811218-9876",
    "19811218-9876",
    "8112189876",
    "811278-9879",
    "070-123 45 67",
    "+46 70 123 45 67",
    "08-123 456 78",
    "+44 20 7946 0958",
    "kim.berg@example.se",
    "Storgatan 12",
    "Östra Hamngatan 24",
    "Drottninggatan 5 A",
    "221b Baker Street",
    "född 1981-12-18",
    "born 12 March 1985",
    "DOB 18/12/1981",
    "Kim",
    "åsa berg",
    "ANNA-LENA",
]
ORDINARY = [
    "Patienten",
    "ringde",
    "och",
    "bor på",
    "the patient",
    "called",
    "född",
    "born",
    "f.",
    "den",
    "2026-03-14",
    "14/3",
    "14 mars",
    "den 3 maj 2025",
    "14:30",
    "kl. 9.15",
    "1 500 kr",
    "12500 kronor",
    "$300",
    "3,5 mg",
    "2021",
    "1985",
    "10 patients",
    "8112189875",
    "202603141530",
    "rum 12",
    "6.12.0",
    "my plan today",
    "10.1080/01612840.2021.1978596",
    "Kimchi",
    "Anna",
    "(",
    ")",
    "-",
    "12",
    "0",
    "+",
]
fragments = st.lists(st.sampled_from(IDENTIFIERS + ORDINARY), max_size=10)
joiners = st.sampled_from([" ", ", ", ". ", "\n", " - ", ": "])


@EXAMPLES
@given(fragments, joiners)
def test_after_redaction_nothing_is_found(parts, joiner):
    text = joiner.join(parts)
    redacted = redact_all(text, WATCH_LIST)
    assert find_identifiers(redacted, WATCH_LIST) == []


@EXAMPLES
@given(fragments, joiners)
def test_a_phone_number_is_caught_next_to_any_fragment(parts, joiner):
    text = joiner.join([*parts, "070-123 45 67"])
    assert any(hit.text == "070-123 45 67" for hit in find_identifiers(text, WATCH_LIST))


def check_well_formed(text: str, hits: list[Hit]) -> None:
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text
        assert hit.start < hit.end
    for earlier, later in itertools.pairwise(hits):
        assert earlier.end <= later.start


@EXAMPLES
@given(fragments, joiners)
def test_hits_are_sorted_exact_and_never_overlap(parts, joiner):
    text = joiner.join(parts)
    check_well_formed(text, find_identifiers(text, WATCH_LIST))


@EXAMPLES
@given(st.text(alphabet="0123456789 -+./:@()KimåsaBergtnöfdFÖD", max_size=80))
def test_hits_are_well_formed_on_arbitrary_text(text):
    hits = find_identifiers(text, WATCH_LIST)
    check_well_formed(text, hits)
    assert find_identifiers(redact(text, hits), WATCH_LIST) == []


@pytest.mark.parametrize("before", ["0 14/3", "08", "0", "14/3 0"])
def test_a_mobile_number_is_caught_whole_after_digits_that_could_start_a_number(before):
    """Found from the left only, "0 14/3 070-123 45 67" made "0 14/3 070-123" a
    number and left "45 67" of the real one unredacted (hypothesis found it)."""
    hits = find_identifiers(f"{before} 070-123 45 67", [])
    assert "070-123 45 67" in [hit.text for hit in hits]
