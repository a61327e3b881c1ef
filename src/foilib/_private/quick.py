"""The quick path of ``foilib due DATE``: the answer without building the command line.

``foilib due 2026-11-25`` is the command people run most, often from scripts and shell
prompts, so its process start-up counts (issue 14: within 30 ms of a bare interpreter).
:func:`due` answers the plain forms (``due DATE``, with ``--regime R`` and ``--days N``)
from the working-day table alone, importing neither argparse nor the clock, the catalogue
or the statistics. Anything else (``--explain``, ``--json``, ``--holidays``, a
``FOILIB_HOLIDAYS`` environment, help, an abbreviation, any input argparse would reject,
a date outside the calendar) returns ``None`` and the full command line answers, so every
message and exit status stays the one :mod:`foilib._private.cli` gives.

In a fresh process the days come from :mod:`foilib._private._quick_days`, a snapshot of the
closed weekdays each working-day definition has over 2000-2099, generated from the rules
and the law data by ``tools/gen_quick_days.py`` (never written at run time). It carries a
checksum of the source files it was made from; when they differ (the holiday rules or the
law changed and the snapshot was not regenerated) it is ignored and the days are computed
from the rules (:func:`foilib._private.workdays.walk_add`), as they are whenever holiday data
may have been loaded in the process. ``tests/test_quick.py`` fails on a stale snapshot.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence

__all__ = ["SOURCES", "checksum", "due", "snapshot", "whole_number"]

#: The files (relative to the ``foilib`` package) that decide the closed days: the holiday
#: rules and their engine, the law data, the named days.
SOURCES = (
    "_private/bank_holidays/__init__.py",
    "_private/bank_holidays/_proclamations.py",
    "_private/bank_holidays/_rules.py",
    "_private/law/__init__.py",
    "_private/law/_clock.py",
    "_private/law/_types.py",
    "_private/law/eir.py",
    "_private/law/eisr.py",
    "_private/law/foia.py",
    "_private/law/foisa.py",
    "_private/regimes.py",
    "_private/workdays.py",
)

_REGIMES = ("foia", "eir", "foisa", "eisr")  # the values of foilib.Regime (a test checks)


def _ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


#: The most digits :func:`whole_number` reads (far beyond any count of days or year the
#: calendar holds, far below Python's int-from-string limit).
MAX_DIGITS = 30


def whole_number(text: str, *, signed: bool = False) -> int | None:
    """``text`` as an int if it is ASCII digits 0-9 only (with one leading ``-`` or ``+``
    if ``signed``), at most :data:`MAX_DIGITS` of them; else ``None``.

    The one reader of every number the command line takes (``--days``, ``YEAR``): Python's
    ``int()`` also reads other scripts' digits ("٣"), spaces, underscores and a sign, which
    the command line refuses as it refuses them in a date.
    """
    digits = text[1:] if signed and text[:1] in ("-", "+") else text
    if not (digits and len(digits) <= MAX_DIGITS and _ascii_digits(digits)):
        return None
    return int(text)


def _date(text: str) -> dt.date | None:
    """``YYYY-MM-DD`` exactly as the full parser accepts it, else ``None``."""
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return None
    if not (_ascii_digits(text[:4]) and _ascii_digits(text[5:7]) and _ascii_digits(text[8:])):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _options(argv: Sequence[str]) -> tuple[dt.date, str, int] | None:
    """(received, regime value, days) for a plain ``due`` command line, else ``None``."""
    if not argv or argv[0] != "due":
        return None
    received: dt.date | None = None
    regime, days = "foia", 0  # 0: the regime's statutory period (the full CLI's default)
    rest = list(argv[1:])
    while rest:
        token = rest.pop(0)
        if token.startswith("-"):
            name, eq, value = token.partition("=")
            if name not in ("--regime", "--days"):
                return None  # --explain, --json, --holidays, -h, abbreviations, "--", ...
            if not eq:
                if not rest:
                    return None
                value = rest.pop(0)
                if value.startswith("-"):
                    return None
            if name == "--regime":
                if value.lower() not in _REGIMES:
                    return None
                regime = value.lower()
            else:
                number = whole_number(value)
                if number is None or number < 1:
                    return None  # the full command line words the refusal
                days = number
        elif received is None:
            received = _date(token)
            if received is None:
                return None
        else:
            return None  # a second positional: argparse's error
    if received is None:
        return None
    return received, regime, days


def due(argv: Sequence[str] | None) -> int | None:
    """Answer a plain ``foilib due`` command line (exit status 0), or ``None`` to defer.

    Prints exactly what the full command line prints for the same arguments.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    if not all(isinstance(a, str) for a in args):
        return None
    options = _options(args)
    if options is None:
        return None
    if any(os.environ.get("FOILIB_HOLIDAYS", "").split(os.pathsep)):
        return None  # run-time holiday files: the full path loads and reports them
    received, regime_value, days = options
    from .dates import day_text

    found = _from_snapshot(regime_value, received, days)
    if found is None and not days:
        return None  # the statutory period is in the law data: the full path reads it
    if found is not None:
        answer = found[0]
    else:
        from .regimes import Regime
        from .workdays import walk_add

        answer = walk_add(Regime(regime_value), received, days)
    if answer is None:
        return None  # out of the calendar's range: the full path words the error
    try:
        print(f"{day_text(answer)}  ({answer.isoformat()})")
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    return 0


