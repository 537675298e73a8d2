"""The guided reflections of a language, read once from ``resources/guides/``."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from reflect.app.prompt_library import LANGUAGES
from reflect.domain.guided_reflection import Guide, GuideId, parse_guides
from reflect.resources import resource


@lru_cache(maxsize=len(LANGUAGES))
def load_guides(language: str) -> tuple[Guide, ...]:
    """The guides in ``language`` (English for a language we lack)."""
    if language not in LANGUAGES:
        language = "en"
    with resource("guides", f"{language}.toml").open("rb") as handle:
        return parse_guides(tomllib.load(handle))


def guide(language: str, guide_id: GuideId | str) -> Guide:
    return next(g for g in load_guides(language) if g.id == GuideId(guide_id))
