"""Scanning only around an edit finds exactly what scanning the whole text finds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.domain.identifiers import find_identifiers
from reflect.domain.identifiers.incremental import SMALL, IncrementalScan

# Words and pieces that make and break identifiers when typed next to each other.
PIECES = [
    "och",
    "vad",
    "teamet",
    "sa",
    "Kim",
    "Berg",
    "Kim Berg",
    "070",
    "123",
    "45",
    "67",
    "070-123 45 67",
    "811218-9876",
    "19811218-9876",
    "född",
    "1/1-85",
    "1981-12-18",
    "Storgatan",
    "12,",
    "412 58",
    "Göteborg",
    "Box 123",
    "kim.berg@example.se",
    "@",
    "+46",
    "(0)70",
    "08-123 456 78",
    "kl.",
    "14:30",
    "3,5",
    "mg",
    "born",
    "March 12, 1985",
    "-",
    ".",
    ",",
    "\n",
    " ",
    "  ",
]
WATCH = ["Kim Berg", "Berg"]


def texts(min_size):
    return st.lists(st.sampled_from(PIECES), min_size=min_size, max_size=min_size + 60).map(
        lambda parts: " ".join(parts)
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts(330),
    st.lists(
        st.tuples(st.floats(0, 1), st.integers(0, 12), st.sampled_from(PIECES)),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_each_edit_gives_the_hits_of_a_whole_scan(text, edits, with_watch_list):
    watch = WATCH if with_watch_list else []
    scan = IncrementalScan()
    assert len(text) >= SMALL
    assert scan.hits(text, watch) == find_identifiers(text, watch)
    for where, removed, inserted in edits:
        at = int(where * len(text))
        text = text[:at] + inserted + text[at + removed :]
        assert scan.hits(text, watch) == find_identifiers(text, watch)


def test_typing_one_character_at_a_time_at_the_end_and_in_the_middle():
    text = "Ett samtal om hur det var i dag. " * 60
    scan = IncrementalScan()
    for typed in "Ring 070-123 45 67 eller kim.berg@example.se, född 1981-12-18.":
        text = text + typed
        assert scan.hits(text) == find_identifiers(text)
    middle = len(text) // 2
    for typed in " 811218-9876 ":
        text = text[:middle] + typed + text[middle:]
        middle += 1
        assert scan.hits(text) == find_identifiers(text)
