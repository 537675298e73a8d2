"""The supervision pack: exactly what the writer chose to bring, and nothing that identifies anyone.

``build_pack`` is the one gate between the journal and everything that
leaves it (Markdown, HTML, PDF, print and the preview all render a pack).
It takes whole entries and keeps, per share level, only what that level
allows, in types that cannot hold more:

- a private entry gives nothing, not even a count;
- a summary-only entry gives a ``SharedQuestion`` (its kind, date,
  subthemes and question) and its place in the counts, never a title, an
  answer, a tag or a word of its text;
- an entry shared in full gives a ``SharedEntry``.

Then it runs the identifier check over every string the pack holds (see
``pack_texts``), so ``pack.hits`` is always the truth about what would go out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from reflect.domain.checkin import CheckIn
from reflect.domain.entry import Entry, FollowUp, Share
from reflect.domain.entry_facts import STIGMA_SOURCE_FIELD, EntryFacts
from reflect.domain.identifiers import Hit
from reflect.domain.kinds import Kind, kind_spec
from reflect.domain.pack_texts import PackHit, find_pack_hits, redact_places
from reflect.domain.period import Period
from reflect.domain.shift_log import Activity
from reflect.domain.summary import Wellbeing, summarise, wellbeing
from reflect.domain.supervision import ActionStatus, CarriedAction, SupervisionTime


@dataclass(frozen=True)
class PackOptions:
    period: Period
    include_entries: bool = True  # the text of entries shared in full
    include_themes: bool = True
    include_role: bool = True  # what the shift log says the work consisted of
    include_wellbeing: bool = False  # check-ins are private unless chosen
    include_actions: bool = True  # the agreed actions carried, with their status
    include_time: bool = True  # the record of supervision time in the period
    include_outcome_space: bool = True
    # For a group session: the questions only, without their dates; nothing
    # else of the journal (no figures, entries, actions, time or wellbeing).
    group_session: bool = False


@dataclass(frozen=True)
class SharedAnswer:
    # The form field's name, from the kind's spec; or "asked:" and the question
    # the writer brought (domain.asked), which the identifier check reads too.
    name: str
    value: str


@dataclass(frozen=True)
class SharedEntry:
    """An entry shared in full, as it may leave the journal."""

    kind: Kind
    occurred_on: date
    title: str  # the writer's title, or its first words: the text is shared too
    answers: tuple[SharedAnswer, ...]
    text: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class SharedQuestion:
    """A question for supervision, and the little it may say about its entry."""

    kind: Kind
    occurred_on: date
    subthemes: tuple[str, ...]
    question: str


@dataclass(frozen=True)
class SharedAction:
    """An agreed action, carried until it is done."""

    text: str
    agreed_on: date
    status: ActionStatus
    done_on: date | None = None


@dataclass(frozen=True)
class PackFigures:
    """Counts over the shared entries; stigma figures over those shared in full."""

    entry_count: int
    full_count: int
    by_kind: dict[Kind, int]
    by_theme: dict[str, int]
    by_subtheme: dict[str, int]
    stigma_by_source: dict[str, int]
    stigma_intensity: float | None


@dataclass(frozen=True)
class SupervisionPack:
    options: PackOptions
    made_at: datetime
    figures: PackFigures
    # The writer's words, in the order the pack shows them; pack_texts walks these.
    questions: tuple[SharedQuestion, ...]
    actions: tuple[SharedAction, ...]
    entries: tuple[SharedEntry, ...]
    wellbeing: Wellbeing | None
    role_in_practice: dict[Activity, int] = field(default_factory=dict)
    days_logged: int = 0
    time: SupervisionTime | None = None  # in the pack's period
    time_this_year: SupervisionTime | None = None  # from 1 January to the period's end
    watch_list: tuple[str, ...] = ()
    hits: tuple[PackHit, ...] = ()

    @property
    def period(self) -> Period:
        return self.options.period

    @property
    def entry_count(self) -> int:
        return self.figures.entry_count


def _shared_entry(entry: Entry) -> SharedEntry:
    return SharedEntry(
        entry.kind,
        entry.occurred_on,
        entry.display_title,
        tuple(SharedAnswer(name, value) for name, value in entry.fields.items() if value),
        entry.text,
        tuple(entry.tags),
    )


def _counted(entry: Entry, with_stigma: bool = False) -> EntryFacts:
    """What a shared entry lends to the figures: its kind, date and subthemes, and, when
    shared in full (``with_stigma``), its intensity and where stigma came from."""
    intensity = entry.intensity if with_stigma else None
    source = _stigma_source(entry) if with_stigma and entry.kind is Kind.STIGMA_INCIDENT else ""
    return EntryFacts(
        entry.uuid,
        entry.occurred_on,
        entry.kind,
        "",
        entry.share,
        "",
        FollowUp.NONE,
        intensity,
        entry.subthemes,
        (),
        source,
    )


def _stigma_source(entry: Entry) -> str:
    value = entry.fields.get(STIGMA_SOURCE_FIELD, "")
    # Only a value the form offers is counted by name; anything else is "unknown".
    return (
        value
        if value in kind_spec(Kind.STIGMA_INCIDENT).field(STIGMA_SOURCE_FIELD).choice_values()
        else ""
    )


def _figures(period: Period, shared: list[Entry], full: list[Entry]) -> PackFigures:
    counts = summarise(period, [_counted(e) for e in shared], [])
    stigma = summarise(period, [_counted(e, with_stigma=True) for e in full], [])
    return PackFigures(
        counts.entry_count,
        len(full),
        counts.by_kind,
        counts.by_theme,
        counts.by_subtheme,
        stigma.stigma_by_source,
        stigma.stigma_intensity,
    )


def build_pack(
    options: PackOptions,
    entries: Sequence[Entry],
    checkins: Sequence[CheckIn],
    role_in_practice: dict[Activity, int],
    days_logged: int,
    carried: Sequence[CarriedAction],
    made_at: datetime,
    watch_list: Sequence[str] = (),
    time: SupervisionTime | None = None,
    time_this_year: SupervisionTime | None = None,
) -> SupervisionPack:
    if options.group_session:
        options = replace(
            options,
            include_entries=False,
            include_themes=False,
            include_role=False,
            include_wellbeing=False,
            include_actions=False,
            include_time=False,
        )
    period = options.period
    shared = sorted(
        (e for e in entries if e.share.shared and period.contains(e.occurred_on)),
        key=lambda e: e.occurred_on,
    )
    full = [e for e in shared if e.share is Share.FULL]
    pack = SupervisionPack(
        options=options,
        made_at=made_at,
        figures=_figures(period, shared, full),
        questions=tuple(
            SharedQuestion(e.kind, e.occurred_on, tuple(e.subthemes), e.supervision_question)
            for e in shared
            if e.supervision_question
        ),
        actions=tuple(SharedAction(a.text, a.agreed_on, a.status, a.done_on) for a in carried)
        if options.include_actions
        else (),
        entries=tuple(_shared_entry(e) for e in full) if options.include_entries else (),
        wellbeing=wellbeing([c for c in checkins if period.contains(c.at.date())])
        if options.include_wellbeing
        else None,
        role_in_practice={a: n for a in Activity if (n := role_in_practice.get(a, 0))}
        if options.include_role
        else {},
        days_logged=days_logged if options.include_role else 0,
        time=time if options.include_time else None,
        time_this_year=time_this_year if options.include_time else None,
        watch_list=tuple(watch_list),
    )
    return checked(pack)


def checked(pack: SupervisionPack) -> SupervisionPack:
    """The pack with ``hits`` found afresh over every string it holds."""
    return replace(pack, hits=tuple(find_pack_hits(pack, pack.watch_list)))


def redact_pack(pack: SupervisionPack, hits: Sequence[PackHit]) -> SupervisionPack:
    """The same pack with each given hit replaced by the neutral marker, and checked again."""
    return redact_in_turn(pack, [hits])


def redact_in_turn(pack: SupervisionPack, removals: Sequence[Sequence[PackHit]]) -> SupervisionPack:
    """Replay the writer's removals, each on the text the one before left; check once at the end.

    A hit's position belongs to the text it was found in, so the order matters.
    """
    for removal in removals:
        by_place: dict[str, list[Hit]] = {}
        for pack_hit in removal:
            by_place.setdefault(pack_hit.place, []).append(pack_hit.hit)
        pack = redact_places(pack, by_place)
    return checked(pack)


def redact_all_in_pack(pack: SupervisionPack) -> SupervisionPack:
    return redact_pack(pack, pack.hits)
