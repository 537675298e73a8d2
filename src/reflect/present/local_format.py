"""Dates, times and numbers in the interface's locale, and Python dates as Qt's.

Qt accepts Python dates at run time, but says so nowhere a type checker can
see; converting in one place keeps every call site plain and checked.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def local_date(day: date, long: bool = False) -> str:
    """A date in the interface's locale: short form unless ``long``."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(to_qdate(day), form)


def local_datetime(moment: datetime, long: bool = False) -> str:
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    qtime = QTime(moment.hour, moment.minute, moment.second)
    return QLocale().toString(QDateTime(to_qdate(moment.date()), qtime), form)


def local_time(moment: time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def local_number(value: float) -> str:
    """A figure in the interface's locale: 3,24 in Swedish, 3.24 in English."""
    return QLocale().toString(float(value), "g", 3)
