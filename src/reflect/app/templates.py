"""The writer's own templates: create, rename, choose questions, delete.

Each job is one method and one write of the journal's settings (inside its
encryption). Entries never point at a template: their answers carry their
questions (domain.asked), so deleting a template takes nothing from them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from reflect.app.journal import Journal
from reflect.domain.kinds import Kind
from reflect.domain.templates import (
    TEMPLATES_SETTING,
    Template,
    template,
    templates_from_setting,
    templates_setting,
)


class TemplateBook:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def templates(self) -> list[Template]:
        """In the order the writer made them."""
        return templates_from_setting(self.journal.setting(TEMPLATES_SETTING))

    def template(self, template_id: str) -> Template | None:
        return next((t for t in self.templates() if t.id == template_id), None)

    def for_kind(self, kind: Kind) -> list[Template]:
        return [t for t in self.templates() if t.kind is kind]

    def create(self, name: str, kind: Kind | str, questions: Iterable[str]) -> Template:
        made = template(str(uuid.uuid4()), name, kind, questions)
        self._store([*self.templates(), made])
        return made

    def change(
        self, template_id: str, name: str, kind: Kind | str, questions: Iterable[str]
    ) -> Template:
        """Rename it, give it to another kind, or choose its questions anew."""
        changed = template(template_id, name, kind, questions)
        templates = self.templates()
        if not any(t.id == template_id for t in templates):
            raise KeyError(template_id)
        self._store([changed if t.id == template_id else t for t in templates])
        return changed

    def rename(self, template_id: str, name: str) -> Template:
        found = self.template(template_id)
        if found is None:
            raise KeyError(template_id)
        return self.change(template_id, name, found.kind, found.questions)

    def delete(self, template_id: str) -> None:
        self._store([t for t in self.templates() if t.id != template_id])

    def _store(self, templates: list[Template]) -> None:
        self.journal.set_setting(TEMPLATES_SETTING, templates_setting(templates))
