"""A summary as lines of text for the terminal, in the window's own words."""

from __future__ import annotations

from reflect.cli.language import translate
from reflect.domain.period_in_words import facts_of_summary, period_in_words
from reflect.domain.prompts import PromptCatalogue
from reflect.domain.summary import Summary
from reflect.present.local_format import local_date, local_number
from reflect.present.summary_figures import summary_tables


def summary_lines(summary: Summary, catalogue: PromptCatalogue) -> list[str]:
    period = summary.period
    lines = [
        translate("Cli", "Summary {start} – {end}").format(
            start=local_date(period.start), end=local_date(period.end)
        )
    ]
    for paragraph in period_in_words(
        facts_of_summary(summary), translate, local_number, local_date
    ):
        lines += ["", paragraph.heading, f"  {paragraph.text}"]
    lines.append("")
    figures, themes, _, role = summary_tables(summary, catalogue, translate, local_date)
    lines += figures.splitlines()
    if themes.rows:
        lines.append(translate("Cli", "Themes:"))
        lines += [f"  {name}: {count}" for name, count in themes.rows]
    if role:
        lines.append(role)
    if summary.open_follow_ups:
        lines.append(translate("Cli", "Open follow-ups:"))
        lines += [f"  {local_date(r.occurred_on)} {r.title}" for r in summary.open_follow_ups]
    if summary.supervision_questions:
        lines.append(translate("Cli", "Questions for supervision:"))
        lines += [
            f"  {local_date(r.occurred_on)} {r.title} — {r.question}"
            for r in summary.supervision_questions
        ]
    return lines
