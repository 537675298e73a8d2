"""What a supervision pack says, in order, as format-free blocks.

Every export format (and the preview) renders this one outline, so what the
preview shows is exactly what is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reflect.domain.i18n import PLURAL, QT_TRANSLATE_NOOP, no_translation
from reflect.domain.kinds import kind_spec
from reflect.domain.pack import SupervisionPack
from reflect.domain.period_in_words import facts_of_pack, period_in_words
from reflect.domain.prompts import PromptCatalogue
from reflect.domain.shift_log import ACTIVITY_LABELS
from reflect.domain.supervision_words import status_in_words, time_in_words
from reflect.domain.themes import STUDY
from reflect.domain.translator import Translate
from reflect.export.blocks import Blank, Bullets, Chart, Document, Heading, Paragraph, Table
from reflect.export.entry_outline import answer_lines

Progress = Callable[[int, int], bool]
C = "Pack"  # translation context of this module's texts
DAYS_LOGGED = PLURAL.translate(
    "Pack", "What the work consisted of, from the activity log (%n days logged).", None, 2
)
AVERAGES = PLURAL.translate(
    "Pack", "Averages from %n check-ins: mood {mood}, energy {energy}, stress {stress}.", None, 2
)


class ExportCancelled(Exception):
    """The writer stopped a long export; nothing was written."""


def add_preface(doc: Document, say: Translate) -> None:
    """A few words for the supervisor (or a group) on what the pack is and is not."""
    add = doc.blocks.append
    add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "About this pack"))))
    add(
        Bullets(
            [
                say(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Pack",
                        "I chose what is in it from my own private reflection journal. It is not "
                        "the patient record: what concerns a patient's care is written there.",
                    ),
                ),
                say(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Pack", "Patients appear by initials or invented names, never by name."
                    ),
                ),
                say(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Pack",
                        "Some entries bring only the question I want to talk about, not what I "
                        "wrote; they are counted, and their question is listed.",
                    ),
                ),
                say(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Pack",
                        "The themes come from the interview study “{title}” (doi:{doi}); the "
                        "prompts are written in Reflect's own words.",
                    ),
                ).format(title=STUDY.title, doi=STUDY.doi),
                say(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Pack",
                        "Supervision is often in a group: I bring what fits the room, and the "
                        "pack stays with me afterwards.",
                    ),
                ),
            ]
        )
    )


def build_outline(
    pack: SupervisionPack,
    catalogue: PromptCatalogue,
    say: Translate = no_translation,
    format_date: Callable[[date], str] = date.isoformat,
    progress: Progress | None = None,
    format_number: Callable[[float], str] = lambda value: f"{value:g}",
) -> Document:
    summary = pack.figures
    period = f"{format_date(pack.period.start)} – {format_date(pack.period.end)}"
    doc = Document(
        title=say(C, QT_TRANSLATE_NOOP("Pack", "Supervision pack")),
        confidential=say(C, QT_TRANSLATE_NOOP("Pack", "Confidential — for supervision")),
        subtitle=say(C, QT_TRANSLATE_NOOP("Pack", "Period {period}. Made {day}.")).format(
            period=period, day=format_date(pack.made_at.date())
        ),
        page_label=say(C, QT_TRANSLATE_NOOP("Pack", "Page {page} of {pages}")),
        language=catalogue.language,
    )
    add = doc.blocks.append
    add_preface(doc, say)
    if pack.options.group_session:
        # Questions only, without their dates: a group hears what I ask, not when.
        if pack.questions:
            add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "Questions I bring"))))
            add(
                Bullets(
                    [
                        f"{q.question} ({say('EntryKinds', kind_spec(q.kind).label)})"
                        for q in pack.questions
                    ]
                )
            )
        else:
            add(Paragraph(say(C, QT_TRANSLATE_NOOP("Pack", "No questions for this period."))))
        _add_outcome_space(doc, pack, say)
        return doc
    # The same sentences as the Summaries page, from what this pack shares only.
    add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "The period in words"))))
    for paragraph in period_in_words(facts_of_pack(pack), say, format_number, format_date):
        add(Heading(3, paragraph.heading))
        add(Paragraph(paragraph.text))
    add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "Overview"))))
    add(
        Paragraph(
            say(
                C,
                QT_TRANSLATE_NOOP(
                    "Pack", "Entries shared for this period: {count}, of which {full} in full."
                ),
            ).format(count=summary.entry_count, full=summary.full_count)
        )
    )
    if summary.by_kind:
        add(
            Table(
                [
                    say(C, QT_TRANSLATE_NOOP("Pack", "Kind")),
                    say(C, QT_TRANSLATE_NOOP("Pack", "Entries")),
                ],
                [
                    [say("EntryKinds", kind_spec(k).label), str(n)]
                    for k, n in summary.by_kind.items()
                ],
            )
        )
    if pack.options.include_themes and summary.by_theme:
        rows = [[catalogue.themes[t].name, str(n)] for t, n in summary.by_theme.items()]
        table = Table(
            [
                say(C, QT_TRANSLATE_NOOP("Pack", "Theme")),
                say(C, QT_TRANSLATE_NOOP("Pack", "Entries")),
            ],
            rows,
            [(float(n),) for n in summary.by_theme.values()],
        )
        add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "Themes"))))
        top_count = max(summary.by_theme.values())
        top_name = next(r[0] for r, n in zip(rows, summary.by_theme.values()) if n == top_count)
        alt = say(
            C,
            QT_TRANSLATE_NOOP(
                "Pack",
                "Bar chart of entries per theme. The most frequent is {theme}, with {count}. "
                "The table after the chart gives every figure.",
            ),
        ).format(theme=top_name, count=top_count)
        add(Chart("themes", say(C, QT_TRANSLATE_NOOP("Pack", "Entries by theme")), table, alt))
        add(
            Table(
                [
                    say(C, QT_TRANSLATE_NOOP("Pack", "Subtheme")),
                    say(C, QT_TRANSLATE_NOOP("Pack", "Entries")),
                ],
                [[catalogue.subthemes[s].name, str(n)] for s, n in summary.by_subtheme.items()],
            )
        )
    if summary.stigma_by_source:
        source_field = kind_spec("stigma_incident").field("source")
        labels = {c.value: say("EntryKinds", c.label) for c in source_field.choices}
        labels["unknown"] = say(C, QT_TRANSLATE_NOOP("Pack", "Not said"))
        add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "Stigma"))))
        add(
            Table(
                [
                    say(C, QT_TRANSLATE_NOOP("Pack", "Where it came from")),
                    say(C, QT_TRANSLATE_NOOP("Pack", "Times")),
                ],
                [[labels.get(s, s), str(n)] for s, n in summary.stigma_by_source.items()],
            )
        )
        if summary.stigma_intensity is not None:
            add(
                Paragraph(
                    say(
                        C,
                        QT_TRANSLATE_NOOP(
                            "Pack", "How much it affected me, on average: {value} of 10."
                        ),
                    ).format(value=format_number(summary.stigma_intensity))
                )
            )
    if pack.role_in_practice:
        add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "My role in practice"))))
        add(Paragraph(say(C, DAYS_LOGGED, None, pack.days_logged)))
        add(
            Table(
                [
                    say(C, QT_TRANSLATE_NOOP("Pack", "Activity")),
                    say(C, QT_TRANSLATE_NOOP("Pack", "Times")),
                ],
                [
                    [say("Activities", ACTIVITY_LABELS[a]), str(n)]
                    for a, n in pack.role_in_practice.items()
                ],
            )
        )
    if pack.wellbeing is not None and pack.wellbeing.days:
        w = pack.wellbeing
        add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "Wellbeing"))))
        num = format_number
        rows = [[format_date(d.day), num(d.mood), num(d.energy), num(d.stress)] for d in w.days]
        header = [
            say(C, QT_TRANSLATE_NOOP("Pack", "Day")),
            say("CheckInWidget", "Mood"),
            say("CheckInWidget", "Energy"),
            say("CheckInWidget", "Stress"),
        ]
        add(
            Chart(
                "wellbeing",
                say(C, QT_TRANSLATE_NOOP("Pack", "Wellbeing over time (1–5)")),
                Table(header, rows, [(d.mood, d.energy, d.stress) for d in w.days]),
                say(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Pack",
                        "Line chart of mood, energy and stress on a scale of 1 to 5, day by day "
                        "from {first} to {last}. The table after the chart gives every figure.",
                    ),
                ).format(first=rows[0][0], last=rows[-1][0]),
            )
        )
        if w.mean_mood is not None and w.mean_energy is not None and w.mean_stress is not None:
            add(
                Paragraph(
                    say(C, AVERAGES, None, w.checkins).format(
                        mood=num(w.mean_mood),
                        energy=num(w.mean_energy),
                        stress=num(w.mean_stress),
                    )
                )
            )
    if pack.questions:
        add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "Questions I bring"))))
        add(
            Bullets(
                [
                    f"{q.question} ({format_date(q.occurred_on)}, {say('EntryKinds', kind_spec(q.kind).label)})"
                    for q in pack.questions
                ]
            )
        )
    if pack.actions:
        add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "Agreed actions, carried until done"))))
        add(
            Table(
                [
                    say(C, QT_TRANSLATE_NOOP("Pack", "Action")),
                    say(C, QT_TRANSLATE_NOOP("Pack", "Agreed")),
                    say(C, QT_TRANSLATE_NOOP("Pack", "Status")),
                ],
                [
                    [
                        a.text,
                        format_date(a.agreed_on),
                        status_in_words(a.status, a.done_on, say, format_date),
                    ]
                    for a in pack.actions
                ],
            )
        )
    if pack.time is not None and pack.time_this_year is not None and pack.time_this_year.sessions:
        add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "Supervision time"))))
        add(
            Bullets(
                [
                    say(C, QT_TRANSLATE_NOOP("Pack", "In this period: {time}")).format(
                        time=time_in_words(pack.time, say)
                    ),
                    say(C, QT_TRANSLATE_NOOP("Pack", "This year until {day}: {time}")).format(
                        day=format_date(pack.period.end),
                        time=time_in_words(pack.time_this_year, say),
                    ),
                ]
            )
        )
    if pack.entries:
        add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "Entries"))))
    total = len(pack.entries)
    for done, entry in enumerate(pack.entries, start=1):
        spec = kind_spec(entry.kind)
        heading = f"{format_date(entry.occurred_on)} · {say('EntryKinds', spec.label)}"
        add(Heading(3, f"{heading} · {entry.title}" if entry.title else heading))
        answers = {answer.name: answer.value for answer in entry.answers}
        for line in answer_lines(entry.kind, answers, say):
            add(Paragraph(line))
        if entry.text:
            add(Paragraph(entry.text))
        if entry.tags:
            add(
                Paragraph(
                    say(C, QT_TRANSLATE_NOOP("Pack", "Tags: {tags}")).format(
                        tags=", ".join(entry.tags)
                    ),
                    True,
                )
            )
        if progress is not None and not progress(done, total):
            raise ExportCancelled()
    _add_outcome_space(doc, pack, say)
    return doc


def _add_outcome_space(doc: Document, pack: SupervisionPack, say: Translate) -> None:
    add = doc.blocks.append
    if pack.options.include_outcome_space:
        add(Heading(2, say(C, QT_TRANSLATE_NOOP("Pack", "Outcome of the session"))))
        add(Blank(say(C, QT_TRANSLATE_NOOP("Pack", "What we talked about")), 5))
        add(Blank(say(C, QT_TRANSLATE_NOOP("Pack", "What I take with me, and agreed actions")), 5))
