"""Dates as letters and reasons write them, in English whatever the process locale."""

from __future__ import annotations

import datetime as dt

__all__ = ["MONTHS", "day_text", "long_date", "ordinal"]

# Not strftime("%b"/"%B"): those depend on the locale.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def day_text(d: dt.date) -> str:
    """``Wed 25 Nov 2026``: the form used in reasons and on the command line."""
    return f"{_WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def long_date(d: dt.date) -> str:
    """``25 November 2026``: the form used in rendered letters."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``, ``12th``, ``13th``, ``21st``, ``22nd``."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
