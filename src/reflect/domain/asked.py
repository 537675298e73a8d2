"""Answers to questions the writer brought to an entry: a template's or a guide's.

They live in the entry's ``fields`` beside the kind's own answers, under a
key that holds the question itself ("asked:What did I learn?"). A kind's
field names are plain identifiers with no colon, so the two never collide;
and because the question travels with its answer, an entry still reads
right after its template is changed or deleted, or the language switched.
"""

from __future__ import annotations

from collections.abc import Mapping

ASKED_PREFIX = "asked:"
MAX_ASKED_QUESTION = 500  # as long as one of the writer's own prompts may be


def clean_question(question: str) -> str:
    """One line, single spaces: how a question is shown and how its key is made."""
    return " ".join(question.split())


def asked_key(question: str) -> str:
    return ASKED_PREFIX + clean_question(question)


def is_asked_key(name: str) -> bool:
    return name.startswith(ASKED_PREFIX)


def question_of(key: str) -> str:
    return key[len(ASKED_PREFIX) :]


def asked_answers(fields: Mapping[str, str]) -> list[tuple[str, str]]:
    """(question, answer) for every brought question, in the order they were asked."""
    return [(question_of(name), value) for name, value in fields.items() if is_asked_key(name)]


def asked_fields(fields: Mapping[str, str]) -> dict[str, str]:
    """Only the brought questions' answers, keys kept."""
    return {name: value for name, value in fields.items() if is_asked_key(name)}
