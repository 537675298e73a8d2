"""The shipped prompt files: complete, matching across languages, and translated."""

from __future__ import annotations

from collections import Counter

import pytest

from reflect.app.prompt_library import LANGUAGES, load_catalogue
from reflect.domain.prompts import Asks, CatalogueError, parse_catalogue
from reflect.domain.themes import STUDY, SUBTHEMES, THEMES

MIN_PROMPTS = 8


@pytest.fixture(params=LANGUAGES)
def catalogue(request):
    return load_catalogue(request.param)


def test_every_subtheme_has_enough_varied_prompts(catalogue):
    for subtheme in SUBTHEMES:
        prompts = catalogue.prompts_in(subtheme)
        assert len(prompts) >= MIN_PROMPTS, subtheme
        assert {p.asks for p in prompts} == set(Asks), subtheme


def test_no_empty_text_anywhere(catalogue):
    assert catalogue.study_note.strip()
    for topic in [*catalogue.themes.values(), *catalogue.subthemes.values()]:
        assert topic.name.strip() and topic.description.strip()
    assert all(p.text.strip() and p.kinds for p in catalogue.prompts)
    assert set(catalogue.themes) == set(THEMES)


def test_ids_are_unique_and_the_same_in_every_language():
    english, swedish = load_catalogue("en"), load_catalogue("sv")
    assert not [i for i, n in Counter(p.id for p in english.prompts).items() if n > 1]
    assert [p.id for p in english.prompts] == [p.id for p in swedish.prompts]
    for en, sv in zip(english.prompts, swedish.prompts):
        assert (en.subtheme, en.kinds, en.asks) == (sv.subtheme, sv.kinds, sv.asks)
        assert en.text != sv.text, f"{en.id} is not translated"
    for key in english.subthemes:
        assert english.subthemes[key].name != swedish.subthemes[key].name


def test_swedish_uses_the_fields_own_words():
    swedish = " ".join(p.text for p in load_catalogue("sv").prompts).lower()
    for word in ("handledning", "återhämtning", "peer supporter"):
        assert word in swedish


def test_an_unknown_language_falls_back_to_english():
    assert load_catalogue("fi").language == "en"


def test_study_is_cited_by_title_and_doi():
    assert STUDY.doi == "10.1080/01612840.2021.1978596"
    assert STUDY.year == 2021 and "Peer Support Workers" in STUDY.title


def minimal_data():
    return {
        "language": "en",
        "study": {"note": "n"},
        "themes": [{"id": t, "name": t, "description": "d"} for t in THEMES],
        "subthemes": [
            {"id": s, "theme": t, "name": s, "description": "d"}
            for t, subs in THEMES.items()
            for s in subs
        ],
        "prompts": [
            {
                "id": "x.01",
                "subtheme": "meaning",
                "kinds": ["shift_reflection"],
                "asks": "noticing",
                "text": "t",
            }
        ],
    }


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["subthemes"].pop(),
        lambda d: d["prompts"].append(dict(d["prompts"][0])),
        lambda d: d["prompts"][0].update(kinds=["diary"]),
        lambda d: d["prompts"][0].update(asks="why"),
        lambda d: d["prompts"][0].update(text="  "),
        lambda d: d["prompts"][0].update(id="user.sneaky"),
        lambda d: d["subthemes"][0].update(theme="team"),
        lambda d: d.pop("study"),
    ],
)
def test_broken_prompt_files_are_refused(breakage):
    data = minimal_data()
    parse_catalogue(data)
    breakage(data)
    with pytest.raises(CatalogueError):
        parse_catalogue(data)
