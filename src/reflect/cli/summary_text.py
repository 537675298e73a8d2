"""A summary as lines of text for the terminal."""

from __future__ import annotations

from reflect.domain.kinds import kind_spec
from reflect.domain.prompts import PromptCatalogue
from reflect.domain.shift_log import ACTIVITY_LABELS
from reflect.domain.summary import Summary


def summary_lines(summary: Summary, catalogue: PromptCatalogue) -> list[str]:
    lines = [
        f"Summary {summary.period.start} – {summary.period.end}",
        f"Entries: {summary.entry_count}",
    ]
    lines += [f"  {kind_spec(k).label}: {n}" for k, n in summary.by_kind.items()]
    if summary.by_theme:
        lines.append("Themes:")
        lines += [f"  {catalogue.themes[t].name}: {n}" for t, n in summary.by_theme.items()]
    w = summary.wellbeing
    if w.checkins:
        lines.append(f"Wellbeing ({w.checkins} check-ins): mood {w.mean_mood}, energy {w.mean_energy}, "
                     f"stress {w.mean_stress}; mood trend {w.mood_trend:+}" if w.mood_trend is not None
                     else f"Wellbeing ({w.checkins} check-ins): mood {w.mean_mood}, energy {w.mean_energy}, "
                     f"stress {w.mean_stress}")
    if summary.stigma_by_source:
        lines.append("Stigma by source: " + ", ".join(f"{s} {n}" for s, n in summary.stigma_by_source.items()))
    if summary.recurring_tags:
        lines.append("Recurring tags: " + ", ".join(f"{t} ({n})" for t, n in summary.recurring_tags))
    if summary.role_in_practice:
        lines.append(f"My role in practice ({summary.days_logged} days logged):")
        lines += [f"  {ACTIVITY_LABELS[a]}: {n}" for a, n in summary.role_in_practice.items()]
    for title, refs in (("Open follow-ups", summary.open_follow_ups),
                        ("Questions for supervision", summary.supervision_questions),
                        ("Meaningful moments", summary.meaningful_moments)):
        if refs:
            lines.append(f"{title}:")
            lines += [f"  {r.occurred_on} {r.title}" + (f" — {r.question}" if r.question and
                      title.startswith("Questions") else "") for r in refs]
    return lines
