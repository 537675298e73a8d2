"""The supervision pack: exactly what the writer chose to bring, nothing private.

Built from a period's entries; private entries are dropped here, whatever
the caller passed in, and "summary only" entries lend their figures and
their question but never their text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from reflect.domain.checkin import CheckIn
from reflect.domain.entry import Entry, Share
from reflect.domain.entry_facts import EntryFacts
from reflect.domain.identifiers import Hit, find_identifiers, redact
from reflect.domain.period import Period
from reflect.domain.shift_log import Activity
from reflect.domain.summary import EntryRef, Summary, Wellbeing, summarise, wellbeing
from reflect.domain.supervision import AgreedAction


@dataclass(frozen=True)
class PackOptions:
    period: Period
    include_entries: bool = True  # the text of entries shared in full
    include_themes: bool = True
    include_role: bool = True  # what the shift log says the work consisted of
    include_wellbeing: bool = False  # check-ins are private unless chosen
    include_actions: bool = True
    include_outcome_space: bool = True


@dataclass(frozen=True)
class SupervisionPack:
    options: PackOptions
    made_at: datetime
    summary: Summary  # figures over shared entries only
    full_entries: list[Entry]
    questions: list[EntryRef]
    open_actions: list[AgreedAction]
    wellbeing: Wellbeing | None
    role_in_practice: dict[Activity, int] = field(default_factory=dict)
    days_logged: int = 0

    @property
    def period(self) -> Period:
        return self.options.period

    @property
    def entry_count(self) -> int:
        return self.summary.entry_count


def build_pack(
    options: PackOptions,
    entries: list[Entry],
    checkins: list[CheckIn],
    role_in_practice: dict[Activity, int],
    days_logged: int,
    open_actions: list[AgreedAction],
    made_at: datetime,
) -> SupervisionPack:
    shared = [e for e in entries if e.share.shared and options.period.contains(e.occurred_on)]
    summary = summarise(options.period, [EntryFacts.of(e) for e in shared], [])
    full = [e for e in shared if e.share is Share.FULL] if options.include_entries else []
    return SupervisionPack(
        options=options,
        made_at=made_at,
        summary=summary,
        full_entries=full,
        questions=summary.supervision_questions,
        open_actions=list(open_actions) if options.include_actions else [],
        wellbeing=wellbeing([c for c in checkins if options.period.contains(c.at.date())])
        if options.include_wellbeing else None,
        role_in_practice={a: n for a in Activity if (n := role_in_practice.get(a, 0))}
        if options.include_role else {},
        days_logged=days_logged if options.include_role else 0,
    )


@dataclass(frozen=True)
class PackHit:
    """An identifier found in the pack: where it is, and what it is."""

    place: str  # "entry:<uuid>:<part>", "question:<uuid>" or "action:<n>"
    hit: Hit


def pack_texts(pack: SupervisionPack) -> dict[str, str]:
    """Every piece of free text the pack would write out, by place."""
    texts: dict[str, str] = {}
    for entry in pack.full_entries:
        texts[f"entry:{entry.uuid}:title"] = entry.title
        texts[f"entry:{entry.uuid}:text"] = entry.text
        texts[f"entry:{entry.uuid}:question"] = entry.supervision_question
        for name, value in entry.fields.items():
            texts[f"entry:{entry.uuid}:field:{name}"] = value
    for ref in pack.questions:
        texts[f"question:{ref.uuid}"] = ref.question
        texts[f"question-title:{ref.uuid}"] = ref.title
    for number, action in enumerate(pack.open_actions):
        texts[f"action:{number}"] = action.text
    return {place: text for place, text in texts.items() if text}


def find_pack_hits(pack: SupervisionPack, watch_list=()) -> list[PackHit]:
    return [
        PackHit(place, hit)
        for place, text in pack_texts(pack).items()
        for hit in find_identifiers(text, watch_list)
    ]


def redact_pack(pack: SupervisionPack, hits: list[PackHit]) -> SupervisionPack:
    """The same pack with each given hit replaced by the neutral marker."""
    by_place: dict[str, list[Hit]] = {}
    for pack_hit in hits:
        by_place.setdefault(pack_hit.place, []).append(pack_hit.hit)

    def clean(place: str, text: str) -> str:
        return redact(text, by_place[place]) if place in by_place else text

    entries = []
    for entry in pack.full_entries:
        prefix = f"entry:{entry.uuid}:"
        entries.append(
            entry.with_changes(
                title=clean(prefix + "title", entry.title),
                text=clean(prefix + "text", entry.text),
                supervision_question=clean(prefix + "question", entry.supervision_question),
                fields={n: clean(f"{prefix}field:{n}", v) for n, v in entry.fields.items()},
            )
        )
    questions = [
        replace(ref, question=clean(f"question:{ref.uuid}", ref.question),
                title=clean(f"question-title:{ref.uuid}", ref.title))
        for ref in pack.questions
    ]
    actions = [
        replace(action, text=clean(f"action:{n}", action.text))
        for n, action in enumerate(pack.open_actions)
    ]
    return replace(pack, full_entries=entries, questions=questions, open_actions=actions)


def redact_all_in_pack(pack: SupervisionPack, watch_list=()) -> SupervisionPack:
    return redact_pack(pack, find_pack_hits(pack, watch_list))
