"""The writer's own prompts, favourite and hidden marks, and the prompt history."""

from __future__ import annotations

import json
from datetime import date, datetime

from reflect.domain.kinds import Kind
from reflect.domain.prompt_engine import PromptPreferences, PromptShown, ShownAs
from reflect.domain.prompts import Prompt
from reflect.store.handle import DatabaseHandle
from reflect.store.transactions import writing


class PromptStore:
    def __init__(self, db: DatabaseHandle) -> None:
        self._db = db

    # -- the writer's own prompts --------------------------------------------

    def save_user_prompt(self, prompt: Prompt, created_at: datetime) -> None:
        with writing(self._db):
            self._db.execute(
                "INSERT INTO user_prompts (id, subtheme, kinds, text, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "subtheme = excluded.subtheme, kinds = excluded.kinds, text = excluded.text",
                [
                    prompt.id,
                    prompt.subtheme,
                    json.dumps([k.value for k in prompt.kinds]),
                    prompt.text,
                    created_at.isoformat(),
                ],
            )

    def user_prompts(self) -> list[Prompt]:
        rows = self._db.execute(
            "SELECT id, subtheme, kinds, text FROM user_prompts ORDER BY created_at, id"
        )
        return [
            Prompt(id=i, subtheme=s, kinds=tuple(Kind(k) for k in json.loads(kinds)), text=t)
            for i, s, kinds, t in rows
        ]

    # -- favourite and hidden ------------------------------------------------

    def set_mark(
        self, prompt_id: str, *, favourite: bool | None = None, hidden: bool | None = None
    ) -> None:
        with writing(self._db):
            self._db.execute(
                "INSERT INTO prompt_marks (prompt_id) VALUES (?) ON CONFLICT (prompt_id) DO NOTHING",
                [prompt_id],
            )
            if favourite is not None:
                self._db.execute(
                    "UPDATE prompt_marks SET favourite = ? WHERE prompt_id = ?",
                    [int(favourite), prompt_id],
                )
            if hidden is not None:
                self._db.execute(
                    "UPDATE prompt_marks SET hidden = ? WHERE prompt_id = ?",
                    [int(hidden), prompt_id],
                )

    def preferences(self) -> PromptPreferences:
        rows = self._db.execute("SELECT prompt_id, favourite, hidden FROM prompt_marks").fetchall()
        return PromptPreferences(
            favourites=frozenset(p for p, fav, _ in rows if fav),
            hidden=frozenset(p for p, _, hid in rows if hid),
        )

    # -- history -------------------------------------------------------------

    def record(self, shown: PromptShown) -> None:
        with writing(self._db):
            self._db.execute(
                "INSERT INTO prompt_history (prompt_id, shown_on, shown_as, entry_uuid) "
                "VALUES (?, ?, ?, ?)",
                [
                    shown.prompt_id,
                    shown.shown_on.isoformat(),
                    shown.shown_as.value,
                    shown.entry_uuid,
                ],
            )

    def history(self, since: date | None = None) -> list[PromptShown]:
        rows = self._db.execute(
            "SELECT prompt_id, shown_on, shown_as, entry_uuid FROM prompt_history "
            "WHERE shown_on >= ? ORDER BY shown_on, id",
            [since.isoformat() if since else ""],
        )
        return [PromptShown(p, date.fromisoformat(d), ShownAs(a), e) for p, d, a, e in rows]
