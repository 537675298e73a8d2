"""One entry as a document to print: what the writer sees, in the same words as the pack.

Printing is the writer's own act on an entry they have open, so it holds
the entry as written (a private one too); nothing of it is kept by Reflect.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from reflect.domain.asked import asked_answers
from reflect.domain.i18n import QT_TRANSLATE_NOOP
from reflect.domain.kinds import Kind, kind_spec
from reflect.domain.translator import Translate
from reflect.export.blocks import Document, Paragraph

C = "Pack"


def answer_lines(kind: Kind, answers: Mapping[str, str], say: Translate) -> list[str]:
    """ "Question: answer" for each question asked, choices by their label, in form order.

    A question ending in "?" reads "Question? Answer"; a follow-up question
    that was not asked (after "No") is left out. Questions the writer brought
    (a template's, a guide's) follow the form, in their own words as asked.
    """
    spec = kind_spec(kind)
    lines = []
    for field in spec.fields:
        value = answers.get(field.name)
        if not value or not field.is_asked(answers):
            continue
        shown = value
        if field.is_choice:
            shown = next(
                (say("EntryKinds", c.label) for c in field.choices if c.value == value), value
            )
        lines.append(_line(say("EntryKinds", field.label), shown))
    lines.extend(_line(question, answer) for question, answer in asked_answers(answers) if answer)
    return lines


def _line(question: str, answer: str) -> str:
    return f"{question} {answer}" if question.endswith("?") else f"{question}: {answer}"


def entry_outline(
    kind: Kind,
    occurred_on: date,
    title: str,
    answers: Mapping[str, str],
    text: str,
    tags: Sequence[str],
    say: Translate,
    format_date: Callable[[date], str],
) -> Document:
    kind_name = say("EntryKinds", kind_spec(kind).label)
    doc = Document(
        title=title or kind_name,
        confidential=say(C, QT_TRANSLATE_NOOP("Pack", "Private — from my reflection journal")),
        subtitle=f"{format_date(occurred_on)} · {kind_name}",
        page_label=say(C, QT_TRANSLATE_NOOP("Pack", "Page {page} of {pages}")),
    )
    for line in answer_lines(kind, answers, say):
        doc.blocks.append(Paragraph(line))
    if text:
        doc.blocks.append(Paragraph(text))
    if tags:
        doc.blocks.append(
            Paragraph(
                say(C, QT_TRANSLATE_NOOP("Pack", "Tags: {tags}")).format(tags=", ".join(tags)),
                True,
            )
        )
    return doc
