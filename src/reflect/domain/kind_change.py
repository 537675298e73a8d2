"""Changing an entry's kind without losing a word.

Answers to questions the new kind also asks (with a value it accepts) stay
in the form, and so do answers to questions the writer brought (a template's,
a guide's); every other answer is kept as a line of text ("The situation:
…") for the writer to place, instead of being dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from reflect.domain.asked import is_asked_key
from reflect.domain.editor_state import EditorState
from reflect.domain.kinds import Kind, kind_spec


@dataclass(frozen=True)
class LeftOver:
    question: str  # the old form's question, English source text (EntryKinds context)
    answer: str  # the writer's words, or a choice's label (English source text)
    answer_is_label: bool  # a choice: translate ``answer`` too


@dataclass(frozen=True)
class KindChange:
    fields: dict[str, str]
    left_over: tuple[LeftOver, ...]


def change_kind(old: Kind, fields: Mapping[str, str], new: Kind) -> KindChange:
    old_spec, new_spec = kind_spec(old), kind_spec(new)
    kept: dict[str, str] = {}
    left: list[LeftOver] = []
    for name, value in fields.items():
        if not value.strip():
            continue
        if is_asked_key(name):  # a template's or guide's question fits any kind
            kept[name] = value
            continue
        if name in new_spec.field_names:
            target = new_spec.field(name)
            if not target.is_choice or value in target.choice_values():
                kept[name] = value
                continue
        question = old_spec.field(name) if name in old_spec.field_names else None
        if question is None:
            left.append(LeftOver(name, value, False))
        elif question.is_choice:
            label = next((c.label for c in question.choices if c.value == value), value)
            left.append(LeftOver(question.label, label, label != value))
        else:
            left.append(LeftOver(question.label, value, False))
    return KindChange(kept, tuple(left))


def state_in_kind(state: EditorState, kind: Kind, label_text: Callable[[str], str]) -> EditorState:
    """What the editor holds once the writer picks another kind: answers the new form
    has no place for become lines of text ("Question: answer"), nothing is lost.

    ``label_text`` translates a form label (the EntryKinds context).
    """
    spec = kind_spec(kind)
    change = change_kind(state.kind, dict(state.fields), kind)
    lines = [
        f"{label_text(left.question)}: "
        f"{label_text(left.answer) if left.answer_is_label else left.answer}"
        for left in change.left_over
    ]
    text = state.text.rstrip()
    if lines:
        text = "\n\n".join(part for part in (text, "\n".join(lines)) if part)
    return state.but(
        kind=kind,
        fields=change.fields,
        text=text,
        subthemes=tuple(spec.default_subthemes),
        intensity=state.intensity if spec.has_intensity else None,
    )
