"""A period told in a few plain sentences, with the figures inside them.

A tired person takes in "Your mood was middling (3.2 of 5) and rose in the
second half" at a glance, where "Mood 3.2, energy 2.93" asks for work. The
Summaries page and the supervision pack both say the period this way, from
the facts each is allowed to see: the page from the whole journal, the pack
from the shared entries only (domain.pack), so no sentence can carry more
than its reader may know.

Words for a 1-5 average are bands, never a judgement: they describe the
figures the writer gave, and the figures stay beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from reflect.domain.i18n import PLURAL, QT_TRANSLATE_NOOP
from reflect.domain.kinds import Kind, kind_spec
from reflect.domain.pack import SupervisionPack
from reflect.domain.shift_log import ACTIVITY_LABELS, Activity
from reflect.domain.summary import Summary, Wellbeing
from reflect.domain.translator import Translate

K = TypeVar("K")
C = "PeriodInWords"
STEADY = 0.3  # a change in mean mood smaller than this is "about the same"

# (upper bound of the band, phrase). Each measure has its own phrases, so
# every language can make its words agree ("lågt mående", "låg energi").
MOOD_LEVELS = (
    (1.8, QT_TRANSLATE_NOOP("PeriodInWords", "your mood was low")),
    (2.6, QT_TRANSLATE_NOOP("PeriodInWords", "your mood was on the low side")),
    (3.4, QT_TRANSLATE_NOOP("PeriodInWords", "your mood was in the middle")),
    (4.2, QT_TRANSLATE_NOOP("PeriodInWords", "your mood was fairly good")),
    (5.1, QT_TRANSLATE_NOOP("PeriodInWords", "your mood was good")),
)
ENERGY_LEVELS = (
    (1.8, QT_TRANSLATE_NOOP("PeriodInWords", "your energy was low")),
    (2.6, QT_TRANSLATE_NOOP("PeriodInWords", "your energy was on the low side")),
    (3.4, QT_TRANSLATE_NOOP("PeriodInWords", "your energy was in the middle")),
    (4.2, QT_TRANSLATE_NOOP("PeriodInWords", "your energy was fairly good")),
    (5.1, QT_TRANSLATE_NOOP("PeriodInWords", "your energy was good")),
)
# Higher stress is heavier.
STRESS_LEVELS = (
    (1.8, QT_TRANSLATE_NOOP("PeriodInWords", "stress was low")),
    (2.6, QT_TRANSLATE_NOOP("PeriodInWords", "stress was fairly low")),
    (3.4, QT_TRANSLATE_NOOP("PeriodInWords", "stress was in the middle")),
    (4.2, QT_TRANSLATE_NOOP("PeriodInWords", "stress was fairly high")),
    (5.1, QT_TRANSLATE_NOOP("PeriodInWords", "stress was high")),
)

HELD = PLURAL.translate("PeriodInWords", "You wrote %n entries", None, 2)
HELD_MOST = QT_TRANSLATE_NOOP("PeriodInWords", "{wrote}, most often: {kind} ({count}).")
HELD_ONLY = QT_TRANSLATE_NOOP("PeriodInWords", "{wrote}.")
ROLE = PLURAL.translate(
    "PeriodInWords",
    "On the %n days you logged, most of the work was {activity} ({count}).",
    None,
    2,
)
MOOD = PLURAL.translate(
    "PeriodInWords",
    "Over %n check-ins {mood} ({mood_value} of 5), {energy} ({energy_value}) "
    "and {stress} ({stress_value}).",
    None,
    2,
)
ROSE = QT_TRANSLATE_NOOP("PeriodInWords", "Your mood rose in the second half (+{change}).")
FELL = QT_TRANSLATE_NOOP("PeriodInWords", "Your mood fell in the second half (−{change}).")
SAME = QT_TRANSLATE_NOOP("PeriodInWords", "Your mood stayed about the same through the period.")
HARDEST = QT_TRANSLATE_NOOP("PeriodInWords", "The heaviest days were {days}.")
QUESTIONS = PLURAL.translate(
    "PeriodInWords", "%n entries carry a question for supervision.", None, 2
)
FOLLOW_UPS = PLURAL.translate("PeriodInWords", "%n things wait to be followed up.", None, 2)
STIGMA = PLURAL.translate("PeriodInWords", "Stigma came up %n times, from: {source}.", None, 2)
STIGMA_FELT = QT_TRANSLATE_NOOP("PeriodInWords", "It affected you {value} of 10 on average.")
TAGS = QT_TRANSLATE_NOOP("PeriodInWords", "Words that kept coming back: {tags}.")
MOMENTS = QT_TRANSLATE_NOOP("PeriodInWords", "Moments that meant something: {titles}.")
NOTHING = QT_TRANSLATE_NOOP(
    "PeriodInWords", "Nothing was written or checked in during this period."
)

HEADINGS = {
    "held": QT_TRANSLATE_NOOP("PeriodInWords", "What the period held"),
    "wellbeing": QT_TRANSLATE_NOOP("PeriodInWords", "How you have been"),
    "supervision": QT_TRANSLATE_NOOP("PeriodInWords", "Worth bringing to supervision"),
}


@dataclass(frozen=True)
class PeriodFacts:
    """What may be said of a period; each reader gives only what it may see."""

    entry_count: int
    by_kind: Mapping[Kind, int]
    wellbeing: Wellbeing | None = None
    days_logged: int = 0
    role_in_practice: Mapping[Activity, int] = field(default_factory=dict)
    questions: int = 0
    open_follow_ups: int = 0
    stigma_by_source: Mapping[str, int] = field(default_factory=dict)
    stigma_intensity: float | None = None
    recurring_tags: Sequence[tuple[str, int]] = ()
    meaningful_titles: Sequence[str] = ()


@dataclass(frozen=True)
class Paragraph:
    heading: str
    text: str


def facts_of_summary(summary: Summary) -> PeriodFacts:
    """Everything the writer's own Summaries page may say (the whole journal)."""
    return PeriodFacts(
        entry_count=summary.entry_count,
        by_kind=summary.by_kind,
        wellbeing=summary.wellbeing,
        days_logged=summary.days_logged,
        role_in_practice=summary.role_in_practice,
        questions=len(summary.supervision_questions),
        open_follow_ups=len(summary.open_follow_ups),
        stigma_by_source=summary.stigma_by_source,
        stigma_intensity=summary.stigma_intensity,
        recurring_tags=summary.recurring_tags,
        meaningful_titles=[ref.title for ref in summary.meaningful_moments],
    )


