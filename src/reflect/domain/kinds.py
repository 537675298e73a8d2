"""Entry kinds: the structured forms a peer supporter fills in after a shift.

Each kind lists its fields in the order the form shows them. Labels are
English source text marked for translation under the ``EntryKinds`` context.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from reflect.domain.entry_codes import Kind as Kind  # re-exported: where forms are, so is the kind
from reflect.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class FieldSpec:
    """One question of a kind's form. Without ``choices`` the answer is free text."""

    name: str
    label: str
    choices: tuple[Choice, ...] = ()
    # Asked only after one of these answers to an earlier question, e.g.
    # "Has that been done?" only after "Yes" or "Unsure" to reporting.
    asked_when: tuple[str, tuple[str, ...]] | None = None

    @property
    def is_choice(self) -> bool:
        return bool(self.choices)

    def is_asked(self, answers: Mapping[str, str]) -> bool:
        if self.asked_when is None:
            return True
        earlier, values = self.asked_when
        return answers.get(earlier) in values

    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)


@dataclass(frozen=True)
class KindSpec:
    kind: Kind
    label: str
    description: str
    fields: tuple[FieldSpec, ...]
    default_subthemes: tuple[str, ...]
    # Kinds that ask how strongly something affected the writer carry an
    # intensity from 0 to 10; ``intensity_label`` is that question.
    intensity_label: str | None = None
    field_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "field_names", tuple(f.name for f in self.fields))

    @property
    def has_intensity(self) -> bool:
        return self.intensity_label is not None

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)


def _text(name: str, label: str) -> FieldSpec:
    return FieldSpec(name, label)


def _choice(name: str, label: str, *choices: tuple[str, str]) -> FieldSpec:
    return FieldSpec(name, label, tuple(Choice(v, lab) for v, lab in choices))


