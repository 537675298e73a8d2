"""The summary's figures as short texts and chart tables for the Summaries page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from reflect.domain.i18n import PLURAL, QT_TRANSLATE_NOOP
from reflect.domain.kinds import kind_spec
from reflect.domain.prompts import PromptCatalogue
from reflect.domain.shift_log import ACTIVITY_LABELS, Activity
from reflect.domain.summary import Summary
from reflect.domain.translator import Translate
from reflect.export.blocks import Table
from reflect.present.local_format import local_number

C = "SummaryFigures"
ROLE = PLURAL.translate(
    "SummaryFigures", "My role in practice (%n days logged): {activities}.", None, 2
)


def summary_tables(
    summary: Summary, catalogue: PromptCatalogue, say: Translate, format_date: Callable[[date], str]
):
    """(figures text, themes table, wellbeing table, role text)."""
    num = local_number
    lines = [
        say(C, QT_TRANSLATE_NOOP("SummaryFigures", "Entries: {count}")).format(
            count=summary.entry_count
        )
    ]
    lines += [f"  {say('EntryKinds', kind_spec(k).label)}: {n}" for k, n in summary.by_kind.items()]
    w = summary.wellbeing
    if w.mean_mood is not None and w.mean_energy is not None and w.mean_stress is not None:
        lines.append(
            say(
                C,
                QT_TRANSLATE_NOOP(
                    "SummaryFigures",
                    "Check-ins: {count}. Mood {mood}, energy {energy}, stress {stress} on average.",
                ),
            ).format(
                count=w.checkins,
                mood=num(w.mean_mood),
                energy=num(w.mean_energy),
                stress=num(w.mean_stress),
            )
        )
        if w.mood_trend is not None:
            sign = "+" if w.mood_trend >= 0 else "−"
            lines.append(
                say(
                    C,
                    QT_TRANSLATE_NOOP(
                        "SummaryFigures", "Mood from the first half to the second: {trend}."
                    ),
                ).format(trend=sign + num(abs(w.mood_trend)))
            )
        if w.lowest_days:
            lines.append(
                say(C, QT_TRANSLATE_NOOP("SummaryFigures", "Hardest days: {days}.")).format(
                    days=", ".join(format_date(d.day) for d in w.lowest_days)
                )
            )
    if summary.stigma_by_source:
        source = kind_spec("stigma_incident").field("source")
        labels = {c.value: say("EntryKinds", c.label) for c in source.choices}
        lines.append(
            say(C, QT_TRANSLATE_NOOP("SummaryFigures", "Stigma: {sources}.")).format(
                sources=", ".join(
                    f"{labels.get(s, s)} {n}" for s, n in summary.stigma_by_source.items()
                )
            )
        )
        if summary.stigma_intensity is not None:
            lines.append(
                say(
                    C,
                    QT_TRANSLATE_NOOP("SummaryFigures", "It affected me {value} of 10 on average."),
                ).format(value=num(summary.stigma_intensity))
            )
    if summary.recurring_tags:
        lines.append(
            say(C, QT_TRANSLATE_NOOP("SummaryFigures", "Recurring tags: {tags}.")).format(
                tags=", ".join(f"{t} ({n})" for t, n in summary.recurring_tags)
            )
        )
    if summary.open_follow_ups:
        lines.append(
            say(C, QT_TRANSLATE_NOOP("SummaryFigures", "Open follow-ups: {count}.")).format(
                count=len(summary.open_follow_ups)
            )
        )
    if summary.meaningful_moments:
        lines.append(
            say(C, QT_TRANSLATE_NOOP("SummaryFigures", "Meaningful moments: {titles}.")).format(
                titles="; ".join(r.title for r in summary.meaningful_moments)
            )
        )
    themes = Table(
        [],
        [[catalogue.themes[t].name, str(n)] for t, n in summary.by_theme.items()],
        [(float(n),) for n in summary.by_theme.values()],
    )
    header = [
        "",
        say("CheckInWidget", "Mood"),
        say("CheckInWidget", "Energy"),
        say("CheckInWidget", "Stress"),
    ]
    wellbeing = Table(
        header,
        [[format_date(d.day), num(d.mood), num(d.energy), num(d.stress)] for d in w.days],
        [(d.mood, d.energy, d.stress) for d in w.days],
    )
    role = ""
    if summary.role_in_practice:
        role = say(C, ROLE, None, summary.days_logged).format(
            activities=", ".join(
                f"{_activity_name(a, summary.other_names, say)} {n}"
                for a, n in summary.role_in_practice.items()
            ),
        )
    return "\n".join(lines), themes, wellbeing, role


def _activity_name(activity: Activity, other_names: Sequence[str], say: Translate) -> str:
    """The activity's label; "Other" with what the writer called it ("Other (phone round)")."""
    label = say("Activities", ACTIVITY_LABELS[activity])
    if activity is Activity.OTHER and other_names:
        return f"{label} ({', '.join(other_names)})"
    return label