def facts_of_pack(pack: SupervisionPack) -> PeriodFacts:
    """What a pack may say: its shared entries' figures and the sections the writer ticked.

    Never titles, tags or follow-ups: a summary-only entry shares none of
    them, and the pack lists what a full entry shares in its own place.
    """
    figures = pack.figures
    return PeriodFacts(
        entry_count=figures.entry_count,
        by_kind=figures.by_kind,
        wellbeing=pack.wellbeing,
        days_logged=pack.days_logged,
        role_in_practice=pack.role_in_practice,
        questions=len(pack.questions),
        stigma_by_source=figures.stigma_by_source,
        stigma_intensity=figures.stigma_intensity,
    )


def _level(value: float, bands: tuple[tuple[float, str], ...]) -> str:
    return next(words for upper, words in bands if value < upper)


def _most(counts: Mapping[K, int]) -> tuple[K, int] | None:
    """The one that came up most, if one stands out (a tie or all ones says nothing)."""
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0]


def period_in_words(
    facts: PeriodFacts,
    say: Translate,
    format_number: Callable[[float], str],
    format_date: Callable[[date], str],
) -> list[Paragraph]:
    """The period as up to three short paragraphs, each with its heading.

    Figures inside a sentence are given to one decimal: enough at a glance.
    """

    def number(value: float) -> str:
        return format_number(round(value, 1))

    paragraphs = [
        Paragraph(say(C, HEADINGS[heading]), " ".join(sentences))
        for heading, sentences in (
            ("held", _what_it_held(facts, say)),
            ("wellbeing", _how_you_have_been(facts.wellbeing, say, number, format_date)),
            ("supervision", _worth_bringing(facts, say, number)),
        )
        if sentences
    ]
    return paragraphs or [Paragraph(say(C, HEADINGS["held"]), say(C, NOTHING))]


