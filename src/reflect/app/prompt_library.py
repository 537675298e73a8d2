"""Prompts for the writer: the built-in catalogue of a language plus their own."""

from __future__ import annotations

import tomllib
import uuid
from collections.abc import Iterable
from functools import lru_cache

from reflect.app.journal import Journal
from reflect.domain.kinds import Kind
from reflect.domain.prompt_engine import (
    PromptPreferences,
    PromptShown,
    ShownAs,
    prompt_of_the_day,
    prompts_for_kind,
)
from reflect.domain.prompts import (
    USER_PROMPT_PREFIX,
    Prompt,
    PromptCatalogue,
    parse_catalogue,
    user_prompt,
)
from reflect.resources import resource

LANGUAGES = ("en", "sv")


@lru_cache(maxsize=len(LANGUAGES))
def load_catalogue(language: str) -> PromptCatalogue:
    """The built-in prompts of ``language`` (English for a language we lack)."""
    if language not in LANGUAGES:
        language = "en"
    with resource("prompts", f"{language}.toml").open("rb") as handle:
        return parse_catalogue(tomllib.load(handle))


class PromptLibrary:
    def __init__(self, journal: Journal, catalogue: PromptCatalogue) -> None:
        self.journal = journal
        self.catalogue = catalogue

    def all_prompts(self) -> list[Prompt]:
        return [*self.catalogue.prompts, *self.journal.user_prompts()]

    def prompt(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.all_prompts() if p.id == prompt_id), None)

    def preferences(self) -> PromptPreferences:
        return self.journal.prompt_preferences()

    def prompt_of_the_day(self) -> Prompt | None:
        """Today's prompt; the first time it is asked for, the history notes it."""
        today = self.journal.today()
        history = self.journal.prompt_history()
        chosen = prompt_of_the_day(self.all_prompts(), today, history, self.preferences())
        already = any(
            h.shown_as is ShownAs.DAILY
            and h.shown_on == today
            and chosen
            and h.prompt_id == chosen.id
            for h in history
        )
        if chosen is not None and not already:
            self.journal.record_prompt_shown(PromptShown(chosen.id, today, ShownAs.DAILY))
        return chosen

    def prompts_for_kind(self, kind: Kind, seed: str = "") -> list[Prompt]:
        return prompts_for_kind(self.all_prompts(), kind, self.preferences(), seed)

    def note_shown(self, prompt_id: str, shown_as: ShownAs, entry_uuid: str | None = None) -> None:
        self.journal.record_prompt_shown(
            PromptShown(prompt_id, self.journal.today(), shown_as, entry_uuid)
        )

    def add_user_prompt(self, subtheme: str, kinds: Iterable[Kind | str], text: str) -> Prompt:
        prompt = user_prompt(f"{USER_PROMPT_PREFIX}{uuid.uuid4()}", subtheme, kinds, text)
        self.journal.save_user_prompt(prompt, self.journal.now())
        return prompt

    def edit_user_prompt(
        self, prompt_id: str, subtheme: str, kinds: Iterable[Kind | str], text: str
    ) -> Prompt:
        if not prompt_id.startswith(USER_PROMPT_PREFIX):
            raise ValueError("only the writer's own prompts can be edited")
        prompt = user_prompt(prompt_id, subtheme, kinds, text)
        self.journal.save_user_prompt(prompt, self.journal.now())
        return prompt

    def set_favourite(self, prompt_id: str, favourite: bool) -> None:
        self.journal.mark_prompt(prompt_id, favourite=favourite)

    def set_hidden(self, prompt_id: str, hidden: bool) -> None:
        self.journal.mark_prompt(prompt_id, hidden=hidden)
