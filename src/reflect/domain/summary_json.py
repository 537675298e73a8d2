"""A summary as plain JSON-able data (``reflect summary --json``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from reflect.domain.summary import EntryRef, Summary


def _ref(ref: EntryRef) -> dict[str, Any]:
    return {
        "uuid": ref.uuid,
        "occurred_on": ref.occurred_on.isoformat(),
        "kind": ref.kind.value,
        "title": ref.title,
        "share": ref.share.value,
        "question": ref.question,
    }


def summary_as_dict(summary: Summary) -> dict[str, Any]:
    wellbeing = asdict(summary.wellbeing)
    for key in ("days", "lowest_days"):
        for day in wellbeing[key]:
            day["day"] = day["day"].isoformat()
    return {
        "period": {"from": summary.period.start.isoformat(), "to": summary.period.end.isoformat()},
        "entry_count": summary.entry_count,
        "by_kind": {k.value: n for k, n in summary.by_kind.items()},
        "by_theme": summary.by_theme,
        "by_subtheme": summary.by_subtheme,
        "wellbeing": wellbeing,
        "stigma_by_source": summary.stigma_by_source,
        "stigma_intensity": summary.stigma_intensity,
        "recurring_tags": [{"tag": t, "count": n} for t, n in summary.recurring_tags],
        "open_follow_ups": [_ref(r) for r in summary.open_follow_ups],
        "supervision_questions": [_ref(r) for r in summary.supervision_questions],
        "meaningful_moments": [_ref(r) for r in summary.meaningful_moments],
        "role_in_practice": {a.value: n for a, n in summary.role_in_practice.items()},
        "days_logged": summary.days_logged,
        "other_names": list(summary.other_names),
    }
