"""Which kinds and subthemes a typed search word names."""

from __future__ import annotations

from reflect.domain.search_words import SearchNames, search_words, typed_words

NAMES = SearchNames(
    kinds={"loyalty_conflict": "Lojalitetskonflikt", "stigma_incident": "Upplevt stigma"},
    subthemes={"closeness_and_distance": "Närhet och distans", "meaning": "Meningsfullhet"},
)


def test_a_word_names_what_one_of_its_words_begins_with():
    [word] = search_words("lojal", NAMES)
    assert word.kinds == {"loyalty_conflict"} and not word.subthemes
    [word] = search_words("STIGMA", NAMES)
    assert word.kinds == {"stigma_incident"}
    [word] = search_words("dist", NAMES)
    assert word.subthemes == {"closeness_and_distance"}


def test_diacritics_and_case_are_folded_like_the_index_folds_them():
    for typed in ("när", "nar", "NÄR"):
        [word] = search_words(typed, NAMES)
        assert word.subthemes == {"closeness_and_distance"}, typed


def test_a_word_inside_a_name_or_a_single_letter_names_nothing():
    for typed in ("konflikt", "l", "ö"):
        [word] = search_words(typed, NAMES)
        assert not word.names_something, typed


def test_each_word_keeps_its_own_names():
    first, second = search_words("Lojal Nattpass", NAMES)
    assert first.kinds == {"loyalty_conflict"} and not second.names_something


def test_query_syntax_is_plain_text():
    assert typed_words('"a" b* NOT\x00c') == ["a", "b", "NOT", "c"]
    assert search_words("   ", NAMES) == ()
