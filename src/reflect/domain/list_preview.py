"""The line of the writer's own words a list shows under an entry's title."""

from __future__ import annotations

from collections.abc import Mapping

from reflect.domain.asked import asked_answers
from reflect.domain.kinds import Kind, kind_spec
from reflect.domain.text import SNIPPET_LENGTH, shorten


def list_preview(kind: Kind, fields: Mapping[str, str], text: str) -> str:
    """The free text, the written answers in form order, then those to brought questions.

    Chosen answers are left out: they are stored as ids ("obstacle", "both"),
    which a preview showed as they were, and a lone label means little there.
    """
    written = [
        fields.get(field.name, "") for field in kind_spec(kind).fields if not field.is_choice
    ]
    parts = [text, *written, *(answer for _, answer in asked_answers(fields))]
    return shorten(" ".join(p for p in parts if p and len(p) > 1), SNIPPET_LENGTH)
