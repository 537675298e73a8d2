"""The guided reflections: every model complete in every language, and damage refused."""

from __future__ import annotations

import tomllib

import pytest

from reflect.app.guides import load_guides
from reflect.app.prompt_library import LANGUAGES
from reflect.domain.guided_reflection import STEP_COUNT, GuideFileError, GuideId, parse_guides
from reflect.resources import resource


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_guide_has_all_its_steps_and_cites_its_source(language):
    guides = {g.id: g for g in load_guides(language)}
    assert set(guides) == set(GuideId)
    assert len(guides[GuideId.GIBBS].steps) == 6
    assert len(guides[GuideId.WHAT_SO_WHAT_NOW_WHAT].steps) == 3
    assert "Learning by Doing" in guides[GuideId.GIBBS].source
    assert "1988" in guides[GuideId.GIBBS].source
    assert "Practising Clinical Supervision" in guides[GuideId.WHAT_SO_WHAT_NOW_WHAT].source
    assert "Critical Reflection" in guides[GuideId.WHAT_SO_WHAT_NOW_WHAT].source
    for found in guides.values():
        assert "doi:" not in found.source.lower()  # titles only: no reference is made up


def test_the_languages_differ_in_words_but_not_in_shape():
    english, swedish = ({g.id: g for g in load_guides(lang)} for lang in ("en", "sv"))
    for guide_id in GuideId:
        assert len(english[guide_id].steps) == len(swedish[guide_id].steps)
        assert set(english[guide_id].steps).isdisjoint(swedish[guide_id].steps)


def _file(language="en"):
    with resource("guides", f"{language}.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_a_guide_with_a_step_missing_or_a_guide_missing_is_refused():
    short = _file()
    short["guides"][1]["steps"] = short["guides"][1]["steps"][:5]
    with pytest.raises(GuideFileError):
        parse_guides(short)
    lacking = _file()
    lacking["guides"] = lacking["guides"][:1]
    with pytest.raises(GuideFileError):
        parse_guides(lacking)
    assert STEP_COUNT[GuideId.GIBBS] == 6