KINDS: dict[Kind, KindSpec] = {
    Kind.CLOSENESS_DISTANCE: KindSpec(
        Kind.CLOSENESS_DISTANCE,
        QT_TRANSLATE_NOOP("EntryKinds", "Closeness and distance"),
        QT_TRANSLATE_NOOP(
            "EntryKinds", "How much of my own story I shared, and where I drew the line."
        ),
        (
            _text("situation", QT_TRANSLATE_NOOP("EntryKinds", "The situation")),
            _text("shared", QT_TRANSLATE_NOOP("EntryKinds", "What I shared of my own experience")),
            _text("line_drawn", QT_TRANSLATE_NOOP("EntryKinds", "Where I drew the line")),
            _text("stirred", QT_TRANSLATE_NOOP("EntryKinds", "What it stirred in me")),
            _text("turned_to", QT_TRANSLATE_NOOP("EntryKinds", "Who I turned to afterwards")),
            _text("differently", QT_TRANSLATE_NOOP("EntryKinds", "What I would do differently")),
        ),
        ("closeness_and_distance", "building_relationships"),
        QT_TRANSLATE_NOOP("EntryKinds", "How much it affected me"),
    ),
    Kind.LOYALTY_CONFLICT: KindSpec(
        Kind.LOYALTY_CONFLICT,
        QT_TRANSLATE_NOOP("EntryKinds", "Loyalty conflict"),
        QT_TRANSLATE_NOOP("EntryKinds", "When the patient and the team wanted different things."),
        (
            _text("situation", QT_TRANSLATE_NOOP("EntryKinds", "The situation")),
            _text("patient_wanted", QT_TRANSLATE_NOOP("EntryKinds", "What the patient wanted")),
            _text("team_wanted", QT_TRANSLATE_NOOP("EntryKinds", "What the team wanted")),
            _choice(
                "where_i_stood",
                QT_TRANSLATE_NOOP("EntryKinds", "Where I ended up"),
                ("patient", QT_TRANSLATE_NOOP("EntryKinds", "On the patient's side")),
                ("team", QT_TRANSLATE_NOOP("EntryKinds", "On the team's side")),
                ("both", QT_TRANSLATE_NOOP("EntryKinds", "In between")),
                ("unsure", QT_TRANSLATE_NOOP("EntryKinds", "Unsure")),
            ),
            _text("what_i_did", QT_TRANSLATE_NOOP("EntryKinds", "What I did")),
            _choice(
                "needs_reporting",
                QT_TRANSLATE_NOOP(
                    "EntryKinds",
                    "Does something need reporting or documenting through the workplace routine?",
                ),
                ("no", QT_TRANSLATE_NOOP("EntryKinds", "No")),
                ("yes", QT_TRANSLATE_NOOP("EntryKinds", "Yes")),
                ("unsure", QT_TRANSLATE_NOOP("EntryKinds", "Unsure")),
            ),
            replace(
                _choice(
                    "reporting_done",
                    QT_TRANSLATE_NOOP("EntryKinds", "Has that been done?"),
                    ("not_needed", QT_TRANSLATE_NOOP("EntryKinds", "Not needed")),
                    ("not_yet", QT_TRANSLATE_NOOP("EntryKinds", "Not yet")),
                    ("done", QT_TRANSLATE_NOOP("EntryKinds", "Done")),
                ),
                asked_when=("needs_reporting", ("yes", "unsure")),
            ),
        ),
        ("loyalty_conflicts",),
        QT_TRANSLATE_NOOP("EntryKinds", "How much it affected me"),
    ),
    Kind.STIGMA_INCIDENT: KindSpec(
        Kind.STIGMA_INCIDENT,
        QT_TRANSLATE_NOOP("EntryKinds", "Meeting stigma"),
        QT_TRANSLATE_NOOP("EntryKinds", "Stigma aimed at me, at patients, or carried inside me."),
        (
            _choice(
                "source",
                QT_TRANSLATE_NOOP("EntryKinds", "Where it came from"),
                ("own_thoughts", QT_TRANSLATE_NOOP("EntryKinds", "My own thoughts")),
                ("colleague", QT_TRANSLATE_NOOP("EntryKinds", "A colleague")),
                ("language", QT_TRANSLATE_NOOP("EntryKinds", "Language in talk or records")),
                (
                    "organisation",
                    QT_TRANSLATE_NOOP(
                        "EntryKinds", "The organisation (contract, job code, clothes, premises)"
                    ),
                ),
                ("patient_or_relative", QT_TRANSLATE_NOOP("EntryKinds", "A patient or relative")),
                ("elsewhere", QT_TRANSLATE_NOOP("EntryKinds", "Elsewhere")),
            ),
            _text("what_happened", QT_TRANSLATE_NOOP("EntryKinds", "What happened")),
            _text("how_responded", QT_TRANSLATE_NOOP("EntryKinds", "How I responded")),
            _text("what_would_help", QT_TRANSLATE_NOOP("EntryKinds", "What would help")),
        ),
        ("stigma_internal_external",),
        QT_TRANSLATE_NOOP("EntryKinds", "How much it affected me"),
    ),
    Kind.MEANINGFUL_MOMENT: KindSpec(
        Kind.MEANINGFUL_MOMENT,
        QT_TRANSLATE_NOOP("EntryKinds", "Meaningful moment"),
        QT_TRANSLATE_NOOP("EntryKinds", "A moment when the work mattered."),
        (
            _text("what_happened", QT_TRANSLATE_NOOP("EntryKinds", "What happened")),
            _text("what_it_meant", QT_TRANSLATE_NOOP("EntryKinds", "What it meant")),
            _text("to_remember", QT_TRANSLATE_NOOP("EntryKinds", "What I want to remember")),
        ),
        ("meaning", "empowerment"),
    ),
    Kind.TEAM_EXPERIENCE: KindSpec(
        Kind.TEAM_EXPERIENCE,
        QT_TRANSLATE_NOOP("EntryKinds", "In the team"),
        QT_TRANSLATE_NOOP("EntryKinds", "Feeling appreciated by the team, or meeting an obstacle."),
        (
            _choice(
                "experience",
                QT_TRANSLATE_NOOP("EntryKinds", "It was"),
                ("appreciation", QT_TRANSLATE_NOOP("EntryKinds", "Appreciation")),
                ("obstacle", QT_TRANSLATE_NOOP("EntryKinds", "An obstacle")),
            ),
            _text("what_happened", QT_TRANSLATE_NOOP("EntryKinds", "What happened")),
            _text("what_i_need", QT_TRANSLATE_NOOP("EntryKinds", "What I need")),
        ),
        ("appreciation", "obstacles"),
    ),
    Kind.SHIFT_REFLECTION: KindSpec(
        Kind.SHIFT_REFLECTION,
        QT_TRANSLATE_NOOP("EntryKinds", "Free reflection"),
        QT_TRANSLATE_NOOP("EntryKinds", "A free reflection after work, often from a prompt."),
        (),
        (),
    ),
}


def kind_spec(kind: Kind | str) -> KindSpec:
    return KINDS[Kind(kind)]
