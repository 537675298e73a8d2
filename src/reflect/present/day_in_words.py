"""A calendar day, a month and an earlier day told in words: the calendar's text
equivalent, read by a screen reader and by anyone who does not see colours.

Shared by the Calendar page and ``reflect calendar``.
"""

from __future__ import annotations

from datetime import date

from reflect.domain.i18n import PLURAL, QT_TRANSLATE_NOOP
from reflect.domain.kinds import kind_spec
from reflect.domain.looking_back import MOOD_WORDS, DayMark, months_back
from reflect.domain.translator import Translate

C = "LookingBack"


def mood_in_words(mood: int, translate: Translate) -> str:
    return translate(C, QT_TRANSLATE_NOOP("LookingBack", "mood {mood} of 5 ({word})")).format(
        mood=mood, word=translate(C, MOOD_WORDS[mood - 1])
    )


def kinds_in_words(mark: DayMark, translate: Translate) -> str:
    """ "Loyalty conflict, Shift reflection (2)": each kind once, with a count above one."""
    parts = []
    for kind, count in mark.kinds:
        name = translate("EntryKinds", kind_spec(kind).label)
        parts.append(name if count == 1 else f"{name} ({count})")
    return ", ".join(parts)


def day_in_words(mark: DayMark | None, translate: Translate) -> str:
    """What one day holds, without its date (shown beside it)."""
    if mark is None:
        return translate(C, QT_TRANSLATE_NOOP("LookingBack", "Nothing written and no check-in."))
    parts = []
    if mark.entry_count:
        parts.append(
            translate(
                C, PLURAL.translate("LookingBack", "%n entries", None, 2), None, mark.entry_count
            )
            + ": "
            + kinds_in_words(mark, translate)
        )
    else:
        parts.append(translate(C, QT_TRANSLATE_NOOP("LookingBack", "No entries")))
    if mark.mood is not None:
        parts.append(mood_in_words(mark.mood, translate))
    else:
        parts.append(translate(C, QT_TRANSLATE_NOOP("LookingBack", "no check-in")))
    return "; ".join(parts) + "."


def month_in_words(marks: dict[date, DayMark], translate: Translate) -> str:
    """ "Entries on 12 days, a check-in on 9.": the month's marks counted."""
    written = sum(1 for m in marks.values() if m.entry_count)
    checked = sum(1 for m in marks.values() if m.mood is not None)
    if not written and not checked:
        return translate(
            C, QT_TRANSLATE_NOOP("LookingBack", "Nothing written or checked in this month.")
        )
    return (
        translate(C, PLURAL.translate("LookingBack", "Entries on %n days", None, 2), None, written)
        + ", "
        + translate(
            C, PLURAL.translate("LookingBack", "a check-in on %n days.", None, 2), None, checked
        )
    )


def how_long_ago(earlier: date, today: date, translate: Translate) -> str:
    """ "3 months ago", "1 year ago", "14 months ago": how far back an earlier same
    day of the month is, in whole years when it is."""
    months = months_back(earlier, today)
    if months % 12 == 0:
        return translate(
            C, PLURAL.translate("LookingBack", "%n years ago", None, 2), None, months // 12
        )
    return translate(C, PLURAL.translate("LookingBack", "%n months ago", None, 2), None, months)