def _what_it_held(facts: PeriodFacts, say: Translate) -> list[str]:
    held = []
    if facts.entry_count:
        wrote = say(C, HELD, None, facts.entry_count)
        most = _most(facts.by_kind) if len(facts.by_kind) > 1 else None
        if most is not None:
            kind_name = say("EntryKinds", kind_spec(most[0]).label).lower()
            held.append(say(C, HELD_MOST).format(wrote=wrote, kind=kind_name, count=most[1]))
        else:
            held.append(say(C, HELD_ONLY).format(wrote=wrote))
    busiest = _most(facts.role_in_practice)
    if busiest is not None:
        held.append(
            say(C, ROLE, None, facts.days_logged).format(
                activity=say("Activities", ACTIVITY_LABELS[busiest[0]]).lower(), count=busiest[1]
            )
        )
    return held


def _how_you_have_been(
    w: Wellbeing | None,
    say: Translate,
    number: Callable[[float], str],
    format_date: Callable[[date], str],
) -> list[str]:
    if w is None or w.mean_mood is None or w.mean_energy is None:
        return []
    stress = w.mean_stress if w.mean_stress is not None else 0.0
    lines = [
        say(C, MOOD, None, w.checkins).format(
            mood=say(C, _level(w.mean_mood, MOOD_LEVELS)),
            mood_value=number(w.mean_mood),
            energy=say(C, _level(w.mean_energy, ENERGY_LEVELS)),
            energy_value=number(w.mean_energy),
            stress=say(C, _level(stress, STRESS_LEVELS)),
            stress_value=number(stress),
        )
    ]
    if w.mood_trend is not None:
        if w.mood_trend >= STEADY:
            lines.append(say(C, ROSE).format(change=number(w.mood_trend)))
        elif w.mood_trend <= -STEADY:
            lines.append(say(C, FELL).format(change=number(-w.mood_trend)))
        else:
            lines.append(say(C, SAME))
    if w.lowest_days:
        days = ", ".join(format_date(d.day) for d in sorted(w.lowest_days, key=lambda d: d.day))
        lines.append(say(C, HARDEST).format(days=days))
    return lines


def _worth_bringing(
    facts: PeriodFacts, say: Translate, number: Callable[[float], str]
) -> list[str]:
    bring = []
    if facts.questions:
        bring.append(say(C, QUESTIONS, None, facts.questions))
    if facts.open_follow_ups:
        bring.append(say(C, FOLLOW_UPS, None, facts.open_follow_ups))
    if facts.stigma_by_source:
        spec = kind_spec(Kind.STIGMA_INCIDENT).field("source")
        labels = {c.value: say("EntryKinds", c.label).lower() for c in spec.choices}
        times = sum(facts.stigma_by_source.values())
        sources = sorted(facts.stigma_by_source.items(), key=lambda item: item[1], reverse=True)
        named = ", ".join(labels.get(source, source) for source, _ in sources[:2])
        bring.append(say(C, STIGMA, None, times).format(source=named))
        if facts.stigma_intensity is not None:
            bring.append(say(C, STIGMA_FELT).format(value=number(facts.stigma_intensity)))
    if facts.recurring_tags:
        tags = ", ".join(f"{tag} ({n})" for tag, n in facts.recurring_tags[:3])
        bring.append(say(C, TAGS).format(tags=tags))
    if facts.meaningful_titles:
        bring.append(say(C, MOMENTS).format(titles="; ".join(facts.meaningful_titles[:3])))
    return bring
