"""Names from the writer's watch list, however they are written.

Matched on the folded view (casefolded, accents removed), so "Åsa",
"ÅSA", "asa" and a decomposed "Å" are one name; whole words only, so "Kim"
is not found in "Kimchi", but with a genitive ("Kims", "Lars'", "Kim's").
A name of several words is also found hyphenated or spaced either way
("Anna-Lena", "Anna Lena") and surname first ("Berg, Åsa").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reflect.domain.identifiers.hits import HitKind, Span, spans
from reflect.domain.identifiers.normalise import fold_name

_GENITIVE = r"(?:'s|:s|s'|s|')?"
_BETWEEN = r"(?:\s*-\s*|\s+)"


@lru_cache(maxsize=512)
def _pattern(name: str) -> re.Pattern[str] | None:
    words = [w for w in re.split(r"[\s-]+", fold_name(name)) if w]
    if not words:
        return None
    escaped = [re.escape(w) for w in words]
    alternatives = [_BETWEEN.join(escaped)]
    if len(words) > 1:
        # "Berg, Åsa" and "Berg Åsa", as lists and records often have them.
        rest = _BETWEEN.join(escaped[:-1])
        alternatives.append(rf"{escaped[-1]}(?:\s*,\s*|\s+){rest}")
    # Longest first, so the regex never stops at a shorter alternative.
    body = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body}){_GENITIVE}(?!\w)")


def find_watched_names(folded_text: str, watch_list: Sequence[str]) -> list[Span]:
    found = []
    for name in watch_list:
        pattern = _pattern(name)
        if pattern is not None:
            found += spans(pattern, folded_text, HitKind.WATCHED_NAME)
    return found
