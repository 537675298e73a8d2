"""Finding patient identifiers in free text before anything leaves the journal.

An export for supervision must not carry personal identity numbers, phone
numbers, addresses and the like. The text is normalised first (see
``normalise``), then each family of identifier is looked for in its own
module, and the hits are mapped back onto the original text and replaced
with a neutral marker. The check errs towards flagging a little too much
around a real identifier rather than missing one, but it must not fire on
the ordinary dates, times, amounts and counts that fill every shift note,
or people stop trusting the warnings. The editor's underlining, the pack
dialog and ``reflect export`` all call ``find_identifiers``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reflect.domain.identifiers.addresses import find_addresses
from reflect.domain.identifiers.birth_dates import find_birth_dates
from reflect.domain.identifiers.emails import find_emails
from reflect.domain.identifiers.hits import HIT_LABELS, Hit, HitKind, Span
from reflect.domain.identifiers.normalise import View, folded, normalised
from reflect.domain.identifiers.personal_numbers import find_personal_numbers
from reflect.domain.identifiers.phones import find_phones
from reflect.domain.identifiers.watched_names import find_watched_names

__all__ = [
    "HIT_LABELS",
    "REDACTION_MARKER",
    "Hit",
    "HitKind",
    "find_identifiers",
    "redact",
    "redact_all",
]

# No letters or digits, so redacted text can never be flagged again.
REDACTION_MARKER = "[…]"

_KIND_ORDER = {kind: index for index, kind in enumerate(HitKind)}


def _without_overlaps(candidates: Iterable[Hit]) -> list[Hit]:
    """Keep the longer of two overlapping hits; on a tie the more specific kind."""
    kept: list[Hit] = []
    ranked = sorted(set(candidates), key=lambda h: (h.start - h.end, _KIND_ORDER[h.kind], h.start))
    for hit in ranked:
        if all(hit.end <= other.start or other.end <= hit.start for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def find_identifiers(text: str, watch_list: Sequence[str] = ()) -> list[Hit]:
    """All hits in ``text``, as spans of the original text, sorted by start, never overlapping."""
    if not text:
        return []
    view = normalised(text)
    found: list[tuple[Span, View]] = []
    plain = view.text
    for span in (
        *find_personal_numbers(plain),
        *find_phones(plain),
        *find_emails(plain),
        *find_addresses(plain),
        *find_birth_dates(plain),
    ):
        found.append((span, view))
    if watch_list:
        names_view = folded(view)
        found += [(span, names_view) for span in find_watched_names(names_view.text, watch_list)]
    hits = []
    for span, source in found:
        start, end = source.original_span(span.start, span.end)
        if start < end:
            hits.append(Hit(span.kind, start, end, text[start:end]))
    return _without_overlaps(hits)


def _fits(text: str, hit: Hit) -> bool:
    return 0 <= hit.start < hit.end <= len(text) and text[hit.start : hit.end] == hit.text


def redact(text: str, hits: Iterable[Hit]) -> str:
    """Replace each hit's span with REDACTION_MARKER, skipping hits that no longer fit."""
    # A hit from an older version of the text would cut the wrong characters.
    current = [hit for hit in hits if _fits(text, hit)]
    parts, position = [], 0
    for hit in sorted(current, key=lambda h: (h.start, -h.end)):
        if hit.start < position:
            continue  # overlaps a span already replaced
        parts += [text[position : hit.start], REDACTION_MARKER]
        position = hit.end
    parts.append(text[position:])
    return "".join(parts)


def redact_all(text: str, watch_list: Sequence[str] = ()) -> str:
    """Redact every identifier find_identifiers finds."""
    return redact(text, find_identifiers(text, watch_list))
