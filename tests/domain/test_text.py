from hypothesis import given
from hypothesis import strategies as st

from reflect.domain.tags import normalise_tag
from reflect.domain.text import derive_title, shorten


def test_shorten_cuts_at_a_word():
    assert shorten("the quick brown fox jumps", 15) == "the quick…"
    assert shorten("short", 15) == "short"


@given(st.text(), st.integers(min_value=4, max_value=200))
def test_shorten_never_exceeds_the_limit_and_is_one_line(text, limit):
    result = shorten(text, limit)
    assert len(result) <= limit
    assert "\n" not in result


def test_derive_title_skips_blank_candidates():
    assert derive_title(["", "  ", "\nSecond one\nmore"]) == "Second one"
    assert derive_title(["", None]) == ""


def test_tags_are_one_spelling():
    assert normalise_tag("  #Night   Shift ") == "night shift"
    assert normalise_tag("ÅTERHÄMTNING") == "återhämtning"


def test_passphrase_strength_rewards_length_and_words():
    from reflect.domain.passphrase import Strength, strength

    assert strength("short") is Strength.TOO_SHORT
    assert strength("abcdefgh") is Strength.WEAK
    assert strength("Abcdefgh12!x") is Strength.FAIR
    assert strength("correct horse battery staple") is Strength.STRONG
