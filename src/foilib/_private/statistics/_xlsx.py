"""XLSX export (the ``excel`` extra, openpyxl): typed dates, sheets for the figures, their
definitions and sources, and guards for Excel's limits that never drop data silently."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ._core import StatisticsError

__all__ = ["MAX_CELL_CHARS", "MAX_ROWS", "write_xlsx"]

#: Excel's limits (fact sheet §6.1): rows per sheet (the header included) and characters
#: per cell.
MAX_ROWS = 1_048_576
MAX_CELL_CHARS = 32_767
TRUNCATED = "truncated"


#: Excel's sheet-name rules: 1 to 31 characters, none of ``[]:*?/\``, not starting or
#: ending with an apostrophe, unique ignoring case, and not "History" (reserved).
MAX_SHEET_CHARS = 31
_SHEET_FORBIDDEN = frozenset("[]:*?/\\")


def _sheet_title(base: str, n: int, used: set[str]) -> str:
    """The title of part ``n`` of sheet ``base``, checked against Excel's rules; never
    shortened or changed: a name Excel refuses raises :class:`StatisticsError`."""
    if not isinstance(base, str):
        raise StatisticsError(f"sheet name {base!r}: expected a str")
    title = base if n == 1 else f"{base} ({n})"
    bad = sorted(set(title) & _SHEET_FORBIDDEN)
    problem = (
        "is empty"
        if not title.strip()
        else f"is {len(title)} characters; Excel allows {MAX_SHEET_CHARS}"
        if len(title) > MAX_SHEET_CHARS
        else f"contains {''.join(bad)!r}, which Excel forbids in sheet names"
        if bad
        else "starts or ends with an apostrophe"
        if title.startswith("'") or title.endswith("'")
        else "is reserved by Excel"
        if title.lower() == "history"
        else "repeats another sheet's name (Excel ignores case)"
        if title.lower() in used
        else None
    )
    if problem is not None:
        raise StatisticsError(f"sheet name {title!r} {problem}: choose another name")
    used.add(title.lower())
    return title


def _check_cell(sheet: str, row: int, column: str, value: object) -> None:
    """Excel cannot hold control characters other than tab, LF and CR in text."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        m = ILLEGAL_CHARACTERS_RE.search(value)
        if m is not None:
            raise StatisticsError(
                f"sheet {sheet!r} row {row} column {column!r}: character "
                f"{m.group()!r} at position {m.start()} cannot be stored in an XLSX cell"
            )


def write_xlsx(
    path: str | Path,
    sheets: Mapping[str, tuple[Sequence[str], Iterable[Mapping[str, object]]]],
    *,
    definitions: Mapping[str, str] | None = None,
    sources: Mapping[str, str] | None = None,
    split: bool = True,
) -> dict[str, int]:
    """Write each sheet (name -> (columns, rows)) to an XLSX workbook at ``path``, streaming.

    Dates are typed Excel dates; text is always text (never run as a formula). A sheet
    gets a last column ``truncated`` naming any cell cut to Excel's 32,767 characters.
    Past 1,048,575 data rows a sheet continues on ``"name (2)"`` when ``split`` (the
    default), else :class:`StatisticsError` is raised. ``definitions`` and ``sources``
    (column or figure -> text) become two more sheets. Returns rows written per sheet.
    Sheet names are used as given, never shortened: a name Excel refuses (empty, over 31
    characters with any ``" (2)"`` suffix, containing any of ``[]:*?/`` or a backslash,
    a duplicate ignoring case) raises :class:`StatisticsError`, as does text holding a
    control character Excel cannot store (the message names the sheet, row and column).
    Raises :class:`StatisticsError` when openpyxl is missing (``pip install 'foilib[excel]'``).
    """
    try:
        import openpyxl
        from openpyxl.cell import WriteOnlyCell
    except ImportError:
        raise StatisticsError("XLSX export needs openpyxl: pip install 'foilib[excel]'") from None
    wb = openpyxl.Workbook(write_only=True)
    written: dict[str, int] = {}

    def cell(ws: Any, value: object) -> Any:
        if isinstance(value, enum.Enum):
            value = value.value
        if isinstance(value, dt.datetime):
            value = value.isoformat()
        c = WriteOnlyCell(ws, value)
        if isinstance(value, str):
            c.data_type = "s"
        elif isinstance(value, dt.date):
            c.number_format = "yyyy-mm-dd"
        return c

    titles: set[str] = {t for t, m in (("definitions", definitions), ("sources", sources)) if m}
    for name in sheets:  # check every name before writing anything
        _sheet_title(name, 1, titles)
    titles = {t for t, m in (("definitions", definitions), ("sources", sources)) if m}
    try:
        for name, (columns, rows) in sheets.items():
            header = [*columns, TRUNCATED]
            part, ws = 1, wb.create_sheet(_sheet_title(name, 1, titles))
            ws.append([cell(ws, h) for h in header])
            used, total = 1, 0
            for row in rows:
                extra = [k for k in row if k not in columns]
                if extra:
                    raise StatisticsError(f"sheet {name!r}: keys {extra[:3]} are not columns")
                if used >= MAX_ROWS:
                    if not split:
                        raise StatisticsError(
                            f"sheet {name!r}: more than {MAX_ROWS - 1:,} rows; Excel cannot hold "
                            "them in one sheet (use split=True, CSV or Parquet)"
                        )
                    part += 1
                    ws = wb.create_sheet(_sheet_title(name, part, titles))
                    ws.append([cell(ws, h) for h in header])
                    used = 1
                cut = []
                values: list[object] = []
                for col in columns:
                    v = row.get(col)
                    _check_cell(name, used + 1, col, v)
                    if isinstance(v, str) and len(v) > MAX_CELL_CHARS:
                        v = v[:MAX_CELL_CHARS]
                        cut.append(col)
                    values.append(v)
                values.append(", ".join(cut) if cut else None)
                try:
                    ws.append([cell(ws, v) for v in values])
                except (ValueError, TypeError) as e:
                    raise StatisticsError(
                        f"sheet {name!r} row {used + 1}: a value Excel cannot hold: {e}"
                    ) from None
                used += 1
                total += 1
            written[name] = total
    except BaseException:
        for sheet in wb.worksheets:  # close the streams before giving up
            with contextlib.suppress(Exception):
                sheet.close()
        raise
    for title, mapping in (("definitions", definitions), ("sources", sources)):
        if mapping:
            ws = wb.create_sheet(title)
            ws.append([cell(ws, "name"), cell(ws, title[:-1])])
            for key, text in mapping.items():
                _check_cell(title, 0, key, text)
                ws.append([cell(ws, key), cell(ws, text[:MAX_CELL_CHARS])])
    wb.save(str(path))
    return written
