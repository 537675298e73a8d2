"""A snippet's matched words, as the Journal's list draws them in bold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reflect.domain.search import MATCH_END, MATCH_START, snippet_parts


def test_matched_words_are_runs_of_their_own():
    snippet = f"…vi pratade om {MATCH_START}övergrepp{MATCH_END} och {MATCH_START}K{MATCH_END}"
    assert snippet_parts(snippet) == [
        ("…vi pratade om ", False),
        ("övergrepp", True),
        (" och ", False),
        ("K", True),
    ]
    assert snippet_parts("") == []


words = st.text(alphabet=st.characters(blacklist_characters=MATCH_START + MATCH_END), max_size=8)


@given(st.lists(st.tuples(words, st.booleans()), max_size=8))
def test_the_runs_say_the_whole_snippet_and_only_the_marked_words_are_bold(runs):
    snippet = "".join(f"{MATCH_START}{t}{MATCH_END}" if bold else t for t, bold in runs)
    parts = snippet_parts(snippet)
    assert "".join(text for text, _ in parts) == "".join(text for text, _ in runs)
    assert [t for t, bold in parts if bold] == [t for t, bold in runs if bold and t]
