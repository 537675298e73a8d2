"""A rough strength hint for a new passphrase.

Length matters most: several unrelated words beat a short jumble. This is a
hint shown while typing, not a rule; only the minimum length is enforced.
"""

from __future__ import annotations

from enum import IntEnum

from reflect.domain.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 8


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


STRENGTH_HINTS = {
    Strength.TOO_SHORT: QT_TRANSLATE_NOOP("Passphrase", "Too short: at least 8 characters."),
    Strength.WEAK: QT_TRANSLATE_NOOP("Passphrase", "Weak: add a word or two."),
    Strength.FAIR: QT_TRANSLATE_NOOP("Passphrase", "Fair: one more word makes it strong."),
    Strength.STRONG: QT_TRANSLATE_NOOP("Passphrase", "Strong."),
}


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    words = len(passphrase.split())
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() and not c.isspace() for c in passphrase),
        )
    )
    score = len(passphrase) + 4 * max(0, words - 1) + 3 * max(0, kinds - 1)
    if score >= 24:
        return Strength.STRONG
    if score >= 15:
        return Strength.FAIR
    return Strength.WEAK