def checksum() -> int | None:
    """CRC-32 of the :data:`SOURCES` as they are now, or ``None`` if one cannot be read."""
    import zlib

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    crc = 0
    for name in SOURCES:
        try:
            with open(os.path.join(root, *name.split("/")), "rb") as f:
                crc = zlib.crc32(f.read(), crc)
        except OSError:
            return None
    return crc


def _closed_days(regime: str) -> tuple[set[int], int, int, int] | None:
    """(closed weekday ordinals, first and last ordinal, the regime's statutory period in
    working days) from the snapshot, or ``None`` if it cannot be used here."""
    if "foilib._private.bank_holidays" in sys.modules:
        return None  # holiday data may have been loaded in this process
    try:
        from . import _quick_days as snap
    except ImportError:  # pragma: no cover - not generated
        return None
    if checksum() != snap.CHECKSUM:
        return None  # the rules or the law changed since the snapshot was made
    first = dt.date(snap.FIRST_YEAR, 1, 1).toordinal()
    last = dt.date(snap.LAST_YEAR, 12, 31).toordinal()
    return set(snap.CLOSED[snap.REGIMES[regime]]), first, last, snap.RESPONSE_DAYS[regime]


def _from_snapshot(regime: str, d: dt.date, n: int) -> tuple[dt.date | None] | None:
    """``(answer,)`` from the snapshot (``(None,)`` out of range), or ``None`` if unusable.

    ``n`` 0 is the regime's statutory period for a response (the CLI's default ``--days``).
    """
    found = _closed_days(regime)
    if found is None:
        return None
    closed, first, last, period = found
    n = n or period
    o = d.toordinal()
    if not first <= o <= last:
        return (None,)
    while n:
        o += 1
        if o > last:
            return (None,)
        if (o + 6) % 7 < 5 and o not in closed:  # Monday to Friday, not closed
            n -= 1
    return (dt.date.fromordinal(o),)


def snapshot() -> str:
    """The text of ``_quick_days.py`` for the current rules and law (tools/gen_quick_days.py)."""
    from .bank_holidays import FIRST_YEAR, LAST_YEAR
    from .law import law
    from .regimes import Regime
    from .workdays import day_table

    keys: list[tuple[object, ...]] = []
    regimes: dict[str, int] = {}
    periods = {regime.value: law(regime).response.length for regime in Regime}
    closed: list[tuple[int, ...]] = []
    for regime in Regime:
        definition = law(regime).working_day
        key = (definition.named_days, definition.divisions)
        if key not in keys:
            keys.append(key)
            table = day_table(definition)
            start = dt.date(FIRST_YEAR, 1, 1).toordinal()
            closed.append(
                tuple(
                    start + i
                    for i, flag in enumerate(table.working)
                    if not flag and (start + i + 6) % 7 < 5
                )
            )
        regimes[regime.value] = keys.index(key)
    lines = [
        '"""Generated by tools/gen_quick_days.py from the holiday rules and the law data: do not',
        "edit. The closed weekdays (proleptic ordinals) of each working-day definition and each",
        "regime's statutory period for a response (working days), for the quick path of",
        '``foilib due`` (see foilib._private.quick)."""',
        "",
        f"CHECKSUM = {checksum()}",
        f"FIRST_YEAR = {FIRST_YEAR}",
        f"LAST_YEAR = {LAST_YEAR}",
        "REGIMES = {" + ", ".join(f'"{k}": {v}' for k, v in regimes.items()) + "}",
        "RESPONSE_DAYS = {" + ", ".join(f'"{k}": {v}' for k, v in periods.items()) + "}",
        "# fmt: off",
        "CLOSED = (",
    ]
    for days in closed:
        lines.append("    (")
        lines.extend(
            "        " + " ".join(f"{o}," for o in days[i : i + 10])
            for i in range(0, len(days), 10)
        )
        lines.append("    ),")
    lines += [")", "# fmt: on", ""]
    return "\n".join(lines)
