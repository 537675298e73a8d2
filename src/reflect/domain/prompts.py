"""Reflection prompts and the theme texts they hang on.

A catalogue is one language's texts (``resources/prompts/<lang>.toml``),
parsed and checked here; reading the file is the app layer's job.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from reflect.domain.errors import ValidationError
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.kinds import Kind
from reflect.domain.themes import SUBTHEMES, THEME_OF, THEMES

USER_PROMPT_PREFIX = "user."


class Asks(StrEnum):
    """What a prompt invites the writer to look at."""

    NOTICING = "noticing"
    STIRRED = "stirred"
    CHOICE = "choice"
    NEXT_TIME = "next_time"
    SUPPORT = "support"
    STRENGTH = "strength"


@dataclass(frozen=True)
class Prompt:
    id: str
    subtheme: str
    kinds: tuple[Kind, ...]
    text: str
    asks: Asks | None = None

    @property
    def user_written(self) -> bool:
        return self.id.startswith(USER_PROMPT_PREFIX)

    def suits(self, kind: Kind) -> bool:
        return kind in self.kinds


@dataclass(frozen=True)
class TopicText:
    """A theme's or subtheme's name and description in one language."""

    id: str
    name: str
    description: str


@dataclass(frozen=True)
class PromptCatalogue:
    language: str
    study_note: str
    themes: dict[str, TopicText]
    subthemes: dict[str, TopicText]
    prompts: tuple[Prompt, ...]

    def prompts_in(self, subtheme: str) -> list[Prompt]:
        return [p for p in self.prompts if p.subtheme == subtheme]

    def prompt(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)


class CatalogueError(ValueError):
    """A prompt resource file that does not hold what Reflect expects."""


def parse_catalogue(data: dict[str, Any]) -> PromptCatalogue:
    """Check and convert the parsed TOML of one language's prompt file."""
    try:
        themes = {t["id"]: TopicText(t["id"], t["name"], t["description"]) for t in data["themes"]}
        subthemes: dict[str, TopicText] = {}
        for item in data["subthemes"]:
            if THEME_OF.get(item["id"]) != item["theme"]:
                raise CatalogueError(
                    f"subtheme {item['id']!r} is not part of theme {item['theme']!r}"
                )
            subthemes[item["id"]] = TopicText(item["id"], item["name"], item["description"])
        prompts = tuple(
            Prompt(
                id=p["id"],
                subtheme=p["subtheme"],
                kinds=tuple(Kind(k) for k in p["kinds"]),
                text=p["text"].strip(),
                asks=Asks(p["asks"]),
            )
            for p in data["prompts"]
        )
        catalogue = PromptCatalogue(
            language=data["language"],
            study_note=data["study"]["note"],
            themes=themes,
            subthemes=subthemes,
            prompts=prompts,
        )
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, CatalogueError):
            raise
        raise CatalogueError(f"malformed prompt file: {error!r}") from error
    _check_complete(catalogue)
    return catalogue


def _check_complete(catalogue: PromptCatalogue) -> None:
    if set(catalogue.themes) != set(THEMES) or set(catalogue.subthemes) != set(SUBTHEMES):
        raise CatalogueError(
            "the prompt file must name exactly the three themes and nine subthemes"
        )
    ids = [p.id for p in catalogue.prompts]
    if len(ids) != len(set(ids)):
        raise CatalogueError("prompt ids must be unique")
    for prompt in catalogue.prompts:
        if prompt.subtheme not in SUBTHEMES or not prompt.text or not prompt.kinds:
            raise CatalogueError(f"prompt {prompt.id!r} lacks a subtheme, kinds or text")
        if prompt.user_written:
            raise CatalogueError(
                f"prompt id {prompt.id!r} uses the prefix kept for your own prompts"
            )


MAX_USER_PROMPT = 500


def user_prompt(prompt_id: str, subtheme: str, kinds: Iterable[Kind | str], text: str) -> Prompt:
    """A prompt the writer wrote, checked like any other input."""
    text = " ".join(text.split())
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Write the prompt's question first."))
    if len(text) > MAX_USER_PROMPT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "A prompt can be at most {limit} characters."),
            limit=MAX_USER_PROMPT,
        )
    if subtheme not in SUBTHEMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Unknown subtheme: {subtheme}."), subtheme=subtheme
        )
    kinds = tuple(dict.fromkeys(Kind(k) for k in kinds))
    if not kinds:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Choose at least one kind of entry the prompt suits.")
        )
    return Prompt(id=prompt_id, subtheme=subtheme, kinds=cast(tuple[Kind, ...], kinds), text=text)
