"""Exports users open: CSV for Excel (optional BOM, ISO dates, formula-injection escaping)."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import numbers
from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

from ..errors import ArgumentError, ArgumentTypeError

__all__ = ["FORMULA_PREFIXES", "csv_cell", "write_csv"]

#: Cells starting with these are executed by spreadsheet programs; OWASP's advice (adopted
#: by Symfony for CVE-2021-41270) is to prefix a single quote (fact sheet §6.1).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: The published "not applicable" marker, written as is.
_NOT_APPLICABLE = "-"


def csv_cell(value: object, *, escape_formulas: bool = True) -> str:
    """One value as a CSV cell: ``None`` is empty, dates ISO 8601, enums their value,
    numbers as Python writes them (never escaped), text escaped with a leading ``'`` when
    it starts with ``=``, ``+``, ``-``, ``@``, tab or CR (unless ``escape_formulas`` is
    False). The published not-applicable marker ``"-"`` on its own is kept.

    >>> csv_cell('=HYPERLINK("http://x","y")'), csv_cell(-5), csv_cell(dt.date(2025, 2, 3))
    ('\\'=HYPERLINK("http://x","y")', '-5', '2025-02-03')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, numbers.Number):  # int, Decimal, Fraction: numbers are never escaped
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        value = value.value
    text = str(value)
    if escape_formulas and text != _NOT_APPLICABLE and text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def write_csv(
    rows: Iterable[Mapping[str, object]],
    out: TextIO,
    *,
    columns: Sequence[str],
    excel: bool = False,
    escape_formulas: bool = True,
    header: Sequence[str] | None = None,
) -> int:
    """Write ``rows`` (one mapping each) under ``columns`` to the text stream ``out``
    (open it with ``newline=""``); returns the number of data rows written.

    ``excel=True`` starts the file with a UTF-8 byte-order mark so Excel reads non-ASCII
    text correctly on double-click. A row key not in ``columns`` raises
    :class:`~foilib.ArgumentError` (nothing is dropped silently); a missing key is empty.
    ``header`` (one label per column, default ``columns``) is what the header line shows:
    the Cabinet Office return passes its published headers, where one header appears
    twice (:data:`CO_PUBLISHED_HEADER`).
    Raises :class:`~foilib.ArgumentTypeError` for a row that is not a mapping or an ``out``
    that is not a text stream (e.g. a file opened in binary mode).
    """
    if isinstance(columns, str):
        raise ArgumentTypeError("columns", columns, "a sequence of column names, not one str")
    known = set(columns)
    if len(known) != len(columns):
        raise ArgumentError("columns", list(columns), "distinct column names")
    labels = list(columns) if header is None else list(header)
    if len(labels) != len(columns):
        raise ArgumentError("header", labels, f"one label per column ({len(columns)})")
    writer = csv.writer(out, lineterminator="\r\n")
    try:
        if excel:
            out.write("\ufeff")
        writer.writerow([csv_cell(c, escape_formulas=escape_formulas) for c in labels])
    except TypeError:
        raise ArgumentTypeError(
            "out", out, 'a text stream (open(path, "w", newline="", encoding="utf-8"))'
        ) from None
    n = 0
    for i, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise ArgumentTypeError(f"rows[{i}]", row, "a mapping of column name to value")
        extra = [k for k in row if k not in known]
        if extra:
            raise ArgumentError("rows", extra[:3], f"keys among the columns ({len(columns)})")
        writer.writerow([csv_cell(row.get(c), escape_formulas=escape_formulas) for c in columns])
        n += 1
    return n
