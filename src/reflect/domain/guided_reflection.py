"""Guided reflections: the steps of a known model of reflection, asked as questions.

Two models: "What? So what? Now what?" (Driscoll; Rolfe, Freshwater and
Jasper) and Gibbs' reflective cycle. Their steps are written in Reflect's
own words, one file per language (``resources/guides/<lang>.toml``);
reading the file is the app layer's job, checking it is done here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reflect.domain.asked import MAX_ASKED_QUESTION, clean_question


class GuideId(StrEnum):
    WHAT_SO_WHAT_NOW_WHAT = "what_so_what_now_what"
    GIBBS = "gibbs"


# How many steps each model has: a language file must give every one.
STEP_COUNT = {GuideId.WHAT_SO_WHAT_NOW_WHAT: 3, GuideId.GIBBS: 6}


@dataclass(frozen=True)
class Guide:
    id: GuideId
    name: str
    about: str
    source: str  # the works the model comes from, by title
    steps: tuple[str, ...]


class GuideFileError(ValueError):
    """A guide resource file that does not hold what Reflect expects."""


def parse_guides(data: dict[str, Any]) -> tuple[Guide, ...]:
    """Check and convert one language's parsed guide file: every model, every step."""
    try:
        guides = tuple(
            Guide(
                GuideId(item["id"]),
                item["name"].strip(),
                item["about"].strip(),
                item["source"].strip(),
                tuple(clean_question(step) for step in item["steps"]),
            )
            for item in data["guides"]
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise GuideFileError(f"malformed guide file: {error!r}") from error
    if sorted(g.id for g in guides) != sorted(GuideId):
        raise GuideFileError("the guide file must hold each guide exactly once")
    for guide in guides:
        if not (guide.name and guide.about and guide.source):
            raise GuideFileError(f"guide {guide.id} lacks a name, about or source")
        steps = [s for s in guide.steps if s]
        if len(steps) != STEP_COUNT[guide.id] or len(set(steps)) != len(steps):
            raise GuideFileError(f"guide {guide.id} must have {STEP_COUNT[guide.id]} steps")
        if any(len(s) > MAX_ASKED_QUESTION for s in steps):
            raise GuideFileError(f"a step of guide {guide.id} is too long")
    return guides
